import type { LocalDate } from '@waypoint/calendar';
import type { PlacementApi } from '@waypoint/clients';
import { AREAS, HOUSEHOLD_TYPES, PLACEMENT_KINDS, PLACEMENT_URGENCIES } from '@waypoint/contracts';
import {
  ACCESSIBILITY_LABELS,
  AREA_LABELS,
  HOUSEHOLD_TYPE_LABELS,
  LANGUAGE_LABELS,
  PLACEMENT_KIND_LABELS,
  URGENCY_LABELS,
  allValues,
  choiceItemsOf,
  errorsFromService,
  oneOf,
  oneValue,
  parseDateInput,
  type FieldOnPage,
  type FormBody,
  type FormError,
  type FormErrors,
  type ServiceFieldProblem,
  type TypedDate,
} from '../../kit';

type Schemas = PlacementApi.components['schemas'];
/** The body of placement's `POST /placement-requests`. */
export type PlacementRequestBody = Schemas['RequestPlacementDto'];
type AccessibilityFeature = Schemas['AccessibilityFeature'];

const ACCESSIBILITY_FEATURES = Object.keys(ACCESSIBILITY_LABELS) as AccessibilityFeature[];
const MAX_DEPENDANTS = 12;
const MAX_RISK_NOTES = 2000;

/** What was typed, so a refused form comes back exactly as it was. */
export interface TypedPlacementRequest {
  kind: string;
  urgency: string;
  householdType: string;
  dependants: string;
  accessibilityNeeds: string[];
  languages: string[];
  pregnant: string;
  avoidAreas: string[];
  neededFrom: TypedDate;
  neededUntil: TypedDate;
  riskNotes: string;
}

export type ParsedPlacementRequest =
  | { ok: true; body: PlacementRequestBody; typed: TypedPlacementRequest }
  | { ok: false; errors: FormError[]; typed: TypedPlacementRequest };

/**
 * Children's ages as typed, "3, 7" or "3 and 7": whole years from 0 (a baby) to 17. Anything else refuses the
 * whole answer, since a wrong age changes which beds and houses fit.
 */
export function parseAges(text: string): number[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || /^(none|no|0 children)$/i.test(trimmed)) return [];
  const parts = trimmed.split(/\s*(?:,|\band\b|;|\s)\s*/i).filter((part) => part !== '');
  const ages: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,2}$/.test(part)) return undefined;
    const age = Number(part);
    if (age > 17) return undefined;
    ages.push(age);
  }
  return ages;
}

/**
 * The request form as placement's body, checked with GOV.UK messages first. The exploitation area is not asked:
 * placement takes it from identification and always avoids it.
 */
export function parsePlacementRequestForm(
  body: FormBody,
  journeyId: string,
  today: LocalDate,
): ParsedPlacementRequest {
  const kind = oneOf(body, 'kind', PLACEMENT_KINDS);
  const urgency = oneOf(body, 'urgency', PLACEMENT_URGENCIES);
  const householdType = oneOf(body, 'householdType', HOUSEHOLD_TYPES);
  const pregnant = oneValue(body, 'pregnant');
  const dependantsText = oneValue(body, 'dependants');
  const accessibilityNeeds = allValues(body, 'accessibilityNeeds');
  const languages = allValues(body, 'languages');
  const avoidAreas = allValues(body, 'avoidAreas');
  const riskNotes = oneValue(body, 'riskNotes');
  const neededFrom = parseDateInput(body, {
    name: 'neededFrom',
    what: 'The date a place is needed from',
    required: true,
  });
  const neededUntil = parseDateInput(body, {
    name: 'neededUntil',
    what: 'The last night needed',
    required: false,
  });
  const typed: TypedPlacementRequest = {
    kind: kind ?? '',
    urgency: urgency ?? '',
    householdType: householdType ?? '',
    dependants: dependantsText,
    accessibilityNeeds,
    languages,
    pregnant,
    avoidAreas,
    neededFrom: neededFrom.typed,
    neededUntil: neededUntil.typed,
    riskNotes,
  };
  const errors: FormError[] = [];
  if (!kind) errors.push({ field: 'kind', href: 'kind', text: 'Select the kind of place they need' });
  if (!urgency)
    errors.push({ field: 'urgency', href: 'urgency', text: 'Select how urgently they need a place' });
  if (!householdType) {
    errors.push({ field: 'householdType', href: 'householdType', text: 'Select who the place is for' });
  }
  const ages = parseAges(dependantsText);
  if (!ages) {
    errors.push({
      field: 'dependants',
      href: 'dependants',
      text: 'Enter the ages of the children as whole years from 0 to 17, separated by commas, for example 3, 7',
    });
  } else if (ages.length > MAX_DEPENDANTS) {
    errors.push({
      field: 'dependants',
      href: 'dependants',
      text: `Enter at most ${MAX_DEPENDANTS} children`,
    });
  }
  if (accessibilityNeeds.some((need) => !(ACCESSIBILITY_FEATURES as string[]).includes(need))) {
    errors.push({
      field: 'accessibilityNeeds',
      href: 'accessibilityNeeds',
      text: 'Select accessibility needs from the list',
    });
  }
  if (languages.some((code) => !(code in LANGUAGE_LABELS))) {
    errors.push({ field: 'languages', href: 'languages', text: 'Select languages from the list' });
  }
  if (pregnant !== 'yes' && pregnant !== 'no') {
    errors.push({ field: 'pregnant', href: 'pregnant', text: 'Select whether they are pregnant' });
  }
  if (avoidAreas.some((area) => !(AREAS as readonly string[]).includes(area))) {
    errors.push({ field: 'avoidAreas', href: 'avoidAreas', text: 'Select areas to avoid from the list' });
  }
  if (!neededFrom.ok) errors.push(neededFrom.error);
  else if (neededFrom.value && neededFrom.value < today) {
    errors.push({
      field: 'neededFrom',
      href: 'neededFrom-day',
      text: 'The date a place is needed from must be today or in the future',
    });
  }
  if (!neededUntil.ok) errors.push(neededUntil.error);
  else if (neededFrom.ok && neededFrom.value && neededUntil.value && neededUntil.value < neededFrom.value) {
    errors.push({
      field: 'neededUntil',
      href: 'neededUntil-day',
      text: 'The last night needed must be the same as or after the date a place is needed from',
    });
  }
  if (riskNotes.length > MAX_RISK_NOTES) {
    errors.push({
      field: 'riskNotes',
      href: 'riskNotes',
      text: `Risk notes must be ${MAX_RISK_NOTES} characters or fewer`,
    });
  }
  if (
    errors.length > 0 ||
    !kind ||
    !urgency ||
    !householdType ||
    !ages ||
    !neededFrom.ok ||
    !neededFrom.value
  ) {
    return { ok: false, errors, typed };
  }
  const until = neededUntil.ok ? neededUntil.value : undefined;
  return {
    ok: true,
    typed,
    body: {
      journeyId,
      kind,
      urgency,
      householdType,
      dependants: ages.map((age) => ({ age })),
      accessibilityNeeds: accessibilityNeeds as AccessibilityFeature[],
      languages,
      pregnant: pregnant === 'yes',
      avoidAreas: avoidAreas as PlacementRequestBody['avoidAreas'],
      neededFrom: neededFrom.value,
      ...(until ? { neededUntil: until } : {}),
      ...(riskNotes !== '' ? { riskNotes } : {}),
    },
  };
}

const SERVICE_FIELDS: Record<string, FieldOnPage> = {
  kind: { field: 'kind', href: 'kind' },
  urgency: { field: 'urgency', href: 'urgency' },
  householdType: { field: 'householdType', href: 'householdType' },
  dependants: { field: 'dependants', href: 'dependants' },
  accessibilityNeeds: { field: 'accessibilityNeeds', href: 'accessibilityNeeds' },
  languages: { field: 'languages', href: 'languages' },
  pregnant: { field: 'pregnant', href: 'pregnant' },
  avoidAreas: { field: 'avoidAreas', href: 'avoidAreas' },
  neededFrom: { field: 'neededFrom', href: 'neededFrom-day' },
  neededUntil: { field: 'neededUntil', href: 'neededUntil-day' },
  riskNotes: { field: 'riskNotes', href: 'riskNotes' },
};

/** Placement's 400 against the question it names (`dependants.0.age` against the ages). */
export function placementRequestErrorsFromService(problems: readonly ServiceFieldProblem[]): FormError[] {
  return errorsFromService(problems, SERVICE_FIELDS, { field: 'kind', href: 'kind' });
}

/** The form's choices, with what was typed checked. */
export function placementRequestChoicesOf(
  typed: TypedPlacementRequest | undefined,
  errors: FormErrors | undefined,
) {
  return {
    kind: choiceItemsOf(PLACEMENT_KIND_LABELS, typed?.kind),
    urgency: choiceItemsOf(URGENCY_LABELS, typed?.urgency),
    householdType: choiceItemsOf(HOUSEHOLD_TYPE_LABELS, typed?.householdType),
    accessibilityNeeds: choiceItemsOf(ACCESSIBILITY_LABELS, typed?.accessibilityNeeds),
    languages: choiceItemsOf(LANGUAGE_LABELS as Record<string, string>, typed?.languages),
    pregnant: [
      { value: 'yes', text: 'Yes', checked: typed?.pregnant === 'yes' },
      { value: 'no', text: 'No', checked: typed?.pregnant === 'no' },
    ],
    avoidAreas: choiceItemsOf(AREA_LABELS, typed?.avoidAreas),
    errors,
  };
}
