import { ApiProperty } from '@nestjs/swagger';
import {
  AREAS,
  PLACEMENT_KINDS,
  PLACEMENT_URGENCIES,
  WITHDRAWAL_REASONS,
  type Area,
  type PlacementKind,
  type PlacementUrgency,
  type WithdrawalReason,
} from '@waypoint/contracts';
import {
  ACCESSIBILITY_FEATURES,
  HOUSEHOLD_TYPES,
  type AccessibilityFeature,
  type HouseholdType,
} from '../matching/matching';
import { OfferViewResponse } from '../offers/offer-view.response';
import { DependantDto } from './placement-request.dto';
import { REQUEST_STATUSES, type RequestStatus } from './requests.repository';
import type { MatchView, PlacementRequestDetail, PlacementRequestView } from './requests.service';

export class PlacementRequestResponse implements PlacementRequestView {
  @ApiProperty({ format: 'uuid' })
  requestId!: string;

  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty()
  requestingAgency!: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

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

  @ApiProperty({ type: [String] })
  languages!: string[];

  @ApiProperty()
  pregnant!: boolean;

  @ApiProperty({
    enum: [...AREAS],
    enumName: 'Area',
    isArray: true,
    description: 'Including the area of exploitation',
  })
  avoidAreas!: Area[];

  @ApiProperty({
    enum: [...AREAS],
    enumName: 'Area',
    nullable: true,
    description: "From identification's event",
  })
  exploitationArea!: Area | null;

  @ApiProperty({ type: 'string', format: 'date' })
  neededFrom!: string;

  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  neededUntil!: string | null;

  @ApiProperty({ enum: [...REQUEST_STATUSES], enumName: 'PlacementRequestStatus' })
  status!: RequestStatus;

  @ApiProperty({ description: 'Whole days since the request was raised' })
  daysWaiting!: number;

  @ApiProperty()
  hasRiskNotes!: boolean;

  @ApiProperty({ enum: [...WITHDRAWAL_REASONS], enumName: 'WithdrawalReason', nullable: true })
  withdrawalReason!: WithdrawalReason | null;
}

export class PlacementRequestDetailResponse
  extends PlacementRequestResponse
  implements PlacementRequestDetail
{
  @ApiProperty({ type: 'string', nullable: true, description: 'Opened for you; the read is audited' })
  riskNotes!: string | null;

  @ApiProperty({ type: [OfferViewResponse], description: 'Every offer of the request, oldest first' })
  offers!: OfferViewResponse[];
}

export class PlacementRequestQueueResponse {
  @ApiProperty({
    type: [PlacementRequestResponse],
    description: 'Most urgent first, then the longest waiting',
  })
  requests!: PlacementRequestResponse[];
}

export class ExclusionResponse {
  @ApiProperty({
    enum: [
      'household-type',
      'pregnancy',
      'accessibility',
      'avoided-area',
      'household-does-not-fit',
      'no-free-bed',
    ],
    enumName: 'ExclusionReason',
  })
  reason!: MatchView['excluded'][number]['reasons'][number]['reason'];

  @ApiProperty({ description: 'Plain English, for the coordinator' })
  detail!: string;
}

export class EligibleHouseResponse {
  @ApiProperty({ format: 'uuid' })
  houseId!: string;

  @ApiProperty()
  houseName!: string;

  @ApiProperty()
  providerAgency!: string;

  @ApiProperty({ enum: [...AREAS], enumName: 'Area' })
  area!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty()
  roomName!: string;

  @ApiProperty({ type: [String], description: "The beds an offer would hold: the survivor's first" })
  bedIds!: string[];

  @ApiProperty({ description: 'Higher first (docs/domain.md, matching ranking)' })
  score!: number;

  @ApiProperty({ type: [String] })
  because!: string[];
}

export class ExcludedHouseResponse {
  @ApiProperty({ format: 'uuid' })
  houseId!: string;

  @ApiProperty()
  houseName!: string;

  @ApiProperty()
  providerAgency!: string;

  @ApiProperty({ type: [ExclusionResponse], description: 'Every hard constraint the house breaks' })
  reasons!: ExclusionResponse[];
}

export class MatchResponse implements MatchView {
  @ApiProperty({ format: 'uuid' })
  requestId!: string;

  @ApiProperty({ type: [EligibleHouseResponse], description: 'Best first' })
  eligible!: EligibleHouseResponse[];

  @ApiProperty({ type: [ExcludedHouseResponse] })
  excluded!: ExcludedHouseResponse[];
}

export class FittingRequestResponse {
  @ApiProperty({ format: 'uuid' })
  requestId!: string;

  @ApiProperty({ enum: [...PLACEMENT_URGENCIES], enumName: 'PlacementUrgency' })
  urgency!: PlacementUrgency;

  @ApiProperty({ format: 'date-time' })
  waitingSince!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ type: [String] })
  bedIds!: string[];

  @ApiProperty({ type: [String] })
  because!: string[];
}

export class FittingRequestsResponse {
  @ApiProperty({ format: 'uuid' })
  houseId!: string;

  @ApiProperty({ type: [FittingRequestResponse], description: 'In the order places are offered' })
  requests!: FittingRequestResponse[];
}
