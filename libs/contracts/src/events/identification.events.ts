import { IsExploitationTypes } from '../is-exploitation-types';
import { IsLocalDate } from '../is-local-date';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  AGE_GROUPS,
  AREAS,
  CONSENT_DECISIONS,
  EXPLOITATION_LOCATIONS,
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

/** An adult consents or declines; a child's consent is never asked, so only 'not-required-child' fits. */
@ValidatorConstraint({ name: 'consentMatchesAgeGroup' })
class ConsentMatchesAgeGroup implements ValidatorConstraintInterface {
  validate(consent: unknown, args: ValidationArguments): boolean {
    const { ageGroup } = args.object as PotentialVictimIdentifiedV1;
    return ageGroup === 'child'
      ? consent === 'not-required-child'
      : consent === 'given' || consent === 'declined';
  }

  defaultMessage(): string {
    return "consent must be 'not-required-child' for a child and 'given' or 'declined' for an adult";
  }
}

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

  @IsExploitationTypes()
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
  @Validate(ConsentMatchesAgeGroup)
  consent!: ConsentDecision;
}

/**
 * The survivor's personal details were erased in identification (their key destroyed). Carries
 * nothing but the fact: every service purges what it holds for the journey and keeps only
 * pseudonymous history.
 */
export class PersonalDataErasedV1 {
  @IsUUID()
  journeyId!: string;

  @IsISO8601({ strict: true })
  erasedAt!: string;

  /** The identifying agency, so the journey stays visible to it. */
  @IsString()
  @Length(1, 100)
  firstResponderAgency!: string;
}

/**
 * An adult who declined when identified has now consented to enter the NRM. Carries what the
 * referral needs to open the case (as potential-victim-identified.v1 did), and nothing that
 * identifies the person.
 */
export class ConsentGivenLaterV1 {
  @IsUUID()
  journeyId!: string;

  @IsISO8601({ strict: true })
  consentGivenAt!: string;

  @IsExploitationTypes()
  exploitationTypes!: ExploitationType[];

  @IsIn(AREAS)
  area!: Area;

  @IsString()
  @Length(1, 100)
  firstResponderAgency!: string;

  @IsIn(FIRST_RESPONDER_ORGANISATION_TYPES)
  firstResponderOrganisationType!: FirstResponderOrganisationType;
}

/**
 * An adult was identified and offered a place of safety: they have up to 3 working days to decide
 * whether to enter the NRM. No referral or Duty to Notify yet; potential-victim-identified.v1
 * follows with their decision, or place-of-safety-lapsed.v1 if none is recorded in time.
 */
export class PlaceOfSafetyOfferedV1 {
  @IsUUID()
  journeyId!: string;

  @IsISO8601({ strict: true })
  identifiedAt!: string;

  /** The last day to decide (3 England & Wales working days after the day of identification). */
  @IsLocalDate()
  decisionDueOn!: string;

  @IsIn(AREAS)
  area!: Area;

  @IsString()
  @Length(1, 100)
  firstResponderAgency!: string;
}

/**
 * The place-of-safety decision window closed with no decision: the Duty to Notify is owed
 * (anonymously). Consent can still be given later.
 */
export class PlaceOfSafetyLapsedV1 {
  @IsUUID()
  journeyId!: string;

  @IsLocalDate()
  decisionDueOn!: string;

  @IsExploitationTypes()
  exploitationTypes!: ExploitationType[];

  @IsIn(AREAS)
  area!: Area;

  @IsString()
  @Length(1, 100)
  firstResponderAgency!: string;
}
