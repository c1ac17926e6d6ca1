import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import { ApiFieldProblems, Authorised, RequestOrigin } from '@waypoint/platform';
import { IdentificationRecordedResponse } from './identification-recorded.response';
import { RecordIdentificationDto } from './record-identification.dto';
import { RecordIdentification, type IdentificationRecorded } from './record-identification.service';

@ApiTags('identifications')
@Controller('identifications')
export class RecordIdentificationController {
  constructor(private readonly recordIdentification: RecordIdentification) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Authorised('first-responder')
  @ApiOperation({
    summary: 'Record a potential victim identified by a first responder',
    description:
      'Publishes potential-victim-identified.v1 (no personal data); referral then opens an NRM case or records a Duty to Notify.',
  })
  @ApiCreatedResponse({
    description: 'Recorded; the journey id is new',
    type: IdentificationRecordedResponse,
  })
  @ApiFieldProblems('The body is not a valid identification (unknown fields included); nothing was written')
  record(
    @Body() dto: RecordIdentificationDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<IdentificationRecorded> {
    return this.recordIdentification.execute(dto, principal, origin);
  }
}
