import { Logger } from '@nestjs/common';
import { CompressionTypes, Partitioners, type Kafka, type Producer, type TopicMessages } from 'kafkajs';
import { Client, type ClientConfig } from 'pg';
import { CLOUD_EVENT_CONTENT_TYPE } from '@waypoint/contracts';
import { backoffMs, sleep } from './transient-error';

export interface OutboxRelayOptions {
  service: string;
  database: ClientConfig;
  kafka: Kafka;
  /** Rows per Kafka batch; one produce request and one DELETE per batch. */
  batchSize?: number;
  /**
   * Bounds of the idle poll, which finds rows committed by other processes (replicas) sharing the
   * database. It starts at the minimum after any work and doubles while the outbox stays empty.
   * Rows committed in this process wake the relay at once through {@link outboxCommitted}.
   */
  idlePollMs?: { min: number; max: number };
}

interface OutboxRow {
  id: string;
  event_id: string;
  event_type: string;
  topic: string;
  message_key: string;
  payload: string;
}

const relaysInThisProcess = new Set<OutboxRelay>();

/**
 * Call after committing a transaction that wrote outbox rows: wakes this process's relay so the
 * events leave within milliseconds. (LISTEN/NOTIFY did this before, but every NOTIFY takes a
 * server-wide lock at commit, which capped the whole Postgres server's commit rate.)
 */
export function outboxCommitted(): void {
  for (const relay of relaysInThisProcess) relay.nudge();
}

/**
 * Publishes committed outbox rows to Kafka in id order, woken in-process by
 * {@link outboxCommitted}, otherwise by an idle poll that backs off from milliseconds to a
 * fraction of a second, so latency is never a multi-second poll. One relay per service database holds a
 * session advisory lock, so replicas never publish the same rows out of order; the others wait
 * as standbys. A crash between produce and DELETE republishes rows: consumers' inboxes absorb
 * the duplicates (at-least-once by design).
 */
export class OutboxRelay {
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly idlePollMs: { min: number; max: number };
  private nextIdlePollMs: number;
  private readonly producer: Producer;
  private client?: Client;
  private stopping = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Set by a nudge; cleared before each SELECT so a commit racing the SELECT is never missed. */
  private workPending = true;
  private published = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.logger = new Logger(`OutboxRelay:${options.service}`);
    this.batchSize = options.batchSize ?? 500;
    this.idlePollMs = options.idlePollMs ?? { min: 5, max: 200 };
    this.nextIdlePollMs = this.idlePollMs.min;
    this.producer = options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  get publishedCount(): number {
    return this.published;
  }

  start(): void {
    this.stopping = false;
    relaysInThisProcess.add(this);
    this.loop = this.run();
  }

  nudge(): void {
    this.workPending = true;
    this.wake?.();
  }

  /** Finishes the batch in flight, then closes; unpublished rows wait for the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    relaysInThisProcess.delete(this);
    this.wake?.();
    await this.loop;
    await this.producer.disconnect().catch(() => undefined);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        await this.connect();
        await this.becomeLeader();
        await this.producer.connect();
        this.workPending = true;
        failures = 0;
        while (!this.stopping) {
          const sent = await this.drainOnce();
          if (sent > 0) this.nextIdlePollMs = this.idlePollMs.min;
          else await this.waitForWork();
        }
      } catch (error) {
        failures += 1;
        const delay = backoffMs(failures, 200, 5_000);
        this.logger.warn(`relay paused (${(error as Error).message}); retrying in ${delay} ms`);
        await this.disconnectDatabase();
        await this.sleepUnlessStopping(delay);
      }
    }
    await this.disconnectDatabase();
  }

  private async connect(): Promise<void> {
    if (this.client) return;
    const client = new Client({
      ...this.options.database,
      application_name: `${this.options.service}-outbox-relay`,
    });
    client.on('error', (error) => this.logger.warn(`database connection error: ${error.message}`));
    await client.connect();
    this.client = client;
  }

  private async becomeLeader(): Promise<void> {
    const client = this.requireClient();
    for (;;) {
      const { rows } = await client.query<{ leader: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext('waypoint.outbox-relay')) AS leader",
      );
      if (rows[0]?.leader) return;
      if (this.stopping) throw new Error('stopping before leadership');
      await this.sleepUnlessStopping(2_000);
    }
  }

  /** Publishes up to one batch; returns how many rows it published. */
  private async drainOnce(): Promise<number> {
    const client = this.requireClient();
    this.workPending = false;
    const { rows } = await client.query<OutboxRow>(
      'SELECT id, event_id, event_type, topic, message_key, payload FROM outbox_message ORDER BY id LIMIT $1',
      [this.batchSize],
    );
    if (rows.length === 0) return 0;
    const byTopic = new Map<string, TopicMessages>();
    for (const row of rows) {
      const topicMessages = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
      topicMessages.messages.push({
        key: row.message_key,
        value: row.payload,
        headers: { 'content-type': CLOUD_EVENT_CONTENT_TYPE, ce_id: row.event_id, ce_type: row.event_type },
      });
      byTopic.set(row.topic, topicMessages);
    }
    await this.producer.sendBatch({
      topicMessages: [...byTopic.values()],
      acks: -1,
      compression: CompressionTypes.None,
    });
    await client.query('DELETE FROM outbox_message WHERE id = ANY($1::bigint[])', [
      rows.map((row) => row.id),
    ]);
    this.published += rows.length;
    return rows.length;
  }

  private waitForWork(): Promise<void> {
    if (this.workPending) return Promise.resolve();
    const pollMs = this.nextIdlePollMs;
    this.nextIdlePollMs = Math.min(pollMs * 2, this.idlePollMs.max);
    return new Promise((resolve) => {
      const timer = setTimeout(done, pollMs);
      const wake = (): void => done();
      this.wake = wake;
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  private async sleepUnlessStopping(ms: number): Promise<void> {
    await Promise.race([sleep(ms), new Promise<void>((resolve) => (this.wake = resolve))]);
  }

  private requireClient(): Client {
    if (!this.client) throw new Error('relay database connection is not open');
    return this.client;
  }

  private async disconnectDatabase(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    // Closing the session also releases the advisory lock, handing leadership to a standby.
    await client?.end().catch(() => undefined);
  }
}
