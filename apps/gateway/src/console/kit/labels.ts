import type { Role } from '@waypoint/auth';
import type { PlacementApi } from '@waypoint/clients';
import type {
  AgeGroup,
  Area,
  CompetentAuthority,
  DeclineReason,
  ExploitationLocation,
  ExploitationType,
  FirstResponderOrganisationType,
  HouseholdType,
  MoveOutDestination,
  MoveOutReason,
  NrmCaseStatusV1,
  NrmDeadlineKindV1,
  PlacementKind,
  PlacementUrgency,
  WithdrawalReason,
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

// ---------------------------------------------------------------------------------------------
// Placement. Vocabularies the contracts hold are typed from there; the ones only the placement service
// knows (its OpenAPI document, generated into libs/clients) from its schemas, so either side adding a
// value fails to compile here until it has words.

type PlacementSchemas = PlacementApi.components['schemas'];

export const HOUSEHOLD_TYPE_LABELS: Record<HouseholdType, string> = {
  women: 'Women',
  men: 'Men',
  families: 'Families (a parent with children)',
  'pregnant-women-and-new-mothers': 'Pregnant women and new mothers',
};

export const PLACEMENT_KIND_LABELS: Record<PlacementKind, string> = {
  'place-of-safety': 'Place of safety (while they decide about a referral)',
  'safe-house': 'Safe house',
  emergency: 'Emergency accommodation',
};

export const SHORT_PLACEMENT_KIND_LABELS: Record<PlacementKind, string> = {
  'place-of-safety': 'Place of safety',
  'safe-house': 'Safe house',
  emergency: 'Emergency',
};

/** Red for emergency, orange for urgent, blue (the default) for a planned move. */
export const URGENCY_TAGS: Record<PlacementUrgency, { text: string; classes: string }> = {
  emergency: { text: 'Emergency', classes: 'govuk-tag--red' },
  urgent: { text: 'Urgent', classes: 'govuk-tag--orange' },
  planned: { text: 'Planned', classes: '' },
};

export const URGENCY_LABELS: Record<PlacementUrgency, string> = {
  emergency: 'Emergency: a place is needed tonight',
  urgent: 'Urgent: within a few days',
  planned: 'Planned: a move on a known date',
};

export const ACCESSIBILITY_LABELS: Record<PlacementSchemas['AccessibilityFeature'], string> = {
  'step-free-access': 'Step-free access',
  'ground-floor-bedroom': 'Ground-floor bedroom',
  'accessible-bathroom': 'Accessible bathroom',
  lift: 'Lift',
  'hearing-loop': 'Hearing loop',
};

export const BED_KIND_LABELS: Record<PlacementSchemas['BedKind'], string> = {
  single: 'Single',
  double: 'Double',
  cot: 'Cot',
};

/** Green while a bed can be offered, yellow while held, blue when someone lives there, grey out of service. */
export const BED_STATE_TAGS: Record<PlacementSchemas['BedState'], { text: string; classes: string }> = {
  free: { text: 'Free', classes: 'govuk-tag--green' },
  held: { text: 'Held', classes: 'govuk-tag--yellow' },
  occupied: { text: 'Occupied', classes: 'govuk-tag--blue' },
  'out-of-service': { text: 'Out of service', classes: 'govuk-tag--grey' },
};

export const OUT_OF_SERVICE_REASON_LABELS: Record<PlacementSchemas['OutOfServiceReason'], string> = {
  repairs: 'Repairs',
  'deep-clean': 'Deep clean',
  safeguarding: 'Safeguarding',
  staffing: 'Not enough staff',
  'reserved-by-commissioner': 'Reserved by the commissioner',
  other: 'Another reason',
};

export const REQUEST_STATUS_TAGS: Record<
  PlacementSchemas['PlacementRequestStatus'],
  { text: string; classes: string }
> = {
  waiting: { text: 'Waiting for a place', classes: 'govuk-tag--yellow' },
  offered: { text: 'Place offered', classes: 'govuk-tag--light-blue' },
  accepted: { text: 'Place accepted', classes: 'govuk-tag--turquoise' },
  'moved-in': { text: 'Moved in', classes: 'govuk-tag--green' },
  'moved-out': { text: 'Moved out', classes: 'govuk-tag--grey' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
};

export const OFFER_STATUS_TAGS: Record<PlacementSchemas['OfferStatus'], { text: string; classes: string }> = {
  held: { text: 'Held for the provider', classes: 'govuk-tag--yellow' },
  accepted: { text: 'Accepted', classes: 'govuk-tag--turquoise' },
  declined: { text: 'Declined', classes: 'govuk-tag--red' },
  expired: { text: 'Expired', classes: 'govuk-tag--grey' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
  'moved-in': { text: 'Moved in', classes: 'govuk-tag--green' },
  'moved-out': { text: 'Moved out', classes: 'govuk-tag--grey' },
};

export const EXCLUSION_REASON_LABELS: Record<PlacementSchemas['ExclusionReason'], string> = {
  'household-type': 'Household type',
  pregnancy: 'Pregnancy',
  accessibility: 'Accessibility',
  'avoided-area': 'Area to avoid',
  'household-does-not-fit': 'Household does not fit',
  'no-free-bed': 'No free bed',
};

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  'needs-not-met': 'We cannot meet their needs',
  'risk-to-residents': 'A risk to current residents',
  'bed-no-longer-available': 'The bed is no longer available',
  staffing: 'Not enough staff',
  other: 'Another reason',
};

export const WITHDRAWAL_REASON_LABELS: Record<WithdrawalReason, string> = {
  'no-longer-needed': 'A place is no longer needed',
  'placed-elsewhere': 'They have a place elsewhere',
  'declined-by-survivor': 'They do not want a place',
  other: 'Another reason',
};

export const MOVE_OUT_REASON_LABELS: Record<MoveOutReason, string> = {
  'planned-move-on': 'Planned move-on',
  'nrm-decision': 'Following an NRM decision',
  'moved-to-another-safe-house': 'Moved to another safe house',
  'left-without-notice': 'Left without notice',
  evicted: 'Asked to leave',
  'returned-abroad': 'Returned abroad',
  died: 'Died',
  other: 'Another reason',
};

export const MOVE_OUT_DESTINATION_LABELS: Record<MoveOutDestination, string> = {
  'own-tenancy': 'Their own tenancy',
  'local-authority-housing': 'Local authority housing',
  'asylum-accommodation': 'Asylum accommodation',
  'family-or-friends': 'Family or friends',
  'another-safe-house': 'Another safe house',
  'supported-housing': 'Supported housing',
  'hospital-or-institution': 'Hospital or another institution',
  'returned-abroad': 'Returned abroad',
  homeless: 'Homeless',
  unknown: 'Not known',
};

/**
 * The languages the console offers by name (ISO 639-1), those most often spoken by survivors referred in the
 * region. Languages are an open set in the placement API (any ISO 639-1 code), so this is not a total record:
 * a code without a name here is shown as the code.
 */
export const LANGUAGE_LABELS: Readonly<Record<string, string>> = {
  en: 'English',
  sq: 'Albanian',
  am: 'Amharic',
  ar: 'Arabic',
  bg: 'Bulgarian',
  zh: 'Chinese',
  cs: 'Czech',
  fa: 'Farsi (Persian)',
  fr: 'French',
  hu: 'Hungarian',
  ku: 'Kurdish',
  lt: 'Lithuanian',
  ps: 'Pashto',
  pl: 'Polish',
  pt: 'Portuguese',
  pa: 'Punjabi',
  ro: 'Romanian',
  sk: 'Slovak',
  so: 'Somali',
  es: 'Spanish',
  ti: 'Tigrinya',
  ur: 'Urdu',
  vi: 'Vietnamese',
};

/** Ages in words: "3 and 7 years old", "a baby under 1". */
export function dependantsText(dependants: readonly { age: number }[]): string {
  if (dependants.length === 0) return 'None';
  const ages = dependants.map(({ age }) => (age === 0 ? 'under 1' : String(age)));
  const list = ages.length > 1 ? `${ages.slice(0, -1).join(', ')} and ${ages.at(-1)}` : ages[0];
  return `${dependants.length} ${dependants.length === 1 ? 'child' : 'children'}, aged ${list}`;
}

/** Whole days in words: 'Today', '1 day', '12 days'. */
export function daysText(days: number): string {
  if (days <= 0) return 'Less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

/** An agency id as people read it when no name is at hand: 'rowan-trust' as 'Rowan trust'. */
export function agencyText(agency: string): string {
  const words = agency.replace(/-/g, ' ');
  return words.length === 0 ? words : words[0].toUpperCase() + words.slice(1);
}
