import type { IdentificationApi } from '@waypoint/clients';

/**
 * The GOV.UK error summary pattern as data: one list for the summary at the top of the page (each entry
 * links to the field it is about) and the same messages by field for the inline error messages.
 */
export interface FormError {
  /** The form field's name, as the page's templates know it. */
  field: string;
  /** The id of the element the summary links to (the first input of a group, the day of a date). */
  href: string;
  text: string;
  /** For a date: the inputs at fault (GOV.UK highlights only those); all three when absent. */
  parts?: DatePart[];
}

export type DatePart = 'day' | 'month' | 'year';

export interface FormErrors {
  summary: { text: string; href: string }[];
  byField: Record<string, { text: string; parts?: DatePart[] }>;
}

/**
 * A problem as every Waypoint service answers 400 (libs/platform's one refusal shape, in each
 * service's OpenAPI document): the field (dotted for nested ones), the rule and a message.
 */
export type ServiceFieldProblem = IdentificationApi.components['schemas']['FieldProblemResponse'];

/** What every service's refusal carries: its message, one sentence or several. */
export interface ServiceRefusal {
  message: string | string[];
}

export function formErrorsOf(errors: readonly FormError[]): FormErrors | undefined {
  if (errors.length === 0) return undefined;
  const byField: FormErrors['byField'] = {};
  const summary: { text: string; href: string }[] = [];
  for (const error of errors) {
    // One message per field, the first found: GOV.UK shows a field's most important problem only.
    if (byField[error.field]) continue;
    byField[error.field] = error.parts ? { text: error.text, parts: error.parts } : { text: error.text };
    summary.push({ text: error.text, href: `#${error.href}` });
  }
  return { summary, byField };
}

/** A refusal's message as one sentence, for answers that name no field (409). */
export function serviceMessageOf(refusal: ServiceRefusal): string {
  return Array.isArray(refusal.message) ? refusal.message.join('. ') : refusal.message;
}

export interface FieldOnPage {
  /** The form field the service's field maps to. */
  field: string;
  href: string;
  /** Our own words for the problem; without it the service's message is shown. */
  text?: string;
}

/**
 * A service's 400 answer as errors on this page. Each service field is looked up in `fields` (exact name
 * first, then its top-level name, so `personalDetails.fullName` can map on its own); a field the page does not
 * know is still shown, linked to `fallback`, so no refusal is ever silent.
 */
export function errorsFromService(
  problems: readonly ServiceFieldProblem[],
  fields: Record<string, FieldOnPage>,
  fallback: FieldOnPage,
): FormError[] {
  return problems.map((problem) => {
    const onPage = fields[problem.field] ?? fields[problem.field.split('.')[0]];
    const target = onPage ?? fallback;
    return {
      field: target.field,
      href: target.href,
      text: onPage?.text ?? sentence(problem.message),
    };
  });
}

function sentence(message: string): string {
  const trimmed = message.trim();
  return trimmed.length === 0
    ? 'There is a problem with this answer'
    : trimmed[0].toUpperCase() + trimmed.slice(1);
}
