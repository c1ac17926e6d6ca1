/**
 * The placement bench's fixture, written straight into the bench profile's placement database (a bench
 * fixture, not a way in for data: the service itself only ever writes through its API): a national-scale
 * directory of houses, rooms and beds, two years of past stays (closed offers and released bed
 * allocations), the stays and holds open now, some out-of-service periods, and the journeys the bench's
 * requests are raised for (what placement would have learnt from identification's events).
 *
 * Addresses are random bytes in the sealed columns: nothing in the bench opens them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { AREAS, type Area } from '@waypoint/contracts';
import type { Client } from 'pg';

type HouseholdType = 'women' | 'men' | 'families' | 'pregnant-women-and-new-mothers';
type BedKind = 'single' | 'double' | 'cot';
export const ACCESSIBILITY = [
  'step-free-access',
  'ground-floor-bedroom',
  'accessible-bathroom',
  'lift',
  'hearing-loop',
] as const;
export const LANGUAGES = [
  'sq',
  'ro',
  'pl',
  'vi',
  'zh',
  'ar',
  'ti',
  'am',
  'ur',
  'pa',
  'fa',
  'ku',
  'so',
  'lt',
  'bg',
];

/** A small seeded PRNG (mulberry32): the same fixture every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(random: () => number, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)];

function someOf<T>(random: () => number, values: readonly T[], p: number): T[] {
  return values.filter(() => random() < p);
}

const DAY_MS = 86_400_000;
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export interface FixtureHouse {
  house_id: string;
  provider_agency: string;
  name: string;
  area: Area;
  household_types: HouseholdType[];
  accessibility: string[];
  languages: string[];
  rooms: { room_id: string; name: string; beds: { bed_id: string; label: string; kind: BedKind }[] }[];
}

export interface DirectoryShape {
  houses: number;
  bedsPerHouse: number;
  providers: number;
  /** House name prefix: the offer phase adds a directory of its own beside the national one. */
  label: string;
  seed: number;
  /** Fixed instead of random, for a directory every request of one kind fits. */
  fixed?: { area: Area; householdTypes: HouseholdType[]; roomSizes: number[] };
}

const HOUSE_TYPE_MIX: readonly HouseholdType[][] = [
  ['women'],
  ['women'],
  ['women'],
  ['women', 'pregnant-women-and-new-mothers'],
  ['men'],
  ['men'],
  ['families'],
  ['families'],
  ['families', 'pregnant-women-and-new-mothers'],
  ['pregnant-women-and-new-mothers'],
];

export function directoryOf(shape: DirectoryShape): FixtureHouse[] {
  const random = prng(shape.seed);
  const houses: FixtureHouse[] = [];
  for (let h = 0; h < shape.houses; h++) {
    const householdTypes = shape.fixed?.householdTypes ?? pick(random, HOUSE_TYPE_MIX);
    const family = householdTypes.some((type) => type !== 'women' && type !== 'men');
    const sizes = shape.fixed?.roomSizes ?? roomSizesOf(random, shape.bedsPerHouse, family);
    houses.push({
      house_id: randomUUID(),
      provider_agency: `bench-provider-${String(h % shape.providers).padStart(2, '0')}`,
      name: `${shape.label} ${h + 1}`,
      area: shape.fixed?.area ?? pick(random, AREAS),
      household_types: householdTypes,
      accessibility: shape.fixed ? [] : someOf(random, ACCESSIBILITY, 0.3),
      languages: ['en', ...someOf(random, LANGUAGES, 0.15)],
      rooms: sizes.map((size, r) => ({
        room_id: randomUUID(),
        name: `Room ${r + 1}`,
        beds: Array.from({ length: size }, (_, b) => ({
          bed_id: randomUUID(),
          label: `Bed ${b + 1}`,
          kind: shape.fixed ? 'single' : bedKindOf(random, family, b),
        })),
      })),
    });
  }
  return houses;
}

function roomSizesOf(random: () => number, beds: number, family: boolean): number[] {
  const sizes: number[] = [];
  let left = beds;
  while (left > 0) {
    const size = Math.min(left, 1 + Math.floor(random() * (family ? 4 : 3)));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

function bedKindOf(random: () => number, family: boolean, index: number): BedKind {
  const roll = random();
  if (family) {
    if (index === 0) return roll < 0.7 ? 'double' : 'single';
    return roll < 0.35 ? 'cot' : roll < 0.8 ? 'single' : 'double';
  }
  return roll < 0.75 ? 'single' : 'double';
}

/** Rows by table, inserted in chunks through json_populate_recordset (each row named by its columns). */
async function insertRows(
  client: Client,
  table: string,
  rows: readonly Record<string, unknown>[],
  chunk = 2_000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const columns = Object.keys(part[0]).join(', ');
    await client.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${table}, $1::json)`,
      [JSON.stringify(part)],
    );
  }
}

export async function insertDirectory(client: Client, houses: readonly FixtureHouse[]): Promise<void> {
  await insertRows(
    client,
    'house',
    houses.map((house) => ({
      house_id: house.house_id,
      provider_agency: house.provider_agency,
      name: house.name,
      area: house.area,
      household_types: house.household_types,
      accessibility: house.accessibility,
      languages: house.languages,
      address_sealed: `\\x${randomBytes(48).toString('hex')}`,
      address_key: `\\x${randomBytes(60).toString('hex')}`,
      address_key_version: 1,
    })),
  );
  await insertRows(
    client,
    'room',
    houses.flatMap((house) =>
      house.rooms.map((room) => ({ room_id: room.room_id, house_id: house.house_id, name: room.name })),
    ),
  );
  await insertRows(
    client,
    'bed',
    houses.flatMap((house) =>
      house.rooms.flatMap((room) =>
        room.beds.map((bed) => ({
          bed_id: bed.bed_id,
          room_id: room.room_id,
          house_id: house.house_id,
          label: bed.label,
          kind: bed.kind,
        })),
      ),
    ),
  );
}

export interface HistoryShape {
  /** Closed offers per bed: this share get 3, the rest 2 (0.85 → 2.85 per bed; 7 in 10 of them stays). */
  threeStaysShare: number;
  /** Share of beds occupied now (a moved-in stay) and held now (an offer awaiting an answer). */
  occupiedNow: number;
  heldNow: number;
  outOfServiceNow: number;
  days: number;
  seed: number;
}

export interface HistoryCounts {
  pastOffers: number;
  pastStays: number;
  releasedAllocations: number;
  openStays: number;
  openHolds: number;
  outOfService: number;
  requests: number;
}

const CLOSED = [
  ...Array.from({ length: 7 }, () => 'moved-out' as const),
  'declined',
  'expired',
  'withdrawn',
] as const;

/**
 * Two years of each bed's history, oldest first and never overlapping on a bed: closed offers (mostly
 * stays that ended, some declined, expired or withdrawn holds) with their released allocations; then
 * what holds some beds now. One bed per offer: the history is there to weigh on the queries, not to
 * replay households.
 */
export async function insertHistory(
  client: Client,
  houses: readonly FixtureHouse[],
  shape: HistoryShape,
  now = Date.now(),
): Promise<HistoryCounts> {
  const random = prng(shape.seed);
  const requests: Record<string, unknown>[] = [];
  const offers: Record<string, unknown>[] = [];
  const allocations: Record<string, unknown>[] = [];
  const periods: Record<string, unknown>[] = [];
  const counts: HistoryCounts = {
    pastOffers: 0,
    pastStays: 0,
    releasedAllocations: 0,
    openStays: 0,
    openHolds: 0,
    outOfService: 0,
    requests: 0,
  };
  const start = now - shape.days * DAY_MS;
  const addOffer = (
    house: FixtureHouse,
    roomId: string,
    bedId: string,
    status: string,
    offeredAt: number,
    endedAt: number | null,
  ): void => {
    const requestId = randomUUID();
    const journeyId = randomUUID();
    const householdType = pick(random, house.household_types);
    const requestStatus =
      status === 'moved-out' || status === 'moved-in' ? status : status === 'held' ? 'offered' : 'withdrawn';
    requests.push({
      request_id: requestId,
      journey_id: journeyId,
      requesting_agency: `bench-agency-${Math.floor(random() * 40)}`,
      requested_by: 'bench-fixture',
      requested_at: new Date(offeredAt - 2 * 3_600_000).toISOString(),
      kind: 'safe-house',
      urgency: pick(random, ['emergency', 'urgent', 'planned']),
      household_type: householdType,
      dependant_ages: householdType === 'families' ? [Math.floor(random() * 12)] : [],
      accessibility_needs: [],
      languages: [pick(random, LANGUAGES)],
      pregnant: false,
      avoid_areas: [],
      exploitation_area: null,
      needed_from: isoDate(offeredAt),
      needed_until: null,
      status: requestStatus,
      withdrawn_at: requestStatus === 'withdrawn' ? new Date(endedAt!).toISOString() : null,
      withdrawal_reason: requestStatus === 'withdrawn' ? 'placed-elsewhere' : null,
    });
    const stayed = status === 'moved-out' || status === 'moved-in';
    const answeredAt = offeredAt + 3_600_000;
    offers.push({
      offer_id: randomUUID(),
      request_id: requestId,
      journey_id: journeyId,
      house_id: house.house_id,
      room_id: roomId,
      provider_agency: house.provider_agency,
      offered_by: 'bench-coordinator',
      offered_by_agency: 'bench-coordinators',
      offered_at: new Date(offeredAt).toISOString(),
      hold_expires_at: new Date(offeredAt + 2 * 3_600_000).toISOString(),
      status,
      answered_at: status === 'held' || status === 'expired' ? null : new Date(answeredAt).toISOString(),
      answered_by: status === 'held' || status === 'expired' ? null : 'bench-provider-staff',
      decline_reason: status === 'declined' ? 'needs-not-met' : null,
      moved_in_on: stayed ? isoDate(answeredAt + DAY_MS) : null,
      planned_move_out_on: null,
      moved_out_on: status === 'moved-out' ? isoDate(endedAt!) : null,
      move_out_reason: status === 'moved-out' ? 'planned-move-on' : null,
      move_out_destination:
        status === 'moved-out' ? pick(random, ['own-tenancy', 'supported-housing']) : null,
      ended_at: endedAt === null ? null : new Date(endedAt).toISOString(),
    });
    allocations.push({
      offer_id: offers[offers.length - 1].offer_id,
      bed_id: bedId,
      released_at: endedAt === null ? null : new Date(endedAt).toISOString(),
    });
  };

  for (const house of houses) {
    for (const room of house.rooms) {
      for (const bed of room.beds) {
        const stays = random() < shape.threeStaysShare ? 3 : 2;
        const window = (shape.days - 10) / stays;
        for (let s = 0; s < stays; s++) {
          const status = pick(random, CLOSED);
          const offeredAt = start + (s * window + random() * window * 0.3) * DAY_MS;
          const length =
            status === 'moved-out'
              ? (0.3 + random() * 0.6) * window * DAY_MS
              : (2 + random() * 20) * 3_600_000;
          addOffer(house, room.room_id, bed.bed_id, status, offeredAt, offeredAt + length);
          counts.pastOffers++;
          counts.releasedAllocations++;
          if (status === 'moved-out') counts.pastStays++;
        }
        const roll = random();
        if (roll < shape.occupiedNow) {
          addOffer(house, room.room_id, bed.bed_id, 'moved-in', now - (1 + random() * 8) * DAY_MS, null);
          counts.openStays++;
        } else if (roll < shape.occupiedNow + shape.heldNow) {
          addOffer(house, room.room_id, bed.bed_id, 'held', now - random() * 3_600_000, null);
          counts.openHolds++;
        }
        if (random() < shape.outOfServiceNow) {
          periods.push({
            period_id: randomUUID(),
            bed_id: bed.bed_id,
            from_on: isoDate(now - 5 * DAY_MS),
            until_on: random() < 0.5 ? null : isoDate(now + 20 * DAY_MS),
            reason: 'repairs',
            recorded_by: 'bench-fixture',
          });
          counts.outOfService++;
        }
      }
    }
  }
  counts.requests = requests.length;
  await insertRows(client, 'placement_request', requests);
  await insertRows(client, 'offer', offers);
  await insertRows(client, 'bed_allocation', allocations);
  if (periods.length > 0) await insertRows(client, 'out_of_service', periods);
  await client.query('ANALYZE house; ANALYZE room; ANALYZE bed; ANALYZE offer; ANALYZE bed_allocation');
  await client.query('ANALYZE out_of_service; ANALYZE placement_request');
  return counts;
}

/** What placement learns of a journey from identification's event: the agency involved, where it happened. */
export async function insertJourneys(
  client: Client,
  journeys: readonly { journeyId: string; agency: string; exploitationArea: Area }[],
): Promise<void> {
  await insertRows(
    client,
    'journey_agency',
    journeys.map((journey) => ({
      journey_id: journey.journeyId,
      agency: journey.agency,
      involved_since: new Date().toISOString(),
    })),
  );
  await insertRows(
    client,
    'journey_context',
    journeys.map((journey) => ({
      journey_id: journey.journeyId,
      exploitation_area: journey.exploitationArea,
    })),
  );
}
