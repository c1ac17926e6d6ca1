import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
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
import { PersonalDetailsDto } from '../record-identification/record-identification.dto';
import {
  PersonalDataService,
  type PersonalDataErased,
  type PersonalDetailsCorrected,
  type PersonalDetailsForProvider,
} from './personal-data.service';
import {
  PersonalDataErasedResponse,
  PersonalDetailsCorrectedResponse,
  PersonalDetailsForProviderResponse,
} from './personal-details.response';

/**
 * Correction and erasure of a survivor's personal details, by the identifying agency only (404
 * for any other: whether a record exists is itself need-to-know).
 */
@ApiTags('identifications')
@ApiUuidParam('journeyId', 'The journey id')
@ApiNotFoundResponse({ description: 'No such identification for your agency', type: ErrorResponse })
@Controller('identifications/:journeyId/personal-details')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Get()
  @Authorised('safe-house-staff')
  @ApiOperation({
    summary: "The survivor's personal details, to the safe-house provider looking after them",
    description:
      "Open from the provider's acceptance of the placement until move-out (learnt from placement's events); audited.",
  })
  @ApiOkResponse({ description: 'The details', type: PersonalDetailsForProviderResponse })
  @ApiFieldProblems('journeyId is not a UUID')
  forProvider(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PersonalDetailsForProvider> {
    return this.personalData.forProvider(journeyId, principal);
  }

  @Put()
  @HttpCode(HttpStatus.OK)
  @Authorised('first-responder')
  @ApiOperation({ summary: "Replace the survivor's personal details (correction)", description: 'Audited.' })
  @ApiOkResponse({ description: 'The details now held', type: PersonalDetailsCorrectedResponse })
  @ApiFieldProblems('journeyId is not a UUID, or the body is not valid personal details')
  @ApiConflictResponse({
    description: 'The personal details were erased; they cannot be restored',
    type: ErrorResponse,
  })
  correct(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @Body() dto: PersonalDetailsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PersonalDetailsCorrected> {
    return this.personalData.correct(journeyId, dto, principal);
  }

  /** Idempotent: erasing again answers with the first erasure and publishes nothing more. */
  @Delete()
  @HttpCode(HttpStatus.OK)
  @Authorised('first-responder')
  @ApiOperation({
    summary: "Erase the survivor's personal details (crypto-shredding)",
    description:
      "Deletes the journey's data key and publishes personal-data-erased.v1 so other services purge what they hold. Idempotent.",
  })
  @ApiOkResponse({ description: 'Erased (now or before)', type: PersonalDataErasedResponse })
  @ApiFieldProblems('journeyId is not a UUID')
  erase(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<PersonalDataErased> {
    return this.personalData.erase(journeyId, principal, origin);
  }
}
