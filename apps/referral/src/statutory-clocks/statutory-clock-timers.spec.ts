import { randomUUID } from 'node:crypto';
import { WorkingDayCalendar, type LocalDate } from '@waypoint/calendar';
import { decide, openNrmCase, parseStatutoryPeriods, type NrmCaseContext } from '../nrm-case/nrm-case';
import { statutoryClockTimers } from './statutory-clock-timers';

const context: NrmCaseContext = {
  calendar: WorkingDayCalendar.forDivision('england-and-wales'),
  periods: parseStatutoryPeriods(),
};
const origin = { service: 'referral', correlationId: randomUUID() };

function caseSubmittedOn(submittedOn: string) {
  return openNrmCase(
    {
      caseId: randomUUID(),
      journeyId: randomUUID(),
      ageGroup: 'adult',
      competentAuthority: 'SCA',
      submittedOn: submittedOn as LocalDate,
    },
    context,
  );
}

function timersOf(state: ReturnType<typeof caseSubmittedOn>) {
  return statutoryClockTimers(state, 'west-midlands-police', origin).map((timer) => ({
    clock: timer.data.clock,
    dueOn: timer.data.dueOn,
    dueAt: timer.dueAt.toISOString(),
  }));
}

describe('statutoryClockTimers', () => {
  it.each([
    // Easter 2026: Good Friday 3 Apr and Easter Monday 6 Apr; BST, so the day starts at 23:00 UTC.
    ['2026-04-01', '2026-04-10', '2026-04-09T23:00:00.000Z', '2026-04-11', '2026-04-10T23:00:00.000Z'],
    // Christmas 2026: 25 Dec (Fri) and the 28 Dec substitute for Boxing Day (Sat).
    ['2026-12-22', '2026-12-31', '2026-12-31T00:00:00.000Z', '2027-01-01', '2027-01-01T00:00:00.000Z'],
    // Christmas 2027: both days fall at the weekend, substitutes 27 and 28 Dec; New Year substitute 3 Jan 2028.
    ['2027-12-23', '2028-01-04', '2028-01-04T00:00:00.000Z', '2028-01-05', '2028-01-05T00:00:00.000Z'],
  ])(
    'a case submitted on %s: RG due on %s (fires %s), overdue on %s (fires %s)',
    (submittedOn, dueOn, dueAt, overdueOn, overdueAt) => {
      expect(timersOf(caseSubmittedOn(submittedOn))).toEqual([
        { clock: 'reasonable-grounds-due', dueOn, dueAt },
        { clock: 'reasonable-grounds-overdue', dueOn: overdueOn, dueAt: overdueAt },
      ]);
    },
  );

  it('keys each firing by case, clock and date, so re-syncing the same clock never fires it twice', () => {
    const state = caseSubmittedOn('2026-04-01');
    const [due] = statutoryClockTimers(state, 'west-midlands-police', origin);

    expect(due.key).toBe(`${state.caseId}:reasonable-grounds-due:2026-04-10`);
    expect(statutoryClockTimers(state, 'west-midlands-police', origin)[0].key).toBe(due.key);
  });

  it('after a positive RG decision counts only towards the minimum recovery period (30 days)', () => {
    const state = caseSubmittedOn('2026-04-01');
    const decision = decide(
      state,
      {
        kind: 'record-reasonable-grounds-decision',
        outcome: 'positive',
        decidedOn: '2026-04-08' as LocalDate,
        recordedBy: 'user-1',
      },
      context,
    );
    if (!decision.ok) throw new Error(decision.error.message);

    expect(timersOf(decision.state)).toEqual([
      { clock: 'recovery-period-minimum-reached', dueOn: '2026-05-08', dueAt: '2026-05-07T23:00:00.000Z' },
    ]);
  });

  it('after a negative RG decision counts towards the reconsideration window closing (30 days)', () => {
    const state = caseSubmittedOn('2026-12-22');
    const decision = decide(
      state,
      {
        kind: 'record-reasonable-grounds-decision',
        outcome: 'negative',
        decidedOn: '2026-12-24' as LocalDate,
        recordedBy: 'user-1',
      },
      context,
    );
    if (!decision.ok) throw new Error(decision.error.message);

    expect(timersOf(decision.state)).toEqual([
      { clock: 'reconsideration-window-closes', dueOn: '2027-01-23', dueAt: '2027-01-23T00:00:00.000Z' },
    ]);
  });

  it('carries no personal data: only ids, the clock, its date, the case version and the agency', () => {
    const [timer] = statutoryClockTimers(caseSubmittedOn('2026-04-01'), 'west-midlands-police', origin);

    expect(Object.keys(timer.data).sort()).toEqual(
      ['caseId', 'caseVersion', 'clock', 'dueOn', 'journeyId', 'referringAgency'].sort(),
    );
  });
});
