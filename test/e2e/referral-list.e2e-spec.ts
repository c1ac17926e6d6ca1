/**
 * What a first responder's case list and case page are built from: their agency's referrals with
 * each one's next deadline, and, per NRM case, the commands it allows in its current state.
 */
import { londonDateOf, WorkingDayCalendar } from '@waypoint/calendar';
import { eventually } from '../support/mesh';
import {
  bearer,
  http,
  identificationOf,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  type IdentificationRecorded,
  type ReferralList,
  type ReferralView,
} from './support/e2e';

type NrmReferral = Extract<ReferralView, { route: 'nrm' }>;

const mesh = useExclusiveMesh();
const calendar = WorkingDayCalendar.forDivision('england-and-wales');
const agency = uniqueAgency('dudley-council');
const otherAgency = uniqueAgency('wolverhampton-council');
let token: string;

beforeAll(async () => {
  token = await bearer('first-responder', agency);
});

async function identify(as: string, overrides: Record<string, unknown>): Promise<IdentificationRecorded> {
  const answer = await http<IdentificationRecorded>(
    'POST',
    `${urlsOf(mesh()).identification}/identifications`,
    {
      token: as,
      body: identificationOf({ area: 'dudley', ...overrides }),
    },
  );
  expect(answer.status).toBe(201);
  return answer.body;
}

async function listed(as: string, count: number): Promise<ReferralList> {
  return eventually(
    async () => {
      const answer = await http<ReferralList>('GET', `${urlsOf(mesh()).referral}/referrals`, { token: as });
      expect(answer.status).toBe(200);
      return answer.body.cases.length >= count ? answer.body : undefined;
    },
    { what: `${count} referrals listed` },
  );
}

describe("a first responder's referrals", () => {
  let consenting: IdentificationRecorded;
  let declining: IdentificationRecorded;
  let child: IdentificationRecorded;

  beforeAll(async () => {
    const stranger = await bearer('first-responder', otherAgency);
    consenting = await identify(token, { consent: 'given' });
    declining = await identify(token, { consent: 'declined' });
    child = await identify(token, { ageGroup: 'child', consent: undefined });
    await identify(stranger, { consent: 'given' });
  });

  it("lists the agency's NRM cases with their RG due date and its Duty to Notify records; no other agency's", async () => {
    const { cases, truncated } = await listed(token, 3);

    expect(truncated).toBe(false);
    expect(cases.map((entry) => entry.journeyId).sort()).toEqual(
      [consenting.journeyId, declining.journeyId, child.journeyId].sort(),
    );
    const today = londonDateOf(new Date(consenting.identifiedAt));
    expect(cases.find((entry) => entry.journeyId === consenting.journeyId)).toEqual({
      journeyId: consenting.journeyId,
      route: 'nrm',
      status: 'awaiting-reasonable-grounds',
      ageGroup: 'adult',
      area: 'dudley',
      competentAuthority: 'SCA',
      submittedOn: today,
      nextDeadline: { kind: 'reasonable-grounds-due', dueOn: calendar.addWorkingDays(today, 5) },
      overdue: false,
    });
    expect(cases.find((entry) => entry.journeyId === declining.journeyId)).toEqual({
      journeyId: declining.journeyId,
      route: 'duty-to-notify',
      ageGroup: 'adult',
      area: 'dudley',
      submittedOn: today,
      nextDeadline: null,
      overdue: false,
    });
    expect(cases.find((entry) => entry.journeyId === child.journeyId)?.ageGroup).toBe('child');
  });

  it('shows the other agency only its own', async () => {
    const { cases } = await listed(await bearer('first-responder', otherAgency), 1);
    expect(cases).toHaveLength(1);
    expect(cases.map((entry) => entry.journeyId)).not.toContain(consenting.journeyId);
  });

  it('offers the commands the case allows now, and after a positive RG the recovery period ones', async () => {
    const caseUrl = `${urlsOf(mesh()).referral}/referrals/${consenting.journeyId}`;
    const before = await http<NrmReferral>('GET', caseUrl, { token });
    expect(before.body.allowedCommands).toEqual([
      'record-reasonable-grounds-decision',
      'suspend',
      'withdraw',
    ]);
    expect(before.body.nextDeadline?.kind).toBe('reasonable-grounds-due');
    const childCase = await http<NrmReferral>(
      'GET',
      `${urlsOf(mesh()).referral}/referrals/${child.journeyId}`,
      { token },
    );
    expect(childCase.body.allowedCommands).toContain('refer-to-child-pilot-panel');

    const decidedOn = londonDateOf(new Date());
    const decided = await http('POST', `${caseUrl}/commands`, {
      token,
      body: { kind: 'record-reasonable-grounds-decision', outcome: 'positive', decidedOn },
    });
    expect(decided.status).toBe(200);

    const after = await http<NrmReferral>('GET', caseUrl, { token });
    expect(after.body.allowedCommands).toEqual([
      'record-conclusive-grounds-decision',
      'suspend',
      'withdraw',
      'disqualify',
    ]);
    expect(after.body.nextDeadline).toEqual({
      kind: 'recovery-period-minimum-reached',
      dueOn: after.body.nrmCase.state.recoveryPeriodMinimumEndsOn,
      overdue: false,
    });
    const { cases } = await listed(token, 3);
    expect(cases.find((entry) => entry.journeyId === consenting.journeyId)?.status).toBe('recovery-period');
  });

  it('refuses an advocate (403) and a caller without a token (401)', async () => {
    const url = `${urlsOf(mesh()).referral}/referrals`;
    expect((await http('GET', url, { token: await bearer('advocate', agency) })).status).toBe(403);
    expect((await http('GET', url)).status).toBe(401);
  });
});
