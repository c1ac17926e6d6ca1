import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_DECISIONS, type ConsentDecision } from '@waypoint/contracts';
import type { IdentificationRecorded } from './record-identification.service';

export class IdentificationRecordedResponse implements IdentificationRecorded {
  @ApiProperty({
    format: 'uuid',
    description:
      'The pseudonymous id every agency knows this journey by; it reveals nothing about the person',
  })
  journeyId!: string;

  @ApiProperty({ format: 'date-time' })
  identifiedAt!: string;

  @ApiProperty({
    enum: [...CONSENT_DECISIONS],
    enumName: 'ConsentDecision',
    description: "'not-required-child' for a child, who is always referred",
  })
  consent!: ConsentDecision;
}
