/**
 * An adult who declined (anonymous Duty to Notify, no NRM case) consents later: the NRM referral
 * is made then, with its RG clock from the day of consent, and the Duty to Notify record stays.
 */
import { londonDateOf, WorkingDayCalendar } from '@waypoint/calendar';
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
  type ErrorBody,
  type IdentificationRecorded,
  type JourneyEventType,
  type JourneyView,
} from './support/e2e';

const CONSENT_LATER = 'waypoint.identification.consent-given-later.v1';
const mesh = useExclusiveMesh();
const calendar = WorkingDayCalendar.forDivision('england-and-wales');
const agency = uniqueAgency('walsall-council');
let token: string;

beforeAll(async () => {
  token = await bearer('first-responder', agency);
});

async function identify(overrides: Record<string, unknown>): Promise<string> {
  const answer = await http<IdentificationRecorded>(
    'POST',
    `${urlsOf(mesh()).identification}/identifications`,
    {
      token,
      body: identificationOf({ firstResponderOrganisationType: 'local-authority', ...overrides }),
    },
  );
  expect(answer.status).toBe(201);
  return answer.body.journeyId;
}

const consentUrl = (journeyId: string): string =>
  `${urlsOf(mesh()).identification}/identifications/${journeyId}/consent`;

async function journeyShowing(journeyId: string, types: JourneyEventType[]): Promise<JourneyView> {
  let seen: JourneyView | undefined;
  await eventually(
    async () => {
      const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, {
        token,
      });
      if (answer.status !== 200) return undefined;
      const types_ = answer.body.timeline.map((event) => event.type);
      if (!types.every((type) => types_.includes(type))) return undefined;
      seen = answer.body;
      return true;
    },
    { what: `journey ${journeyId} showing ${types.join(', ')}` },
  );
  return seen!;
}

describe('consent given later by an adult who declined', () => {
  let journeyId: string;
  let consentGivenAt: string;

  beforeAll(async () => {
    journeyId = await identify({ consent: 'declined' });
    await journeyShowing(journeyId, [EVENT.dutyToNotify]);
    const answer = await http<{ consent: string; decidedAt: string }>('POST', consentUrl(journeyId), {
      token,
      body: { consent: 'given' },
    });
    expect(answer.status).toBe(200);
    consentGivenAt = answer.body.decidedAt;
  });

  it('opens the NRM case, RG due 5 working days from the consent, and keeps the Duty to Notify record', async () => {
    const journey = await journeyShowing(journeyId, [CONSENT_LATER, EVENT.nrmReferral]);
    expect(journey.timeline.map((event) => event.type)).toEqual([
      EVENT.identified,
      EVENT.dutyToNotify,
      CONSENT_LATER,
      EVENT.nrmReferral,
    ]);
    expect(journey.stage).toBe('awaiting-reasonable-grounds');
    expect(journey.nextDeadline).toEqual({
      kind: 'reasonable-grounds-due',
      dueOn: calendar.addWorkingDays(londonDateOf(new Date(consentGivenAt)), 5),
      overdue: false,
    });
    expect(await countRows('referral', 'duty_to_notify', 'journey_id = $1', [journeyId])).toBe(1);
    expect(await countRows('referral', 'nrm_case', 'journey_id = $1', [journeyId])).toBe(1);
  });

  it('shows consent as given on the identification', async () => {
    const answer = await http<{ consent: string; consentGivenLaterAt: string }>(
      'GET',
      `${urlsOf(mesh()).identification}/identifications/${journeyId}`,
      { token },
    );
    expect(answer.body).toMatchObject({ consent: 'given', consentGivenLaterAt: consentGivenAt });
  });

  it('refuses a second consent with 409 and publishes nothing more', async () => {
    const again = await http<ErrorBody>('POST', consentUrl(journeyId), { token, body: { consent: 'given' } });
    expect(again.status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const journey = await journeyShowing(journeyId, [CONSENT_LATER]);
    expect(journey.timeline.filter((event) => event.type === CONSENT_LATER)).toHaveLength(1);
  });
});

describe('consent later refused', () => {
  it.each([
    ['a child (always referred, never asked)', { ageGroup: 'child', consent: undefined }],
    ['an adult who already consented', { consent: 'given' }],
  ])('for %s: 409, nothing changes', async (_, overrides) => {
    const journeyId = await identify(overrides);

    const answer = await http<ErrorBody>('POST', consentUrl(journeyId), {
      token,
      body: { consent: 'given' },
    });

    expect(answer.status).toBe(409);
    expect(
      await countRows(
        'identification',
        'potential_victim',
        'journey_id = $1 AND consent_given_later_at IS NOT NULL',
        [journeyId],
      ),
    ).toBe(0);
  });

  it.each([
    ['a consent value not in the list', { consent: 'maybe' }],
    ['no consent at all', {}],
    ['an unknown property', { consent: 'given', note: 'x' }],
  ])('with %s: 400 naming the field, nothing changes', async (_, body) => {
    const journeyId = await identify({ consent: 'declined' });

    const answer = await http<ErrorBody>('POST', consentUrl(journeyId), { token, body });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((problem) => problem.field).join(',')).toMatch(/consent|note/);
    expect(
      await countRows('identification', 'potential_victim', 'journey_id = $1 AND consent = $2', [
        journeyId,
        'declined',
      ]),
    ).toBe(1);
  });

  it('answers 404 to another agency and 403 to an advocate', async () => {
    const journeyId = await identify({ consent: 'declined' });
    const other = await bearer('first-responder', uniqueAgency('elsewhere'));
    const advocate = await bearer('advocate', agency);

    expect(
      (await http('POST', consentUrl(journeyId), { token: other, body: { consent: 'given' } })).status,
    ).toBe(404);
    expect(
      (await http('POST', consentUrl(journeyId), { token: advocate, body: { consent: 'given' } })).status,
    ).toBe(403);
  });
});
