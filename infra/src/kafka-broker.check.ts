// End-to-end check of the local Kafka broker: npx tsx infra/src/kafka-broker.check.ts
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import {
  ensureKafkaJars,
  isBrokerReady,
  startBroker,
  stopBroker,
  TEST_BROKER,
  brokersOf,
} from './kafka-broker';

const TEST_DATA_DIR = path.resolve(__dirname, '..', '..', '.local', 'kafka', TEST_BROKER.name, 'data');
const CONSUME_TIMEOUT_MS = 30_000;

const timings: [string, number][] = [];
let spawnedBroker = false;

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await fn();
  } finally {
    const ms = Date.now() - started;
    timings.push([label, ms]);
    console.log(`[check] ${label}: ${ms} ms`);
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

async function consumeOne(
  kafka: Kafka,
  topic: string,
  groupId: string,
): Promise<{ value: string; offset: string }> {
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no message on ${topic} within ${CONSUME_TIMEOUT_MS} ms`)),
        CONSUME_TIMEOUT_MS,
      );
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const next = (BigInt(message.offset) + 1n).toString();
            await consumer.commitOffsets([{ topic, partition, offset: next }]);
            clearTimeout(timer);
            resolve({ value: message.value?.toString() ?? '', offset: message.offset });
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}

async function main(): Promise<void> {
  const brokers = brokersOf(TEST_BROKER);
  const log = (line: string) => console.log(`[broker] ${line}`);
  if (await isBrokerReady(brokers)) {
    throw new Error(`something already answers on ${brokers}; stop it before running this check`);
  }
  // A fresh data dir makes every run exercise storage formatting as well as the restart path.
  fs.rmSync(TEST_DATA_DIR, { recursive: true, force: true });

  const libsDir = await timed('jars (ensureKafkaJars)', ensureKafkaJars);
  console.log(
    `[check] libs: ${libsDir} (${fs.readdirSync(libsDir).filter((f) => f.endsWith('.jar')).length} jars)`,
  );

  spawnedBroker = true;
  const first = await timed('start-to-ready (fresh)', () => startBroker(TEST_BROKER, log));
  assert(first.startedByUs, 'first start must spawn a broker');

  // kafkajs logs retriable errors (e.g. coordinator not available while __consumer_offsets is
  // created) at ERROR; real failures still surface as rejected promises.
  const kafka = new Kafka({ clientId: 'kafka-broker-check', brokers: [brokers], logLevel: logLevel.NOTHING });
  const topic = `check-${randomUUID()}`;
  const groupId = `check-${randomUUID()}`;
  const payload = `hello ${new Date().toISOString()}`;

  const admin = kafka.admin();
  await admin.connect();
  try {
    const created = await admin.createTopics({
      topics: [{ topic, numPartitions: 3, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    assert(created, `topic ${topic} was created`);
    const [meta] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    assert(meta.partitions.length === 3, `topic has 3 partitions (got ${meta.partitions.length})`);
  } finally {
    await admin.disconnect();
  }

  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const [sent] = await producer.send({ topic, messages: [{ key: 'k', value: payload }] });
  await producer.disconnect();
  console.log(`[check] produced to ${topic}[${sent.partition}] at offset ${sent.baseOffset}`);

  const received = await timed('consume (new group)', () => consumeOne(kafka, topic, groupId));
  assert(received.value === payload, `consumed payload matches (got ${received.value})`);

  await timed('stop', () => stopBroker(TEST_BROKER));
  assert(!(await isBrokerReady(brokers, 1_000)), 'broker is down after stop');

  const second = await timed('start-to-ready (restart)', () => startBroker(TEST_BROKER, log));
  assert(second.startedByUs, 'restart must spawn a broker');

  const admin2 = kafka.admin();
  await admin2.connect();
  try {
    assert((await admin2.listTopics()).includes(topic), `topic ${topic} survived the restart`);
    const [meta] = (await admin2.fetchTopicMetadata({ topics: [topic] })).topics;
    assert(meta.partitions.length === 3, 'topic still has 3 partitions');
    const [committed] = await admin2.fetchOffsets({ groupId, topics: [topic] });
    const offsets = committed.partitions.filter((p) => p.partition === sent.partition).map((p) => p.offset);
    const expected = (BigInt(sent.baseOffset ?? '0') + 1n).toString();
    assert(offsets[0] === expected, `committed group offset survived (got ${offsets[0]}, want ${expected})`);
  } finally {
    await admin2.disconnect();
  }
  const again = await timed('consume after restart', () => consumeOne(kafka, topic, `check-${randomUUID()}`));
  assert(again.value === payload && again.offset === received.offset, 'message survived the restart');

  await timed('stop (final)', () => stopBroker(TEST_BROKER));
}

main()
  .then(() => {
    console.log(`[check] OK ${timings.map(([l, ms]) => `${l}=${ms}ms`).join(', ')}`);
    process.exit(0);
  })
  .catch(async (err: unknown) => {
    console.error(`[check] FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    if (spawnedBroker) await stopBroker(TEST_BROKER).catch(() => undefined);
    process.exit(1);
  });
