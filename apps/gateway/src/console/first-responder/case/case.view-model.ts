import type { LocalDate } from '@waypoint/calendar';
import type { ReferralApi } from '@waypoint/clients';
import {
  AGE_GROUP_LABELS,
  AREA_LABELS,
  COMPETENT_AUTHORITY_LABELS,
  DUTY_TO_NOTIFY_TAG,
  EXPLOITATION_TYPE_LABELS,
  STATUS_TAGS,
  deadlineLabel,
  eventKindOf,
  formatLocalDate,
  formatLondonDateTime,
  journeyReference,
  labelOf,
  listLabelOf,
  requestStatusTagOf,
  SHORT_PLACEMENT_KIND_LABELS,
  urgencyTagOf,
  type JourneyAnswer,
  type PlacementRequestAnswer,
} from '../../kit';
import { isOverdue } from '../my-cases/my-cases.view-model';

type Schemas = ReferralApi.components['schemas'];

/** referral's `GET /referrals/{journeyId}` answer: an NRM case or an anonymous Duty to Notify. */
export type ReferralAnswer = Schemas['NrmReferralResponse'] | Schemas['DutyToNotifyReferralResponse'];
export type NrmReferralAnswer = Schemas['NrmReferralResponse'];
export type NrmCaseCommandKind = Schemas['NrmCaseCommandKind'];

/** The commands referral allows on the case today; none on a Duty to Notify. */
export function allowedCommandsOf(referral: ReferralAnswer): NrmCaseCommandKind[] {
  return referral.route === 'nrm' ? referral.allowedCommands : [];
}

interface SummaryRow {
  key: { text: string };
  value: { text?: string; html?: string };
}

const row = (key: string, text: string): SummaryRow => ({ key: { text: key }, value: { text } });

export interface CaseHeading {
  reference: string;
  caption: string;
  status: { text: string; classes: string };
  overdue: boolean;
}

export function caseHeadingOf(referral: ReferralAnswer, today: LocalDate): CaseHeading {
  if (referral.route === 'duty-to-notify') {
    return {
      reference: journeyReference(referral.dutyToNotify.journeyId),
      caption: 'Duty to Notify (anonymous)',
      status: { ...DUTY_TO_NOTIFY_TAG },
      overdue: false,
    };
  }
  const nrmCase = referral.nrmCase;
  const deadline = referral.nextDeadline;
  return {
    reference: journeyReference(nrmCase.journeyId),
    caption: 'NRM case',
    status: { ...(STATUS_TAGS[nrmCase.status] ?? { text: nrmCase.status, classes: 'govuk-tag--grey' }) },
    overdue: isOverdue({ overdue: deadline?.overdue ?? false, nextDeadline: deadline }, today),
  };
}

/** The case as a GOV.UK summary list; rows without a value are left out rather than shown empty. */
export function caseSummaryRows(referral: ReferralAnswer): SummaryRow[] {
  if (referral.route === 'duty-to-notify') {
    const record = referral.dutyToNotify;
    return [
      row('Route', 'Duty to Notify: the adult did not consent to an NRM referral'),
      row('Notified on', formatLondonDateTime(record.notifiedAt)),
      row('Identifying details shared', 'None (anonymous notification)'),
      row('Area', labelOf(AREA_LABELS, record.area)),
      row('Exploitation', listLabelOf(EXPLOITATION_TYPE_LABELS, record.exploitationTypes)),
    ].filter((entry) => entry.value.text !== '');
  }
  const nrmCase = referral.nrmCase;
  const state = nrmCase.state;
  const decisionMaker =
    state.decisionMaker === 'child-pilot-panel'
      ? 'Child pilot panel (local multi-agency panel)'
      : labelOf(COMPETENT_AUTHORITY_LABELS, nrmCase.competentAuthority);
  const rows: SummaryRow[] = [
    row('Status', (STATUS_TAGS[nrmCase.status] ?? { text: nrmCase.status }).text),
    row('Competent authority', decisionMaker),
    row('Submitted on', formatLocalDate(nrmCase.submittedOn)),
    row('RG decision due', formatLocalDate(nrmCase.reasonableGroundsDueOn)),
    row('Recovery period minimum ends', formatLocalDate(state.recoveryPeriodMinimumEndsOn)),
    row('Reconsideration window closes', formatLocalDate(state.reconsiderationWindowClosesOn)),
    row('Move-on support ends', formatLocalDate(state.moveOnSupportEndsOn)),
    row('Suspended on', formatLocalDate(state.suspendedOn)),
    row('Withdrawn on', formatLocalDate(state.withdrawnOn)),
    row('Next deadline', deadlineText(referral.nextDeadline)),
    row('Age group', labelOf(AGE_GROUP_LABELS, nrmCase.ageGroup)),
    row('Area', labelOf(AREA_LABELS, nrmCase.area)),
    row('Exploitation', listLabelOf(EXPLOITATION_TYPE_LABELS, nrmCase.exploitationTypes)),
  ];
  return rows.filter((entry) => entry.value.text !== '');
}

function deadlineText(deadline: { kind: string; dueOn: string } | null): string {
  if (!deadline) return '';
  return `${deadlineLabel(deadline.kind)}: ${formatLocalDate(deadline.dueOn)}`;
}

// ---------------------------------------------------------------------------------------------
// An adult's decision still to come: offered a place of safety ('undecided'), or notified anonymously and
// able to consent later. Both are recorded by identification (POST /identifications/:journeyId/consent).

/** The open place-of-safety offer on a journey: offered, and neither decided nor lapsed yet. */
export function openPlaceOfSafetyOf(
  journey: JourneyAnswer | undefined,
): { decisionDueOn: string } | undefined {
  if (!journey || journey.stage !== 'identified') return undefined;
  const offer = journey.timeline.find((entry) => eventKindOf(entry.type) === 'place-of-safety-offered');
  if (!offer) return undefined;
  const settled = journey.timeline.some((entry) =>
    ['place-of-safety-lapsed', 'potential-victim-identified'].includes(eventKindOf(entry.type)),
  );
  if (settled) return undefined;
  const dueOn = offer.summary.decisionDueOn;
  return typeof dueOn === 'string' ? { decisionDueOn: dueOn } : undefined;
}

export type ConsentDecisionChoice = 'given' | 'declined';

export interface ConsentForm {
  legend: string;
  hint: string;
  button: string;
  choices: readonly ConsentDecisionChoice[];
}

/** What can be asked now: both answers in a place of safety; only 'given' after an anonymous notification. */
export function consentFormOf(situation: 'place-of-safety' | 'duty-to-notify'): ConsentForm {
  return situation === 'place-of-safety'
    ? {
        legend: 'Have they decided whether to be referred into the NRM?',
        hint: 'If they do not consent, an anonymous Duty to Notify is made instead.',
        button: 'Record their decision',
        choices: ['given', 'declined'],
      }
    : {
        legend: 'They now consent to being referred into the NRM',
        hint: 'If they now consent, record it here: the NRM referral is made from today, and the anonymous Duty to Notify stays on record.',
        button: 'Record their consent',
        choices: ['given'],
      };
}

export const CONSENT_DECISION_LABELS: Record<ConsentDecisionChoice, string> = {
  given: 'Yes, they consent to being referred',
  declined: 'No, they do not consent',
};

export function placeOfSafetySummaryRows(decisionDueOn: string): SummaryRow[] {
  return [
    row('Route', 'Place of safety: waiting for their decision'),
    row('Decision due by', formatLocalDate(decisionDueOn)),
    row('If they do not decide', 'An anonymous Duty to Notify is made after this date'),
  ];
}

// ---------------------------------------------------------------------------------------------
// Safe-house placement for the case: placement lists the agency's requests; the case shows the journey's.

export interface PlacementOnCase {
  /** A request of the journey still seeking a place or moved in, the newest first; absent when none. */
  request?: { status: { text: string; classes: string }; rows: SummaryRow[] };
  /** Whether a new request can be made: none of the journey's requests is seeking a place. */
  canRequest: boolean;
  /** Placement did not answer: the case page still shows, without this section's facts. */
  unavailable: boolean;
}

const SEEKING: readonly PlacementRequestAnswer['status'][] = ['waiting', 'offered', 'accepted'];

/**
 * The journey's placement, from every request the agency raised for it (placement's list filtered by
 * journey). The one seeking a place comes first (while one seeks, no other can be made), then a stay in
 * progress, then the latest.
 */
export function placementOnCaseOf(requests: readonly PlacementRequestAnswer[]): PlacementOnCase {
  const open = requests.find((request) => SEEKING.includes(request.status));
  const living = requests.find((request) => request.status === 'moved-in');
  const latest = [...requests].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];
  const shown = open ?? living ?? latest;
  return {
    request: shown && {
      status: requestStatusTagOf(shown.status),
      rows: [
        row('Status', requestStatusTagOf(shown.status).text),
        row('Urgency', urgencyTagOf(shown.urgency).text),
        row('Kind of place', labelOf(SHORT_PLACEMENT_KIND_LABELS, shown.kind)),
        row('Needed from', formatLocalDate(shown.neededFrom)),
        row('Asked for on', formatLondonDateTime(shown.requestedAt)),
      ],
    },
    canRequest: open === undefined,
    unavailable: false,
  };
}
