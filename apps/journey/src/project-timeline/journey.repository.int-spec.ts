import { randomUUID } from 'node:crypto';
import { buildEvent, type CloudEvent, type JourneyEventType, type PayloadOf } from '@waypoint/contracts';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../../../../test/support/test-environment';
import { journeyDataSourceOptions } from '../database';
import { projectEvent } from './journey-projection';
import { JourneyRepository } from './journey.repository';

// Real Postgres (the journey service's own database, migrated by global setup).

let dataSource: DataSource;
let sut: JourneyRepository;
const origin = { service: 'it', correlationId: randomUUID() };

function identified(journeyId: string): CloudEvent<PayloadOf<JourneyEventType>, JourneyEventType> {
  return buildEvent(
    'waypoint.identification.potential-victim-identified.v1',
    journeyId,
    {
      journeyId,
      identifiedAt: '2026-12-22T10:00:00.000Z',
      ageGroup: 'adult',
      exploitationTypes: ['sexual'],
      countyLines: false,
      exploitedIn: 'overseas',
      indicators: [],
      area: 'coventry',
      firstResponderAgency: 'coventry-council',
      firstResponderOrganisationType: 'local-authority',
      consent: 'given',
    },
    origin,
    new Date('2026-12-22T10:00:00.000Z'),
  ).event as CloudEvent<PayloadOf<JourneyEventType>, JourneyEventType>;
}

function submitted(journeyId: string): CloudEvent<PayloadOf<JourneyEventType>, JourneyEventType> {
  return buildEvent(
    'waypoint.referral.nrm-referral-submitted.v1',
    journeyId,
    {
      journeyId,
      caseId: randomUUID(),
      competentAuthority: 'SCA',
      submittedAt: '2026-12-22T10:00:00.000Z',
      submittedOn: '2026-12-22',
      reasonableGroundsDueOn: '2026-12-31',
      ageGroup: 'adult',
      area: 'coventry',
      referringAgency: 'coventry-council',
    },
    origin,
    new Date('2026-12-22T10:00:01.000Z'),
  ).event as CloudEvent<PayloadOf<JourneyEventType>, JourneyEventType>;
}

async function apply(event: CloudEvent<PayloadOf<JourneyEventType>, JourneyEventType>): Promise<void> {
  await dataSource.transaction((manager) => sut.apply(manager, event, projectEvent(event)));
}

async function journey(journeyId: string): Promise<Record<string, unknown>> {
  const [row] = await dataSource.query<Record<string, unknown>[]>(
    `SELECT stage, agencies, next_deadline_kind, to_char(next_deadline_on, 'YYYY-MM-DD') AS due_on,
            (SELECT count(*)::int FROM journey_event e WHERE e.journey_id = j.journey_id) AS events
     FROM journey j WHERE journey_id = $1`,
    [journeyId],
  );
  return row;
}

beforeAll(async () => {
  dataSource = new DataSource(journeyDataSourceOptions(testDatabaseUrl('journey'), 2));
  await dataSource.initialize();
  sut = new JourneyRepository(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
});

describe('journey read model', () => {
  it('settles on the same journey whichever order the two topics deliver in', async () => {
    const inOrder = randomUUID();
    const reversed = randomUUID();
    await apply(identified(inOrder));
    await apply(submitted(inOrder));
    await apply(submitted(reversed));
    await apply(identified(reversed));

    const expected = {
      stage: 'awaiting-reasonable-grounds',
      agencies: ['coventry-council'],
      next_deadline_kind: 'reasonable-grounds-due',
      due_on: '2026-12-31',
      events: 2,
    };
    expect(await journey(inOrder)).toEqual(expected);
    expect(await journey(reversed)).toEqual(expected);
  });

  it('refuses to record the same event twice in the timeline', async () => {
    const journeyId = randomUUID();
    const event = identified(journeyId);
    await apply(event);
    await expect(apply(event)).rejects.toThrow(/duplicate key/);
    expect((await journey(journeyId)).events).toBe(1);
  });
});
