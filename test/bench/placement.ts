/**
 * The bench's placement section, on the bench profile's running placement service:
 *
 * 1. Matching at national scale: a directory of 500 houses and 5,000 beds with two years of history
 *    (closed offers and released allocations) and today's stays, holds and out-of-service periods,
 *    written straight into placement's database; then ~200 requests of varied needs raised over HTTP
 *    and GET /placement-requests/{id}/matches timed for each, one at a time (the whole path: token,
 *    DB read, matching, the answer), and again with several in flight; beside it the pure matchRequest
 *    over the same directory, and the directory read alone.
 * 2. Offers with the double-booking guarantee held: many coordinators at once offering a small
 *    directory (more requests than beds, so they collide on the last beds), then the database check
 *    that no bed has two open allocations.
 */
import * as http from 'node:http';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { mintTokenFromFile } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import { AREAS, type Area } from '@waypoint/contracts';
import { Client } from 'pg';
import type { BedRow, HouseRecord } from '../../apps/placement/src/directory/directory.repository';
import { matchHousesOf } from '../../apps/placement/src/matching/match-inputs';
import { matchRequest, type MatchHouse, type MatchRequest } from '../../apps/placement/src/matching/matching';
import {
  ACCESSIBILITY,
  LANGUAGES,
  directoryOf,
  insertDirectory,
  insertHistory,
  insertJourneys,
  pick,
  prng,
  type HistoryCounts,
} from './placement-fixture';
import type { CpuBreakdown, CpuMeter } from './process-sampler';
import { distributionOf, round, type Distribution } from './stats';

export const PLACEMENT_CONFIG = {
  directory: { houses: 500, bedsPerHouse: 10, providers: 50 },
  history: { days: 730, threeStaysShare: 0.85, occupiedNow: 0.5, heldNow: 0.05, outOfServiceNow: 0.03 },
  matching: {
    requests: Number(process.env.BENCH_PLACEMENT_REQUESTS ?? 200),
    warmup: 20,
    concurrentInFlight: 8,
    pureRounds: 5,
    directoryReads: 30,
  },
  offers: {
    coordinators: Number(process.env.BENCH_PLACEMENT_COORDINATORS ?? 32),
    houses: 48,
    roomSizes: [1, 2, 2],
    requests: 300,
    attemptsPerRequest: 8,
  },
};

export interface PlacementResult {
  directory: { houses: number; beds: number; rooms: number; fixtureSeconds: number } & HistoryCounts;
  matching: {
    requests: number;
    failures: number;
    eligibleMean: number;
    excludedMean: number;
    /** The JSON answer's size: every house, eligible or excluded with its reasons. */
    answerKbMean: number;
    /** One request at a time, over HTTP. */
    http: Distribution | undefined;
    /** Several in flight: what the service sustains. */
    concurrent: { inFlight: number; perSecond: number; http: Distribution | undefined };
    /** matchRequest alone over the same directory (no DB, no HTTP). */
    pure: Distribution | undefined;
    /** The directory's beds query alone, from the bench client (what each matches call reads). */
    directoryRead: Distribution | undefined;
    /** CPU over the one-at-a-time calls, per call: a figure a busy machine disturbs less than latency. */
    cpu?: PhaseCost;
  };
  offers: {
    coordinators: number;
    houses: number;
    beds: number;
    requests: number;
    accepted: number;
    acceptedPerSecond: number;
    windowSeconds: number;
    conflicts: number;
    /** 409s from the partial unique index: two offers read the same free bed, the database kept one. */
    conflictsAtTheIndex: number;
    otherFailures: number;
    failureSamples: string[];
    unplaced: number;
    http: Distribution | undefined;
    /** SELECT bed_id … GROUP BY bed_id HAVING count(*) > 1 over open allocations: must be empty. */
    doubleBookedBeds: number;
    openAllocationsOnOfferHouses: number;
    requestsWithTwoOpenOffers: number;
    /** CPU over the offering, per accepted offer. */
    cpu?: PhaseCost;
  };
}

export interface PhaseCost {
  calls: number;
  breakdown: CpuBreakdown;
  /** CPU milliseconds per call, by group. */
  msPerCall: Record<string, number>;
}

function costOf(breakdown: CpuBreakdown, calls: number): PhaseCost {
  return {
    calls,
    breakdown,
    msPerCall: Object.fromEntries(
      Object.entries(breakdown.groups).map(([name, seconds]) => [name, round((seconds * 1_000) / calls, 2)]),
    ),
  };
}

interface Answer {
  status: number;
  text: string;
  ms: number;
}

/** A keep-alive JSON client (Node's http, as the rest of the bench). */
class JsonClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly baseUrl: string,
    maxSockets: number,
  ) {
    if (new URL(baseUrl).hostname !== '127.0.0.1') throw new Error('the benchmark only targets 127.0.0.1');
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: 4_000 });
  }

  send(method: 'GET' | 'POST', path: string, token: string, body?: unknown): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const url = new URL(path, this.baseUrl);
    return new Promise<Answer>((resolve) => {
      const started = performance.now();
      const request = http.request(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            authorization: `Bearer ${token}`,
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          },
          timeout: 30_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - started,
            }),
          );
        },
      );
      request.on('error', (error) =>
        resolve({ status: 0, text: error.message, ms: performance.now() - started }),
      );
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

interface RequestBody {
  journeyId: string;
  kind: 'place-of-safety' | 'safe-house' | 'emergency';
  urgency: 'emergency' | 'urgent' | 'planned';
  householdType: MatchRequest['householdType'];
  dependants: { age: number }[];
  accessibilityNeeds: MatchRequest['accessibilityNeeds'][number][];
  languages: string[];
  pregnant: boolean;
  avoidAreas: Area[];
  neededFrom: string;
  neededUntil?: string;
}

/** Varied needs, in the proportions a region's queue might hold. */
function variedRequest(random: () => number, journeyId: string, today: string, exploitationArea: Area) {
  const householdType = pick(random, [
    'women',
    'women',
    'women',
    'men',
    'men',
    'families',
    'families',
  ] as const);
  const dependants =
    householdType === 'families'
      ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ age: Math.floor(random() * 16) }))
      : [];
  const body: RequestBody = {
    journeyId,
    kind: random() < 0.2 ? 'place-of-safety' : 'safe-house',
    urgency: pick(random, ['emergency', 'urgent', 'planned'] as const),
    householdType,
    dependants,
    accessibilityNeeds: random() < 0.2 ? [pick(random, ACCESSIBILITY)] : [],
    languages: random() < 0.15 ? [] : [pick(random, LANGUAGES), ...(random() < 0.3 ? ['en'] : [])],
    pregnant: householdType !== 'men' && random() < 0.12,
    avoidAreas:
      random() < 0.3
        ? [
            pick(
              random,
              AREAS.filter((area) => area !== exploitationArea),
            ),
          ]
        : [],
    neededFrom: today,
  };
  if (body.kind === 'place-of-safety') body.neededUntil = addDays(today, 3);
  return body;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface PlacementBenchOptions {
  placementUrl: string;
  databaseUrl: string;
  privateKeyPath: string;
  log: (line: string) => void;
  /** CPU of placement, its Postgres backends and the bench client, over a phase. */
  cpuMeter?: () => Promise<CpuMeter>;
}

export async function runPlacementBench(options: PlacementBenchOptions): Promise<PlacementResult> {
  const db = new Client({
    connectionString: options.databaseUrl,
    application_name: 'waypoint-bench-placement',
  });
  await db.connect();
  const client = new JsonClient(options.placementUrl, 64);
  try {
    const officer = await mintTokenFromFile(options.privateKeyPath, {
      subject: 'bench-officer',
      role: 'first-responder',
      agency: 'bench-police',
    });
    const coordinator = await mintTokenFromFile(options.privateKeyPath, {
      subject: 'bench-coordinator',
      role: 'placement-coordinator',
      agency: 'msvcc-referral-line',
    });
    const context = { ...options, db, client, officer, coordinator };
    const directory = await buildDirectory(context);
    const matching = await benchMatching(context);
    const offers = await benchOffers(context);
    return { directory, matching, offers };
  } finally {
    client.close();
    await db.end();
  }
}

interface Context extends PlacementBenchOptions {
  db: Client;
  client: JsonClient;
  officer: string;
  coordinator: string;
}

async function buildDirectory({ db, log }: Context): Promise<PlacementResult['directory']> {
  const { houses: count, bedsPerHouse, providers } = PLACEMENT_CONFIG.directory;
  log(`placement: fixture of ${count} houses, ${count * bedsPerHouse} beds, two years of stays`);
  const started = Date.now();
  const houses = directoryOf({ houses: count, bedsPerHouse, providers, label: 'Bench House', seed: 11 });
  await insertDirectory(db, houses);
  const history = await insertHistory(db, houses, { ...PLACEMENT_CONFIG.history, seed: 12 });
  const rooms = houses.reduce((sum, house) => sum + house.rooms.length, 0);
  return {
    houses: houses.length,
    rooms,
    beds: count * bedsPerHouse,
    fixtureSeconds: round((Date.now() - started) / 1_000, 2),
    ...history,
  };
}

/** Raises one request per body (the journeys made known to placement first); returns the request ids. */
async function raiseRequests(
  { db, client, officer }: Context,
  bodies: RequestBody[],
  areas: Map<string, Area>,
): Promise<{ requestId: string; body: RequestBody }[]> {
  await insertJourneys(
    db,
    bodies.map((body) => ({
      journeyId: body.journeyId,
      agency: 'bench-police',
      exploitationArea: areas.get(body.journeyId)!,
    })),
  );
  const raised: { requestId: string; body: RequestBody }[] = [];
  await inParallel(bodies, 8, async (body) => {
    const answer = await client.send('POST', '/placement-requests', officer, body);
    if (answer.status !== 201) throw new Error(`POST /placement-requests: ${answer.status} ${answer.text}`);
    raised.push({ requestId: (JSON.parse(answer.text) as { requestId: string }).requestId, body });
  });
  return raised;
}

async function benchMatching(context: Context): Promise<PlacementResult['matching']> {
  const { client, coordinator, log } = context;
  const {
    requests: count,
    warmup,
    concurrentInFlight,
    pureRounds,
    directoryReads,
  } = PLACEMENT_CONFIG.matching;
  const random = prng(21);
  const today = londonDateOf(new Date());
  const areas = new Map<string, Area>();
  const bodies = Array.from({ length: count + warmup }, () => {
    const journeyId = randomUUID();
    const area = pick(random, AREAS);
    areas.set(journeyId, area);
    return variedRequest(random, journeyId, today, area);
  });
  log(`placement: raising ${bodies.length} requests of varied needs over HTTP`);
  const raised = await raiseRequests(context, bodies, areas);
  const measured = raised.slice(warmup);

  log(`placement: GET matches for ${measured.length} requests, one at a time (after ${warmup} to warm up)`);
  for (const { requestId } of raised.slice(0, warmup)) {
    await client.send('GET', `/placement-requests/${requestId}/matches`, coordinator);
  }
  const times: number[] = [];
  const eligible: number[] = [];
  const excluded: number[] = [];
  const answerKb: number[] = [];
  let failures = 0;
  const meter = await context.cpuMeter?.();
  meter?.begin();
  for (const { requestId } of measured) {
    const answer = await client.send('GET', `/placement-requests/${requestId}/matches`, coordinator);
    if (answer.status !== 200) {
      failures++;
      continue;
    }
    times.push(answer.ms);
    answerKb.push(Buffer.byteLength(answer.text) / 1_024);
    const body = JSON.parse(answer.text) as { eligible: unknown[]; excluded: unknown[] };
    eligible.push(body.eligible.length);
    excluded.push(body.excluded.length);
  }
  const cpu = meter && costOf(meter.end(), measured.length);

  log(`placement: GET matches again, ${concurrentInFlight} in flight`);
  const concurrentTimes: number[] = [];
  const concurrentStarted = performance.now();
  await inParallel(measured, concurrentInFlight, async ({ requestId }) => {
    const answer = await client.send('GET', `/placement-requests/${requestId}/matches`, coordinator);
    if (answer.status === 200) concurrentTimes.push(answer.ms);
    else failures++;
  });
  const concurrentSeconds = (performance.now() - concurrentStarted) / 1_000;

  log(`placement: matchRequest alone over the same directory, ${pureRounds} rounds`);
  const { houses, readMs } = await readDirectory(context, today, directoryReads);
  const pure: number[] = [];
  for (let round = 0; round < pureRounds; round++) {
    for (const { requestId, body } of measured) {
      const request = matchRequestOfBody(requestId, body, areas.get(body.journeyId)!);
      const started = performance.now();
      matchRequest(request, houses);
      pure.push(performance.now() - started);
    }
  }
  const mean = (values: number[]) =>
    values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return {
    requests: measured.length,
    failures,
    eligibleMean: round(mean(eligible), 1),
    excludedMean: round(mean(excluded), 1),
    answerKbMean: round(mean(answerKb), 1),
    http: distributionOf(times),
    concurrent: {
      inFlight: concurrentInFlight,
      perSecond: round(concurrentTimes.length / concurrentSeconds, 1),
      http: distributionOf(concurrentTimes),
    },
    pure: distributionOf(pure),
    directoryRead: distributionOf(readMs),
    ...(cpu ? { cpu } : {}),
  };
}

function matchRequestOfBody(requestId: string, body: RequestBody, exploitationArea: Area): MatchRequest {
  return {
    requestId,
    householdType: body.householdType,
    dependants: body.dependants,
    accessibilityNeeds: body.accessibilityNeeds,
    languages: body.languages,
    pregnant: body.pregnant,
    avoidAreas: [...new Set([exploitationArea, ...body.avoidAreas])],
    exploitationArea,
  };
}

/**
 * The directory as the matches endpoint reads it (DirectoryRepository.houses and .beds, the same SQL,
 * from today with no end date), timed; and turned into matching's input by the service's own code.
 */
async function readDirectory(
  { db }: Context,
  today: string,
  reads: number,
): Promise<{ houses: MatchHouse[]; readMs: number[] }> {
  const readMs: number[] = [];
  let bedRows: Record<string, unknown>[] = [];
  for (let i = 0; i < reads; i++) {
    const started = performance.now();
    const result = await db.query<Record<string, unknown>>(
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
       WHERE true
       ORDER BY b.house_id, r.name, b.label`,
      [today, today, null],
    );
    readMs.push(performance.now() - started);
    bedRows = result.rows;
  }
  const houseRows = await db.query<Record<string, unknown>>(
    'SELECT house_id, provider_agency, name, area, household_types, accessibility, languages FROM house ORDER BY provider_agency, name',
  );
  const houses: HouseRecord[] = houseRows.rows.map((row) => ({
    houseId: row.house_id as string,
    providerAgency: row.provider_agency as string,
    name: row.name as string,
    area: row.area as Area,
    householdTypes: row.household_types as HouseRecord['householdTypes'],
    accessibility: row.accessibility as HouseRecord['accessibility'],
    languages: row.languages as string[],
  }));
  const beds: BedRow[] = bedRows.map((row) => ({
    houseId: row.house_id as string,
    roomId: row.room_id as string,
    roomName: row.room_name as string,
    bedId: row.bed_id as string,
    label: row.label as string,
    kind: row.kind as BedRow['kind'],
    openAllocation: row.open_allocation as BedRow['openAllocation'],
    outOfServiceToday: row.out_of_service_today as boolean,
    freeForDates: row.open_allocation === null && !(row.out_of_service_for_dates as boolean),
  }));
  return { houses: matchHousesOf(houses, beds), readMs };
}

async function benchOffers(context: Context): Promise<PlacementResult['offers']> {
  const { db, client, coordinator, log } = context;
  const {
    coordinators,
    houses: houseCount,
    roomSizes,
    requests: count,
    attemptsPerRequest,
  } = PLACEMENT_CONFIG.offers;
  const houses = directoryOf({
    houses: houseCount,
    bedsPerHouse: 0,
    providers: 12,
    label: 'Offer Bench House',
    seed: 31,
    fixed: { area: 'staffordshire', householdTypes: ['women'], roomSizes },
  });
  await insertDirectory(db, houses);
  const beds = houseCount * roomSizes.reduce((sum, size) => sum + size, 0);
  const today = londonDateOf(new Date());
  const areas = new Map<string, Area>();
  const bodies: RequestBody[] = Array.from({ length: count }, () => {
    const journeyId = randomUUID();
    areas.set(journeyId, 'birmingham');
    return {
      journeyId,
      kind: 'safe-house',
      urgency: 'urgent',
      householdType: 'women',
      dependants: [],
      accessibilityNeeds: [],
      languages: ['ro'],
      pregnant: false,
      avoidAreas: [],
      neededFrom: today,
    };
  });
  log(
    `placement: ${count} requests for ${beds} beds in ${houseCount} houses; ${coordinators} coordinators offering`,
  );
  const raised = await raiseRequests(context, bodies, areas);

  const random = prng(41);
  const full = new Set<string>();
  const times: number[] = [];
  const failures = new Map<string, number>();
  let accepted = 0;
  let conflicts = 0;
  let conflictsAtTheIndex = 0;
  let otherFailures = 0;
  let unplaced = 0;
  const meter = await context.cpuMeter?.();
  const started = performance.now();
  meter?.begin();
  await inParallel(raised, coordinators, async ({ requestId }) => {
    for (let attempt = 0; attempt < attemptsPerRequest; attempt++) {
      const open = houses.filter((house) => !full.has(house.house_id));
      if (open.length === 0) break;
      const house = pick(random, open);
      const answer = await client.send('POST', `/placement-requests/${requestId}/offers`, coordinator, {
        houseId: house.house_id,
      });
      times.push(answer.ms);
      if (answer.status === 201) {
        accepted++;
        return;
      }
      if (answer.status === 409) {
        conflicts++;
        if (answer.text.includes('another offer took it first')) conflictsAtTheIndex++;
        // Read before the insert: the house had no free bed left (nothing frees one during the bench).
        else full.add(house.house_id);
        continue;
      }
      otherFailures++;
      const reason = `HTTP ${answer.status} ${answer.text.slice(0, 120)}`;
      failures.set(reason, (failures.get(reason) ?? 0) + 1);
      return;
    }
    unplaced++;
  });
  const windowSeconds = (performance.now() - started) / 1_000;
  const cpu = meter && costOf(meter.end(), Math.max(1, accepted));

  const doubleBooked = await db.query(
    'SELECT bed_id FROM bed_allocation WHERE released_at IS NULL GROUP BY bed_id HAVING count(*) > 1',
  );
  const open = await db.query<{ count: string }>(
    `SELECT count(*)::text AS count FROM bed_allocation a JOIN bed b ON b.bed_id = a.bed_id
      WHERE a.released_at IS NULL AND b.house_id = ANY($1::uuid[])`,
    [houses.map((house) => house.house_id)],
  );
  const twoOffers = await db.query(
    'SELECT request_id FROM offer WHERE ended_at IS NULL GROUP BY request_id HAVING count(*) > 1',
  );
  return {
    coordinators,
    houses: houseCount,
    beds,
    requests: raised.length,
    accepted,
    acceptedPerSecond: round(accepted / windowSeconds, 1),
    windowSeconds: round(windowSeconds, 2),
    conflicts,
    conflictsAtTheIndex,
    otherFailures,
    failureSamples: [...failures].slice(0, 5).map(([reason, n]) => `${n}× ${reason}`),
    unplaced,
    http: distributionOf(times),
    doubleBookedBeds: doubleBooked.rowCount ?? doubleBooked.rows.length,
    openAllocationsOnOfferHouses: Number(open.rows[0].count),
    requestsWithTwoOpenOffers: twoOffers.rowCount ?? twoOffers.rows.length,
    ...(cpu ? { cpu } : {}),
  };
}
