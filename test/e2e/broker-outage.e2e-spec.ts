/**
 * A Kafka outage delays events and never loses them, and never fails the first responder's
 * request: the identification commits with its outbox row while the broker is down, and the
 * whole chain (identification → referral → journey) completes once the broker is back.
 *
 * Needs the project's own broker (infra/), which this file stops and starts; skipped where the
 * tests run on a testcontainers Kafka.
 */
import { isBrokerReady, startBroker, stopBroker, brokersOf } from '../../infra/src/kafka-broker';
import { testProfile } from '../../infra/src/profiles';
import { eventually } from '../support/mesh';
import { isLocalInfrastructure } from '../support/test-environment';
import {
  bearer,
  countRows,
  EVENT,
  http,
  identificationOf,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  withDatabase,
  type HealthReport,
  type IdentificationRecorded,
  type JourneyView,
} from './support/e2e';

const describeWithOwnBroker = isLocalInfrastructure() ? describe : describe.skip;

describeWithOwnBroker('a Kafka outage', () => {
  const broker = testProfile().broker;
  // Declared before the mesh so it runs first: whatever happened, the broker is back before the
  // services stop and before the next file may start its mesh.
  afterAll(async () => {
    if (!(await isBrokerReady(brokersOf(broker)))) await startBroker(broker);
  }, 120_000);
  const mesh = useExclusiveMesh();
  const agency = uniqueAgency('dudley-council');
  let token: string;
  const recordedDuringOutage: { recorded: IdentificationRecorded; referral: string }[] = [];

  const url = (service: 'identification' | 'referral' | 'journey', path: string): string =>
    `${urlsOf(mesh())[service]}${path}`;

  const health = (service: 'identification' | 'referral' | 'journey') =>
    http<HealthReport>('GET', url(service, '/health'));

  async function journeyOf(journeyId: string): Promise<JourneyView | undefined> {
    const answer = await http<JourneyView>('GET', url('journey', `/journeys/${journeyId}`), { token });
    return answer.status === 200 ? answer.body : undefined;
  }

  beforeAll(async () => {
    token = await bearer('first-responder', agency);
    // Start from a working mesh: every service sees Kafka.
    for (const service of ['identification', 'referral', 'journey'] as const) {
      await eventually(async () => ((await health(service)).body.checks.kafka === 'up' ? true : undefined), {
        what: `${service} seeing Kafka before the outage`,
      });
    }
  });

  it('is reported by /health as kafka down while the database stays up', async () => {
    await stopBroker(broker);
    expect(await isBrokerReady(brokersOf(broker), 1_000)).toBe(false);
    for (const service of ['identification', 'referral', 'journey'] as const) {
      const answer = await eventually(
        async () => {
          const report = await health(service);
          return report.body.checks.kafka === 'down' ? report : undefined;
        },
        { what: `${service} reporting kafka down` },
      );
      expect({ status: answer.status, body: answer.body }).toEqual({
        status: 503,
        body: { status: 'unavailable', checks: { database: 'up', kafka: 'down' } },
      });
    }
  });

  it('does not fail a first responder recording identifications while Kafka is down', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [identificationOf({ consent: 'given' }), EVENT.nrmReferral],
      [identificationOf({ ageGroup: 'child', consent: undefined }), EVENT.nrmReferral],
      [identificationOf({ consent: 'declined' }), EVENT.dutyToNotify],
    ];
    for (const [body, referral] of cases) {
      const started = Date.now();
      const answer = await http<IdentificationRecorded>('POST', url('identification', '/identifications'), {
        token,
        body,
      });
      expect(answer.status).toBe(201);
      expect(answer.body.journeyId).toEqual(expect.any(String));
      // Answered from the database alone, not after the Kafka client's retries (tens of seconds)
      // gave up: a behavioural bound, far above any normal latency, not a performance target.
      expect(Date.now() - started).toBeLessThan(10_000);
      recordedDuringOutage.push({ recorded: answer.body, referral });
    }
    const journeyIds = recordedDuringOutage.map(({ recorded }) => recorded.journeyId);
    // Committed, and their events wait in the outbox rather than being dropped.
    expect(
      await countRows('identification', 'potential_victim', 'journey_id = ANY($1::uuid[])', [journeyIds]),
    ).toBe(3);
    const pending = await withDatabase('identification', async (client) => {
      const { rows } = await client.query<{ message_key: string; event_type: string }>(
        'SELECT message_key, event_type FROM outbox_message WHERE message_key = ANY($1::text[]) ORDER BY id',
        [journeyIds],
      );
      return rows;
    });
    expect(pending).toEqual(
      journeyIds.map((journeyId) => ({ message_key: journeyId, event_type: EVENT.identified })),
    );
    // Nothing has reached the journey yet: the events really were held back.
    for (const journeyId of journeyIds) expect(await journeyOf(journeyId)).toBeUndefined();
  });

  it('delivers every held event exactly once within 60 s of the broker coming back', async () => {
    expect(recordedDuringOutage).toHaveLength(3);
    await startBroker(broker);

    for (const { recorded, referral } of recordedDuringOutage) {
      const journey = await eventually(
        async () => {
          const view = await journeyOf(recorded.journeyId);
          return view && view.timeline.some((event) => event.type === referral) ? view : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 500, what: `journey ${recorded.journeyId} after the outage` },
      );
      expect(journey.timeline.map((event) => event.type)).toEqual([EVENT.identified, referral]);
      expect(journey.timeline[0].occurredAt).toBe(recorded.identifiedAt);
    }

    // The outbox has drained, and no event was applied twice anywhere downstream.
    await eventually(
      async () => ((await countRows('identification', 'outbox_message')) === 0 ? true : undefined),
      {
        what: 'the identification outbox drained',
      },
    );
    const journeyIds = recordedDuringOutage.map(({ recorded }) => recorded.journeyId);
    const perJourney = await withDatabase('journey', async (client) => {
      const { rows } = await client.query<{ journey_id: string; type: string; n: number }>(
        `SELECT journey_id, type, count(*)::int AS n FROM journey_event
         WHERE journey_id = ANY($1::uuid[]) GROUP BY journey_id, type ORDER BY journey_id, type`,
        [journeyIds],
      );
      return rows;
    });
    expect(perJourney).toHaveLength(6);
    for (const row of perJourney) expect(row).toEqual(expect.objectContaining({ n: 1 }));
    const referrals = await withDatabase('referral', async (client) => {
      const nrm = await client.query('SELECT 1 FROM nrm_case WHERE journey_id = ANY($1::uuid[])', [
        journeyIds,
      ]);
      const dtn = await client.query('SELECT 1 FROM duty_to_notify WHERE journey_id = ANY($1::uuid[])', [
        journeyIds,
      ]);
      return { nrmCases: nrm.rowCount, dutyToNotify: dtn.rowCount };
    });
    expect(referrals).toEqual({ nrmCases: 2, dutyToNotify: 1 });
  });

  it('reports kafka up again on /health once the broker is back', async () => {
    for (const service of ['identification', 'referral', 'journey'] as const) {
      const answer = await eventually(
        async () => {
          const report = await health(service);
          return report.status === 200 ? report : undefined;
        },
        { what: `${service} healthy after the outage` },
      );
      expect(answer.body).toEqual({ status: 'ok', checks: { database: 'up', kafka: 'up' } });
    }
  });
});
