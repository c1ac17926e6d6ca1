import type { LocalDate } from '@waypoint/calendar';
import type { IdentificationApi } from '@waypoint/clients';
import {
  AGE_GROUPS,
  AREAS,
  EXPLOITATION_LOCATIONS,
  EXPLOITATION_TYPES,
  FIRST_RESPONDER_ORGANISATION_TYPES,
  INDICATOR_CODES,
  INDICATORS,
  type AgeGroup,
} from '@waypoint/contracts';
import {
  AGE_GROUP_LABELS,
  allValues,
  AREA_LABELS,
  errorsFromService,
  EXPLOITATION_LOCATION_LABELS,
  EXPLOITATION_TYPE_LABELS,
  type FieldOnPage,
  type FormBody,
  type FormError,
  INDICATOR_GROUP_LABELS,
  oneValue,
  ORGANISATION_TYPE_LABELS,
  parseDateInput,
  type ServiceFieldProblem,
  type TypedDate,
} from '../../kit';

/*
 * Recording an identification takes two pages, each a plain form, so it works without JavaScript:
 *
 *   1. what was seen (age group, indicators, exploitation, area, organisation) — nothing identifying;
 *   2. consent (an adult) or the child notice, and the optional personal details; then it is recorded.
 *
 * Page 2 carries page 1's answers in hidden fields rather than a server-side draft: the gateway then holds no
 * half-finished record (nothing to expire or clean up, nothing personal at rest outside identification), and
 * the hidden answers are only the non-identifying ones, which are validated again when the record is sent.
 * Consent gets a page of its own because its guidance needs room, and because for a child it is not asked.
 */

/** The consent answers offered to an adult. 'undecided': the adult is taking time in a place of safety. */
export const CONSENT_CHOICES = ['given', 'declined', 'undecided'] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

export const CONSENT_LABELS: Record<ConsentChoice, { text: string; hint: string }> = {
  given: {
    text: 'Yes, they consent to being referred into the NRM',
    hint: 'The referral goes to the competent authority with their details.',
  },
  declined: {
    text: 'No, they do not consent',
    hint: 'Nothing that identifies them is shared: an anonymous Duty to Notify is recorded instead.',
  },
  undecided: {
    text: 'They have not decided yet',
    hint: 'They can take up to 3 working days in a place of safety to decide.',
  },
};

/** Page 1's answers as typed (strings, so a refused answer is shown back exactly as it was). */
export interface IdentificationDetails {
  ageGroup: string;
  indicators: string[];
  exploitationTypes: string[];
  countyLines: string;
  exploitedIn: string;
  area: string;
  firstResponderOrganisationType: string;
}

/** Page 2's answers as typed. */
export interface IdentificationConsent {
  consent: string;
  fullName: string;
  dateOfBirth: TypedDate;
  nationality: string;
  contact: string;
}

export const DETAILS_FIELDS: Record<keyof IdentificationDetails, FieldOnPage> = {
  ageGroup: { field: 'ageGroup', href: 'ageGroup', text: 'Select whether they are an adult or a child' },
  indicators: { field: 'indicators', href: 'indicators', text: 'Select only indicators from the list' },
  exploitationTypes: {
    field: 'exploitationTypes',
    href: 'exploitationTypes',
    text: "Select at least one type of exploitation, or 'Not known yet'",
  },
  countyLines: {
    field: 'countyLines',
    href: 'countyLines',
    text: 'Select whether county lines are involved',
  },
  exploitedIn: { field: 'exploitedIn', href: 'exploitedIn', text: 'Select where they were exploited' },
  area: { field: 'area', href: 'area', text: 'Select the area where they were found' },
  firstResponderOrganisationType: {
    field: 'firstResponderOrganisationType',
    href: 'firstResponderOrganisationType',
    text: 'Select the type of your organisation',
  },
};

const PERSONAL_LIMITS = { fullName: 200, nationality: 100, contact: 200 } as const;

export const CONSENT_FIELDS: Record<string, FieldOnPage> = {
  consent: { field: 'consent', href: 'consent', text: 'Select whether they consent to being referred' },
  'personalDetails.fullName': {
    field: 'fullName',
    href: 'fullName',
    text: `Full name must be ${PERSONAL_LIMITS.fullName} characters or fewer`,
  },
  'personalDetails.dateOfBirth': {
    field: 'dateOfBirth',
    href: 'dateOfBirth-day',
    text: 'Date of birth must be a real date',
  },
  'personalDetails.nationality': {
    field: 'nationality',
    href: 'nationality',
    text: `Nationality must be ${PERSONAL_LIMITS.nationality} characters or fewer`,
  },
  'personalDetails.contact': {
    field: 'contact',
    href: 'contact',
    text: `Contact details must be ${PERSONAL_LIMITS.contact} characters or fewer`,
  },
  personalDetails: { field: 'fullName', href: 'fullName', text: 'Check the personal details' },
};

export function readDetails(body: FormBody): IdentificationDetails {
  return {
    ageGroup: oneValue(body, 'ageGroup'),
    indicators: allValues(body, 'indicators'),
    exploitationTypes: allValues(body, 'exploitationTypes'),
    countyLines: oneValue(body, 'countyLines'),
    exploitedIn: oneValue(body, 'exploitedIn'),
    area: oneValue(body, 'area'),
    firstResponderOrganisationType: oneValue(body, 'firstResponderOrganisationType'),
  };
}

const isOneOf = (values: readonly string[], value: string): boolean => values.includes(value);

/** Page 1's own checks, the same rules the identification service applies, in the user's words. */
export function checkDetails(details: IdentificationDetails): FormError[] {
  const errors: FormError[] = [];
  const refuse = (name: keyof IdentificationDetails) => {
    const { field, href, text } = DETAILS_FIELDS[name];
    errors.push({ field, href, text: text! });
  };
  if (!isOneOf(AGE_GROUPS, details.ageGroup)) refuse('ageGroup');
  if (!details.indicators.every((code) => isOneOf(INDICATOR_CODES, code))) refuse('indicators');
  if (
    details.exploitationTypes.length === 0 ||
    !details.exploitationTypes.every((type) => isOneOf(EXPLOITATION_TYPES, type))
  ) {
    refuse('exploitationTypes');
  }
  if (details.countyLines !== 'yes' && details.countyLines !== 'no') refuse('countyLines');
  if (!isOneOf(EXPLOITATION_LOCATIONS, details.exploitedIn)) refuse('exploitedIn');
  if (!isOneOf(AREAS, details.area)) refuse('area');
  if (!isOneOf(FIRST_RESPONDER_ORGANISATION_TYPES, details.firstResponderOrganisationType)) {
    refuse('firstResponderOrganisationType');
  }
  return errors;
}

export function readConsent(body: FormBody): IdentificationConsent {
  return {
    consent: oneValue(body, 'consent'),
    fullName: oneValue(body, 'fullName'),
    dateOfBirth: {
      day: oneValue(body, 'dateOfBirth-day'),
      month: oneValue(body, 'dateOfBirth-month'),
      year: oneValue(body, 'dateOfBirth-year'),
    },
    nationality: oneValue(body, 'nationality'),
    contact: oneValue(body, 'contact'),
  };
}

export interface CheckedConsent {
  errors: FormError[];
  dateOfBirth?: LocalDate;
}

/**
 * Page 2's checks. Consent is asked of an adult only: for a child any consent answer is ignored rather than
 * refused, since the page never offers one. Personal details are optional, but a name is needed if any other
 * detail is given (the identification service stores details under a name).
 */
export function checkConsent(
  ageGroup: AgeGroup,
  answers: IdentificationConsent,
  today: LocalDate,
): CheckedConsent {
  const errors: FormError[] = [];
  const refuse = (serviceField: string, text?: string) => {
    const onPage = CONSENT_FIELDS[serviceField];
    errors.push({ field: onPage.field, href: onPage.href, text: text ?? onPage.text! });
  };
  if (ageGroup === 'adult' && !isOneOf(CONSENT_CHOICES, answers.consent)) refuse('consent');
  const dateOfBirth = parseDateInput(
    {
      'dateOfBirth-day': answers.dateOfBirth.day,
      'dateOfBirth-month': answers.dateOfBirth.month,
      'dateOfBirth-year': answers.dateOfBirth.year,
    },
    { name: 'dateOfBirth', what: 'Date of birth', required: false, notAfter: today },
  );
  const anyOtherDetail =
    answers.nationality !== '' ||
    answers.contact !== '' ||
    !(dateOfBirth.ok && dateOfBirth.value === undefined);
  if (answers.fullName === '' && anyOtherDetail) {
    refuse('personalDetails.fullName', 'Enter their full name, or leave all personal details empty');
  } else if (answers.fullName.length > PERSONAL_LIMITS.fullName) {
    refuse('personalDetails.fullName');
  }
  if (!dateOfBirth.ok) errors.push(dateOfBirth.error);
  if (answers.nationality.length > PERSONAL_LIMITS.nationality) refuse('personalDetails.nationality');
  if (answers.contact.length > PERSONAL_LIMITS.contact) refuse('personalDetails.contact');
  return { errors, dateOfBirth: dateOfBirth.ok ? dateOfBirth.value : undefined };
}

/** The body of identification's POST /identifications (RecordIdentificationDto) from checked answers. */
export function recordIdentificationBody(
  details: IdentificationDetails,
  answers: IdentificationConsent,
  dateOfBirth: LocalDate | undefined,
): RecordIdentificationBody {
  // Every value was checked against the page's choices (checkDetails, checkConsent), which are the
  // contracts' vocabularies; identification validates the body again.
  const body = {
    ageGroup: details.ageGroup,
    indicators: details.indicators,
    exploitationTypes: details.exploitationTypes,
    countyLines: details.countyLines === 'yes',
    exploitedIn: details.exploitedIn,
    area: details.area,
    firstResponderOrganisationType: details.firstResponderOrganisationType,
  } as RecordIdentificationBody;
  // A child is always referred: the service refuses a consent answer for a child, so none is sent.
  if (details.ageGroup === 'adult') body.consent = answers.consent as RecordIdentificationBody['consent'];
  if (answers.fullName !== '') {
    body.personalDetails = {
      fullName: answers.fullName,
      ...(dateOfBirth ? { dateOfBirth } : {}),
      ...(answers.nationality ? { nationality: answers.nationality } : {}),
      ...(answers.contact ? { contact: answers.contact } : {}),
    };
  }
  return body;
}

/** The body of identification's `POST /identifications`. */
export type RecordIdentificationBody = IdentificationApi.components['schemas']['RecordIdentificationDto'];

/** Which page a refusal from the identification service belongs on, with its errors mapped there. */
export function serviceRefusal(problems: readonly ServiceFieldProblem[]): {
  page: 'details' | 'consent';
  errors: FormError[];
} {
  const onDetails = problems.filter((problem) => problem.field.split('.')[0] in DETAILS_FIELDS);
  if (onDetails.length > 0) {
    return { page: 'details', errors: errorsFromService(onDetails, DETAILS_FIELDS, DETAILS_FIELDS.ageGroup) };
  }
  return { page: 'consent', errors: errorsFromService(problems, CONSENT_FIELDS, CONSENT_FIELDS.consent) };
}

// ---------------------------------------------------------------------------------------------
// What the templates show: option lists with the user's answers checked.

interface Choice {
  value: string;
  text: string;
  hint?: { text: string };
  checked?: boolean;
}

export function detailsChoices(details: IdentificationDetails) {
  const choose = (
    values: readonly string[],
    labels: Record<string, string>,
    chosen: readonly string[],
  ): Choice[] => values.map((value) => ({ value, text: labels[value], checked: chosen.includes(value) }));
  const indicatorGroups = (
    Object.keys(INDICATOR_GROUP_LABELS) as (keyof typeof INDICATOR_GROUP_LABELS)[]
  ).map((group) => ({
    group,
    legend: INDICATOR_GROUP_LABELS[group],
    items: INDICATOR_CODES.filter((code) => INDICATORS[code].group === group).map((code) => ({
      value: code,
      text: INDICATORS[code].label,
      checked: details.indicators.includes(code),
    })),
  }));
  return {
    ageGroup: choose(AGE_GROUPS, AGE_GROUP_LABELS, [details.ageGroup]),
    indicatorGroups,
    exploitationTypes: choose(EXPLOITATION_TYPES, EXPLOITATION_TYPE_LABELS, details.exploitationTypes),
    countyLines: choose(['yes', 'no'], { yes: 'Yes', no: 'No' }, [details.countyLines]),
    exploitedIn: choose(EXPLOITATION_LOCATIONS, EXPLOITATION_LOCATION_LABELS, [details.exploitedIn]),
    area: choose(AREAS, AREA_LABELS, [details.area]),
    firstResponderOrganisationType: choose(FIRST_RESPONDER_ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, [
      details.firstResponderOrganisationType,
    ]),
  };
}

export function consentChoices(answers: IdentificationConsent): Choice[] {
  return CONSENT_CHOICES.map((value) => ({
    value,
    text: CONSENT_LABELS[value].text,
    hint: { text: CONSENT_LABELS[value].hint },
    checked: answers.consent === value,
  }));
}

/** Page 1's answers as hidden inputs on page 2 (one per value, so repeated fields round-trip). */
export function hiddenDetails(details: IdentificationDetails): { name: string; value: string }[] {
  return [
    { name: 'ageGroup', value: details.ageGroup },
    ...details.indicators.map((value) => ({ name: 'indicators', value })),
    ...details.exploitationTypes.map((value) => ({ name: 'exploitationTypes', value })),
    { name: 'countyLines', value: details.countyLines },
    { name: 'exploitedIn', value: details.exploitedIn },
    { name: 'area', value: details.area },
    { name: 'firstResponderOrganisationType', value: details.firstResponderOrganisationType },
  ];
}

export const EMPTY_DETAILS: IdentificationDetails = {
  ageGroup: '',
  indicators: [],
  exploitationTypes: [],
  countyLines: '',
  exploitedIn: '',
  area: '',
  firstResponderOrganisationType: '',
};

export const EMPTY_CONSENT: IdentificationConsent = {
  consent: '',
  fullName: '',
  dateOfBirth: { day: '', month: '', year: '' },
  nationality: '',
  contact: '',
};
