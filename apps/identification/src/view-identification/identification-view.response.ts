import { ApiProperty } from '@nestjs/swagger';
import {
  AGE_GROUPS,
  AREAS,
  EXPLOITATION_LOCATIONS,
  EXPLOITATION_TYPES,
  FIRST_RESPONDER_ORGANISATION_TYPES,
  INDICATOR_CODES,
  type AgeGroup,
  type Area,
  type ExploitationLocation,
  type ExploitationType,
  type FirstResponderOrganisationType,
  type IndicatorCode,
} from '@waypoint/contracts';
import type { RecordedConsent } from '../identification.entities';
import { PersonalDetailsResponse } from '../personal-data/personal-details.response';
import { RECORDED_CONSENTS } from '../recorded-consent';

/** GET /identifications/:journeyId: the identifying agency's record, as the controller returns it. */
export class IdentificationViewResponse {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ format: 'date-time' })
  identifiedAt!: string;

  @ApiProperty({ description: 'The subject of the token that recorded it' })
  recordedBy!: string;

  @ApiProperty({ description: "The recording token's agency: the only agency that can see this record" })
  firstResponderAgency!: string;

  @ApiProperty({ enum: [...FIRST_RESPONDER_ORGANISATION_TYPES], enumName: 'FirstResponderOrganisationType' })
  firstResponderOrganisationType!: FirstResponderOrganisationType;

  @ApiProperty({ enum: [...AREAS], enumName: 'Area' })
  area!: Area;

  @ApiProperty({ enum: [...AGE_GROUPS], enumName: 'AgeGroup' })
  ageGroup!: AgeGroup;

  @ApiProperty({ enum: [...EXPLOITATION_TYPES], enumName: 'ExploitationType', isArray: true })
  exploitationTypes!: ExploitationType[];

  @ApiProperty()
  countyLines!: boolean;

  @ApiProperty({ enum: [...EXPLOITATION_LOCATIONS], enumName: 'ExploitationLocation' })
  exploitedIn!: ExploitationLocation;

  @ApiProperty({ enum: INDICATOR_CODES, enumName: 'IndicatorCode', isArray: true })
  indicators!: IndicatorCode[];

  @ApiProperty({ enum: RECORDED_CONSENTS, enumName: 'RecordedConsent' })
  consent!: RecordedConsent;

  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    description: 'For an adult offered a place of safety: the last day to decide; null otherwise',
  })
  placeOfSafetyDecisionDueOn!: string | null;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'When an adult who had declined gave consent later; null otherwise',
  })
  consentGivenLaterAt!: string | null;

  @ApiProperty({
    type: PersonalDetailsResponse,
    nullable: true,
    description:
      'null: none were recorded, or they were erased (then personalDataErasedAt says when). Reading them is audited.',
  })
  personalDetails!: PersonalDetailsResponse | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  personalDataErasedAt!: string | null;
}
