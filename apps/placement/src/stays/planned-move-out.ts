import { addCalendarDays, parseLocalDate } from '@waypoint/calendar';

export interface MoveOnPeriods {
  /** Days of move-on after a negative RG or CG decision (configured; docs/domain.md: unconfirmed). */
  afterNegativeDecisionDays: number;
  /** Days after a positive CG: the guidance's minimum of 45, until the support service gives each person's own. */
  afterPositiveConclusiveGroundsDays: number;
}

export interface NrmDecisions {
  negativeDecisionOn: string | null;
  positiveConclusiveGroundsOn: string | null;
}

/**
 * When a safe-house stay is planned to end: it follows the NRM. A negative decision gives the
 * configured move-on days from the decision; a positive CG the move-on period from the CG. While
 * neither has been made, no end is planned (the stay lasts while the case is decided). When both
 * exist (a negative RG overturned on reconsideration, then a positive CG), the later decision governs.
 */
export function plannedMoveOutOf(decisions: NrmDecisions, periods: MoveOnPeriods): string | null {
  const { negativeDecisionOn: negative, positiveConclusiveGroundsOn: positive } = decisions;
  if (positive !== null && (negative === null || positive >= negative)) {
    return addCalendarDays(parseLocalDate(positive), periods.afterPositiveConclusiveGroundsDays);
  }
  if (negative !== null) return addCalendarDays(parseLocalDate(negative), periods.afterNegativeDecisionDays);
  return null;
}
