import type { Role } from '@waypoint/auth';
import type {
  AgeGroup,
  Area,
  CompetentAuthority,
  ExploitationLocation,
  ExploitationType,
  FirstResponderOrganisationType,
  NrmCaseStatusV1,
  NrmDeadlineKindV1,
} from '@waypoint/contracts';

/**
 * Plain-English labels for the shared vocabularies. Typed as total records so that a value added to a
 * vocabulary in libs/contracts fails to compile here until it has words a first responder can read.
 */
export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  adult: 'Adult (18 or over)',
  child: 'Child (under 18)',
};

export const SHORT_AGE_GROUP_LABELS: Record<AgeGroup, string> = { adult: 'Adult', child: 'Child' };

export const EXPLOITATION_TYPE_LABELS: Record<ExploitationType, string> = {
  labour: 'Labour exploitation',
  sexual: 'Sexual exploitation',
  criminal: 'Criminal exploitation',
  'domestic-servitude': 'Domestic servitude',
  unknown: 'Not known yet',
};

export const EXPLOITATION_LOCATION_LABELS: Record<ExploitationLocation, string> = {
  uk: 'In the UK',
  overseas: 'Overseas',
  'uk-and-overseas': 'Both in the UK and overseas',
  unknown: 'Not known',
};

export const AREA_LABELS: Record<Area, string> = {
  birmingham: 'Birmingham',
  coventry: 'Coventry',
  solihull: 'Solihull',
  dudley: 'Dudley',
  sandwell: 'Sandwell',
  walsall: 'Walsall',
  wolverhampton: 'Wolverhampton',
  warwickshire: 'Warwickshire',
  staffordshire: 'Staffordshire',
  'west-mercia': 'West Mercia',
};

export const ORGANISATION_TYPE_LABELS: Record<FirstResponderOrganisationType, string> = {
  police: 'Police',
  'local-authority': 'Local authority',
  'home-office-immigration': 'Home Office immigration',
  'national-crime-agency': 'National Crime Agency',
  'gangmasters-and-labour-abuse-authority': 'Gangmasters and Labour Abuse Authority',
  charity: 'Charity (designated first responder)',
};

export const INDICATOR_GROUP_LABELS: Record<'physical-psychological' | 'situational-environmental', string> =
  {
    'physical-psychological': 'Physical and psychological signs',
    'situational-environmental': 'Situational and environmental signs',
  };

export const COMPETENT_AUTHORITY_LABELS: Record<CompetentAuthority, string> = {
  SCA: 'Single Competent Authority (SCA)',
  IECA: 'Immigration Enforcement Competent Authority (IECA)',
};

/** GOV.UK tag colours: the default (blue) while waiting on someone, green when support is confirmed, red or grey when it ends. */
export const STATUS_TAGS: Record<NrmCaseStatusV1, { text: string; classes: string }> = {
  'awaiting-reasonable-grounds': { text: 'Awaiting RG decision', classes: '' },
  suspended: { text: 'Suspended', classes: 'govuk-tag--yellow' },
  'recovery-period': { text: 'Recovery period', classes: 'govuk-tag--turquoise' },
  'negative-reasonable-grounds': { text: 'Negative RG', classes: 'govuk-tag--red' },
  'reconsideration-requested': { text: 'Reconsideration requested', classes: 'govuk-tag--purple' },
  'positive-conclusive-grounds': { text: 'Positive CG', classes: 'govuk-tag--green' },
  'negative-conclusive-grounds': { text: 'Negative CG', classes: 'govuk-tag--red' },
  disqualified: { text: 'Disqualified', classes: 'govuk-tag--grey' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
};

export const DUTY_TO_NOTIFY_TAG = { text: 'Duty to Notify only', classes: 'govuk-tag--grey' } as const;

/** Waiting on the adult, not on an authority: yellow, as a suspended case. */
export const DECIDING_PLACE_OF_SAFETY_TAG = {
  text: 'Deciding (place of safety)',
  classes: 'govuk-tag--yellow',
} as const;

export const DEADLINE_KIND_LABELS: Record<NrmDeadlineKindV1, string> = {
  'reasonable-grounds-due': 'RG decision due',
  'reconsideration-window-closes': 'Reconsideration window closes',
  'recovery-period-minimum-reached': 'Recovery period minimum ends',
};

/** Deadlines the journey shows that are not an NRM case's own. */
const OTHER_DEADLINE_LABELS: Record<string, string> = {
  'place-of-safety-decision-due': 'Decision due (place of safety)',
};

/** A deadline kind from a newer service version still gets a readable (if generic) label. */
export function deadlineLabel(kind: string): string {
  return (
    (DEADLINE_KIND_LABELS as Record<string, string>)[kind] ??
    OTHER_DEADLINE_LABELS[kind] ??
    kind.replace(/-/g, ' ')
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 'YYYY-MM-DD' as GOV.UK writes dates: '9 December 2026'. Anything else is shown as given. */
export function formatLocalDate(value: string | undefined | null): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

const LONDON_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** An instant in London time, GOV.UK style: '9 December 2026 at 2:05pm'. */
export function formatLondonDateTime(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const parts = Object.fromEntries(
    LONDON_DATE_TIME.formatToParts(date).map((part) => [part.type, part.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${String(parts.dayPeriod).toLowerCase()}`;
}

/** Journey ids are random v4 UUIDs; the first block is enough for a person to tell cases apart. */
export function journeyReference(journeyId: string): string {
  return journeyId.slice(0, 8).toUpperCase();
}

export function labelOf<K extends string>(labels: Record<K, string>, value: string | undefined): string {
  if (value === undefined) return '';
  return (labels as Record<string, string>)[value] ?? value;
}

/** Several values in words, in the order given: "Labour, Criminal". */
export function listLabelOf<K extends string>(
  labels: Record<K, string>,
  values: readonly string[] | undefined,
): string {
  return (values ?? []).map((value) => labelOf(labels, value)).join(', ');
}

export const ROLE_LABELS: Record<Role, string> = {
  'first-responder': 'First responder',
  advocate: 'Advocate',
  'safe-house-staff': 'Safe-house staff',
  'placement-coordinator': 'Placement coordinator',
  'support-worker': 'Support worker',
  commissioner: 'Commissioner',
  administrator: 'Administrator',
};
