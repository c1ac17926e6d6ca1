import { randomUUID } from 'node:crypto';
import { buildEvent, CONSUMER_GROUPS, deadLetterTopicOf, TOPICS } from '@waypoint/contracts';
import { Partitioners } from 'kafkajs';
import { eventually } from '../support/mesh';
import {
  bearer,
  countRows,
  EVENT,
  http,
  readTopicsFromBeginning,
  testKafka,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  type JourneyView,
} from './support/e2e';

// The running services, fed directly on their topic: redelivery and poison as the broker would
// present them (a producer retry, a relay republishing after a crash, a foreign producer's junk).

const mesh = useExclusiveMesh();

async function publish(messages: { key: string; value: string }[]): Promise<void> {
  const producer = testKafka('waypoint-e2e-redelivery').producer({
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  try {
    await producer.send({ topic: TOPICS.identification, messages });
  } finally {
    await producer.disconnect();
  }
}

function identifiedBy(agency: string) {
  const journeyId = randomUUID();
  return buildEvent(
    EVENT.identified,
    journeyId,
    {
      journeyId,
      identifiedAt: new Date().toISOString(),
      ageGroup: 'adult',
      exploitationTypes: ['domestic-servitude'],
      countyLines: false,
      exploitedIn: 'overseas',
      indicators: ['SIT-05'],
      area: 'sandwell',
      firstResponderAgency: agency,
      firstResponderOrganisationType: 'charity',
      consent: 'given',
    },
    { service: 'e2e', correlationId: randomUUID() },
  );
}

describe('redelivery and poison on the running mesh', () => {
  it('changes the journey and opens the NRM case once when the same event is delivered three times', async () => {
    const agency = uniqueAgency('redelivery');
    const { key, event } = identifiedBy(agency);
    const value = JSON.stringify(event);
    await publish([
      { key, value },
      { key, value },
    ]);
    await publish([{ key, value }]);
    const token = await bearer('first-responder', agency);

    const journey = await eventually(
      async () => {
        const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${key}`, { token });
        return answer.status === 200 && answer.body.timeline.length >= 2 ? answer.body : undefined;
      },
      { what: 'journey with identification and referral' },
    );
    // Give any late duplicate time to land before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    expect(journey.timeline.map((entry) => entry.type)).toEqual([EVENT.identified, EVENT.nrmReferral]);
    expect(await countRows('journey', 'journey_event', 'journey_id = $1', [key])).toBe(2);
    expect(await countRows('referral', 'nrm_case', 'journey_id = $1', [key])).toBe(1);
    expect(await countRows('referral', 'inbox_message', 'event_id = $1', [event.id])).toBe(1);
  });

  it('dead-letters a malformed message with its reason and processes the next valid one', async () => {
    const agency = uniqueAgency('poison');
    const valid = identifiedBy(agency);
    const marker = `not json ${randomUUID()}`;
    await publish([
      { key: valid.key, value: marker },
      { key: valid.key, value: JSON.stringify(valid.event) },
    ]);
    const token = await bearer('first-responder', agency);

    await eventually(
      async () => {
        const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${valid.key}`, {
          token,
        });
        return answer.status === 200 && answer.body.timeline.length >= 2 ? true : undefined;
      },
      { what: 'the valid event after the poison' },
    );
    // Dead letters are written just after the chunk's effects commit, before its offset commit.
    const ours = await eventually(
      async () => {
        const dead = await readTopicsFromBeginning([
          deadLetterTopicOf(CONSUMER_GROUPS.referral),
          deadLetterTopicOf(CONSUMER_GROUPS.journey),
        ]);
        const found = dead.filter((message) => message.value === marker);
        return found.length >= 2 ? found : undefined;
      },
      { what: 'the poison on both dead-letter topics' },
    );
    expect(ours.map((message) => message.topic).sort()).toEqual(
      [deadLetterTopicOf(CONSUMER_GROUPS.journey), deadLetterTopicOf(CONSUMER_GROUPS.referral)].sort(),
    );
    for (const message of ours) {
      const headers = JSON.parse(message.headers) as Record<string, string>;
      expect(headers['waypoint-dlq-reason']).toMatch(/^value is not JSON/);
      expect(headers['waypoint-dlq-topic']).toBe(TOPICS.identification);
    }
  });
});
