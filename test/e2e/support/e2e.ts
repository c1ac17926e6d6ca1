/**
 * Helpers for the end-to-end tier: plain HTTP against the running mesh, direct reads of each
 * service's own database (as that service's role), and raw reads of the Kafka topics. Nothing
 * here mocks anything; it only observes what the real services did.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Role } from '@waypoint/auth';
import type { IdentificationApi, JourneyApi, PlacementApi, ReferralApi } from '@waypoint/clients';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Client } from 'pg';
import type { RunningMesh } from '../../../infra/src/mesh';
import type { ServiceName } from '../../../infra/src/profiles';
import { useMesh } from '../../support/mesh';
import { testBrokers, testDatabaseUrl, tokenFor } from '../../support/test-environment';

// ---------------------------------------------------------------------------------------------
// HTTP

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  /** An object is sent as JSON; a string is sent as is (e.g. malformed JSON). */
  body?: unknown;
  headers?: Record<string, string>;
}

export async function http<T = unknown>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  options: RequestOptions = {},
): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed as T, text, headers: response.headers };
}

/** Base URLs of the running services. */
export function urlsOf(mesh: RunningMesh): Record<ServiceName, string> {
  return {
    identification: mesh.services.identification.url,
    referral: mesh.services.referral.url,
    journey: mesh.services.journey.url,
    placement: mesh.services.placement.url,
    gateway: mesh.services.gateway.url,
  };
}

// ---------------------------------------------------------------------------------------------
// The API's shapes, as a client sees them

// Each generated from the service's own OpenAPI document (libs/clients), never written out here.
type IdentificationSchemas = IdentificationApi.components['schemas'];
type ReferralSchemas = ReferralApi.components['schemas'];

export type IdentificationRecorded = IdentificationSchemas['IdentificationRecordedResponse'];
/** identification's `GET /identifications/{journeyId}` (the recording agency's own view, personal details included). */
export type IdentificationView = IdentificationSchemas['IdentificationViewResponse'];
/** identification's `GET /identifications?awaiting=place-of-safety-decision`. */
export type AwaitingDecisionList = IdentificationSchemas['AwaitingDecisionListResponse'];
/** identification's `GET /identifications/{journeyId}/personal-details`, for the provider looking after the survivor. */
export type PersonalDetailsForProvider = IdentificationSchemas['PersonalDetailsForProviderResponse'];
export type FieldProblem = IdentificationSchemas['FieldProblemResponse'];
/** Any refusal: every one has a status and a message; a 400 also names each field and rule. */
export type ErrorBody = IdentificationSchemas['ErrorResponse'] &
  Partial<Pick<IdentificationSchemas['ValidationErrorResponse'], 'errors'>>;
export type JourneyView = JourneyApi.components['schemas']['JourneyViewResponse'];
/** The event types a journey's timeline can hold. */
export type JourneyEventType = JourneyView['timeline'][number]['type'];
export type ReferralView =
  ReferralSchemas['NrmReferralResponse'] | ReferralSchemas['DutyToNotifyReferralResponse'];
export type HealthReport = ReferralSchemas['HealthReport'];
/** referral's answer to a command (POST /referrals/{journeyId}/commands). */
export type NrmCaseCommandAnswer = ReferralSchemas['NrmCaseViewResponse'];
/** One entry of referral's list (GET /referrals). */
export type ReferralSummary = ReferralSchemas['ReferralSummaryResponse'];
export type ReferralList = ReferralSchemas['ReferralListResponse'];

type PlacementSchemas = PlacementApi.components['schemas'];
export type HouseView = PlacementSchemas['HouseViewResponse'];
export type HouseList = PlacementSchemas['HouseListResponse'];
export type PlacementRequestDetail = PlacementSchemas['PlacementRequestDetailResponse'];
export type PlacementRequestQueue = PlacementSchemas['PlacementRequestQueueResponse'];
export type PlacementMatches = PlacementSchemas['MatchResponse'];
export type PlacementOffer = PlacementSchemas['OfferViewResponse'];
export type PlacementOfferList = PlacementSchemas['OfferListResponse'];
export type PlacementConflict = PlacementSchemas['BedTakenResponse'];
export type HouseAddress = PlacementSchemas['HouseAddressResponse'];

export const EVENT = {
  identified: 'waypoint.identification.potential-victim-identified.v1',
  nrmReferral: 'waypoint.referral.nrm-referral-submitted.v1',
  dutyToNotify: 'waypoint.referral.duty-to-notify-recorded.v1',
} as const;

/** A valid identification of a consenting adult; override any field per test. */
export function identificationOf(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ageGroup: 'adult',
    consent: 'given',
    exploitationTypes: ['labour'],
    countyLines: false,
    exploitedIn: 'uk',
    indicators: ['SIT-04', 'PHY-01'],
    area: 'birmingham',
    firstResponderOrganisationType: 'police',
    ...overrides,
  };
}

/** A per-run agency name, so journeys of earlier runs or other files can never be visible. */
export function uniqueAgency(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

export function bearer(role: Role, agency: string): Promise<string> {
  return tokenFor(role, agency);
}

// ---------------------------------------------------------------------------------------------
// Databases (each read as the owning service's role: the test only looks, never writes)

export async function withDatabase<T>(
  service: ServiceName,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: testDatabaseUrl(service) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function countRows(service: ServiceName, table: string, where = 'true', params: unknown[] = []) {
  return withDatabase(service, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM ${table} WHERE ${where}`,
      params,
    );
    return Number(rows[0].count);
  });
}

// ---------------------------------------------------------------------------------------------
// Kafka

export function testKafka(clientId = 'waypoint-e2e'): Kafka {
  return new Kafka({
    clientId,
    brokers: testBrokers().split(','),
    logLevel: logLevel.NOTHING,
    retry: { retries: 3 },
  });
}

export async function withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = testKafka('waypoint-e2e-admin').admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

/** High watermark per `topic:partition`: a new message anywhere changes at least one. */
export async function endOffsets(topics: string[]): Promise<Record<string, string>> {
  return withAdmin(async (admin) => {
    const offsets: Record<string, string> = {};
    for (const topic of topics) {
      for (const partition of await admin.fetchTopicOffsets(topic)) {
        offsets[`${topic}:${partition.partition}`] = partition.high;
      }
    }
    return offsets;
  });
}

export interface TopicMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string;
  value: string;
  headers: string;
}

/**
 * Every message on the topics, from offset zero up to the end offsets taken when called, read
 * with a fresh consumer group (so no service's group or offsets are touched).
 */
export async function readTopicsFromBeginning(topics: string[], timeoutMs = 30_000): Promise<TopicMessage[]> {
  const targets = await endOffsets(topics);
  const remaining = new Set(
    Object.entries(targets)
      .filter(([, high]) => BigInt(high) > 0n)
      .map(([key]) => key),
  );
  const messages: TopicMessage[] = [];
  if (remaining.size === 0) return messages;
  const consumer = testKafka('waypoint-e2e-reader').consumer({
    groupId: `waypoint-e2e-reader-${randomUUID()}`,
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 200,
  });
  await consumer.connect();
  try {
    for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`did not reach the end of ${[...remaining].join(', ')} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ topic, partition, message }) => {
            const key = `${topic}:${partition}`;
            messages.push({
              topic,
              partition,
              offset: message.offset,
              key: message.key?.toString('utf8') ?? '',
              value: message.value?.toString('utf8') ?? '',
              headers: JSON.stringify(
                Object.fromEntries(
                  Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
                ),
              ),
            });
            if (BigInt(message.offset) + 1n >= BigInt(targets[key])) remaining.delete(key);
            if (remaining.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

// ---------------------------------------------------------------------------------------------
// One mesh at a time per slot

/**
 * useMesh(), but never overlapping another e2e file of the same slot: each file starts the whole
 * mesh on the slot's fixed ports, and one file stops the broker. `npm test` runs jest in band;
 * the lock keeps a parallel `jest --selectProjects e2e` correct too. Hooks run in declaration
 * order, so the lock is taken before the mesh starts and released after it has stopped.
 */
export function useExclusiveMesh(waitMs = 15 * 60_000): () => RunningMesh {
  const slot = process.env.WAYPOINT_TEST_SLOT ?? '0';
  const lockDir = path.join(os.tmpdir(), `waypoint-e2e-mesh-slot-${slot}.lock`);
  let held = false;
  beforeAll(async () => {
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        fs.mkdirSync(lockDir);
        fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
        held = true;
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      if (!lockOwnerAlive(lockDir)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another e2e file held ${lockDir} for ${waitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, waitMs + 5_000);
  const mesh = useMesh();
  afterAll(() => {
    if (held) fs.rmSync(lockDir, { recursive: true, force: true });
    held = false;
  });
  return mesh;
}

function lockOwnerAlive(lockDir: string): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
  } catch {
    // Created a moment ago and its pid not written yet: alive, unless it is old.
    try {
      return Date.now() - fs.statSync(lockDir).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  // A lock left by this very process (an earlier file run in band that crashed) is stale.
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
