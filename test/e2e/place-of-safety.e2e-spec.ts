/**
 * An adult offered a place of safety has 3 working days to decide whether to enter the NRM
 * (docs/domain.md, "Place of safety"). Meanwhile there is no referral and no Duty to Notify, and the journey shows the
 * decision deadline. Their decision leads to the NRM case or the Duty to Notify; if the window
 * lapses undecided, the lapse event leads to the (anonymous) Duty to Notify, once.
 */
import { addCalendarDays, londonDateOf, WorkingDayCalendar } from '@waypoint/calendar';
import { eventually } from '../support/mesh';
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
  type AwaitingDecisionList,
  type ErrorBody,
  type IdentificationRecorded,
  type JourneyEventType,
  type JourneyView,
  type ReferralView,
} from './support/e2e';

const OFFERED = 'waypoint.identification.place-of-safety-offered.v1';
const LAPSED = 'waypoint.identification.place-of-safety-lapsed.v1';
const mesh = useExclusiveMesh();
const calendar = WorkingDayCalendar.forDivision('england-and-wales');
const agency = uniqueAgency('sandwell-council');
let token: string;

beforeAll(async () => {
  token = await bearer('first-responder', agency);
});

/** An adult offered a place of safety: their recorded answer always has the last day to decide. */
type Offered = Required<IdentificationRecorded>;

async function offerPlaceOfSafety(): Promise<Offered> {
  const answer = await http<Offered>('POST', `${urlsOf(mesh()).identification}/identifications`, {
    token,
    body: identificationOf({ consent: 'undecided', firstResponderOrganisationType: 'local-authority' }),
  });
  expect(answer.status).toBe(201);
  return answer.body;
}

const consentUrl = (journeyId: string): string =>
  `${urlsOf(mesh()).identification}/identifications/${journeyId}/consent`;

async function journeyShowing(journeyId: string, types: JourneyEventType[]): Promise<JourneyView> {
  return eventually(
    async () => {
      const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, {
        token,
      });
      if (answer.status !== 200) return undefined;
      const seen = answer.body.timeline.map((entry) => entry.type);
      return types.every((type) => seen.includes(type)) ? answer.body : undefined;
    },
    { what: `journey ${journeyId} showing ${types.join(', ')}` },
  );
}

async function referralOf(journeyId: string): Promise<ReferralView> {
  return eventually(
    async () => {
      const answer = await http<ReferralView>('GET', `${urlsOf(mesh()).referral}/referrals/${journeyId}`, {
        token,
      });
      return answer.status === 200 ? answer.body : undefined;
    },
    { what: `the referral of journey ${journeyId}` },
  );
}

describe('an adult offered a place of safety', () => {
  it('is given 3 working days to decide; the journey shows the deadline; nothing is referred yet', async () => {
    const offered = await offerPlaceOfSafety();

    expect(offered.consent).toBe('undecided');
    expect(offered.placeOfSafetyDecisionDueOn).toBe(
      calendar.addWorkingDays(londonDateOf(new Date(offered.identifiedAt)), 3),
    );
    const journey = await journeyShowing(offered.journeyId, [OFFERED]);
    expect(journey.nextDeadline).toEqual({
      kind: 'place-of-safety-decision-due',
      dueOn: offered.placeOfSafetyDecisionDueOn,
      overdue: false,
    });
    expect(journey.timeline.map((entry) => entry.type)).not.toContain(EVENT.identified);
    // The offer is the only thing published; referral has nothing to act on.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      (await http('GET', `${urlsOf(mesh()).referral}/referrals/${offered.journeyId}`, { token })).status,
    ).toBe(404);
    expect(
      await countRows(
        'identification',
        'scheduled_event',
        'journey_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL',
        [offered.journeyId],
      ),
    ).toBe(1);
  });

  it('consents within the window: the NRM case opens from the day of the decision and the lapse is cancelled', async () => {
    const offered = await offerPlaceOfSafety();

    const answer = await http<{ consent: string; decidedAt: string }>('POST', consentUrl(offered.journeyId), {
      token,
      body: { consent: 'given' },
    });

    expect(answer.status).toBe(200);
    expect(answer.body.consent).toBe('given');
    const referral = await referralOf(offered.journeyId);
    expect(referral.route).toBe('nrm');
    if (referral.route !== 'nrm') return;
    const decidedOn = londonDateOf(new Date(answer.body.decidedAt));
    expect(referral.nrmCase.reasonableGroundsDueOn).toBe(calendar.addWorkingDays(decidedOn, 5));
    await journeyShowing(offered.journeyId, [OFFERED, EVENT.identified, EVENT.nrmReferral]);
    expect(
      await countRows(
        'identification',
        'scheduled_event',
        'journey_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL',
        [offered.journeyId],
      ),
    ).toBe(0);
  });

  it('declines within the window: an anonymous Duty to Notify, no NRM case', async () => {
    const offered = await offerPlaceOfSafety();

    const answer = await http('POST', consentUrl(offered.journeyId), {
      token,
      body: { consent: 'declined' },
    });

    expect(answer.status).toBe(200);
    const referral = await referralOf(offered.journeyId);
    expect(referral.route).toBe('duty-to-notify');
    await journeyShowing(offered.journeyId, [OFFERED, EVENT.identified, EVENT.dutyToNotify]);
    expect(await countRows('referral', 'nrm_case', 'journey_id = $1', [offered.journeyId])).toBe(0);
  });

  it('cannot decide twice the same way: 409 naming what was decided', async () => {
    const offered = await offerPlaceOfSafety();
    expect(
      (await http('POST', consentUrl(offered.journeyId), { token, body: { consent: 'declined' } })).status,
    ).toBe(200);

    const again = await http<ErrorBody>('POST', consentUrl(offered.journeyId), {
      token,
      body: { consent: 'declined' },
    });

    expect(again.status).toBe(409);
    expect(again.text).toMatch(/already declined/);
  });

  it('lets the window lapse: the lapse fires once, and referral records one Duty to Notify', async () => {
    const offered = await offerPlaceOfSafety();
    await journeyShowing(offered.journeyId, [OFFERED]);

    // Time travel for this one journey: its lapse is made due now, as if 3 working days had
    // passed; the running identification service's scheduler does the rest.
    await withDatabase('identification', (client) =>
      client.query(`UPDATE scheduled_event SET due_at = now() WHERE journey_id = $1`, [offered.journeyId]),
    );

    const journey = await journeyShowing(offered.journeyId, [OFFERED, LAPSED, EVENT.dutyToNotify]);
    expect(journey.timeline.filter((entry) => entry.type === LAPSED)).toHaveLength(1);
    expect((await referralOf(offered.journeyId)).route).toBe('duty-to-notify');
    expect(await countRows('referral', 'duty_to_notify', 'journey_id = $1', [offered.journeyId])).toBe(1);

    // A decline recorded after the lapse finds the Duty to Notify already made: still one.
    expect(
      (await http('POST', consentUrl(offered.journeyId), { token, body: { consent: 'declined' } })).status,
    ).toBe(200);
    await journeyShowing(offered.journeyId, [EVENT.identified]);
    expect(await countRows('referral', 'duty_to_notify', 'journey_id = $1', [offered.journeyId])).toBe(1);
    // Consent given after that still opens the NRM case beside it.
    expect(
      (await http('POST', consentUrl(offered.journeyId), { token, body: { consent: 'given' } })).status,
    ).toBe(200);
    await journeyShowing(offered.journeyId, [EVENT.nrmReferral]);
  });

  it('is not offered to a child: 400 naming consent, nothing written', async () => {
    const before = await countRows('identification', 'potential_victim', 'first_responder_agency = $1', [
      agency,
    ]);
    const { consent: _, ...child } = identificationOf({ ageGroup: 'child' });

    const answer = await http<ErrorBody>('POST', `${urlsOf(mesh()).identification}/identifications`, {
      token,
      body: { ...child, consent: 'undecided' },
    });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((problem) => problem.field)).toEqual(['consent']);
    expect(
      await countRows('identification', 'potential_victim', 'first_responder_agency = $1', [agency]),
    ).toBe(before);
  });
});

describe('GET /identifications?awaiting=place-of-safety-decision', () => {
  const listing = uniqueAgency('walsall-council');
  const otherAgency = uniqueAgency('dudley-council');
  const listUrl = (query: string): string => `${urlsOf(mesh()).identification}/identifications${query}`;
  const awaiting = '?awaiting=place-of-safety-decision';

  async function record(by: string, overrides: Record<string, unknown>): Promise<Offered> {
    const answer = await http<Offered>('POST', listUrl(''), {
      token: await bearer('first-responder', by),
      body: identificationOf({ personalDetails: { fullName: 'Ann Listed' }, ...overrides }),
    });
    expect(answer.status).toBe(201);
    return answer.body;
  }

  it("lists only the caller agency's undecided adults, newest first, with the due date; drops one once decided", async () => {
    const listingToken = await bearer('first-responder', listing);
    const first = await record(listing, { consent: 'undecided', area: 'walsall' });
    const second = await record(listing, { consent: 'undecided', area: 'dudley' });
    await record(listing, { consent: 'given' });
    await record(listing, { consent: 'declined' });
    // A child is always referred: no consent asked (undefined is left out of the JSON).
    await record(listing, { ageGroup: 'child', consent: undefined });
    await record(otherAgency, { consent: 'undecided' });
    // One whose last day to decide was yesterday (London), still undecided: overdue.
    const late = await record(listing, { consent: 'undecided', area: 'sandwell' });
    const yesterday = addCalendarDays(londonDateOf(new Date()), -1);
    await withDatabase('identification', (client) =>
      client.query(`UPDATE potential_victim SET place_of_safety_decision_due_on = $2 WHERE journey_id = $1`, [
        late.journeyId,
        yesterday,
      ]),
    );
    const auditedBefore = await countRows('identification', 'personal_data_access', 'agency = $1', [listing]);

    const answer = await http<AwaitingDecisionList>('GET', listUrl(awaiting), { token: listingToken });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      identifications: [
        {
          journeyId: late.journeyId,
          identifiedAt: late.identifiedAt,
          ageGroup: 'adult',
          area: 'sandwell',
          placeOfSafetyDecisionDueOn: yesterday,
          overdue: true,
        },
        {
          journeyId: second.journeyId,
          identifiedAt: second.identifiedAt,
          ageGroup: 'adult',
          area: 'dudley',
          placeOfSafetyDecisionDueOn: second.placeOfSafetyDecisionDueOn,
          overdue: false,
        },
        {
          journeyId: first.journeyId,
          identifiedAt: first.identifiedAt,
          ageGroup: 'adult',
          area: 'walsall',
          placeOfSafetyDecisionDueOn: first.placeOfSafetyDecisionDueOn,
          overdue: false,
        },
      ],
      truncated: false,
    });
    expect(answer.text).not.toContain('Ann Listed');
    // Nothing personal was opened, so nothing was audited.
    expect(await countRows('identification', 'personal_data_access', 'agency = $1', [listing])).toBe(
      auditedBefore,
    );

    const decided = await http('POST', consentUrl(second.journeyId), {
      token: listingToken,
      body: { consent: 'given' },
    });
    expect(decided.status).toBe(200);
    const after = await http<AwaitingDecisionList>('GET', listUrl(awaiting), { token: listingToken });
    expect(after.body.identifications.map((item) => item.journeyId)).toEqual([
      late.journeyId,
      first.journeyId,
    ]);
  });

  it.each([
    ['an unknown awaiting value', '?awaiting=referral'],
    ['no awaiting value', ''],
    ['an empty awaiting value', '?awaiting='],
  ])('refuses %s with 400 naming awaiting', async (_name, query) => {
    const answer = await http<ErrorBody>('GET', listUrl(query), {
      token: await bearer('first-responder', listing),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((problem) => problem.field)).toEqual(['awaiting']);
  });

  it('refuses an unknown query parameter with 400 naming it', async () => {
    const answer = await http<ErrorBody>('GET', listUrl(`${awaiting}&agency=${otherAgency}`), {
      token: await bearer('first-responder', listing),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((problem) => problem.field)).toEqual(['agency']);
  });

  it('refuses an advocate (403) and a call without a token (401)', async () => {
    const advocate = await http<ErrorBody>('GET', listUrl(awaiting), {
      token: await bearer('advocate', listing),
    });
    expect(advocate.status).toBe(403);
    expect((await http('GET', listUrl(awaiting))).status).toBe(401);
  });
});
