import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import {
  ApiFieldProblems,
  ApiUuidParam,
  Authorised,
  ErrorResponse,
  RequestOrigin,
  uuidParam,
} from '@waypoint/platform';
import { ConsentRecordedResponse } from './consent-recorded.response';
import { IsIn } from 'class-validator';
import { GiveConsent, type ConsentRecorded } from './give-consent.service';

export class GiveConsentDto {
  @ApiProperty({
    enum: ['given', 'declined'],
    example: 'given',
    description: "'declined' only for an adult offered a place of safety who has not yet decided",
  })
  @IsIn(['given', 'declined'], { message: "consent must be 'given' or 'declined'" })
  consent!: 'given' | 'declined';
}

@ApiTags('identifications')
@ApiUuidParam('journeyId', 'The journey id')
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
  @Authorised('first-responder')
  @ApiOperation({
    summary: "An adult's consent decision after identification",
    description:
      "An adult offered a place of safety decides ('given' or 'declined'): potential-victim-identified.v1 is published then. An adult who declined consents later ('given'): consent-given-later.v1, and referral opens the NRM case from this date.",
  })
  @ApiOkResponse({ description: 'The decision recorded', type: ConsentRecordedResponse })
  @ApiFieldProblems("journeyId is not a UUID, or consent is not 'given' or 'declined'")
  @ApiNotFoundResponse({ description: 'No such identification for your agency', type: ErrorResponse })
  @ApiConflictResponse({
    description:
      'Nothing left to decide: the survivor is a child, consent was already given, or declining again',
    type: ErrorResponse,
  })
  give(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @Body() dto: GiveConsentDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<ConsentRecorded> {
    return this.giveConsent.execute(journeyId, dto.consent, principal, origin);
  }
}
