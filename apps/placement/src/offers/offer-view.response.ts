import { ApiProperty } from '@nestjs/swagger';
import {
  AREAS,
  DECLINE_REASONS,
  MOVE_OUT_DESTINATIONS,
  MOVE_OUT_REASONS,
  PLACEMENT_KINDS,
  PLACEMENT_URGENCIES,
  type Area,
  type PlacementKind,
  type PlacementUrgency,
  type DeclineReason,
  type MoveOutDestination,
  type MoveOutReason,
} from '@waypoint/contracts';
import {
  ACCESSIBILITY_FEATURES,
  BED_KINDS,
  HOUSEHOLD_TYPES,
  type AccessibilityFeature,
  type BedKind,
  type HouseholdType,
} from '../matching/matching';
import { DependantDto } from '../requests/placement-request.dto';
import type { OfferView } from './offer-view';
import { OFFER_STATUSES, type OfferStatus } from './offers.repository';

export class OfferedBedResponse {
  @ApiProperty({ format: 'uuid' })
  bedId!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ enum: [...BED_KINDS], enumName: 'BedKind' })
  kind!: BedKind;
}

export class OfferedHouseholdResponse {
  @ApiProperty({ enum: [...PLACEMENT_KINDS], enumName: 'PlacementKind' })
  kind!: PlacementKind;

  @ApiProperty({ enum: [...PLACEMENT_URGENCIES], enumName: 'PlacementUrgency' })
  urgency!: PlacementUrgency;

  @ApiProperty({ enum: [...HOUSEHOLD_TYPES], enumName: 'HouseholdType' })
  householdType!: HouseholdType;

  @ApiProperty({ type: [DependantDto] })
  dependants!: DependantDto[];

  @ApiProperty({ enum: [...ACCESSIBILITY_FEATURES], enumName: 'AccessibilityFeature', isArray: true })
  accessibilityNeeds!: AccessibilityFeature[];

  @ApiProperty({ type: [String], description: 'ISO 639-1 codes the survivor speaks' })
  languages!: string[];

  @ApiProperty()
  pregnant!: boolean;

  @ApiProperty({ type: 'string', format: 'date' })
  neededFrom!: string;

  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  neededUntil!: string | null;
}

export class OfferViewResponse implements OfferView {
  @ApiProperty({ format: 'uuid' })
  offerId!: string;

  @ApiProperty({ format: 'uuid' })
  requestId!: string;

  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ format: 'uuid' })
  houseId!: string;

  @ApiProperty()
  houseName!: string;

  @ApiProperty({ enum: [...AREAS], enumName: 'Area' })
  houseArea!: Area;

  @ApiProperty()
  roomName!: string;

  @ApiProperty({ type: [OfferedBedResponse], description: "The household's beds: the survivor's first" })
  beds!: OfferedBedResponse[];

  @ApiProperty()
  providerAgency!: string;

  @ApiProperty()
  requestingAgency!: string;

  @ApiProperty()
  offeredByAgency!: string;

  @ApiProperty({ format: 'date-time' })
  offeredAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'An unanswered hold ends then, once, and the beds are free',
  })
  holdExpiresAt!: string;

  @ApiProperty({ enum: [...OFFER_STATUSES], enumName: 'OfferStatus' })
  status!: OfferStatus;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  answeredAt!: string | null;

  @ApiProperty({ enum: [...DECLINE_REASONS], enumName: 'DeclineReason', nullable: true })
  declineReason!: DeclineReason | null;

  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  movedInOn!: string | null;

  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    description:
      'Follows the NRM: move-on days after a negative decision or a positive CG; null while neither',
  })
  plannedMoveOutOn!: string | null;

  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  movedOutOn!: string | null;

  @ApiProperty({ enum: [...MOVE_OUT_REASONS], enumName: 'MoveOutReason', nullable: true })
  moveOutReason!: MoveOutReason | null;

  @ApiProperty({ enum: [...MOVE_OUT_DESTINATIONS], enumName: 'MoveOutDestination', nullable: true })
  moveOutDestination!: MoveOutDestination | null;

  @ApiProperty({
    type: OfferedHouseholdResponse,
    description:
      'The household and its needs, for the provider to decide on (risk notes: on the request, audited)',
  })
  household!: OfferedHouseholdResponse;
}

export class OfferListResponse {
  @ApiProperty({ type: [OfferViewResponse], description: 'Newest first' })
  offers!: OfferViewResponse[];
}

export class BedTakenResponse {
  @ApiProperty({ example: 409 })
  statusCode!: number;

  @ApiProperty({ example: 'Conflict' })
  error!: string;

  @ApiProperty({ type: [String] })
  message!: string[];

  @ApiProperty({ format: 'uuid', required: false, description: 'When a bed was taken first: which' })
  bedId?: string;

  @ApiProperty({
    enum: ['held', 'occupied'],
    required: false,
    description: 'When a bed was taken first: its state now',
  })
  bedState?: 'held' | 'occupied';

  @ApiProperty({ required: false, description: 'When the request is not waiting: its status' })
  currentStatus?: string;

  @ApiProperty({
    required: false,
    description: 'When the house cannot take the household: every reason',
    type: 'array',
    items: { type: 'object', properties: { reason: { type: 'string' }, detail: { type: 'string' } } },
  })
  reasons?: { reason: string; detail: string }[];
}
