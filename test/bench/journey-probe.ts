import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

export const IDENTIFIED = 'waypoint.identification.potential-victim-identified.v1';
export const REFERRAL_SUBMITTED = 'waypoint.referral.nrm-referral-submitted.v1';

export interface JourneyTimes {
  events: number;
  /** recorded_at (epoch ms, sub-ms precision) of the identification event, if recorded. */
  identifiedMs?: number;
  /** recorded_at of the nrm-referral-submitted event, if recorded. */
  referralMs?: number;
  /** The earlier of the two. */
  firstMs: number;
  /** The later of the two: when the journey showed both. */
  lastMs: number;
}

export interface WaitOutcome {
  complete: boolean;
  seen: number;
  expected: number;
  waitedMs: number;
}

/**
 * Reads the journey read model directly (journey_event), as the service's own role: the benchmark's
 * finish line is a row the journey service committed, not an API answer.
 */
export class JourneyProbe {
  private readonly client: Client;

  constructor(databaseUrl: string) {
    this.client = new Client({ connectionString: databaseUrl, application_name: 'waypoint-bench-probe' });
  }

  async connect(): Promise<void> {
    await this.client.connect();
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }

  async countEvents(journeyIds: string[]): Promise<number> {
    const { rows } = await this.client.query<{ n: string }>(
      'SELECT count(*) AS n FROM journey_event WHERE journey_id = ANY($1::uuid[])',
      [journeyIds],
    );
    return Number(rows[0].n);
  }

  /**
   * Polls until the journeys have `expected` events; gives up at `timeoutMs`, or earlier when the
   * count has not moved for `stallMs` (a stuck pipeline should fail the run, not hang it).
   */
  async waitForEvents(
    journeyIds: string[],
    expected: number,
    { timeoutMs = 300_000, stallMs = 60_000, intervalMs = 250 } = {},
  ): Promise<WaitOutcome> {
    const started = Date.now();
    let seen = -1;
    let lastProgress = started;
    while (Date.now() - started < timeoutMs) {
      const count = await this.countEvents(journeyIds);
      if (count !== seen) {
        seen = count;
        lastProgress = Date.now();
      }
      if (count >= expected) return { complete: true, seen, expected, waitedMs: Date.now() - started };
      if (Date.now() - lastProgress > stallMs) break;
      await sleep(intervalMs);
    }
    return { complete: false, seen, expected, waitedMs: Date.now() - started };
  }

  /** Per journey: when each of its events became visible in the read model. */
  async eventTimes(journeyIds: string[]): Promise<Map<string, JourneyTimes>> {
    const { rows } = await this.client.query<{ journey_id: string; type: string; recorded_ms: string }>(
      `SELECT journey_id::text AS journey_id, type, (extract(epoch FROM recorded_at) * 1000)::float8 AS recorded_ms
         FROM journey_event WHERE journey_id = ANY($1::uuid[])`,
      [journeyIds],
    );
    const times = new Map<string, JourneyTimes>();
    for (const row of rows) {
      const recorded = Number(row.recorded_ms);
      const entry = times.get(row.journey_id) ?? { events: 0, firstMs: Infinity, lastMs: -Infinity };
      entry.events += 1;
      entry.firstMs = Math.min(entry.firstMs, recorded);
      entry.lastMs = Math.max(entry.lastMs, recorded);
      if (row.type === IDENTIFIED) entry.identifiedMs = recorded;
      if (row.type === REFERRAL_SUBMITTED) entry.referralMs = recorded;
      times.set(row.journey_id, entry);
    }
    return times;
  }
}
