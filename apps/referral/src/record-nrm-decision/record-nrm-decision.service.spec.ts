import 'reflect-metadata';
import { addCalendarDays, WorkingDayCalendar, type LocalDate } from '@waypoint/calendar';
import {
  decide,
  openNrmCase,
  parseStatutoryPeriods,
  type NrmCaseCommand,
  type NrmCaseContext,
  type NrmCaseState,
} from '../nrm-case/nrm-case';
import { summaryOf, viewOf } from './record-nrm-decision.service';

const context: NrmCaseContext = {
  calendar: WorkingDayCalendar.forDivision('england-and-wales'),
  periods: parseStatutoryPeriods(),
};
const d = (value: string) => value as LocalDate;

function opened(ageGroup: 'adult' | 'child' = 'adult'): NrmCaseState {
  return openNrmCase(
    {
      caseId: '0b0c7f7e-0000-4000-8000-000000000001',
      journeyId: '0b0c7f7e-0000-4000-8000-000000000002',
      ageGroup,
      competentAuthority: 'SCA',
      submittedOn: d('2026-04-01'),
    },
    context,
  );
}

function apply(state: NrmCaseState, command: NrmCaseCommand) {
  const decision = decide(state, command, context);
  if (!decision.ok) throw new Error(decision.error.message);
  return decision;
}

const by = { recordedBy: 'user-1' } as const;
const positiveRg = {
  ...by,
  kind: 'record-reasonable-grounds-decision',
  outcome: 'positive',
  decidedOn: d('2026-04-08'),
} as const;
const negativeRg = {
  ...by,
  kind: 'record-reasonable-grounds-decision',
  outcome: 'negative',
  decidedOn: d('2026-04-08'),
} as const;

describe('summaryOf', () => {
  const sut = summaryOf;

  it('names a positive RG decision by its own event, not the recovery period it starts', () => {
    expect(sut(apply(opened(), positiveRg).events)).toEqual({
      change: 'reasonable-grounds-decided',
      occurredOn: '2026-04-08',
      outcome: 'positive',
    });
  });

  it('carries a reconsideration result as its outcome', () => {
    const negative = apply(opened(), negativeRg).state;
    const requested = apply(negative, {
      ...by,
      kind: 'request-reconsideration',
      requestedOn: d('2026-04-10'),
    }).state;

    expect(
      sut(
        apply(requested, {
          ...by,
          kind: 'record-reconsideration-result',
          result: 'overturned',
          decidedOn: d('2026-04-20'),
        }).events,
      ),
    ).toEqual({ change: 'reconsideration-decided', occurredOn: '2026-04-20', outcome: 'overturned' });
  });

  it.each([
    [{ ...by, kind: 'suspend', suspendedOn: d('2026-04-02') }, 'case-suspended'],
    [{ ...by, kind: 'withdraw', withdrawnOn: d('2026-04-02') }, 'case-withdrawn'],
  ] as const)('dates %o by its own date, with no outcome', (command, change) => {
    expect(sut(apply(opened(), command).events)).toEqual({ change, occurredOn: '2026-04-02' });
  });

  it('dates a referral to the child pilot panel by its referral date', () => {
    expect(
      sut(
        apply(opened('child'), { ...by, kind: 'refer-to-child-pilot-panel', referredOn: d('2026-04-03') })
          .events,
      ),
    ).toEqual({ change: 'referred-to-child-pilot-panel', occurredOn: '2026-04-03' });
  });
});

describe("a command's answer", () => {
  const sut = viewOf;
  const applied = d('2026-04-08');

  it('carries the next deadline as every GET answer does, read on the day the command was applied', () => {
    expect(sut(opened(), d('2026-04-02')).nextDeadline).toEqual({
      kind: 'reasonable-grounds-due',
      dueOn: opened().reasonableGroundsDueOn,
      overdue: false,
    });
    expect(sut(apply(opened(), positiveRg).state, applied).nextDeadline).toEqual({
      kind: 'recovery-period-minimum-reached',
      dueOn: '2026-05-08',
      overdue: false,
    });
    expect(sut(apply(opened(), negativeRg).state, applied).nextDeadline).toEqual({
      kind: 'reconsideration-window-closes',
      dueOn: '2026-05-08',
      overdue: false,
    });
  });

  it('says the RG decision is overdue once its target day is behind that day', () => {
    const dueOn = opened().reasonableGroundsDueOn;
    expect(sut(opened(), addCalendarDays(dueOn, 1)).nextDeadline).toEqual({
      kind: 'reasonable-grounds-due',
      dueOn,
      overdue: true,
    });
  });

  it('has none while the person is missing', () => {
    const suspended = apply(opened(), { ...by, kind: 'suspend', suspendedOn: d('2026-04-02') }).state;
    expect(sut(suspended, applied).nextDeadline).toBeNull();
  });
});
