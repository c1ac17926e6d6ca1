import { addCalendarDays, type LocalDate } from '@waypoint/calendar';
import { isDeadlineOverdue, type NrmClockKindV1, type NrmDeadlineKindV1 } from '@waypoint/contracts';
import type { NrmCaseState } from './nrm-case-model';

export type NrmCaseClockKind = NrmClockKindV1;

/** A statutory date the case is now counting towards; it is due at the start of `dueOn` (London civil date). */
export interface NrmCaseClock {
  readonly kind: NrmCaseClockKind;
  readonly dueOn: LocalDate;
}

/**
 * The clocks running in the case's current status. A scheduler fires each (case, kind, dueOn) once; a clock that
 * disappears (the decision was made, the person went missing) is simply not fired. Clocks in the past are still
 * listed: the scheduler decides whether a late firing is useful.
 */
export function clocksOf(state: NrmCaseState): readonly NrmCaseClock[] {
  switch (state.status) {
    case 'awaiting-reasonable-grounds':
      return [
        { kind: 'reasonable-grounds-due', dueOn: state.reasonableGroundsDueOn },
        // Overdue the day after the target day, whether or not that is a working day: the target has passed.
        { kind: 'reasonable-grounds-overdue', dueOn: addCalendarDays(state.reasonableGroundsDueOn, 1) },
      ];
    case 'recovery-period':
      return state.recoveryPeriodMinimumEndsOn === undefined
        ? []
        : [{ kind: 'recovery-period-minimum-reached', dueOn: state.recoveryPeriodMinimumEndsOn }];
    case 'negative-reasonable-grounds':
    case 'negative-conclusive-grounds': {
      const stage =
        state.status === 'negative-reasonable-grounds' ? 'reasonable-grounds' : 'conclusive-grounds';
      const reconsidered = state.decisions.some((d) => d.kind === 'reconsideration' && d.of === stage);
      return reconsidered || state.reconsiderationWindowClosesOn === undefined
        ? []
        : [{ kind: 'reconsideration-window-closes', dueOn: state.reconsiderationWindowClosesOn }];
    }
    // A missing person's case waits without deadlines; resuming brings its clocks back.
    case 'suspended':
      return [];
    // No target time is known for a reconsideration result, and the remaining statuses await nothing.
    case 'reconsideration-requested':
    case 'positive-conclusive-grounds':
    case 'disqualified':
    case 'withdrawn':
      return [];
  }
}

/**
 * What the case waits for next: the one meaning of "next deadline" in Waypoint, in referral's answers
 * (GET, the list, a command's answer) and, without `overdue`, in nrm-case-updated.v1.
 */
export interface CaseDeadline {
  readonly kind: NrmDeadlineKindV1;
  readonly dueOn: LocalDate;
  /** isDeadlineOverdue on the day read: only the RG decision, after its target day. Windows simply close. */
  readonly overdue: boolean;
}

/**
 * The case's next deadline on `today`: the earliest running clock not yet passed, or the RG target even once
 * passed (then overdue, since the decision is still awaited). The derived "overdue" clock is not a deadline.
 */
export function nextDeadlineOf(state: NrmCaseState, today: LocalDate): CaseDeadline | null {
  const upcoming: CaseDeadline[] = [];
  for (const clock of clocksOf(state)) {
    if (clock.kind === 'reasonable-grounds-overdue') continue;
    const overdue = isDeadlineOverdue(clock, today);
    if (overdue || clock.dueOn >= today) upcoming.push({ kind: clock.kind, dueOn: clock.dueOn, overdue });
  }
  upcoming.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  return upcoming[0] ?? null;
}
