import { randomUUID } from 'node:crypto';
import { Controller, Module, type INestApplication } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  buildEvent,
  deadLetterTopicOf,
  type CloudEvent,
  type PotentialVictimIdentifiedV1,
} from '@waypoint/contracts';
import { OnEvent, type EventContext } from '@waypoint/messaging';
import { Kafka, logLevel, Partitioners, type KafkaMessage } from 'kafkajs';
import { eventually } from '../../../test/support/mesh';
import { testBrokers, testDatabaseUrl } from '../../../test/support/test-environment';
import { TEST_ENV } from '../../../test/setup/test-infrastructure';
import { PlatformModule } from './platform.module';
import { createService } from './start-service';

// A real hybrid app as services build it (createService), on real Kafka and Postgres: the
// handler's own error must reach the consumer, so transient faults are retried and the
// dead-letter reason is the real one (Nest would otherwise say "Internal server error").

const IDENTIFIED = 'waypoint.identification.potential-victim-identified.v1';
const attempts = new Map<string, number>();

@Controller()
class FlakyHandler {
  @OnEvent(IDENTIFIED)
  async onIdentified(
    @Payload() data: PotentialVictimIdentifiedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    const count = (attempts.get(data.journeyId) ?? 0) + 1;
    attempts.set(data.journeyId, count);
    if (data.area === 'dudley' && count <= 2) {
      throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
    }
    if (data.area === 'walsall') throw new Error('placement rules refused the journey');
    await context.manager.query('SELECT 1');
  }
}

@Module({
  imports: [
    PlatformModule.forService({
      service: 'it-platform',
      dataSourceOptions: (url, poolSize) => ({ type: 'postgres', url, poolSize }),
    }),
  ],
  controllers: [FlakyHandler],
})
class FlakyModule {}

function identified(area: 'dudley' | 'walsall') {
  const journeyId = randomUUID();
  return buildEvent(
    IDENTIFIED,
    journeyId,
    {
      journeyId,
      identifiedAt: new Date().toISOString(),
      ageGroup: 'child',
      exploitationTypes: ['criminal'],
      countyLines: true,
      exploitedIn: 'uk',
      indicators: [],
      area,
      firstResponderAgency: 'it-police',
      firstResponderOrganisationType: 'police',
      consent: 'not-required-child',
    },
    { service: 'it', correlationId: randomUUID() },
  );
}

describe('a service built by createService', () => {
  const group = `it.platform.${randomUUID()}`;
  const topic = `it.platform.${randomUUID()}`;
  const kafka = new Kafka({
    clientId: 'it-platform',
    brokers: testBrokers().split(','),
    logLevel: logLevel.NOTHING,
  });
  const committed: CloudEvent[] = [];
  let app: INestApplication;

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic, numPartitions: 2, replicationFactor: 1 },
        { topic: deadLetterTopicOf(group), numPartitions: 1, replicationFactor: 1 },
      ],
    });
    await admin.disconnect();
    Object.assign(process.env, {
      PORT: '65001',
      DATABASE_URL: testDatabaseUrl('journey'),
      KAFKA_BROKERS: testBrokers(),
      AUTH_PUBLIC_KEY_PATH: process.env[TEST_ENV.publicKeyPath],
      LOG_LEVEL: 'error',
    });
    app = await createService({
      service: 'it-platform',
      module: FlakyModule,
      consumes: { group, topics: [topic] },
      onEffectsCommitted: (events) => void committed.push(...events),
    });
    await app.init();
    await app.startAllMicroservices();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('retries a transient database fault raised in a handler, and applies the event', async () => {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const flaky = identified('dudley');
    await producer.send({ topic, messages: [{ key: flaky.key, value: JSON.stringify(flaky.event) }] });
    await producer.disconnect();

    await eventually(
      async () => (committed.some((event) => event.id === flaky.event.id) ? true : undefined),
      {
        what: 'the flaky event applied',
      },
    );
    expect(attempts.get(flaky.key)).toBe(3);
  });

  it("dead-letters a handler that keeps failing with the handler's own error as the reason", async () => {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const refused = identified('walsall');
    await producer.send({ topic, messages: [{ key: refused.key, value: JSON.stringify(refused.event) }] });
    await producer.disconnect();

    const reader = kafka.consumer({ groupId: `it.reader.${randomUUID()}` });
    const dead: KafkaMessage[] = [];
    await reader.connect();
    await reader.subscribe({ topic: deadLetterTopicOf(group), fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void dead.push(message) });
    try {
      const message = await eventually(async () => dead[0], { what: 'a dead letter' });
      expect(message.headers?.['waypoint-dlq-reason']?.toString()).toBe(
        'handler failed 3 times: placement rules refused the journey',
      );
    } finally {
      await reader.disconnect();
    }
  });
});
