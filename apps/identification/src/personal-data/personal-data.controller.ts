import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import { RequestOrigin, uuidParam } from '@waypoint/platform';
import { PersonalDetailsDto } from '../record-identification/record-identification.dto';
import {
  PersonalDataService,
  type PersonalDataErased,
  type PersonalDetailsCorrected,
} from './personal-data.service';

/**
 * Correction and erasure of a survivor's personal details, by the identifying agency only (404
 * for any other: whether a record exists is itself need-to-know).
 */
@Controller('identifications/:journeyId/personal-details')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Put()
  @HttpCode(HttpStatus.OK)
  @Roles('first-responder')
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
  @Roles('first-responder')
  erase(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<PersonalDataErased> {
    return this.personalData.erase(journeyId, principal, origin);
  }
}
