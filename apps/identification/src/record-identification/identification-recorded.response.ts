import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordedConsent } from '../identification.entities';
import { RECORDED_CONSENTS } from '../recorded-consent';
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
    enum: RECORDED_CONSENTS,
    enumName: 'RecordedConsent',
    description:
      "'not-required-child' for a child, who is always referred; 'undecided' for an adult offered a place of safety",
  })
  consent!: RecordedConsent;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: "Only when consent is 'undecided': the last day to decide (3 working days)",
  })
  placeOfSafetyDecisionDueOn?: string;
}
