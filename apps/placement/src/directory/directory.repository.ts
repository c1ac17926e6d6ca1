import { Injectable } from '@nestjs/common';
import type { Area } from '@waypoint/contracts';
import type { WrappedKey } from '@waypoint/sealing';
import { DataSource, type EntityManager } from 'typeorm';
import type { OpenAllocationStatus } from '../beds/bed-state';
import type { AccessibilityFeature, BedKind, HouseholdType } from '../matching/matching';
import type { OutOfServiceReason } from './house.dto';

export interface HouseRecord {
  houseId: string;
  providerAgency: string;
  name: string;
  area: Area;
  householdTypes: HouseholdType[];
  accessibility: AccessibilityFeature[];
  languages: string[];
}

export interface NewRoom {
  roomId: string;
  name: string;
  beds: { bedId: string; label: string; kind: BedKind }[];
}

/** What matching needs of a bed: where it is, its kind, and whether it is free over the dates asked about. */
export interface MatchBedRow {
  houseId: string;
  roomId: string;
  bedId: string;
  kind: BedKind;
  /** No open allocation and no out-of-service period over the dates asked about. */
  freeForDates: boolean;
}

/** One bed as the live queries read it: where it is, and what holds it now. */
export interface BedRow extends MatchBedRow {
  roomName: string;
  label: string;
  openAllocation: OpenAllocationStatus | null;
  /** An out-of-service period covers today. */
  outOfServiceToday: boolean;
}

export interface OutOfServiceRecord {
  periodId: string;
  bedId: string;
  from: string;
  until: string | null;
  reason: OutOfServiceReason;
}

interface HouseRow {
  house_id: string;
  provider_agency: string;
  name: string;
  area: Area;
  household_types: HouseholdType[];
  accessibility: AccessibilityFeature[];
  languages: string[];
}

const houseOf = (row: HouseRow): HouseRecord => ({
  houseId: row.house_id,
  providerAgency: row.provider_agency,
  name: row.name,
  area: row.area,
  householdTypes: row.household_types,
  accessibility: row.accessibility,
  languages: row.languages,
});

const HOUSE_COLUMNS = 'house_id, provider_agency, name, area, household_types, accessibility, languages';

/** Which houses a read covers: all (coordinators), one provider's, or some by id. */
export type HouseScope = { all: true } | { providerAgency: string } | { houseIds: readonly string[] };

function scopeSql(scope: HouseScope, parameter: number): { where: string; params: unknown[] } {
  if ('all' in scope) return { where: 'true', params: [] };
  if ('providerAgency' in scope)
    return { where: `h.provider_agency = $${parameter}`, params: [scope.providerAgency] };
  return { where: `h.house_id = ANY($${parameter}::uuid[])`, params: [scope.houseIds] };
}

@Injectable()
export class DirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertHouse(
    manager: EntityManager,
    house: HouseRecord,
    rooms: readonly NewRoom[],
    address: { sealed: Buffer; wrapped: WrappedKey },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO house (${HOUSE_COLUMNS}, address_sealed, address_key, address_key_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        house.houseId,
        house.providerAgency,
        house.name,
        house.area,
        house.householdTypes,
        house.accessibility,
        house.languages,
        address.sealed,
        address.wrapped.wrappedKey,
        address.wrapped.masterKeyVersion,
      ],
    );
    for (const room of rooms) await this.insertRoom(manager, house.houseId, room);
  }

  async insertRoom(manager: EntityManager, houseId: string, room: NewRoom): Promise<void> {
    await manager.query('INSERT INTO room (room_id, house_id, name) VALUES ($1, $2, $3)', [
      room.roomId,
      houseId,
      room.name,
    ]);
    await this.insertBeds(manager, houseId, room.roomId, room.beds);
  }

  async insertBeds(
    manager: EntityManager,
    houseId: string,
    roomId: string,
    beds: NewRoom['beds'],
  ): Promise<void> {
    if (beds.length === 0) return;
    await manager.query(
      `INSERT INTO bed (bed_id, room_id, house_id, label, kind)
       SELECT bed_id, $1, $2, label, kind FROM unnest($3::uuid[], $4::text[], $5::text[]) AS t(bed_id, label, kind)`,
      [
        roomId,
        houseId,
        beds.map((bed) => bed.bedId),
        beds.map((bed) => bed.label),
        beds.map((bed) => bed.kind),
      ],
    );
  }

  /** Replaces the details and the sealed address (re-sealed under a fresh house key). */
  async updateHouse(
    manager: EntityManager,
    house: HouseRecord,
    address: { sealed: Buffer; wrapped: WrappedKey },
  ): Promise<void> {
    await manager.query(
      `UPDATE house SET name = $2, area = $3, household_types = $4, accessibility = $5, languages = $6,
         address_sealed = $7, address_key = $8, address_key_version = $9
       WHERE house_id = $1`,
      [
        house.houseId,
        house.name,
        house.area,
        house.householdTypes,
        house.accessibility,
        house.languages,
        address.sealed,
        address.wrapped.wrappedKey,
        address.wrapped.masterKeyVersion,
      ],
    );
  }

  async roomNamed(manager: EntityManager, houseId: string, name: string): Promise<string | null> {
    const rows = await manager.query<{ room_id: string }[]>(
      'SELECT room_id FROM room WHERE house_id = $1 AND name = $2',
      [houseId, name],
    );
    return rows[0]?.room_id ?? null;
  }

  async bedLabelTaken(manager: EntityManager, roomId: string, label: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM bed WHERE room_id = $1 AND label = $2', [
      roomId,
      label,
    ]);
    return rows.length > 0;
  }

  async houseNamed(manager: EntityManager, providerAgency: string, name: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM house WHERE provider_agency = $1 AND name = $2',
      [providerAgency, name],
    );
    return rows.length > 0;
  }

  async house(
    houseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<HouseRecord | null> {
    const rows = await manager.query<HouseRow[]>(`SELECT ${HOUSE_COLUMNS} FROM house WHERE house_id = $1`, [
      houseId,
    ]);
    return rows[0] ? houseOf(rows[0]) : null;
  }

  async houses(scope: HouseScope): Promise<HouseRecord[]> {
    const { where, params } = scopeSql(scope, 1);
    const rows = await this.dataSource.query<HouseRow[]>(
      `SELECT ${HOUSE_COLUMNS} FROM house h WHERE ${where} ORDER BY provider_agency, name`,
      params,
    );
    return rows.map(houseOf);
  }

  /**
   * Every bed of the houses in scope with what holds it now, and whether it is free over [from, until]
   * (until null: open-ended). One statement: the open allocation comes from the partial unique index,
   * so the cost does not grow with years of past stays.
   */
  async beds(
    scope: HouseScope,
    today: string,
    dates: { from: string; until: string | null } = { from: today, until: today },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BedRow[]> {
    const { where, params } = scopeSql(scope, 4);
    const rows = await manager.query<
      {
        house_id: string;
        room_id: string;
        room_name: string;
        bed_id: string;
        label: string;
        kind: BedKind;
        open_allocation: OpenAllocationStatus | null;
        out_of_service_today: boolean;
        out_of_service_for_dates: boolean;
      }[]
    >(
      `SELECT b.house_id, b.room_id, r.name AS room_name, b.bed_id, b.label, b.kind, o.status AS open_allocation,
         EXISTS (SELECT 1 FROM out_of_service p WHERE p.bed_id = b.bed_id AND p.from_on <= $1
                 AND (p.until_on IS NULL OR p.until_on >= $1)) AS out_of_service_today,
         EXISTS (SELECT 1 FROM out_of_service p WHERE p.bed_id = b.bed_id
                 AND daterange(p.from_on, p.until_on, '[]') && daterange($2::date, $3::date, '[]')) AS out_of_service_for_dates
       FROM bed b
       JOIN room r ON r.room_id = b.room_id
       JOIN house h ON h.house_id = b.house_id
       LEFT JOIN bed_allocation a ON a.bed_id = b.bed_id AND a.released_at IS NULL
       LEFT JOIN offer o ON o.offer_id = a.offer_id
       WHERE ${where}
       ORDER BY b.house_id, r.name, b.label`,
      [today, dates.from, dates.until, ...params],
    );
    return rows.map((row) => ({
      houseId: row.house_id,
      roomId: row.room_id,
      roomName: row.room_name,
      bedId: row.bed_id,
      label: row.label,
      kind: row.kind,
      openAllocation: row.open_allocation,
      outOfServiceToday: row.out_of_service_today,
      freeForDates: row.open_allocation === null && !row.out_of_service_for_dates,
    }));
  }

  /**
   * The lean read behind matching a whole directory: no names, no order (ranking never depends on input
   * order), and only whether each bed is free, so a national directory is one cheap scan. The open
   * allocations come from the partial unique index: years of past stays cost nothing here.
   */
  async matchBeds(
    scope: HouseScope,
    dates: { from: string; until: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MatchBedRow[]> {
    const { where, params } = scopeSql(scope, 3);
    const rows = await manager.query<
      { house_id: string; room_id: string; bed_id: string; kind: BedKind; free: boolean }[]
    >(
      `SELECT b.house_id, b.room_id, b.bed_id, b.kind, (a.bed_id IS NULL AND oos.bed_id IS NULL) AS free
       FROM bed b
       ${'all' in scope ? '' : 'JOIN house h ON h.house_id = b.house_id'}
       LEFT JOIN bed_allocation a ON a.bed_id = b.bed_id AND a.released_at IS NULL
       LEFT JOIN (SELECT DISTINCT bed_id FROM out_of_service p
                  WHERE daterange(p.from_on, p.until_on, '[]') && daterange($1::date, $2::date, '[]')) oos
         ON oos.bed_id = b.bed_id
       WHERE ${where}`,
      [dates.from, dates.until, ...params],
    );
    return rows.map((row) => ({
      houseId: row.house_id,
      roomId: row.room_id,
      bedId: row.bed_id,
      kind: row.kind,
      freeForDates: row.free,
    }));
  }

  async roomNames(roomIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<{ room_id: string; name: string }[]>(
      'SELECT room_id, name FROM room WHERE room_id = ANY($1::uuid[])',
      [roomIds],
    );
    return new Map(rows.map((row) => [row.room_id, row.name]));
  }

  async outOfService(houseIds: readonly string[], today: string): Promise<OutOfServiceRecord[]> {
    const rows = await this.dataSource.query<
      {
        period_id: string;
        bed_id: string;
        from_on: string;
        until_on: string | null;
        reason: OutOfServiceReason;
      }[]
    >(
      `SELECT p.period_id, p.bed_id, to_char(p.from_on, 'YYYY-MM-DD') AS from_on,
         to_char(p.until_on, 'YYYY-MM-DD') AS until_on, p.reason
       FROM out_of_service p JOIN bed b ON b.bed_id = p.bed_id
       WHERE b.house_id = ANY($1::uuid[]) AND (p.until_on IS NULL OR p.until_on >= $2)
       ORDER BY p.from_on, p.period_id`,
      [houseIds, today],
    );
    return rows.map((row) => ({
      periodId: row.period_id,
      bedId: row.bed_id,
      from: row.from_on,
      until: row.until_on,
      reason: row.reason,
    }));
  }

  async bedOfHouse(manager: EntityManager, houseId: string, bedId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM bed WHERE bed_id = $1 AND house_id = $2', [
      bedId,
      houseId,
    ]);
    return rows.length > 0;
  }

  async insertOutOfService(
    manager: EntityManager,
    period: OutOfServiceRecord,
    recordedBy: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO out_of_service (period_id, bed_id, from_on, until_on, reason, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [period.periodId, period.bedId, period.from, period.until, period.reason, recordedBy],
    );
  }

  /** The period, locked, if it is one of the house's beds'. */
  async lockOutOfService(
    manager: EntityManager,
    houseId: string,
    periodId: string,
  ): Promise<OutOfServiceRecord | null> {
    const rows = await manager.query<
      {
        period_id: string;
        bed_id: string;
        from_on: string;
        until_on: string | null;
        reason: OutOfServiceReason;
      }[]
    >(
      `SELECT p.period_id, p.bed_id, to_char(p.from_on, 'YYYY-MM-DD') AS from_on,
         to_char(p.until_on, 'YYYY-MM-DD') AS until_on, p.reason
       FROM out_of_service p JOIN bed b ON b.bed_id = p.bed_id
       WHERE p.period_id = $1 AND b.house_id = $2 FOR UPDATE OF p`,
      [periodId, houseId],
    );
    const row = rows[0];
    return row
      ? {
          periodId: row.period_id,
          bedId: row.bed_id,
          from: row.from_on,
          until: row.until_on,
          reason: row.reason,
        }
      : null;
  }

  async endOutOfService(manager: EntityManager, periodId: string, until: string): Promise<void> {
    await manager.query('UPDATE out_of_service SET until_on = $2 WHERE period_id = $1', [periodId, until]);
  }

  async sealedAddress(
    manager: EntityManager,
    houseId: string,
  ): Promise<{ sealed: Buffer; wrapped: WrappedKey } | null> {
    const rows = await manager.query<
      { address_sealed: Buffer; address_key: Buffer; address_key_version: number }[]
    >('SELECT address_sealed, address_key, address_key_version FROM house WHERE house_id = $1', [houseId]);
    const row = rows[0];
    return row
      ? {
          sealed: row.address_sealed,
          wrapped: { wrappedKey: row.address_key, masterKeyVersion: row.address_key_version },
        }
      : null;
  }

  /** The agencies whose accepted offer at the house waits for its move-in: they are bringing someone there. */
  async agenciesAwaitingArrival(manager: EntityManager, houseId: string): Promise<string[]> {
    const rows = await manager.query<{ requesting_agency: string }[]>(
      `SELECT DISTINCT r.requesting_agency FROM offer o JOIN placement_request r ON r.request_id = o.request_id
       WHERE o.house_id = $1 AND o.status = 'accepted'`,
      [houseId],
    );
    return rows.map((row) => row.requesting_agency);
  }
}
