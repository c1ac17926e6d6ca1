import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import {
  AGE_GROUPS,
  AREAS,
  CONSENT_DECISIONS,
  EXPLOITATION_LOCATIONS,
  EXPLOITATION_TYPES,
  FIRST_RESPONDER_ORGANISATION_TYPES,
  INDICATOR_CODES,
  type AgeGroup,
  type Area,
  type ConsentDecision,
  type ExploitationLocation,
  type ExploitationType,
  type FirstResponderOrganisationType,
  type IndicatorCode,
} from '../vocabulary';

/**
 * A first responder met someone showing signs of modern slavery. Carries what other agencies
 * need to act and nothing that identifies the person: no name, date of birth, nationality,
 * contact details or free text.
 */
export class PotentialVictimIdentifiedV1 {
  @IsUUID()
  journeyId!: string;

  @IsISO8601({ strict: true })
  identifiedAt!: string;

  @IsIn(AGE_GROUPS)
  ageGroup!: AgeGroup;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EXPLOITATION_TYPES.length)
  @ArrayUnique()
  @IsIn(EXPLOITATION_TYPES, { each: true })
  exploitationTypes!: ExploitationType[];

  @IsBoolean()
  countyLines!: boolean;

  @IsIn(EXPLOITATION_LOCATIONS)
  exploitedIn!: ExploitationLocation;

  @IsArray()
  @ArrayMaxSize(INDICATOR_CODES.length)
  @ArrayUnique()
  @IsIn(INDICATOR_CODES, { each: true })
  indicators!: IndicatorCode[];

  @IsIn(AREAS)
  area!: Area;

  @IsString()
  @Length(1, 100)
  firstResponderAgency!: string;

  @IsIn(FIRST_RESPONDER_ORGANISATION_TYPES)
  firstResponderOrganisationType!: FirstResponderOrganisationType;

  @IsIn(CONSENT_DECISIONS)
  consent!: ConsentDecision;
}
