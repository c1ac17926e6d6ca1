/**
 * The first vertical slice, end to end over real Kafka and Postgres: a first responder records
 * an identification; referral opens an NRM case (or a Duty to Notify record); journey shows the
 * cross-agency timeline with the statutory Reasonable Grounds deadline.
 */
import { randomUUID } from 'node:crypto';
import { londonDateOf, WorkingDayCalendar, type LocalDate } from '@waypoint/calendar';
import { allTopics, TOPICS } from '@waypoint/contracts';
import { eventually } from '../support/mesh';
import {
  bearer,
  EVENT,
  http,
  identificationOf,
  readTopicsFromBeginning,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  withDatabase,
  type IdentificationRecorded,
  type JourneyEventType,
  type JourneyView,
  type ReferralView,
} from './support/e2e';

const mesh = useExclusiveMesh();
const calendar = WorkingDayCalendar.forDivision('england-and-wales');
const agency = uniqueAgency('west-midlands-police');
let token: string;

// Distinctive personal details, searched for later wherever they must never be.
const run = randomUUID().slice(0, 8);
const personal = {
  fullName: `Oriel Vantablack-${run}`,
  dateOfBirth: '1990-02-17',
  nationality: `Narnian-${run}`,
  contact: `07700 900${run.replace(/\D/g, '').padEnd(3, '1').slice(0, 3)} flat ${run}`,
};
const journeysWithPersonalDetails: string[] = [];

beforeAll(async () => {
  token = await bearer('first-responder', agency);
});

async function identify(
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<IdentificationRecorded> {
  const answer = await http<IdentificationRecorded>(
    'POST',
    `${urlsOf(mesh()).identification}/identifications`,
    {
      token,
      body,
      headers,
    },
  );
  // The body is in the failure message when the status is wrong.
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 201 });
  expect(typeof answer.body.journeyId).toBe('string');
  return answer.body;
}

/**
 * The journey once it shows an event of every given type. Read once more after that: GET
 * /journeys reads the stage and the timeline in two separate queries, so the read that first
 * shows the last event can still carry the stage from before it (see "reading a journey while
 * its events land" below, which pins that down on its own).
 */
async function journeyShowing(
  journeyId: string,
  types: JourneyEventType[],
  timeoutMs = 20_000,
): Promise<JourneyView> {
  const read = () => http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, { token });
  await eventually(
    async () => {
      const answer = await read();
      if (answer.status !== 200) return undefined;
      const seen = answer.body.timeline.map((event) => event.type);
      return types.every((type) => seen.includes(type)) ? true : undefined;
    },
    { timeoutMs, what: `journey ${journeyId} showing ${types.join(' and ')}` },
  );
  const settled = await read();
  expect(settled.status).toBe(200);
  return settled.body;
}

async function referralOf(journeyId: string): Promise<{ status: number; body: ReferralView }> {
  return http<ReferralView>('GET', `${urlsOf(mesh()).referral}/referrals/${journeyId}`, { token });
}

describe('a consenting adult', () => {
  let recorded: IdentificationRecorded;
  let journey: JourneyView;
  let expectedDueOn: LocalDate;

  beforeAll(async () => {
    recorded = await identify(identificationOf({ consent: 'given', personalDetails: personal }));
    journeysWithPersonalDetails.push(recorded.journeyId);
    expectedDueOn = calendar.addWorkingDays(londonDateOf(new Date(recorded.identifiedAt)), 5);
    journey = await journeyShowing(recorded.journeyId, [EVENT.identified, EVENT.nrmReferral]);
  });

  it('is recorded with a fresh journey id and the consent given', () => {
    expect(recorded.journeyId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(recorded.consent).toBe('given');
    expect(Math.abs(Date.parse(recorded.identifiedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('appears on the journey within 20 s with the identification and then the NRM referral', () => {
    expect(journey.journeyId).toBe(recorded.journeyId);
    expect(journey.timeline.map((event) => event.type)).toEqual([EVENT.identified, EVENT.nrmReferral]);
    const [identified, referred] = journey.timeline;
    expect(identified.occurredAt).toBe(recorded.identifiedAt);
    expect(identified.agency).toBe(agency);
    expect(identified.summary).toEqual({
      ageGroup: 'adult',
      exploitationTypes: ['labour'],
      countyLines: false,
      exploitedIn: 'uk',
      area: 'birmingham',
      consent: 'given',
    });
    expect(referred.agency).toBe(agency);
    expect(referred.summary).toEqual(
      expect.objectContaining({ competentAuthority: 'SCA', reasonableGroundsDueOn: expectedDueOn }),
    );
    expect(journey.agencies).toEqual([agency]);
  });

  it('is awaiting a Reasonable Grounds decision due on the 5th working day after the London date of identification', () => {
    expect(journey.stage).toBe('awaiting-reasonable-grounds');
    expect(journey.nextDeadline).toEqual({
      kind: 'reasonable-grounds-due',
      dueOn: expectedDueOn,
      overdue: false,
    });
    // Sanity of the expectation itself: a working day, 7-11 calendar days after day 0.
    expect(calendar.isWorkingDay(expectedDueOn)).toBe(true);
  });

  it('has an NRM case at referral that agrees with the journey', async () => {
    const referral = await referralOf(recorded.journeyId);
    expect(referral.status).toBe(200);
    expect(referral.body).toEqual({
      route: 'nrm',
      nrmCase: expect.objectContaining({
        journeyId: recorded.journeyId,
        status: 'awaiting-reasonable-grounds',
        competentAuthority: 'SCA',
        submittedOn: londonDateOf(new Date(recorded.identifiedAt)),
        reasonableGroundsDueOn: expectedDueOn,
        ageGroup: 'adult',
        area: 'birmingham',
        referringAgency: agency,
      }) as unknown,
      nextDeadline: { kind: 'reasonable-grounds-due', dueOn: expectedDueOn, overdue: false },
      allowedCommands: ['record-reasonable-grounds-decision', 'suspend', 'withdraw'],
    });
    if (referral.body.route !== 'nrm') throw new Error('not an NRM referral');
    expect(new Date(referral.body.nrmCase.submittedAt).toISOString()).toBe(recorded.identifiedAt);
  });

  it('is referred to the Immigration Enforcement CA when identified by Home Office immigration', async () => {
    const immigration = await identify(
      identificationOf({ firstResponderOrganisationType: 'home-office-immigration' }),
    );
    const view = await journeyShowing(immigration.journeyId, [EVENT.identified, EVENT.nrmReferral]);
    expect(view.timeline[1].summary).toEqual(expect.objectContaining({ competentAuthority: 'IECA' }));
    const referral = await referralOf(immigration.journeyId);
    expect(referral.body).toEqual(
      expect.objectContaining({
        route: 'nrm',
        nrmCase: expect.objectContaining({ competentAuthority: 'IECA' }) as unknown,
      }),
    );
  });
});

describe('correlation', () => {
  it('carries the caller’s x-correlation-id on every journey event the request caused', async () => {
    const correlationId = randomUUID();
    const answer = await http<IdentificationRecorded>(
      'POST',
      `${urlsOf(mesh()).identification}/identifications`,
      { token, body: identificationOf(), headers: { 'x-correlation-id': correlationId } },
    );
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-correlation-id')).toBe(correlationId);
    const { journeyId } = answer.body;
    await journeyShowing(journeyId, [EVENT.identified, EVENT.nrmReferral]);

    const rows = await withDatabase('journey', async (client) => {
      const result = await client.query<{ type: string; correlation_id: string }>(
        'SELECT type, correlation_id FROM journey_event WHERE journey_id = $1 ORDER BY occurred_at, event_id',
        [journeyId],
      );
      return result.rows;
    });
    expect(rows).toEqual([
      { type: EVENT.identified, correlation_id: correlationId },
      { type: EVENT.nrmReferral, correlation_id: correlationId },
    ]);
  });

  it('gives a request without a correlation id its own, shared by all the events it caused', async () => {
    const answer = await http<IdentificationRecorded>(
      'POST',
      `${urlsOf(mesh()).identification}/identifications`,
      { token, body: identificationOf() },
    );
    expect(answer.status).toBe(201);
    const issued = answer.headers.get('x-correlation-id');
    expect(issued).toMatch(/^[0-9a-f-]{36}$/);
    await journeyShowing(answer.body.journeyId, [EVENT.identified, EVENT.nrmReferral]);
    const ids = await withDatabase('journey', async (client) => {
      const result = await client.query<{ correlation_id: string }>(
        'SELECT correlation_id FROM journey_event WHERE journey_id = $1',
        [answer.body.journeyId],
      );
      return result.rows.map((row) => row.correlation_id);
    });
    expect(ids).toEqual([issued, issued]);
  });
});

describe('a child', () => {
  it('is referred into the NRM without being asked for consent', async () => {
    const recorded = await identify(
      identificationOf({
        ageGroup: 'child',
        consent: undefined,
        exploitationTypes: ['criminal'],
        countyLines: true,
        personalDetails: personal,
      }),
    );
    journeysWithPersonalDetails.push(recorded.journeyId);
    expect(recorded.consent).toBe('not-required-child');

    const journey = await journeyShowing(recorded.journeyId, [EVENT.identified, EVENT.nrmReferral]);
    expect(journey.stage).toBe('awaiting-reasonable-grounds');
    expect(journey.timeline[0].summary).toEqual(
      expect.objectContaining({ ageGroup: 'child', consent: 'not-required-child', countyLines: true }),
    );
    const referral = await referralOf(recorded.journeyId);
    expect(referral.status).toBe(200);
    expect(referral.body).toEqual(
      expect.objectContaining({
        route: 'nrm',
        nrmCase: expect.objectContaining({ journeyId: recorded.journeyId, ageGroup: 'child' }) as unknown,
        // Only a child's case may go to the local child decision-making pilot panel.
        allowedCommands: expect.arrayContaining(['refer-to-child-pilot-panel']) as unknown,
      }),
    );
  });
});

describe('an adult who declines', () => {
  let recorded: IdentificationRecorded;
  let journey: JourneyView;

  beforeAll(async () => {
    recorded = await identify(
      identificationOf({ consent: 'declined', area: 'coventry', personalDetails: personal }),
    );
    journeysWithPersonalDetails.push(recorded.journeyId);
    journey = await journeyShowing(recorded.journeyId, [EVENT.identified, EVENT.dutyToNotify]);
  });

  it('is reported anonymously under the Duty to Notify instead of being referred', async () => {
    expect(recorded.consent).toBe('declined');
    const referral = await referralOf(recorded.journeyId);
    expect(referral.status).toBe(200);
    expect(referral.body).toEqual({
      route: 'duty-to-notify',
      dutyToNotify: expect.objectContaining({
        journeyId: recorded.journeyId,
        area: 'coventry',
        notifyingAgency: agency,
      }) as unknown,
    });
  });

  it('shows on the journey as duty-to-notify-only, with no deadline and no NRM referral', () => {
    expect(journey.stage).toBe('duty-to-notify-only');
    expect(journey.nextDeadline).toBeNull();
    expect(journey.timeline.map((event) => event.type)).toEqual([EVENT.identified, EVENT.dutyToNotify]);
    expect(journey.timeline[1].summary).toEqual({ anonymous: true, area: 'coventry' });
  });

  it('has no NRM case in the referral database, only the Duty to Notify record', async () => {
    const counts = await withDatabase('referral', async (client) => {
      const nrm = await client.query('SELECT 1 FROM nrm_case WHERE journey_id = $1', [recorded.journeyId]);
      const dtn = await client.query('SELECT 1 FROM duty_to_notify WHERE journey_id = $1', [
        recorded.journeyId,
      ]);
      return { nrmCase: nrm.rowCount, dutyToNotify: dtn.rowCount };
    });
    expect(counts).toEqual({ nrmCase: 0, dutyToNotify: 1 });
  });
});

describe('reading a journey while its events land', () => {
  // The stage and the timeline must come from one snapshot. The race is narrow (a commit landing
  // between two reads), so many journeys are each read back to back by several readers.
  it('never answers with a timeline ahead of its stage and deadline (each read is one snapshot)', async () => {
    const bodies = Array.from({ length: 24 }, (_, i) =>
      identificationOf(i % 2 === 0 ? { consent: 'given' } : { consent: 'declined' }),
    );
    const recorded = await Promise.all(bodies.map((body) => identify(body)));
    const inconsistent: unknown[] = [];
    let reads = 0;
    const readUntilReferred = async (journeyId: string): Promise<void> => {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, {
          token,
        });
        reads += 1;
        if (answer.status !== 200) continue;
        const types = answer.body.timeline.map((event) => event.type);
        const referred = types.includes(EVENT.nrmReferral);
        const notified = types.includes(EVENT.dutyToNotify);
        const expectedStage = referred
          ? 'awaiting-reasonable-grounds'
          : notified
            ? 'duty-to-notify-only'
            : 'identified';
        if (answer.body.stage !== expectedStage || (answer.body.nextDeadline !== null) !== referred) {
          inconsistent.push({
            journeyId,
            types,
            stage: answer.body.stage,
            nextDeadline: answer.body.nextDeadline,
          });
        }
        if (referred || notified) return;
      }
      throw new Error(`journey ${journeyId} never showed its referral`);
    };
    await Promise.all(
      recorded.flatMap(({ journeyId }) => [readUntilReferred(journeyId), readUntilReferred(journeyId)]),
    );
    // Probabilistic by nature: when the pipeline outruns the readers every read already sees the
    // referral and the race is not exercised (it was caught 3 of 3 times before the fix). No
    // assertion on the number of reads, which made the test fail on a fast run.
    expect(reads).toBeGreaterThanOrEqual(recorded.length * 2);
    expect(inconsistent).toEqual([]);
  });
});

describe('personal details', () => {
  const needles = (): string[] => [personal.fullName, personal.nationality, personal.contact];

  beforeAll(async () => {
    // The describes above recorded identifications with these details; each must have settled.
    expect(journeysWithPersonalDetails.length).toBeGreaterThan(0);
    for (const journeyId of journeysWithPersonalDetails) {
      await eventually(
        async () => {
          const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, {
            token,
          });
          return answer.status === 200 && answer.body.timeline.length === 2 ? true : undefined;
        },
        { what: `journey ${journeyId} settled` },
      );
    }
  });

  it('are kept by identification for the identifying agency (so the searches below look for real data)', async () => {
    const answer = await http<{ personalDetails: typeof personal | null }>(
      'GET',
      `${urlsOf(mesh()).identification}/identifications/${journeysWithPersonalDetails[0]}`,
      { token },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.personalDetails).toEqual(personal);
  });

  it('never enter Kafka: no message on any topic carries the name, nationality or contact', async () => {
    const messages = await readTopicsFromBeginning(allTopics());
    // Not vacuous: the journeys' own events were read.
    for (const journeyId of journeysWithPersonalDetails) {
      expect(messages.filter((m) => m.topic === TOPICS.identification && m.key === journeyId)).toHaveLength(
        1,
      );
      expect(messages.filter((m) => m.topic === TOPICS.referral && m.key === journeyId)).toHaveLength(1);
    }
    const leaks = messages.filter((message) =>
      needles().some((needle) =>
        [message.key, message.value, message.headers].some((t) => t.includes(needle)),
      ),
    );
    expect(leaks).toEqual([]);
  });

  it('never reach the journey or referral databases', async () => {
    const journeyHits = await withDatabase('journey', async (client) => {
      const summaries = await client.query<{ summary: string }>(
        'SELECT summary::text AS summary FROM journey_event WHERE journey_id = ANY($1::uuid[])',
        [journeysWithPersonalDetails],
      );
      expect(summaries.rows).toHaveLength(2 * journeysWithPersonalDetails.length); // read something real
      const everything = await client.query<{ row: string }>(
        `SELECT row_to_json(e)::text AS row FROM journey_event e
         UNION ALL SELECT row_to_json(j)::text FROM journey j`,
      );
      return everything.rows.filter(({ row }) => needles().some((needle) => row.includes(needle)));
    });
    expect(journeyHits).toEqual([]);

    const referralHits = await withDatabase('referral', async (client) => {
      const everything = await client.query<{ row: string }>(
        `SELECT row_to_json(n)::text AS row FROM nrm_case n
         UNION ALL SELECT row_to_json(d)::text FROM duty_to_notify d
         UNION ALL SELECT row_to_json(o)::text FROM outbox_message o`,
      );
      expect(everything.rows.length).toBeGreaterThanOrEqual(3);
      return everything.rows.filter(({ row }) => needles().some((needle) => row.includes(needle)));
    });
    expect(referralHits).toEqual([]);
  });
});
