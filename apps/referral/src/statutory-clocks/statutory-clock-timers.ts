import { startOfLondonDay } from '@waypoint/calendar';
import type { EventOrigin } from '@waypoint/contracts';
import type { ScheduledEvent } from '@waypoint/messaging';
import { clocksOf, type NrmCaseState } from '../nrm-case/nrm-case';

export type StatutoryClockTimer = ScheduledEvent<'waypoint.referral.nrm-clock-reached.v1'>;

/**
 * The timers for the clocks the case's state is counting towards. Each is keyed by case, clock and
 * date: a clock whose date is unchanged keeps its key (so re-syncing after every change never fires
 * it twice), and a clock whose date moves is a new firing. Due at the start of the day in London,
 * so that "due today" and "overdue" are announced on the morning of the day they become true.
 */
export function statutoryClockTimers(
  state: NrmCaseState,
  referringAgency: string,
  origin: EventOrigin,
): StatutoryClockTimer[] {
  return clocksOf(state).map((clock) => ({
    key: `${state.caseId}:${clock.kind}:${clock.dueOn}`,
    dueAt: startOfLondonDay(clock.dueOn),
    type: 'waypoint.referral.nrm-clock-reached.v1',
    journeyId: state.journeyId,
    data: {
      journeyId: state.journeyId,
      caseId: state.caseId,
      clock: clock.kind,
      dueOn: clock.dueOn,
      caseVersion: state.version,
      referringAgency,
    },
    origin,
  }));
}
