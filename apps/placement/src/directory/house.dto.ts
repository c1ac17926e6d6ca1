import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { AREAS, IsLocalDate, type Area } from '@waypoint/contracts';
import {
  ACCESSIBILITY_FEATURES,
  BED_KINDS,
  HOUSEHOLD_TYPES,
  type AccessibilityFeature,
  type BedKind,
  type HouseholdType,
} from '../matching/matching';

/** ISO 639-1, lower case: what staff and survivors speak. */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/** Why a bed is out of service: categories, so no free text about residents is kept with the bed. */
export const OUT_OF_SERVICE_REASONS = [
  'repairs',
  'deep-clean',
  'safeguarding',
  'staffing',
  'reserved-by-commissioner',
  'other',
] as const;
export type OutOfServiceReason = (typeof OUT_OF_SERVICE_REASONS)[number];

export class AddressDto {
  @ApiProperty({ minLength: 1, maxLength: 120, example: '12 Example Road' })
  @IsString()
  @Length(1, 120)
  line1!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  line2?: string;

  @ApiProperty({ minLength: 1, maxLength: 60, example: 'Birmingham' })
  @IsString()
  @Length(1, 60)
  town!: string;

  /** The shape of a UK postcode, upper case with its space; whether it exists is not checked. */
  @ApiProperty({ example: 'B1 1AA', pattern: '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$' })
  @Matches(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/, {
    message: 'postcode must be a UK postcode in capitals with its space, e.g. B1 1AA',
  })
  postcode!: string;
}

export class BedDto {
  @ApiProperty({ minLength: 1, maxLength: 60, example: 'Bed 1' })
  @IsString()
  @Length(1, 60)
  label!: string;

  @ApiProperty({ enum: [...BED_KINDS], enumName: 'BedKind' })
  @IsIn(BED_KINDS)
  kind!: BedKind;
}

export class RoomDto {
  @ApiProperty({ minLength: 1, maxLength: 60, example: 'Room 1' })
  @IsString()
  @Length(1, 60)
  name!: string;

  @ApiProperty({ type: [BedDto], minItems: 1, maxItems: 12 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => BedDto)
  beds!: BedDto[];
}

export class AddHouseDto {
  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Rowan House' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ enum: [...AREAS], enumName: 'Area' })
  @IsIn(AREAS)
  area!: Area;

  @ApiProperty({ enum: [...HOUSEHOLD_TYPES], enumName: 'HouseholdType', isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(HOUSEHOLD_TYPES, { each: true })
  householdTypes!: HouseholdType[];

  @ApiProperty({ enum: [...ACCESSIBILITY_FEATURES], enumName: 'AccessibilityFeature', isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(ACCESSIBILITY_FEATURES, { each: true })
  accessibility!: AccessibilityFeature[];

  @ApiProperty({
    type: [String],
    maxItems: 20,
    description: 'ISO 639-1 codes of the languages staff speak',
    example: ['en', 'sq'],
  })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(LANGUAGE_CODE, { each: true, message: 'each language must be an ISO 639-1 code in lower case' })
  languages!: string[];

  @ApiProperty({ type: AddressDto, description: 'Sealed at rest; shown only where docs/domain.md allows' })
  @ValidateNested()
  @Type(() => AddressDto)
  address!: AddressDto;

  @ApiProperty({ type: [RoomDto], minItems: 1, maxItems: 30 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RoomDto)
  rooms!: RoomDto[];
}

/** A house's details, replaced whole (its rooms and beds change through their own routes). */
export class UpdateHouseDto extends OmitType(AddHouseDto, ['rooms'] as const) {}

export class AddBedDto {
  @ApiProperty({ minLength: 1, maxLength: 60, description: 'An existing room of the house, or a new one' })
  @IsString()
  @Length(1, 60)
  roomName!: string;

  @ApiProperty({ minLength: 1, maxLength: 60 })
  @IsString()
  @Length(1, 60)
  label!: string;

  @ApiProperty({ enum: [...BED_KINDS], enumName: 'BedKind' })
  @IsIn(BED_KINDS)
  kind!: BedKind;
}

export class OutOfServiceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  bedId!: string;

  @ApiProperty({ type: 'string', format: 'date', description: 'First day out of service (London)' })
  @IsLocalDate()
  from!: string;

  @ApiPropertyOptional({ type: 'string', format: 'date', description: 'Last day; omitted while not known' })
  @IsOptional()
  @IsLocalDate()
  until?: string;

  @ApiProperty({ enum: [...OUT_OF_SERVICE_REASONS], enumName: 'OutOfServiceReason' })
  @IsIn(OUT_OF_SERVICE_REASONS)
  reason!: OutOfServiceReason;
}

export class EndOutOfServiceDto {
  @ApiProperty({ type: 'string', format: 'date', description: 'The last day out of service' })
  @IsLocalDate()
  until!: string;
}
