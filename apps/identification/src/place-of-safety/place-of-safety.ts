import {
  addCalendarDays,
  londonDateOf,
  startOfLondonDay,
  type LocalDate,
  type WorkingDayCalendar,
} from '@waypoint/calendar';
import { buildEvent, isDeadlineOverdue, type EventOrigin, type OutgoingEvent } from '@waypoint/contracts';
import type { ScheduledEvent } from '@waypoint/messaging';
import type { PotentialVictimRecord } from '../identification.entities';

/** docs/domain.md, "Place of safety": an adult offered a place of safety has up to 3 working days to decide whether to enter the NRM. */
export const PLACE_OF_SAFETY_WORKING_DAYS = 3;

/** The last day to decide: day 0 is the day of identification (London), as for the RG clock. */
export function placeOfSafetyDecisionDueOn(identifiedAt: Date, calendar: WorkingDayCalendar): LocalDate {
  return calendar.addWorkingDays(londonDateOf(identifiedAt), PLACE_OF_SAFETY_WORKING_DAYS);
}

/**
 * Overdue once the last day to decide is behind today in London and no decision is recorded: the
 * whole last day is theirs, as for the lapse (the one rule for every deadline, isDeadlineOverdue).
 */
export function placeOfSafetyDecisionOverdue(decisionDueOn: string, today: LocalDate): boolean {
  return isDeadlineOverdue({ kind: 'place-of-safety-decision-due', dueOn: decisionDueOn }, today);
}

/** The lapse fires at the start of the day after the last day to decide: the whole last day is theirs. */
export function placeOfSafetyLapseTimer(
  victim: PotentialVictimRecord,
  decisionDueOn: LocalDate,
  origin: EventOrigin,
): ScheduledEvent<'waypoint.identification.place-of-safety-lapsed.v1'> {
  return {
    key: `${victim.journeyId}:place-of-safety-lapsed:${decisionDueOn}`,
    dueAt: startOfLondonDay(addCalendarDays(decisionDueOn, 1)),
    type: 'waypoint.identification.place-of-safety-lapsed.v1',
    journeyId: victim.journeyId,
    data: {
      journeyId: victim.journeyId,
      decisionDueOn,
      exploitationTypes: victim.exploitationTypes,
      area: victim.area,
      firstResponderAgency: victim.firstResponderAgency,
    },
    origin,
  };
}

/** What everyone else learns of an identification once consent is decided (or not asked: a child). */
export function identifiedEvent(
  victim: PotentialVictimRecord,
  consent: 'given' | 'declined' | 'not-required-child',
  origin: EventOrigin,
  at: Date = victim.identifiedAt,
): OutgoingEvent {
  return buildEvent(
    'waypoint.identification.potential-victim-identified.v1',
    victim.journeyId,
    {
      journeyId: victim.journeyId,
      identifiedAt: victim.identifiedAt.toISOString(),
      ageGroup: victim.ageGroup,
      exploitationTypes: victim.exploitationTypes,
      countyLines: victim.countyLines,
      exploitedIn: victim.exploitedIn,
      indicators: victim.indicators,
      area: victim.area,
      firstResponderAgency: victim.firstResponderAgency,
      firstResponderOrganisationType: victim.firstResponderOrganisationType,
      consent,
    },
    origin,
    at,
  );
}
