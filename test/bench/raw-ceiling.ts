import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CompressionTypes, Kafka, logLevel, Partitioners } from 'kafkajs';
import { Client, Pool } from 'pg';

/**
 * The floor under Waypoint's numbers: the same broker and the same Postgres with no framework.
 * A kafkajs producer writes M small JSON messages; a kafkajs consumer (eachMessage, autoCommit,
 * 3 partitions at a time, as the services) stores each with one autocommitted INSERT, i.e. one
 * durable commit per message. Waypoint does strictly more per event, so this is its ceiling.
 */

export interface RawCeilingOptions {
  brokers: string;
  adminUrl: string;
  runId: string;
  messages: number;
  partitions?: number;
  partitionsConsumedConcurrently?: number;
  produceBatch?: number;
  timeoutMs?: number;
  log: (line: string) => void;
}

export interface RawCeilingResult {
  messages: number;
  stored: number;
  topic: string;
  database: string;
  payloadBytes: number;
  produceSeconds: number;
  /** First produce to last commit. */
  endToEndSeconds: number;
  producedPerSecond: number;
  messagesPerSecond: number;
  complete: boolean;
}

const RAW_DATABASE = 'waypoint_bench_raw';
const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function payloadOf(index: number, runId: string): string {
  // ~600 bytes, shaped like an event envelope with a handful of fields.
  return JSON.stringify({
    specversion: '1.0',
    id: randomUUID(),
    source: 'waypoint-bench/raw',
    type: 'waypoint.bench.raw-message.v1',
    subject: randomUUID(),
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    causationid: randomUUID(),
    data: {
      index,
      runId,
      ageGroup: 'adult',
      exploitationTypes: ['labour'],
      countyLines: false,
      exploitedIn: 'uk',
      indicators: ['SIT-04'],
      area: 'birmingham',
      firstResponderAgency: 'bench-police',
      padding: 'x'.repeat(120),
    },
  });
}

export async function runRawCeiling(options: RawCeilingOptions): Promise<RawCeilingResult> {
  const partitions = options.partitions ?? 6;
  const produceBatch = options.produceBatch ?? 500;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const topic = `bench.raw.${options.runId}`;
  const log = options.log;

  const admin = new Client({ connectionString: options.adminUrl, application_name: 'waypoint-bench-raw' });
  await admin.connect();
  const rawUrl = new URL(options.adminUrl);
  rawUrl.pathname = `/${RAW_DATABASE}`;
  const kafka = new Kafka({
    clientId: 'waypoint-bench-raw',
    brokers: options.brokers.split(','),
    logLevel: logLevel.ERROR,
  });
  const kafkaAdmin = kafka.admin();
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({ groupId: `bench.raw.${options.runId}`, allowAutoTopicCreation: false });
  let pool: Pool | undefined;
  let topicCreated = false;
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${ident(RAW_DATABASE)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${ident(RAW_DATABASE)}`);
    pool = new Pool({
      connectionString: rawUrl.toString(),
      max: (options.partitionsConsumedConcurrently ?? 3) + 1,
      application_name: 'waypoint-bench-raw',
    });
    // The database is dropped WITH (FORCE) at the end; a connection still closing then reports
    // "terminating connection", which must not crash the report.
    pool.on('error', () => undefined);
    await pool.query(`CREATE TABLE raw_message (
      message_id uuid PRIMARY KEY,
      message_key text NOT NULL,
      partition int NOT NULL,
      message_offset bigint NOT NULL,
      payload jsonb NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp())`);

    await kafkaAdmin.connect();
    await kafkaAdmin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }],
    });
    topicCreated = true;

    let stored = 0;
    let lastCommitAt = 0;
    let resolveDone: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    const db = pool;
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
      eachMessage: async ({ partition, message }) => {
        const value = message.value!.toString('utf8');
        const { id } = JSON.parse(value) as { id: string };
        const result = await db.query(
          `INSERT INTO raw_message (message_id, message_key, partition, message_offset, payload)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [id, message.key?.toString('utf8') ?? '', partition, message.offset, value],
        );
        if (result.rowCount === 1) {
          stored += 1;
          lastCommitAt = Date.now();
          if (stored >= options.messages) resolveDone();
        }
      },
    });
    await Promise.race([joined, sleep(30_000)]);

    await producer.connect();
    const values = Array.from({ length: options.messages }, (_, index) => payloadOf(index, options.runId));
    const payloadBytes = Math.round(
      values.reduce((sum, value) => sum + Buffer.byteLength(value), 0) / values.length,
    );
    log(`raw ceiling: producing ${options.messages} messages of ~${payloadBytes} bytes to ${topic}`);
    const firstProduceAt = Date.now();
    for (let start = 0; start < values.length; start += produceBatch) {
      await producer.send({
        topic,
        acks: -1,
        compression: CompressionTypes.None,
        messages: values.slice(start, start + produceBatch).map((value) => ({ key: randomUUID(), value })),
      });
    }
    const producedAt = Date.now();

    let progress = -1;
    let lastProgressAt = Date.now();
    const deadline = firstProduceAt + timeoutMs;
    let complete = false;
    while (Date.now() < deadline) {
      const finished = await Promise.race([done.then(() => true), sleep(1_000).then(() => false)]);
      if (finished) {
        complete = true;
        break;
      }
      if (stored !== progress) {
        progress = stored;
        lastProgressAt = Date.now();
      } else if (Date.now() - lastProgressAt > 60_000) {
        break;
      }
    }
    const endToEndSeconds = ((complete ? lastCommitAt : Date.now()) - firstProduceAt) / 1_000;
    return {
      messages: options.messages,
      stored,
      topic,
      database: RAW_DATABASE,
      payloadBytes,
      produceSeconds: (producedAt - firstProduceAt) / 1_000,
      endToEndSeconds,
      producedPerSecond: options.messages / ((producedAt - firstProduceAt) / 1_000),
      messagesPerSecond: stored / endToEndSeconds,
      complete,
    };
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    if (topicCreated) await kafkaAdmin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await kafkaAdmin.deleteGroups([`bench.raw.${options.runId}`]).catch(() => undefined);
    await kafkaAdmin.disconnect().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${ident(RAW_DATABASE)} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
}
