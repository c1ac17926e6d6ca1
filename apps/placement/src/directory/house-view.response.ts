import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AREAS, type Area } from '@waypoint/contracts';
import { BED_STATES, type BedCounts, type BedState } from '../beds/bed-state';
import {
  ACCESSIBILITY_FEATURES,
  BED_KINDS,
  HOUSEHOLD_TYPES,
  type AccessibilityFeature,
  type BedKind,
  type HouseholdType,
} from '../matching/matching';
import { OUT_OF_SERVICE_REASONS, type OutOfServiceReason } from './house.dto';

export class BedViewResponse {
  @ApiProperty({ format: 'uuid' })
  bedId!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ enum: [...BED_KINDS], enumName: 'BedKind' })
  kind!: BedKind;

  @ApiProperty({ enum: [...BED_STATES], enumName: 'BedState', description: 'Derived now: never typed in' })
  state!: BedState;
}

export class RoomViewResponse {
  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: [BedViewResponse] })
  beds!: BedViewResponse[];
}

export class BedCountsResponse implements BedCounts {
  @ApiProperty()
  free!: number;

  @ApiProperty()
  held!: number;

  @ApiProperty()
  occupied!: number;

  @ApiProperty({ name: 'out-of-service' })
  'out-of-service'!: number;
}

export class OutOfServiceViewResponse {
  @ApiProperty({ format: 'uuid' })
  periodId!: string;

  @ApiProperty({ format: 'uuid' })
  bedId!: string;

  @ApiProperty({ type: 'string', format: 'date' })
  from!: string;

  @ApiProperty({ type: 'string', format: 'date', nullable: true, description: 'null: no end set yet' })
  until!: string | null;

  @ApiProperty({ enum: [...OUT_OF_SERVICE_REASONS], enumName: 'OutOfServiceReason' })
  reason!: OutOfServiceReason;
}

export class HouseViewResponse {
  @ApiProperty({ format: 'uuid' })
  houseId!: string;

  @ApiProperty({ description: "The provider's agency" })
  providerAgency!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: [...AREAS], enumName: 'Area' })
  area!: Area;

  @ApiProperty({ enum: [...HOUSEHOLD_TYPES], enumName: 'HouseholdType', isArray: true })
  householdTypes!: HouseholdType[];

  @ApiProperty({ enum: [...ACCESSIBILITY_FEATURES], enumName: 'AccessibilityFeature', isArray: true })
  accessibility!: AccessibilityFeature[];

  @ApiProperty({ type: [String], description: 'ISO 639-1 codes' })
  languages!: string[];

  @ApiProperty({ type: [RoomViewResponse] })
  rooms!: RoomViewResponse[];

  @ApiProperty({ type: BedCountsResponse })
  bedCounts!: BedCountsResponse;

  @ApiProperty({ type: [OutOfServiceViewResponse], description: 'Current and future periods' })
  outOfService!: OutOfServiceViewResponse[];
}

export class HouseListResponse {
  @ApiProperty({ type: [HouseViewResponse] })
  houses!: HouseViewResponse[];

  @ApiProperty({ type: BedCountsResponse, description: 'Across every house listed' })
  bedCounts!: BedCountsResponse;
}

export class HouseAddressResponse {
  @ApiProperty({ format: 'uuid' })
  houseId!: string;

  @ApiProperty()
  line1!: string;

  @ApiPropertyOptional()
  line2?: string;

  @ApiProperty()
  town!: string;

  @ApiProperty()
  postcode!: string;
}
