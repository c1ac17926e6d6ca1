import type { LocalDate } from '@waypoint/calendar';
import type { NrmCaseStatusV1 } from '@waypoint/contracts';
import {
  AGE_GROUP_LABELS,
  AREA_LABELS,
  COMPETENT_AUTHORITY_LABELS,
  DUTY_TO_NOTIFY_TAG,
  EXPLOITATION_LOCATION_LABELS,
  EXPLOITATION_TYPE_LABELS,
  STATUS_TAGS,
  deadlineLabel,
  formatLocalDate,
  formatLondonDateTime,
  journeyReference,
  labelOf,
} from '../labels';
import { isOverdue } from '../my-cases/my-cases.view-model';

/** The parts of referral's `GET /referrals/:journeyId` NRM answer the page shows. */
export interface NrmCaseAnswer {
  journeyId: string;
  status: NrmCaseStatusV1;
  competentAuthority: string;
  submittedOn: string;
  reasonableGroundsDueOn: string;
  ageGroup: string;
  area: string;
  exploitationTypes?: string[];
  referringAgency?: string;
  state?: {
    decisionMaker?: string;
    recoveryPeriodMinimumEndsOn?: string;
    reconsiderationWindowClosesOn?: string;
    moveOnSupportEndsOn?: string;
    suspendedOn?: string;
    withdrawnOn?: string;
    disqualificationGrounds?: string;
  };
  allowedCommands?: string[];
  nextDeadline?: { kind: string; dueOn: string } | null;
}

export interface DutyToNotifyAnswer {
  journeyId: string;
  notifiedAt: string;
  area: string;
  exploitationTypes?: string[];
  notifyingAgency?: string;
}

export type ReferralAnswer =
  | {
      route: 'nrm';
      nrmCase: NrmCaseAnswer;
      allowedCommands?: string[];
      nextDeadline?: { kind: string; dueOn: string } | null;
    }
  | { route: 'duty-to-notify'; dutyToNotify: DutyToNotifyAnswer };

export interface JourneyAnswer {
  journeyId: string;
  stage: string;
  nextDeadline: { kind: string; dueOn: string } | null;
  timeline: {
    eventId: string;
    type: string;
    occurredAt: string;
    agency: string;
    summary: Record<string, unknown>;
  }[];
}

export function referralAnswerOf(body: unknown): ReferralAnswer | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const answer = body as Partial<{ route: string; nrmCase: unknown; dutyToNotify: unknown }>;
  if (answer.route === 'nrm' && typeof answer.nrmCase === 'object' && answer.nrmCase !== null) {
    return body as ReferralAnswer;
  }
  if (
    answer.route === 'duty-to-notify' &&
    typeof answer.dutyToNotify === 'object' &&
    answer.dutyToNotify !== null
  ) {
    return body as ReferralAnswer;
  }
  return undefined;
}

/** The commands referral allows now (on the answer, or on the case: both shapes are accepted). */
export function allowedCommandsOf(referral: ReferralAnswer): string[] {
  if (referral.route !== 'nrm') return [];
  const allowed = referral.allowedCommands ?? referral.nrmCase.allowedCommands ?? [];
  return Array.isArray(allowed) ? allowed.filter((kind): kind is string => typeof kind === 'string') : [];
}

interface SummaryRow {
  key: { text: string };
  value: { text?: string; html?: string };
}

const row = (key: string, text: string): SummaryRow => ({ key: { text: key }, value: { text } });

const listOf = (values: readonly string[] | undefined, labels: Record<string, string>): string =>
  (values ?? []).map((value) => labels[value] ?? value).join(', ');

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
  return {
    reference: journeyReference(nrmCase.journeyId),
    caption: 'NRM case',
    status: { ...(STATUS_TAGS[nrmCase.status] ?? { text: nrmCase.status, classes: 'govuk-tag--grey' }) },
    overdue: isOverdue(
      { overdue: false, nextDeadline: nextDeadlineOf(referral) ?? rgDeadline(nrmCase) },
      today,
    ),
  };
}

/** Referral puts the next deadline beside the case; an older answer had it on the case. */
function nextDeadlineOf(
  referral: Extract<ReferralAnswer, { route: 'nrm' }>,
): { kind: string; dueOn: string } | null {
  return referral.nextDeadline ?? referral.nrmCase.nextDeadline ?? null;
}

/** Before a decision is recorded the RG due date is the case's deadline, whether or not referral says so. */
function rgDeadline(nrmCase: NrmCaseAnswer): { kind: string; dueOn: string } | null {
  return nrmCase.status === 'awaiting-reasonable-grounds'
    ? { kind: 'reasonable-grounds-due', dueOn: nrmCase.reasonableGroundsDueOn }
    : null;
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
      row('Exploitation', listOf(record.exploitationTypes, EXPLOITATION_TYPE_LABELS)),
    ].filter((entry) => entry.value.text !== '');
  }
  const nrmCase = referral.nrmCase;
  const state = nrmCase.state ?? {};
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
    row('Next deadline', deadlineText(nextDeadlineOf(referral))),
    row('Age group', labelOf(AGE_GROUP_LABELS, nrmCase.ageGroup)),
    row('Area', labelOf(AREA_LABELS, nrmCase.area)),
    row('Exploitation', listOf(nrmCase.exploitationTypes, EXPLOITATION_TYPE_LABELS)),
  ];
  return rows.filter((entry) => entry.value.text !== '');
}

function deadlineText(deadline: { kind: string; dueOn: string } | null): string {
  if (!deadline) return '';
  return `${deadlineLabel(deadline.kind)}: ${formatLocalDate(deadline.dueOn)}`;
}

// ---------------------------------------------------------------------------------------------
// The timeline (MOJ timeline component): newest first, each entry in words, never personal data (the
// journey holds none).

export interface TimelineItem {
  label: { text: string };
  text: string;
  datetime: { timestamp: string; type: 'datetime' };
  byline: { text: string };
}

const CHANGE_TITLES: Record<string, string> = {
  'reasonable-grounds-decided': 'Reasonable Grounds decision',
  'conclusive-grounds-decided': 'Conclusive Grounds decision',
  'case-suspended': 'Case suspended',
  'case-resumed': 'Case resumed',
  'case-withdrawn': 'Case withdrawn',
  'case-disqualified': 'Disqualified',
  'reconsideration-requested': 'Reconsideration requested',
  'reconsideration-decided': 'Reconsideration result',
  'referred-to-child-pilot-panel': 'Referred to the child pilot panel',
};

const CLOCK_TITLES: Record<string, string> = {
  'reasonable-grounds-due': 'RG decision due today',
  'reasonable-grounds-overdue': 'RG decision overdue',
  'reconsideration-window-closes': 'Reconsideration window closes today',
  'recovery-period-minimum-reached': 'Minimum recovery period reached',
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const capitalise = (value: string): string => (value ? value[0].toUpperCase() + value.slice(1) : value);

/**
 * One journey entry in words. `recoveryPeriodMinimumEndsOn` (from the case) completes the entry that started
 * the recovery period, since the event itself carries only the new status.
 */
export function timelineItemOf(
  entry: JourneyAnswer['timeline'][number],
  recoveryPeriodMinimumEndsOn?: string,
): TimelineItem {
  const summary = entry.summary ?? {};
  const kind = entry.type.replace(/^waypoint\.[a-z-]+\./, '').replace(/\.v\d+$/, '');
  let label: string;
  let description = '';
  switch (kind) {
    case 'potential-victim-identified': {
      label = 'Potential victim identified';
      const consent = text(summary.consent);
      description = [
        labelOf(AGE_GROUP_LABELS, text(summary.ageGroup)),
        listOf(summary.exploitationTypes as string[] | undefined, EXPLOITATION_TYPE_LABELS),
        summary.countyLines === true ? 'County lines' : '',
        labelOf(EXPLOITATION_LOCATION_LABELS, text(summary.exploitedIn)),
        labelOf(AREA_LABELS, text(summary.area)),
        consent === 'not-required-child'
          ? 'Consent not asked: a child is always referred'
          : consent
            ? `Consent: ${consent}`
            : '',
      ]
        .filter(Boolean)
        .join('. ');
      break;
    }
    case 'place-of-safety-offered':
      label = 'Place of safety offered';
      description = summary.decisionDueOn
        ? `They have until ${formatLocalDate(text(summary.decisionDueOn))} to decide whether to be referred`
        : '';
      break;
    case 'place-of-safety-lapsed':
      label = 'No decision made in the place of safety';
      description = 'An anonymous Duty to Notify follows.';
      break;
    case 'consent-given-later':
      label = 'Consent given to an NRM referral';
      break;
    case 'personal-data-erased':
      label = 'Personal details erased';
      break;
    case 'nrm-referral-submitted':
      label = 'Referred into the NRM';
      description = [
        summary.competentAuthority ? `Submitted to the ${text(summary.competentAuthority)}` : '',
        summary.submittedOn ? `on ${formatLocalDate(text(summary.submittedOn))}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      if (summary.reasonableGroundsDueOn) {
        description += `${description ? '. ' : ''}RG decision due by ${formatLocalDate(text(summary.reasonableGroundsDueOn))}`;
      }
      break;
    case 'duty-to-notify-recorded':
      label = 'Duty to Notify recorded (anonymous)';
      description = 'No NRM referral: the adult did not consent. Nothing identifying them was shared.';
      break;
    case 'nrm-case-updated': {
      const change = text(summary.change);
      const outcome = text(summary.outcome);
      label = `${CHANGE_TITLES[change] ?? capitalise(change.replace(/-/g, ' '))}${outcome ? `: ${outcome}` : ''}`;
      const parts = [summary.occurredOn ? `Dated ${formatLocalDate(text(summary.occurredOn))}` : ''];
      if (summary.status === 'recovery-period' && change !== 'case-resumed') {
        parts.push(
          recoveryPeriodMinimumEndsOn
            ? `Recovery period started: at least until ${formatLocalDate(recoveryPeriodMinimumEndsOn)}`
            : 'Recovery period started',
        );
      } else if (typeof summary.status === 'string' && summary.status in STATUS_TAGS) {
        parts.push(`Status: ${STATUS_TAGS[summary.status as NrmCaseStatusV1].text}`);
      }
      description = parts.filter(Boolean).join('. ');
      break;
    }
    case 'nrm-clock-reached':
      label = CLOCK_TITLES[text(summary.clock)] ?? capitalise(text(summary.clock).replace(/-/g, ' '));
      description = summary.dueOn ? `Date: ${formatLocalDate(text(summary.dueOn))}` : '';
      break;
    default:
      label = capitalise(kind.replace(/-/g, ' '));
  }
  return {
    label: { text: label },
    text: description,
    datetime: { timestamp: entry.occurredAt, type: 'datetime' },
    byline: { text: entry.agency },
  };
}

export function timelineOf(journey: JourneyAnswer, recoveryPeriodMinimumEndsOn?: string): TimelineItem[] {
  return [...journey.timeline]
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
    .map((entry) => timelineItemOf(entry, recoveryPeriodMinimumEndsOn));
}

export function journeyAnswerOf(body: unknown): JourneyAnswer | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  return Array.isArray((body as { timeline?: unknown }).timeline) ? (body as JourneyAnswer) : undefined;
}

// ---------------------------------------------------------------------------------------------
// An adult's decision still to come: offered a place of safety ('undecided'), or notified anonymously and
// able to consent later. Both are recorded by identification (POST /identifications/:journeyId/consent).

/** The open place-of-safety offer on a journey: offered, and neither decided nor lapsed yet. */
export function openPlaceOfSafetyOf(
  journey: JourneyAnswer | undefined,
): { decisionDueOn: string } | undefined {
  if (!journey || journey.stage !== 'identified') return undefined;
  const kindOf = (type: string) => type.replace(/^waypoint\.[a-z-]+\./, '').replace(/\.v\d+$/, '');
  const offer = journey.timeline.find((entry) => kindOf(entry.type) === 'place-of-safety-offered');
  if (!offer) return undefined;
  const settled = journey.timeline.some((entry) =>
    ['place-of-safety-lapsed', 'potential-victim-identified'].includes(kindOf(entry.type)),
  );
  if (settled) return undefined;
  const dueOn = offer.summary?.decisionDueOn;
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
