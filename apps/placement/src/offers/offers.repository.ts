import { Injectable } from '@nestjs/common';
import type {
  Area,
  DeclineReason,
  MoveOutDestination,
  MoveOutReason,
  PlacementKind,
  PlacementUrgency,
} from '@waypoint/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccessibilityFeature, BedKind, HouseholdType } from '../matching/matching';

export const OFFER_STATUSES = [
  'held',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
  'moved-in',
  'moved-out',
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
/** The statuses that keep the beds: the offer's allocations are open. */
export const OPEN_OFFER_STATUSES: readonly OfferStatus[] = ['held', 'accepted', 'moved-in'];

export interface OfferRecord {
  offerId: string;
  requestId: string;
  journeyId: string;
  houseId: string;
  houseName: string;
  houseArea: Area;
  roomId: string;
  roomName: string;
  providerAgency: string;
  requestingAgency: string;
  offeredBy: string;
  offeredByAgency: string;
  offeredAt: Date;
  holdExpiresAt: Date;
  status: OfferStatus;
  answeredAt: Date | null;
  declineReason: DeclineReason | null;
  movedInOn: string | null;
  plannedMoveOutOn: string | null;
  movedOutOn: string | null;
  moveOutReason: MoveOutReason | null;
  moveOutDestination: MoveOutDestination | null;
  beds: { bedId: string; label: string; kind: BedKind }[];
  /** What the provider decides on: the household and its needs (never the risk notes, which are read, audited, on the request). */
  household: OfferedHousehold;
}

export interface OfferedHousehold {
  kind: PlacementKind;
  urgency: PlacementUrgency;
  householdType: HouseholdType;
  dependants: { age: number }[];
  accessibilityNeeds: AccessibilityFeature[];
  languages: string[];
  pregnant: boolean;
  neededFrom: string;
  neededUntil: string | null;
}

interface OfferRow {
  offer_id: string;
  request_id: string;
  journey_id: string;
  house_id: string;
  house_name: string;
  house_area: Area;
  room_id: string;
  room_name: string;
  provider_agency: string;
  requesting_agency: string;
  offered_by: string;
  offered_by_agency: string;
  offered_at: Date;
  hold_expires_at: Date;
  status: OfferStatus;
  answered_at: Date | null;
  decline_reason: DeclineReason | null;
  moved_in_on: string | null;
  planned_move_out_on: string | null;
  moved_out_on: string | null;
  move_out_reason: MoveOutReason | null;
  move_out_destination: MoveOutDestination | null;
  beds: { bedId: string; label: string; kind: BedKind }[];
  kind: PlacementKind;
  urgency: PlacementUrgency;
  household_type: HouseholdType;
  dependant_ages: number[];
  accessibility_needs: AccessibilityFeature[];
  languages: string[];
  pregnant: boolean;
  needed_from: string;
  needed_until: string | null;
}

const SELECT = `SELECT o.offer_id, o.request_id, o.journey_id, o.house_id, h.name AS house_name, h.area AS house_area,
    o.room_id, r.name AS room_name, o.provider_agency, q.requesting_agency, o.offered_by, o.offered_by_agency,
    o.offered_at, o.hold_expires_at, o.status, o.answered_at, o.decline_reason,
    to_char(o.moved_in_on, 'YYYY-MM-DD') AS moved_in_on, to_char(o.planned_move_out_on, 'YYYY-MM-DD') AS planned_move_out_on,
    to_char(o.moved_out_on, 'YYYY-MM-DD') AS moved_out_on, o.move_out_reason, o.move_out_destination,
    (SELECT coalesce(json_agg(json_build_object('bedId', b.bed_id, 'label', b.label, 'kind', b.kind) ORDER BY b.label), '[]')
       FROM bed_allocation a JOIN bed b ON b.bed_id = a.bed_id WHERE a.offer_id = o.offer_id) AS beds,
    q.kind, q.urgency, q.household_type, q.dependant_ages, q.accessibility_needs, q.languages, q.pregnant,
    to_char(q.needed_from, 'YYYY-MM-DD') AS needed_from, to_char(q.needed_until, 'YYYY-MM-DD') AS needed_until
  FROM offer o JOIN house h ON h.house_id = o.house_id JOIN room r ON r.room_id = o.room_id
  JOIN placement_request q ON q.request_id = o.request_id`;

const recordOf = (row: OfferRow): OfferRecord => ({
  offerId: row.offer_id,
  requestId: row.request_id,
  journeyId: row.journey_id,
  houseId: row.house_id,
  houseName: row.house_name,
  houseArea: row.house_area,
  roomId: row.room_id,
  roomName: row.room_name,
  providerAgency: row.provider_agency,
  requestingAgency: row.requesting_agency,
  offeredBy: row.offered_by,
  offeredByAgency: row.offered_by_agency,
  offeredAt: row.offered_at,
  holdExpiresAt: row.hold_expires_at,
  status: row.status,
  answeredAt: row.answered_at,
  declineReason: row.decline_reason,
  movedInOn: row.moved_in_on,
  plannedMoveOutOn: row.planned_move_out_on,
  movedOutOn: row.moved_out_on,
  moveOutReason: row.move_out_reason,
  moveOutDestination: row.move_out_destination,
  beds: row.beds,
  household: {
    kind: row.kind,
    urgency: row.urgency,
    householdType: row.household_type,
    dependants: row.dependant_ages.map((age) => ({ age })),
    accessibilityNeeds: row.accessibility_needs,
    languages: row.languages,
    pregnant: row.pregnant,
    neededFrom: row.needed_from,
    neededUntil: row.needed_until,
  },
});

export interface NewOffer {
  offerId: string;
  requestId: string;
  journeyId: string;
  houseId: string;
  roomId: string;
  providerAgency: string;
  offeredBy: string;
  offeredByAgency: string;
  offeredAt: Date;
  holdExpiresAt: Date;
  bedIds: readonly string[];
}

/** The partial unique index that makes double booking impossible (migration 1765000000500). */
export const ONE_OPEN_ALLOCATION_PER_BED = 'bed_allocation_one_open_per_bed';

@Injectable()
export class OffersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The offer and its beds' allocations; the index refuses a bed already held or occupied. */
  async insert(manager: EntityManager, offer: NewOffer): Promise<void> {
    await manager.query(
      `WITH made AS (
         INSERT INTO offer (offer_id, request_id, journey_id, house_id, room_id, provider_agency, offered_by,
           offered_by_agency, offered_at, hold_expires_at, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'held') RETURNING offer_id)
       INSERT INTO bed_allocation (offer_id, bed_id) SELECT made.offer_id, bed_id FROM made, unnest($11::uuid[]) AS bed_id`,
      [
        offer.offerId,
        offer.requestId,
        offer.journeyId,
        offer.houseId,
        offer.roomId,
        offer.providerAgency,
        offer.offeredBy,
        offer.offeredByAgency,
        offer.offeredAt,
        offer.holdExpiresAt,
        offer.bedIds,
      ],
    );
  }

  async find(offerId: string, manager: EntityManager = this.dataSource.manager): Promise<OfferRecord | null> {
    const rows = await manager.query<OfferRow[]>(`${SELECT} WHERE o.offer_id = $1`, [offerId]);
    return rows[0] ? recordOf(rows[0]) : null;
  }

  /** Locks the offer row (not the house, room or request) until the transaction ends. */
  async lock(manager: EntityManager, offerId: string): Promise<OfferRecord | null> {
    const rows = await manager.query<OfferRow[]>(`${SELECT} WHERE o.offer_id = $1 FOR UPDATE OF o`, [
      offerId,
    ]);
    return rows[0] ? recordOf(rows[0]) : null;
  }

  async ofRequest(
    requestId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OfferRecord[]> {
    const rows = await manager.query<OfferRow[]>(`${SELECT} WHERE o.request_id = $1 ORDER BY o.offered_at`, [
      requestId,
    ]);
    return rows.map(recordOf);
  }

  /** Offers in the given statuses: one provider's, or every provider's when `providerAgency` is null. */
  async list(
    statuses: readonly OfferStatus[],
    providerAgency: string | null,
    limit: number,
  ): Promise<OfferRecord[]> {
    const rows = await this.dataSource.query<OfferRow[]>(
      `${SELECT} WHERE o.status = ANY($1::text[]) AND ($2::text IS NULL OR o.provider_agency = $2)
       ORDER BY o.offered_at DESC LIMIT $3`,
      [statuses, providerAgency, limit],
    );
    return rows.map(recordOf);
  }

  async stayingOfJourney(manager: EntityManager, journeyId: string): Promise<OfferRecord[]> {
    const rows = await manager.query<OfferRow[]>(
      `${SELECT} WHERE o.journey_id = $1 AND o.status = 'moved-in' FOR UPDATE OF o`,
      [journeyId],
    );
    return rows.map(recordOf);
  }

  /** Ends the offer and frees its beds, in one statement. */
  async end(
    manager: EntityManager,
    offerId: string,
    status: Extract<OfferStatus, 'declined' | 'expired' | 'withdrawn' | 'moved-out'>,
    at: Date,
    fields: {
      answeredBy?: string;
      declineReason?: DeclineReason;
      movedOutOn?: string;
      moveOutReason?: MoveOutReason;
      moveOutDestination?: MoveOutDestination;
    } = {},
  ): Promise<void> {
    await manager.query(
      `WITH released AS (UPDATE bed_allocation SET released_at = $3 WHERE offer_id = $1 AND released_at IS NULL)
       UPDATE offer SET status = $2, ended_at = $3,
         answered_at = CASE WHEN $2 IN ('declined') THEN $3 ELSE answered_at END,
         answered_by = coalesce($4, answered_by), decline_reason = coalesce($5, decline_reason),
         moved_out_on = coalesce($6::date, moved_out_on), move_out_reason = coalesce($7, move_out_reason),
         move_out_destination = coalesce($8, move_out_destination)
       WHERE offer_id = $1`,
      [
        offerId,
        status,
        at,
        fields.answeredBy ?? null,
        fields.declineReason ?? null,
        fields.movedOutOn ?? null,
        fields.moveOutReason ?? null,
        fields.moveOutDestination ?? null,
      ],
    );
  }

  async accept(manager: EntityManager, offerId: string, at: Date, by: string): Promise<void> {
    await manager.query(
      `UPDATE offer SET status = 'accepted', answered_at = $2, answered_by = $3 WHERE offer_id = $1`,
      [offerId, at, by],
    );
  }

  async moveIn(
    manager: EntityManager,
    offerId: string,
    movedInOn: string,
    plannedMoveOutOn: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE offer SET status = 'moved-in', moved_in_on = $2, planned_move_out_on = $3 WHERE offer_id = $1`,
      [offerId, movedInOn, plannedMoveOutOn],
    );
  }

  async setPlannedMoveOut(
    manager: EntityManager,
    offerId: string,
    plannedMoveOutOn: string | null,
  ): Promise<void> {
    await manager.query('UPDATE offer SET planned_move_out_on = $2 WHERE offer_id = $1', [
      offerId,
      plannedMoveOutOn,
    ]);
  }

  /** What holds each of these beds now, for a refusal that names it. */
  async openStatusOfBeds(bedIds: readonly string[]): Promise<Map<string, OfferStatus>> {
    const rows = await this.dataSource.query<{ bed_id: string; status: OfferStatus }[]>(
      `SELECT a.bed_id, o.status FROM bed_allocation a JOIN offer o ON o.offer_id = a.offer_id
       WHERE a.bed_id = ANY($1::uuid[]) AND a.released_at IS NULL`,
      [bedIds],
    );
    return new Map(rows.map((row) => [row.bed_id, row.status]));
  }
}
