import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AREAS,
  IsLocalDate,
  PLACEMENT_KINDS,
  PLACEMENT_URGENCIES,
  WITHDRAWAL_REASONS,
  type Area,
  type PlacementKind,
  type PlacementUrgency,
  type WithdrawalReason,
} from '@waypoint/contracts';
import { LANGUAGE_CODE } from '../directory/house.dto';
import {
  ACCESSIBILITY_FEATURES,
  HOUSEHOLD_TYPES,
  type AccessibilityFeature,
  type HouseholdType,
} from '../matching/matching';

export class DependantDto {
  @ApiProperty({ minimum: 0, maximum: 17, description: 'Age in whole years (0 for a baby)' })
  @IsInt()
  @Min(0)
  @Max(17)
  age!: number;
}

export class RequestPlacementDto {
  @ApiProperty({ format: 'uuid', description: 'A journey your agency is involved in' })
  @IsUUID()
  journeyId!: string;

  @ApiProperty({ enum: [...PLACEMENT_KINDS], enumName: 'PlacementKind' })
  @IsIn(PLACEMENT_KINDS)
  kind!: PlacementKind;

  @ApiProperty({ enum: [...PLACEMENT_URGENCIES], enumName: 'PlacementUrgency' })
  @IsIn(PLACEMENT_URGENCIES)
  urgency!: PlacementUrgency;

  @ApiProperty({ enum: [...HOUSEHOLD_TYPES], enumName: 'HouseholdType' })
  @IsIn(HOUSEHOLD_TYPES)
  householdType!: HouseholdType;

  @ApiProperty({ type: [DependantDto], maxItems: 12, description: 'Children coming with the survivor' })
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => DependantDto)
  dependants!: DependantDto[];

  @ApiProperty({ enum: [...ACCESSIBILITY_FEATURES], enumName: 'AccessibilityFeature', isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(ACCESSIBILITY_FEATURES, { each: true })
  accessibilityNeeds!: AccessibilityFeature[];

  @ApiProperty({
    type: [String],
    maxItems: 10,
    description: 'ISO 639-1 codes the survivor speaks',
    example: ['sq'],
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(LANGUAGE_CODE, { each: true, message: 'each language must be an ISO 639-1 code in lower case' })
  languages!: string[];

  @ApiProperty()
  @IsBoolean()
  pregnant!: boolean;

  @ApiProperty({
    enum: [...AREAS],
    enumName: 'Area',
    isArray: true,
    description: 'Besides the area of exploitation, which is always avoided',
  })
  @IsArray()
  @ArrayUnique()
  @IsIn(AREAS, { each: true })
  avoidAreas!: Area[];

  @ApiProperty({ type: 'string', format: 'date', description: 'First night needed (London), today or later' })
  @IsLocalDate()
  neededFrom!: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: "Last night needed, when known (a place of safety: the adult's decision date)",
  })
  @IsOptional()
  @IsLocalDate()
  neededUntil?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 2000,
    description:
      'Sealed at rest under the journey key, never published, destroyed when the personal data is erased',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  riskNotes?: string;
}

export class WithdrawRequestDto {
  @ApiProperty({ enum: [...WITHDRAWAL_REASONS], enumName: 'WithdrawalReason' })
  @IsIn(WITHDRAWAL_REASONS)
  reason!: WithdrawalReason;
}
