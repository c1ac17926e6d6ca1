import { londonDateOf, type LocalDate } from '@waypoint/calendar';
import type { IdentificationApi, ReferralApi } from '@waypoint/clients';
import { isDeadlineOverdue } from '@waypoint/contracts';
import {
  AREA_LABELS,
  DECIDING_PLACE_OF_SAFETY_TAG,
  DUTY_TO_NOTIFY_TAG,
  SHORT_AGE_GROUP_LABELS,
  STATUS_TAGS,
  deadlineLabel,
  formatLocalDate,
  journeyReference,
  labelOf,
} from '../../kit';

/** One case as referral's `GET /referrals` lists it for the caller's agency. */
export type ReferralCaseSummary = ReferralApi.components['schemas']['ReferralSummaryResponse'];

/**
 * An adult offered a place of safety who has not decided yet, as identification's
 * `GET /identifications?awaiting=place-of-safety-decision` lists it. They have no referral until they decide.
 */
export type AwaitingDecisionSummary = IdentificationApi.components['schemas']['AwaitingDecisionResponse'];

export interface CaseRow {
  journeyId: string;
  href: string;
  reference: string;
  ageGroup: string;
  area: string;
  status: { text: string; classes: string };
  submittedOn: { text: string; sortValue: string };
  nextDeadline: { text: string; sortValue: string };
  overdue: boolean;
}

/** A next deadline as either of referral's answers (the list, or one case) gives it. */
interface NextDeadline {
  kind: string;
  dueOn: string;
}

/**
 * Overdue when the service says so, or when the deadline is overdue today in London (isDeadlineOverdue, the
 * one rule): the list is read from a projection that can lag a clock by moments, and a late case must never
 * look on time.
 */
export function isOverdue(
  summary: { overdue: boolean; nextDeadline: NextDeadline | null },
  today: LocalDate,
): boolean {
  if (summary.overdue) return true;
  const deadline = summary.nextDeadline;
  return deadline !== null && isDeadlineOverdue(deadline, today);
}

export function caseRowOf(summary: ReferralCaseSummary, today: LocalDate): CaseRow {
  const status =
    summary.route === 'duty-to-notify' || summary.status === undefined
      ? DUTY_TO_NOTIFY_TAG
      : (STATUS_TAGS[summary.status] ?? { text: summary.status, classes: 'govuk-tag--grey' });
  const deadline = summary.nextDeadline;
  return {
    journeyId: summary.journeyId,
    href: `/cases/${encodeURIComponent(summary.journeyId)}`,
    reference: journeyReference(summary.journeyId),
    ageGroup: labelOf(SHORT_AGE_GROUP_LABELS, summary.ageGroup),
    area: labelOf(AREA_LABELS, summary.area),
    status: { ...status },
    submittedOn: { text: formatLocalDate(summary.submittedOn), sortValue: summary.submittedOn },
    nextDeadline: deadline
      ? {
          text: `${deadlineLabel(deadline.kind)}: ${formatLocalDate(deadline.dueOn)}`,
          sortValue: deadline.dueOn,
        }
      : // Sorts after every date, so cases with nothing due come last in ascending order.
        { text: 'None', sortValue: '9999-12-31' },
    overdue: isOverdue(summary, today),
  };
}

/** The row of an adult still deciding: their decision deadline is the tightest a first responder has. */
export function decidingRowOf(summary: AwaitingDecisionSummary, today: LocalDate): CaseRow {
  const dueOn = summary.placeOfSafetyDecisionDueOn;
  const identifiedOn = londonDateOf(new Date(summary.identifiedAt));
  return {
    journeyId: summary.journeyId,
    href: `/cases/${encodeURIComponent(summary.journeyId)}`,
    reference: journeyReference(summary.journeyId),
    ageGroup: labelOf(SHORT_AGE_GROUP_LABELS, summary.ageGroup),
    area: labelOf(AREA_LABELS, summary.area),
    status: { ...DECIDING_PLACE_OF_SAFETY_TAG },
    // Not referred (yet): the day of identification still orders it among the referrals.
    submittedOn: { text: 'Not yet', sortValue: identifiedOn },
    nextDeadline: { text: `Decision due: ${formatLocalDate(dueOn)}`, sortValue: dueOn },
    // Past its last day, undecided is late even if the list has not caught up.
    overdue: isOverdue(
      { overdue: summary.overdue, nextDeadline: { kind: 'place-of-safety-decision-due', dueOn } },
      today,
    ),
  };
}

/**
 * The order a first responder works in without touching the sort buttons (which need JavaScript): overdue
 * first, then the nearest deadline, then cases with nothing due; ties by newest referral.
 *
 * One row per journey. An adult still deciding after the window lapsed also has the anonymous Duty to Notify
 * that the lapse made; their row stays "deciding" (and overdue), since the decision is still theirs to record.
 */
export function myCasesRows(
  cases: readonly ReferralCaseSummary[],
  awaitingDecision: readonly AwaitingDecisionSummary[],
  today: LocalDate,
): CaseRow[] {
  const deciding = awaitingDecision.map((summary) => decidingRowOf(summary, today));
  const decidingIds = new Set(deciding.map((row) => row.journeyId));
  return [
    ...deciding,
    ...cases
      .filter((summary) => !decidingIds.has(summary.journeyId))
      .map((summary) => caseRowOf(summary, today)),
  ].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      a.nextDeadline.sortValue.localeCompare(b.nextDeadline.sortValue) ||
      b.submittedOn.sortValue.localeCompare(a.submittedOn.sortValue),
  );
}
