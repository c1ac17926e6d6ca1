import { Injectable } from '@nestjs/common';
import type { Area, PlacementKind, PlacementUrgency, WithdrawalReason } from '@waypoint/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { URGENCIES } from '../matching/waiting-list';
import type { AccessibilityFeature, HouseholdType } from '../matching/matching';

export const REQUEST_STATUSES = [
  'waiting',
  'offered',
  'accepted',
  'moved-in',
  'moved-out',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Still seeking a place: the statuses the one-per-journey index covers. */
export const SEEKING_STATUSES: readonly RequestStatus[] = ['waiting', 'offered', 'accepted'];

export interface PlacementRequestRecord {
  requestId: string;
  journeyId: string;
  requestingAgency: string;
  requestedBy: string;
  requestedAt: Date;
  kind: PlacementKind;
  urgency: PlacementUrgency;
  householdType: HouseholdType;
  dependantAges: number[];
  accessibilityNeeds: AccessibilityFeature[];
  languages: string[];
  pregnant: boolean;
  /** Always includes the exploitation area when one is known. */
  avoidAreas: Area[];
  exploitationArea: Area | null;
  neededFrom: string;
  neededUntil: string | null;
  hasRiskNotes: boolean;
  status: RequestStatus;
  withdrawnAt: Date | null;
  withdrawalReason: WithdrawalReason | null;
}

interface RequestRow {
  request_id: string;
  journey_id: string;
  requesting_agency: string;
  requested_by: string;
  requested_at: Date;
  kind: PlacementKind;
  urgency: PlacementUrgency;
  household_type: HouseholdType;
  dependant_ages: number[];
  accessibility_needs: AccessibilityFeature[];
  languages: string[];
  pregnant: boolean;
  avoid_areas: Area[];
  exploitation_area: Area | null;
  needed_from: string;
  needed_until: string | null;
  has_risk_notes: boolean;
  status: RequestStatus;
  withdrawn_at: Date | null;
  withdrawal_reason: WithdrawalReason | null;
}

const COLUMNS = `request_id, journey_id, requesting_agency, requested_by, requested_at, kind, urgency, household_type,
  dependant_ages, accessibility_needs, languages, pregnant, avoid_areas, exploitation_area,
  to_char(needed_from, 'YYYY-MM-DD') AS needed_from, to_char(needed_until, 'YYYY-MM-DD') AS needed_until,
  risk_notes_sealed IS NOT NULL AS has_risk_notes, status, withdrawn_at, withdrawal_reason`;

const recordOf = (row: RequestRow): PlacementRequestRecord => ({
  requestId: row.request_id,
  journeyId: row.journey_id,
  requestingAgency: row.requesting_agency,
  requestedBy: row.requested_by,
  requestedAt: row.requested_at,
  kind: row.kind,
  urgency: row.urgency,
  householdType: row.household_type,
  dependantAges: row.dependant_ages,
  accessibilityNeeds: row.accessibility_needs,
  languages: row.languages,
  pregnant: row.pregnant,
  avoidAreas: row.avoid_areas,
  exploitationArea: row.exploitation_area,
  neededFrom: row.needed_from,
  neededUntil: row.needed_until,
  hasRiskNotes: row.has_risk_notes,
  status: row.status,
  withdrawnAt: row.withdrawn_at,
  withdrawalReason: row.withdrawal_reason,
});

/** Most urgent first, then the longest waiting: the order coordinators work the queue in (waiting-list.ts). */
const QUEUE_ORDER = `array_position($5::text[], urgency), requested_at, request_id`;

@Injectable()
export class RequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    request: PlacementRequestRecord,
    riskNotesSealed: Buffer | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO placement_request (request_id, journey_id, requesting_agency, requested_by, requested_at, kind,
         urgency, household_type, dependant_ages, accessibility_needs, languages, pregnant, avoid_areas,
         exploitation_area, needed_from, needed_until, risk_notes_sealed, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        request.requestId,
        request.journeyId,
        request.requestingAgency,
        request.requestedBy,
        request.requestedAt,
        request.kind,
        request.urgency,
        request.householdType,
        request.dependantAges,
        request.accessibilityNeeds,
        request.languages,
        request.pregnant,
        request.avoidAreas,
        request.exploitationArea,
        request.neededFrom,
        request.neededUntil,
        riskNotesSealed,
        request.status,
      ],
    );
  }

  async find(
    requestId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlacementRequestRecord | null> {
    const rows = await manager.query<RequestRow[]>(
      `SELECT ${COLUMNS} FROM placement_request WHERE request_id = $1`,
      [requestId],
    );
    return rows[0] ? recordOf(rows[0]) : null;
  }

  /** Locked until the transaction ends: one change to a request at a time. */
  async lock(manager: EntityManager, requestId: string): Promise<PlacementRequestRecord | null> {
    const rows = await manager.query<RequestRow[]>(
      `SELECT ${COLUMNS} FROM placement_request WHERE request_id = $1 FOR UPDATE`,
      [requestId],
    );
    return rows[0] ? recordOf(rows[0]) : null;
  }

  async seekingForJourney(manager: EntityManager, journeyId: string): Promise<PlacementRequestRecord | null> {
    const rows = await manager.query<RequestRow[]>(
      `SELECT ${COLUMNS} FROM placement_request WHERE journey_id = $1 AND status = ANY($2::text[])`,
      [journeyId, SEEKING_STATUSES],
    );
    return rows[0] ? recordOf(rows[0]) : null;
  }

  async riskNotesSealed(manager: EntityManager, requestId: string): Promise<Buffer | null> {
    const rows = await manager.query<{ risk_notes_sealed: Buffer | null }[]>(
      'SELECT risk_notes_sealed FROM placement_request WHERE request_id = $1',
      [requestId],
    );
    return rows[0]?.risk_notes_sealed ?? null;
  }

  async setStatus(manager: EntityManager, requestId: string, status: RequestStatus): Promise<void> {
    await manager.query('UPDATE placement_request SET status = $2 WHERE request_id = $1', [
      requestId,
      status,
    ]);
  }

  async withdraw(
    manager: EntityManager,
    requestId: string,
    reason: WithdrawalReason,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE placement_request SET status = 'withdrawn', withdrawn_at = $3, withdrawal_reason = $2 WHERE request_id = $1`,
      [requestId, reason, at],
    );
  }

  /**
   * The queue: requests in the given statuses, most urgent and longest waiting first; one agency's
   * only, unless `agency` is null (coordinators). A list, not a search: `limit` bounds it.
   */
  async queue(
    statuses: readonly RequestStatus[],
    agency: string | null,
    limit: number,
    journeyId: string | null = null,
  ): Promise<PlacementRequestRecord[]> {
    const rows = await this.dataSource.query<RequestRow[]>(
      `SELECT ${COLUMNS} FROM placement_request
       WHERE status = ANY($1::text[]) AND ($2::text IS NULL OR requesting_agency = $2)
         AND ($4::uuid IS NULL OR journey_id = $4)
       ORDER BY ${QUEUE_ORDER} LIMIT $3`,
      [statuses, agency, limit, journeyId, URGENCIES],
    );
    return rows.map(recordOf);
  }
}
