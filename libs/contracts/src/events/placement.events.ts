import { IsIn, IsInt, IsISO8601, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { IsLocalDate } from '../is-local-date';
import { AREAS, type Area } from '../vocabulary';

/*
 * The placement service's integration events. Like every event they carry no personal details,
 * no free text (risk notes, decline explanations stay in the service) and never a house's
 * address: a house appears by its id and its provider's agency only.
 */

/** Who a safe house is for (MSVCC's house types). */
export const HOUSEHOLD_TYPES = ['women', 'men', 'families', 'pregnant-women-and-new-mothers'] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

export const PLACEMENT_KINDS = ['place-of-safety', 'safe-house', 'emergency'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

export const PLACEMENT_URGENCIES = ['emergency', 'urgent', 'planned'] as const;
export type PlacementUrgency = (typeof PLACEMENT_URGENCIES)[number];

/** Why a provider declined an offer, as a category; the words behind it stay in the service. */
export const DECLINE_REASONS = [
  'needs-not-met',
  'risk-to-residents',
  'bed-no-longer-available',
  'staffing',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Why a stay ended. */
export const MOVE_OUT_REASONS = [
  'planned-move-on',
  'nrm-decision',
  'moved-to-another-safe-house',
  'left-without-notice',
  'evicted',
  'returned-abroad',
  'died',
  'other',
] as const;
export type MoveOutReason = (typeof MOVE_OUT_REASONS)[number];

/** Where a person went on leaving, in the HMIS style of destination groups. */
export const MOVE_OUT_DESTINATIONS = [
  'own-tenancy',
  'local-authority-housing',
  'asylum-accommodation',
  'family-or-friends',
  'another-safe-house',
  'supported-housing',
  'hospital-or-institution',
  'returned-abroad',
  'homeless',
  'unknown',
] as const;
export type MoveOutDestination = (typeof MOVE_OUT_DESTINATIONS)[number];

export const WITHDRAWAL_REASONS = [
  'no-longer-needed',
  'placed-elsewhere',
  'declined-by-survivor',
  'other',
] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

/** An involved agency asked for a place for the survivor. */
export class PlacementRequestedV1 {
  @IsUUID()
  journeyId!: string;

  @IsUUID()
  requestId!: string;

  @IsString()
  @Length(1, 100)
  requestingAgency!: string;

  @IsIn(PLACEMENT_KINDS)
  kind!: PlacementKind;

  @IsIn(PLACEMENT_URGENCIES)
  urgency!: PlacementUrgency;

  @IsIn(HOUSEHOLD_TYPES)
  householdType!: HouseholdType;

  @IsInt()
  @Min(0)
  @Max(12)
  dependants!: number;

  @IsLocalDate()
  neededFrom!: string;

  @IsISO8601({ strict: true })
  requestedAt!: string;
}

/** What every event about one offer (a hold on one bed) carries. */
class OfferFacts {
  @IsUUID()
  journeyId!: string;

  @IsUUID()
  requestId!: string;

  @IsUUID()
  offerId!: string;

  @IsUUID()
  houseId!: string;

  /** The provider's agency: it becomes involved in the journey when it accepts. */
  @IsString()
  @Length(1, 100)
  providerAgency!: string;

  @IsIn(AREAS)
  area!: Area;
}

/** A coordinator offered a bed: it is held for the provider's answer until `holdExpiresAt`. */
export class PlacementOfferedV1 extends OfferFacts {
  /** The coordinators' agency (the 24-hour referral line): involved in the journey from here. */
  @IsString()
  @Length(1, 100)
  offeredByAgency!: string;

  @IsISO8601({ strict: true })
  offeredAt!: string;

  @IsISO8601({ strict: true })
  holdExpiresAt!: string;
}

/** The provider accepted: the bed stays held for the arrival, and the provider is now involved. */
export class PlacementOfferAcceptedV1 extends OfferFacts {
  @IsISO8601({ strict: true })
  acceptedAt!: string;
}

export class PlacementOfferDeclinedV1 extends OfferFacts {
  @IsISO8601({ strict: true })
  declinedAt!: string;

  @IsIn(DECLINE_REASONS)
  reason!: DeclineReason;
}

/** Nobody answered the offer in time: the hold ended once, and the bed is free again. */
export class PlacementOfferExpiredV1 extends OfferFacts {
  @IsISO8601({ strict: true })
  expiredAt!: string;
}

export class PlacementMovedInV1 extends OfferFacts {
  @IsLocalDate()
  movedInOn!: string;

  /** null: no planned end yet (it follows the NRM decisions). */
  @ValidateIf((_, value) => value !== null)
  @IsLocalDate()
  plannedMoveOutOn!: string | null;
}

/** An NRM decision moved a stay's planned end (it follows the NRM: docs/domain.md). */
export class PlacementMoveOutPlannedV1 extends OfferFacts {
  /** null: no end planned (no decision that ends support). */
  @ValidateIf((_, value) => value !== null)
  @IsLocalDate()
  plannedMoveOutOn!: string | null;
}

export class PlacementMovedOutV1 extends OfferFacts {
  @IsLocalDate()
  movedOutOn!: string;

  @IsIn(MOVE_OUT_REASONS)
  reason!: MoveOutReason;

  @IsIn(MOVE_OUT_DESTINATIONS)
  destination!: MoveOutDestination;
}

/**
 * A house's beds by state after a change the service made (an offer, an answer, a stay, a bed or an
 * out-of-service period): the commissioners' occupancy figures. Keyed by house, about no one.
 */
export class HouseCapacityChangedV1 {
  @IsUUID()
  houseId!: string;

  @IsString()
  @Length(1, 100)
  providerAgency!: string;

  @IsIn(AREAS)
  area!: Area;

  @IsInt()
  @Min(0)
  free!: number;

  @IsInt()
  @Min(0)
  held!: number;

  @IsInt()
  @Min(0)
  occupied!: number;

  @IsInt()
  @Min(0)
  outOfService!: number;

  @IsISO8601({ strict: true })
  countedAt!: string;
}

export class PlacementRequestWithdrawnV1 {
  @IsUUID()
  journeyId!: string;

  @IsUUID()
  requestId!: string;

  @IsString()
  @Length(1, 100)
  withdrawnByAgency!: string;

  @IsIn(WITHDRAWAL_REASONS)
  reason!: WithdrawalReason;

  @IsISO8601({ strict: true })
  withdrawnAt!: string;
}
