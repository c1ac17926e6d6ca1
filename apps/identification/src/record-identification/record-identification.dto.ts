import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  INDICATORS,
  EXPLOITATION_LOCATIONS,
  EXPLOITATION_TYPES,
  FIRST_RESPONDER_ORGANISATION_TYPES,
  INDICATOR_CODES,
  IsExploitationTypes,
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
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Alex Example' })
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiPropertyOptional({ type: 'string', format: 'date', description: 'YYYY-MM-DD', example: '1990-05-17' })
  @IsOptional()
  @IsLocalDate()
  dateOfBirth?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100, example: 'Albanian' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  nationality?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200, example: '07700 900123' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  contact?: string;
}

export class RecordIdentificationDto {
  @ApiProperty({ enum: [...AGE_GROUPS], enumName: 'AgeGroup', example: 'adult' })
  @IsIn(AGE_GROUPS)
  ageGroup!: AgeGroup;

  @ApiProperty({
    enum: [...EXPLOITATION_TYPES],
    enumName: 'ExploitationType',
    isArray: true,
    minItems: 1,
    maxItems: EXPLOITATION_TYPES.length,
    uniqueItems: true,
    description: 'Every type seen; several may apply at once',
    example: ['labour'],
  })
  @IsExploitationTypes()
  exploitationTypes!: ExploitationType[];

  @ApiProperty({ example: false })
  @IsBoolean()
  countyLines!: boolean;

  @ApiProperty({ enum: [...EXPLOITATION_LOCATIONS], enumName: 'ExploitationLocation', example: 'uk' })
  @IsIn(EXPLOITATION_LOCATIONS)
  exploitedIn!: ExploitationLocation;

  @ApiProperty({
    enum: INDICATOR_CODES,
    enumName: 'IndicatorCode',
    isArray: true,
    maxItems: INDICATOR_CODES.length,
    uniqueItems: true,
    description: `General indicators seen (statutory guidance): ${INDICATOR_CODES.map((code) => `${code} ${INDICATORS[code].label}`).join('; ')}`,
    example: ['SIT-04', 'PHY-01'],
  })
  @IsArray()
  @ArrayMaxSize(INDICATOR_CODES.length)
  @ArrayUnique()
  @IsIn(INDICATOR_CODES, { each: true })
  indicators!: IndicatorCode[];

  @ApiProperty({ enum: [...AREAS], enumName: 'Area', example: 'birmingham' })
  @IsIn(AREAS)
  area!: Area;

  @ApiProperty({
    enum: [...FIRST_RESPONDER_ORGANISATION_TYPES],
    enumName: 'FirstResponderOrganisationType',
    example: 'police',
  })
  @IsIn(FIRST_RESPONDER_ORGANISATION_TYPES)
  firstResponderOrganisationType!: FirstResponderOrganisationType;

  /**
   * Asked of adults only: a child is always referred (statutory guidance). 'undecided': the adult
   * was offered a place of safety and has up to 3 working days to decide.
   */
  @ApiPropertyOptional({
    enum: ['given', 'declined', 'undecided'],
    description:
      "Required for an adult ('undecided': offered a place of safety, with up to 3 working days to decide); must be omitted for a child, who is always referred",
    example: 'given',
  })
  @Validate(ConsentForAgeGroup)
  consent?: 'given' | 'declined' | 'undecided';

  @ApiPropertyOptional({
    type: PersonalDetailsDto,
    description: "Kept only in this service, sealed under the journey's own key; never published",
  })
  @IsOptional()
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonalDetailsDto)
  personalDetails?: PersonalDetailsDto;
}
