import { randomUUID } from 'node:crypto';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  buildEvent,
  type CloudEvent,
  type OutgoingEvent,
  type PotentialVictimIdentifiedV1,
} from '@waypoint/contracts';
import { Kafka, logLevel, Partitioners, type KafkaMessage, type Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { eventually } from '../../../test/support/mesh';
import { testAdminUrl, testBrokers } from '../../../test/support/test-environment';
import { EventContext } from './event-context';
import { OnEvent } from './on-event.decorator';
import { KafkaEventServer, type KafkaEventServerOptions } from './kafka-event-server';
import {
  CreateMessagingTables1763900000000,
  DropOutboxNotifyTrigger1764000000000,
} from './messaging-tables.migration';
import { outboxInsert } from './outbox-insert';
import { OutboxRelay } from './outbox-relay';
import { commitStatement, commitUnitOfWork } from './unit-of-work';
import { PassThroughRpcErrors } from './pass-through-rpc-errors.filter';

// Real Postgres and a real Kafka broker; only the handler is a test double.

const IDENTIFIED = 'waypoint.identification.potential-victim-identified.v1';

type Behaviour = (data: PotentialVictimIdentifiedV1, context: EventContext) => Promise<void>;
const behaviour: { onEvent?: Behaviour } = {};

@Controller()
class CountingHandler {
  @OnEvent(IDENTIFIED)
  async onIdentified(
    @Payload() data: PotentialVictimIdentifiedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await behaviour.onEvent?.(data, context);
    await context.manager.query(
      `INSERT INTO effect_counter (journey_id, applied) VALUES ($1, 1)
       ON CONFLICT (journey_id) DO UPDATE SET applied = effect_counter.applied + 1`,
      [data.journeyId],
    );
  }
}

@Module({ controllers: [CountingHandler] })
class CountingModule {}

const database = `waypoint_it_messaging_${process.env.WAYPOINT_TEST_SLOT ?? '0'}`;
let dataSource: DataSource;
let databaseUrl: string;
let kafka: Kafka;
let producer: Producer;
const running: INestMicroservice[] = [];

function identified(journeyId: string = randomUUID()): OutgoingEvent {
  return buildEvent(
    IDENTIFIED,
    journeyId,
    {
      journeyId,
      identifiedAt: new Date().toISOString(),
      ageGroup: 'adult',
      exploitationTypes: ['labour'],
      countyLines: false,
      exploitedIn: 'uk',
      indicators: ['SIT-04'],
      area: 'birmingham',
      firstResponderAgency: 'it-police',
      firstResponderOrganisationType: 'police',
      consent: 'given',
    },
    { service: 'it', correlationId: randomUUID() },
  );
}

async function appendToOutbox(manager: EntityManager, events: OutgoingEvent[]): Promise<void> {
  const { sql, params } = outboxInsert(events);
  await manager.query(sql, params);
}

async function freshTopics(): Promise<{ topic: string; deadLetterTopic: string; group: string }> {
  const suffix = randomUUID();
  const topic = `it.messaging.${suffix}`;
  const deadLetterTopic = `${topic}.dlq`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic, numPartitions: 3, replicationFactor: 1 },
      { topic: deadLetterTopic, numPartitions: 1, replicationFactor: 1 },
    ],
  });
  await admin.disconnect();
  return { topic, deadLetterTopic, group: `it.group.${suffix}` };
}

async function startConsumer(
  topics: { topic: string; deadLetterTopic: string; group: string },
  options: Partial<KafkaEventServerOptions> = {},
): Promise<INestMicroservice> {
  const strategy = new KafkaEventServer({
    service: 'it',
    group: topics.group,
    deadLetterTopic: topics.deadLetterTopic,
    topics: [topics.topic],
    kafka,
    dataSource,
    ...options,
  });
  const app = await NestFactory.createMicroservice(CountingModule, { strategy, logger: false });
  app.useGlobalFilters(new PassThroughRpcErrors());
  await app.listen();
  running.push(app);
  return app;
}

async function stopConsumer(app: INestMicroservice): Promise<void> {
  running.splice(running.indexOf(app), 1);
  await app.close();
}

async function publishRaw(topic: string, messages: { key: string; value: string }[]): Promise<void> {
  await producer.send({ topic, messages });
}

async function publish(topic: string, events: OutgoingEvent[]): Promise<void> {
  await publishRaw(
    topic,
    events.map(({ key, event }) => ({ key, value: JSON.stringify(event) })),
  );
}

async function appliedCount(journeyId: string): Promise<number | undefined> {
  const rows = await dataSource.query<{ applied: number }[]>(
    'SELECT applied FROM effect_counter WHERE journey_id = $1',
    [journeyId],
  );
  return rows[0]?.applied;
}

async function readAll(topic: string, expected: number): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: `it.reader.${randomUUID()}` });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      messages.push(message);
    },
  });
  try {
    await eventually(async () => (messages.length >= expected ? true : undefined), {
      what: `${expected} messages on ${topic}`,
    });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

beforeAll(async () => {
  const admin = new Client({ connectionString: testAdminUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(testAdminUrl());
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
  dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: [CreateMessagingTables1763900000000, DropOutboxNotifyTrigger1764000000000],
    poolSize: 5,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.query('CREATE TABLE effect_counter (journey_id uuid PRIMARY KEY, applied int NOT NULL)');
  kafka = new Kafka({
    clientId: 'it-messaging',
    brokers: testBrokers().split(','),
    logLevel: logLevel.NOTHING,
  });
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
});

afterEach(async () => {
  behaviour.onEvent = undefined;
  await Promise.all(running.splice(0).map((app) => app.close()));
});

afterAll(async () => {
  await producer?.disconnect();
  await dataSource?.destroy();
});

describe('transactional outbox relay', () => {
  it('publishes committed events in order per journey and empties the outbox', async () => {
    const topics = await freshTopics();
    const relay = new OutboxRelay({
      service: 'it',
      database: { connectionString: databaseUrl },
      kafka,
      batchSize: 7,
    });
    relay.start();
    const journeys = [randomUUID(), randomUUID()];
    const sent: string[] = [];
    try {
      for (let i = 0; i < 20; i++) {
        const events = journeys.map((journeyId) => ({ ...identified(journeyId), topic: topics.topic }));
        sent.push(...events.map(({ event }) => event.id));
        await commitUnitOfWork(dataSource, (manager) => appendToOutbox(manager, events));
      }
      const received = await readAll(topics.topic, sent.length);
      for (const journeyId of journeys) {
        const order = received
          .filter((message) => message.key?.toString() === journeyId)
          .map((message) => (JSON.parse(message.value!.toString()) as CloudEvent).id);
        expect(order).toEqual(sent.filter((_, index) => index % 2 === journeys.indexOf(journeyId)));
      }
      await eventually(async () => {
        const [{ count }] = await dataSource.query<{ count: string }[]>(
          'SELECT count(*) FROM outbox_message',
        );
        return count === '0' ? true : undefined;
      });
      expect(relay.publishedCount).toBe(sent.length);
    } finally {
      await relay.stop();
    }
  });

  it.each([
    [
      'a unit of work',
      (committed: OutgoingEvent) =>
        commitUnitOfWork(dataSource, (manager) => appendToOutbox(manager, [committed])),
    ],
    [
      'a single statement',
      (committed: OutgoingEvent) => {
        const { sql, params } = outboxInsert([committed]);
        return commitStatement(dataSource, sql, params);
      },
    ],
  ])('publishes at once what %s committed, with the idle poll out of the way', async (_how, commit) => {
    const topics = await freshTopics();
    const relay = new OutboxRelay({
      service: 'it',
      database: { connectionString: databaseUrl },
      kafka,
      idlePollMs: { min: 600_000, max: 600_000 },
    });
    relay.start();
    try {
      // Let the relay finish its start-up drain and settle into waiting for a nudge.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const committed = { ...identified(), topic: topics.topic };
      await commit(committed);
      const received = await readAll(topics.topic, 1);
      expect(received.map((message) => (JSON.parse(message.value!.toString()) as CloudEvent).id)).toEqual([
        committed.event.id,
      ]);
    } finally {
      await relay.stop();
    }
  });

  it('publishes rows another process committed (no nudge) through its idle poll', async () => {
    const topics = await freshTopics();
    const relay = new OutboxRelay({
      service: 'it',
      database: { connectionString: databaseUrl },
      kafka,
      idlePollMs: { min: 5, max: 100 },
    });
    relay.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const committed = { ...identified(), topic: topics.topic };
      // A plain transaction, as another process's commit looks to this one: no wake-up.
      await dataSource.transaction((manager) => appendToOutbox(manager, [committed]));
      const received = await readAll(topics.topic, 1);
      expect(received.map((message) => (JSON.parse(message.value!.toString()) as CloudEvent).id)).toEqual([
        committed.event.id,
      ]);
    } finally {
      await relay.stop();
    }
  });

  it('publishes nothing from a transaction that rolled back', async () => {
    const topics = await freshTopics();
    const relay = new OutboxRelay({
      service: 'it',
      database: { connectionString: databaseUrl },
      kafka,
    });
    relay.start();
    try {
      const rolledBack = { ...identified(), topic: topics.topic };
      await expect(
        commitUnitOfWork(dataSource, async (manager) => {
          await appendToOutbox(manager, [rolledBack]);
          throw new Error('state change failed');
        }),
      ).rejects.toThrow('state change failed');
      const committed = { ...identified(), topic: topics.topic };
      await commitUnitOfWork(dataSource, (manager) => appendToOutbox(manager, [committed]));
      const received = await readAll(topics.topic, 1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(received.map((message) => (JSON.parse(message.value!.toString()) as CloudEvent).id)).toEqual([
        committed.event.id,
      ]);
    } finally {
      await relay.stop();
    }
  });
});

describe('idempotent consumer', () => {
  it('applies an event delivered twice only once', async () => {
    const topics = await freshTopics();
    await startConsumer(topics);
    const event = identified();
    await publish(topics.topic, [event, event]);
    const marker = identified();
    await publish(topics.topic, [marker]);
    await eventually(() => appliedCount(marker.key), { what: 'marker applied' });
    expect(await appliedCount(event.key)).toBe(1);
    const inbox = await dataSource.query<{ count: string }[]>(
      'SELECT count(*) FROM inbox_message WHERE consumer = $1 AND event_id = $2',
      [topics.group, event.event.id],
    );
    expect(inbox[0].count).toBe('1');
  });

  it('applies once when the consumer dies after its database commit and before its offset commit', async () => {
    const topics = await freshTopics();
    const event = identified();
    const deliveries: string[] = [];
    let crashed = false;
    await startConsumer(topics, {
      onEffectsCommitted: (events) => {
        deliveries.push(...events.map((e) => e.id));
        if (!crashed && events.some((e) => e.id === event.event.id)) {
          crashed = true;
          throw new Error('simulated crash between database commit and offset commit');
        }
      },
    });
    await publish(topics.topic, [event]);
    await eventually(() => appliedCount(event.key), { what: 'first application' });
    // The redelivery finds the inbox row, so no effect and no second onEffectsCommitted for it;
    // a later event on the same partition proves the consumer moved past it.
    const later = identified(event.key);
    await publish(topics.topic, [later]);
    await eventually(async () => (deliveries.includes(later.event.id) ? true : undefined), {
      what: 'consumer recovered',
    });
    expect(crashed).toBe(true);
    expect(await appliedCount(event.key)).toBe(2);
    expect(deliveries.filter((id) => id === event.event.id)).toHaveLength(1);
  });

  it('retries a transient fault with backoff and applies once', async () => {
    const topics = await freshTopics();
    const event = identified();
    let attempts = 0;
    behaviour.onEvent = async (data) => {
      if (data.journeyId === event.key && ++attempts <= 2) {
        throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      }
    };
    await startConsumer(topics);
    await publish(topics.topic, [event]);
    await eventually(() => appliedCount(event.key), { what: 'applied after retries' });
    expect(attempts).toBe(3);
    expect(await appliedCount(event.key)).toBe(1);
  });
});

describe('poison messages', () => {
  it('dead-letters malformed, unknown and invalid messages with the reason, and processes the next valid one', async () => {
    const topics = await freshTopics();
    await startConsumer(topics);
    const key = randomUUID();
    const unknownType = {
      ...identified(key).event,
      id: randomUUID(),
      type: 'waypoint.identification.mystery.v1',
    };
    const invalidPayload = {
      ...identified(key).event,
      id: randomUUID(),
      data: { ...(identified(key).event.data as object), ageGroup: 'elderly' },
    };
    const valid = identified(key);
    await publishRaw(topics.topic, [
      { key, value: 'this is not json' },
      { key, value: JSON.stringify(unknownType) },
      { key, value: JSON.stringify(invalidPayload) },
      { key, value: JSON.stringify(valid.event) },
    ]);
    await eventually(() => appliedCount(key), { what: 'valid message after poison' });
    const dead = await readAll(topics.deadLetterTopic, 3);
    const reasons = dead.map((message) => message.headers!['waypoint-dlq-reason']!.toString());
    expect(reasons).toEqual([
      expect.stringContaining('value is not JSON'),
      'unknown event type: waypoint.identification.mystery.v1',
      expect.stringContaining('data.ageGroup: isIn'),
    ]);
    expect(dead[0].value!.toString()).toBe('this is not json');
    expect(dead[0].headers!['waypoint-dlq-topic']!.toString()).toBe(topics.topic);
    expect(await appliedCount(key)).toBe(1);
  });

  it('dead-letters an event whose handler keeps failing after bounded retries, and moves on', async () => {
    const topics = await freshTopics();
    const failing = identified();
    let attempts = 0;
    behaviour.onEvent = async (_, context) => {
      if (context.event.id === failing.event.id) {
        attempts++;
        throw new Error('care plan service rejected the change');
      }
    };
    await startConsumer(topics, { maxHandlerAttempts: 3 });
    const next = identified(failing.key);
    await publish(topics.topic, [failing, next]);
    await eventually(() => appliedCount(next.key), { what: 'next event applied' });
    const [dead] = await readAll(topics.deadLetterTopic, 1);
    expect(dead.headers!['waypoint-dlq-reason']!.toString()).toBe(
      'handler failed 3 times: care plan service rejected the change',
    );
    expect((JSON.parse(dead.value!.toString()) as CloudEvent).id).toBe(failing.event.id);
    // One attempt in the batch transaction, then three isolated attempts.
    expect(attempts).toBe(4);
  });
});

describe('graceful shutdown', () => {
  it('finishes the batch in flight, commits its offset, and the next consumer does not redo it', async () => {
    const topics = await freshTopics();
    const slow = identified();
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    behaviour.onEvent = async (data) => {
      if (data.journeyId === slow.key) {
        started();
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    };
    const first = await startConsumer(topics);
    await publish(topics.topic, [slow]);
    await handlerStarted;
    await stopConsumer(first);
    expect(await appliedCount(slow.key)).toBe(1);

    behaviour.onEvent = undefined;
    const redelivered: string[] = [];
    await startConsumer(topics, {
      onEffectsCommitted: (events) => void redelivered.push(...events.map((e) => e.id)),
    });
    const marker = identified(slow.key);
    await publish(topics.topic, [marker]);
    await eventually(async () => (redelivered.includes(marker.event.id) ? true : undefined), {
      what: 'marker',
    });
    expect(redelivered).not.toContain(slow.event.id);
  });
});
