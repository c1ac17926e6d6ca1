import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import { RequestOrigin } from '@waypoint/platform';
import { RecordIdentificationDto } from './record-identification.dto';
import { RecordIdentification, type IdentificationRecorded } from './record-identification.service';

@Controller('identifications')
export class RecordIdentificationController {
  constructor(private readonly recordIdentification: RecordIdentification) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('first-responder')
  record(
    @Body() dto: RecordIdentificationDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<IdentificationRecorded> {
    return this.recordIdentification.execute(dto, principal, origin);
  }
}
