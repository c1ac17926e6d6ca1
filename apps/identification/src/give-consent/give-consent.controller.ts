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
import { ConsentGivenResponse } from './consent-given.response';
import { IsIn } from 'class-validator';
import { GiveConsent, type ConsentGiven } from './give-consent.service';

export class GiveConsentDto {
  @ApiProperty({ enum: ['given'], example: 'given' })
  @IsIn(['given'], { message: "consent must be 'given': only an adult who declined can consent later" })
  consent!: 'given';
}

@ApiTags('identifications')
@ApiUuidParam('journeyId', 'The journey id')
@Controller('identifications/:journeyId/consent')
export class GiveConsentController {
  constructor(private readonly giveConsent: GiveConsent) {}

  /** An adult who declined consents now: the NRM referral follows (409 if there is nothing to consent to). */
  @Post()
  @HttpCode(HttpStatus.OK)
  @Authorised('first-responder')
  @ApiOperation({
    summary: 'An adult who declined consents now',
    description: 'Publishes consent-given-later.v1; referral opens the NRM case from this date.',
  })
  @ApiOkResponse({ description: 'Consent recorded', type: ConsentGivenResponse })
  @ApiFieldProblems("journeyId is not a UUID, or consent is not 'given'")
  @ApiNotFoundResponse({ description: 'No such identification for your agency', type: ErrorResponse })
  @ApiConflictResponse({
    description: 'Nothing to consent to: the survivor is a child, or consent was already given',
    type: ErrorResponse,
  })
  give(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @Body() _dto: GiveConsentDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<ConsentGiven> {
    return this.giveConsent.execute(journeyId, principal, origin);
  }
}
