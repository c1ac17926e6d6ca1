import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import { RequestOrigin, uuidParam } from '@waypoint/platform';
import { IsIn } from 'class-validator';
import { GiveConsent, type ConsentGiven } from './give-consent.service';

export class GiveConsentDto {
  @IsIn(['given'], { message: "consent must be 'given': only an adult who declined can consent later" })
  consent!: 'given';
}

@Controller('identifications/:journeyId/consent')
export class GiveConsentController {
  constructor(private readonly giveConsent: GiveConsent) {}

  /** An adult who declined consents now: the NRM referral follows (409 if there is nothing to consent to). */
  @Post()
  @HttpCode(HttpStatus.OK)
  @Roles('first-responder')
  give(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @Body() _dto: GiveConsentDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<ConsentGiven> {
    return this.giveConsent.execute(journeyId, principal, origin);
  }
}
