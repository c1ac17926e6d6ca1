import { CONSUMER_GROUPS, TOPICS } from '@waypoint/contracts';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Client } from 'pg';

/**
 * Where a backlog builds up while the mesh is under load: rows waiting in each producer's outbox
 * (the relay is behind) and messages waiting for each consumer group (the consumer is behind).
 */

export interface PipelineSample {
  /** Milliseconds since sampling started. */
  atMs: number;
  outbox: Record<string, number>;
  lag: Record<string, number>;
}

export interface StageSummary {
  /** Largest backlog seen. */
  max: number;
  /** When (ms after the phase began) the backlog was last seen above zero; -1 if never. */
  lastNonZeroAtMs: number;
}

const OUTBOXES = ['identification', 'referral'] as const;
const INBOXES = ['referral', 'journey'] as const;

/** Events a consumer applied and the transactions it used (inbox rows share their transaction's xmin). */
export interface InboxStats {
  events: number;
  transactions: number;
}
const GROUPS: Record<string, { group: string; topics: string[] }> = {
  referral: { group: CONSUMER_GROUPS.referral, topics: [TOPICS.identification] },
  journey: { group: CONSUMER_GROUPS.journey, topics: [TOPICS.identification, TOPICS.referral] },
};

export class PipelineSampler {
  private readonly databases = new Map<string, Client>();
  private readonly admin: Admin;
  private readonly samples: PipelineSample[] = [];
  private running = false;
  private loop?: Promise<void>;
  private startedAt = 0;

  constructor(
    databaseUrls: Record<string, string>,
    brokers: string,
    private readonly intervalMs = 500,
  ) {
    for (const service of new Set([...OUTBOXES, ...INBOXES])) {
      this.databases.set(
        service,
        new Client({ connectionString: databaseUrls[service], application_name: 'waypoint-bench-sampler' }),
      );
    }
    this.admin = new Kafka({
      clientId: 'waypoint-bench-sampler',
      brokers: brokers.split(','),
      logLevel: logLevel.NOTHING,
    }).admin();
  }

  async connect(): Promise<void> {
    await Promise.all([...this.databases.values()].map((client) => client.connect()));
    await this.admin.connect();
  }

  async close(): Promise<void> {
    await this.stop();
    await Promise.all([...this.databases.values()].map((client) => client.end().catch(() => undefined)));
    await this.admin.disconnect().catch(() => undefined);
  }

  start(): void {
    this.samples.length = 0;
    this.running = true;
    this.startedAt = Date.now();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    this.loop = undefined;
  }

  series(): PipelineSample[] {
    return [...this.samples];
  }

  summary(): { outbox: Record<string, StageSummary>; lag: Record<string, StageSummary> } {
    const summarise = (pick: (sample: PipelineSample) => number): StageSummary => {
      let max = 0;
      let lastNonZeroAtMs = -1;
      for (const sample of this.samples) {
        const value = pick(sample);
        max = Math.max(max, value);
        if (value > 0) lastNonZeroAtMs = sample.atMs;
      }
      return { max, lastNonZeroAtMs };
    };
    return {
      outbox: Object.fromEntries(
        OUTBOXES.map((service) => [service, summarise((s) => s.outbox[service] ?? 0)]),
      ),
      lag: Object.fromEntries(Object.keys(GROUPS).map((name) => [name, summarise((s) => s.lag[name] ?? 0)])),
    };
  }

  private async run(): Promise<void> {
    while (this.running) {
      const began = Date.now();
      try {
        this.samples.push(await this.sample());
      } catch {
        // a missed sample is not worth failing the run for
      }
      const wait = this.intervalMs - (Date.now() - began);
      if (wait > 0 && this.running) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** How many events each consumer applied per database transaction between two instants. */
  async inboxStats(fromEpochMs: number, toEpochMs: number): Promise<Record<string, InboxStats>> {
    const stats: Record<string, InboxStats> = {};
    for (const service of INBOXES) {
      const { rows } = await this.databases.get(service)!.query<{ events: string; transactions: string }>(
        `SELECT count(*) AS events, count(DISTINCT xmin::text) AS transactions FROM inbox_message
          WHERE processed_at >= to_timestamp($1 / 1000.0) AND processed_at <= to_timestamp($2 / 1000.0)`,
        [fromEpochMs, toEpochMs],
      );
      stats[service] = { events: Number(rows[0].events), transactions: Number(rows[0].transactions) };
    }
    return stats;
  }

  /** Rows waiting in a service's outbox right now. */
  async outboxCount(service: (typeof OUTBOXES)[number]): Promise<number> {
    const { rows } = await this.databases
      .get(service)!
      .query<{ n: string }>('SELECT count(*) AS n FROM outbox_message');
    return Number(rows[0].n);
  }

  private async sample(): Promise<PipelineSample> {
    const atMs = Date.now() - this.startedAt;
    const outbox: Record<string, number> = {};
    const lag: Record<string, number> = {};
    const topics = [...new Set(Object.values(GROUPS).flatMap((group) => group.topics))];
    const ends = new Map(
      await Promise.all(
        topics.map(async (topic) => [topic, await this.admin.fetchTopicOffsets(topic)] as const),
      ),
    );
    await Promise.all([
      ...OUTBOXES.map(async (service) => {
        outbox[service] = await this.outboxCount(service);
      }),
      ...Object.entries(GROUPS).map(async ([name, { group, topics: subscribed }]) => {
        const committed = await this.admin.fetchOffsets({ groupId: group, topics: subscribed });
        let total = 0;
        for (const { topic, partitions } of committed) {
          for (const end of ends.get(topic) ?? []) {
            const mine = partitions.find((p) => p.partition === end.partition);
            const position = mine && Number(mine.offset) >= 0 ? Number(mine.offset) : Number(end.low);
            total += Math.max(0, Number(end.high) - position);
          }
        }
        lag[name] = total;
      }),
    ]);
    return { atMs, outbox, lag };
  }
}
