import type { JourneyApi } from '@waypoint/clients';
import type { NrmCaseStatusV1 } from '@waypoint/contracts';
import {
  AGE_GROUP_LABELS,
  AREA_LABELS,
  EXPLOITATION_LOCATION_LABELS,
  EXPLOITATION_TYPE_LABELS,
  STATUS_TAGS,
  formatLocalDate,
  labelOf,
  listLabelOf,
} from '../labels';

/*
 * A journey's timeline for the MOJ timeline component (views/macros/journey-timeline.njk): newest
 * first, each entry in words. Every role that follows a journey shows it the same way; the journey
 * service holds no personal data, so neither does any entry.
 */

/** journey's `GET /journeys/{journeyId}` answer. */
export type JourneyAnswer = JourneyApi.components['schemas']['JourneyViewResponse'];
export type TimelineEntry = JourneyAnswer['timeline'][number];

/** The event kind of an integration event type: `waypoint.referral.nrm-case-updated.v1` → `nrm-case-updated`. */
export function eventKindOf(type: string): string {
  return type.replace(/^waypoint\.[a-z-]+\./, '').replace(/\.v\d+$/, '');
}

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
export function timelineItemOf(entry: TimelineEntry, recoveryPeriodMinimumEndsOn?: string): TimelineItem {
  const summary = entry.summary ?? {};
  const kind = eventKindOf(entry.type);
  let label: string;
  let description = '';
  switch (kind) {
    case 'potential-victim-identified': {
      label = 'Potential victim identified';
      const consent = text(summary.consent);
      description = [
        labelOf(AGE_GROUP_LABELS, text(summary.ageGroup)),
        listLabelOf(EXPLOITATION_TYPE_LABELS, summary.exploitationTypes as string[] | undefined),
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

export function timelineOf(
  journey: Pick<JourneyAnswer, 'timeline'>,
  recoveryPeriodMinimumEndsOn?: string,
): TimelineItem[] {
  return [...journey.timeline]
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
    .map((entry) => timelineItemOf(entry, recoveryPeriodMinimumEndsOn));
}
