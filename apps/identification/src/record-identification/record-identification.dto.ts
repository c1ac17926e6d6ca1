import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
  ValidateNested,
  IsDefined,
  IsObject,
} from 'class-validator';
import {
  AGE_GROUPS,
  AREAS,
  EXPLOITATION_LOCATIONS,
  EXPLOITATION_TYPES,
  FIRST_RESPONDER_ORGANISATION_TYPES,
  INDICATOR_CODES,
  IsLocalDate,
  type AgeGroup,
  type Area,
  type ExploitationLocation,
  type ExploitationType,
  type FirstResponderOrganisationType,
  type IndicatorCode,
} from '@waypoint/contracts';

@ValidatorConstraint({ name: 'consentForAgeGroup' })
class ConsentForAgeGroup implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const { ageGroup } = args.object as RecordIdentificationDto;
    return ageGroup === 'child'
      ? value === undefined
      : value === 'given' || value === 'declined' || value === 'undecided';
  }

  defaultMessage(args: ValidationArguments): string {
    return (args.object as RecordIdentificationDto).ageGroup === 'child'
      ? 'consent is not asked of a child (a child is always referred): omit consent'
      : "consent must be 'given', 'declined' or 'undecided' (offered a place of safety) for an adult";
  }
}

export class PersonalDetailsDto {
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @IsOptional()
  @IsLocalDate()
  dateOfBirth?: string;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  nationality?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  contact?: string;
}

export class RecordIdentificationDto {
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

  @IsIn(FIRST_RESPONDER_ORGANISATION_TYPES)
  firstResponderOrganisationType!: FirstResponderOrganisationType;

  /**
   * Asked of adults only: a child is always referred (statutory guidance). 'undecided': the adult
   * was offered a place of safety and has up to 3 working days to decide.
   */
  @Validate(ConsentForAgeGroup)
  consent?: 'given' | 'declined' | 'undecided';

  @IsOptional()
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonalDetailsDto)
  personalDetails?: PersonalDetailsDto;
}
