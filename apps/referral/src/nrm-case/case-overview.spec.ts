import { addCalendarDays, WorkingDayCalendar, type LocalDate } from '@waypoint/calendar';
import {
  allowedCommands,
  decide,
  nextDeadlineOf,
  openNrmCase,
  parseStatutoryPeriods,
  type NrmCaseCommand,
  type NrmCaseContext,
  type NrmCaseState,
} from './nrm-case';

const context: NrmCaseContext = {
  calendar: WorkingDayCalendar.forDivision('england-and-wales'),
  periods: parseStatutoryPeriods(),
};
const day = (value: string): LocalDate => value as LocalDate;

function opened(ageGroup: 'adult' | 'child' = 'adult', submittedOn = '2026-03-02'): NrmCaseState {
  return openNrmCase(
    {
      caseId: '0192f0c0-0000-7000-8000-000000000001',
      journeyId: '0192f0c0-0000-4000-8000-000000000002',
      ageGroup,
      competentAuthority: 'SCA',
      submittedOn: day(submittedOn),
    },
    context,
  );
}

type Unrecorded<C> = C extends NrmCaseCommand ? Omit<C, 'recordedBy'> : never;

function after(state: NrmCaseState, ...commands: Unrecorded<NrmCaseCommand>[]): NrmCaseState {
  return commands.reduce((current, command) => {
    const decision = decide(current, { ...command, recordedBy: 'officer-1' }, context);
    if (!decision.ok) throw new Error(decision.error.message);
    return decision.state;
  }, state);
}

describe('the commands a case allows today', () => {
  it('awaiting RG, an adult: the RG decision, suspend, withdraw; not the child panel', () => {
    expect(allowedCommands(opened(), day('2026-03-03'))).toEqual([
      'record-reasonable-grounds-decision',
      'suspend',
      'withdraw',
    ]);
  });

  it('awaiting RG, a child: the child pilot panel too, until the panel has it', () => {
    const child = opened('child');
    expect(allowedCommands(child, day('2026-03-03'))).toContain('refer-to-child-pilot-panel');
    const withPanel = after(child, { kind: 'refer-to-child-pilot-panel', referredOn: day('2026-03-03') });
    expect(allowedCommands(withPanel, day('2026-03-03'))).not.toContain('refer-to-child-pilot-panel');
  });

  it('in the recovery period: the CG decision, disqualification, suspend, withdraw', () => {
    const recovery = after(opened(), {
      kind: 'record-reasonable-grounds-decision',
      outcome: 'positive',
      decidedOn: day('2026-03-05'),
    });
    expect(allowedCommands(recovery, day('2026-03-06'))).toEqual([
      'record-conclusive-grounds-decision',
      'suspend',
      'withdraw',
      'disqualify',
    ]);
  });

  it('after a negative RG: reconsideration while its window is open, nothing once it has closed', () => {
    const negative = after(opened(), {
      kind: 'record-reasonable-grounds-decision',
      outcome: 'negative',
      decidedOn: day('2026-03-05'),
    });
    const closesOn = negative.reconsiderationWindowClosesOn!;
    expect(allowedCommands(negative, closesOn)).toEqual(['request-reconsideration']);
    expect(allowedCommands(negative, addCalendarDays(closesOn, 1))).toEqual([]);
  });

  it('suspended: resume or withdraw only', () => {
    const suspended = after(opened(), { kind: 'suspend', suspendedOn: day('2026-03-03') });
    expect(allowedCommands(suspended, day('2026-03-04'))).toEqual(['resume', 'withdraw']);
  });
});

describe("a case's next deadline", () => {
  it('is the RG target while the decision is awaited, overdue only after the target day', () => {
    const state = opened('adult', '2026-03-02');
    expect(state.reasonableGroundsDueOn).toBe('2026-03-09');
    expect(nextDeadlineOf(state, day('2026-03-09'))).toEqual({
      kind: 'reasonable-grounds-due',
      dueOn: '2026-03-09',
      overdue: false,
    });
    expect(nextDeadlineOf(state, day('2026-03-10'))).toEqual({
      kind: 'reasonable-grounds-due',
      dueOn: '2026-03-09',
      overdue: true,
    });
  });

  it('is the recovery minimum in the recovery period, and nothing once it has passed', () => {
    const recovery = after(opened(), {
      kind: 'record-reasonable-grounds-decision',
      outcome: 'positive',
      decidedOn: day('2026-03-05'),
    });
    expect(nextDeadlineOf(recovery, day('2026-03-06'))).toEqual({
      kind: 'recovery-period-minimum-reached',
      dueOn: recovery.recoveryPeriodMinimumEndsOn,
      overdue: false,
    });
    expect(nextDeadlineOf(recovery, day('2026-06-01'))).toBeNull();
  });

  it('has none while the person is missing', () => {
    expect(
      nextDeadlineOf(after(opened(), { kind: 'suspend', suspendedOn: day('2026-03-03') }), day('2026-03-04')),
    ).toBeNull();
  });
});
