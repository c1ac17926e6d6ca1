import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import { RequestOrigin, uuidParam } from '@waypoint/platform';
import { IsIn } from 'class-validator';
import { GiveConsent, type ConsentRecorded } from './give-consent.service';

export class GiveConsentDto {
  @IsIn(['given', 'declined'], { message: "consent must be 'given' or 'declined'" })
  consent!: 'given' | 'declined';
}

@Controller('identifications/:journeyId/consent')
export class GiveConsentController {
  constructor(private readonly giveConsent: GiveConsent) {}

  /**
   * An adult offered a place of safety decides ('given' or 'declined'), or an adult who declined
   * consents now ('given'); the NRM referral or Duty to Notify follows. 409 when there is nothing
   * left to decide.
   */
  @Post()
  @HttpCode(HttpStatus.OK)
  @Roles('first-responder')
  give(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @Body() dto: GiveConsentDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<ConsentRecorded> {
    return this.giveConsent.execute(journeyId, dto.consent, principal, origin);
  }
}
