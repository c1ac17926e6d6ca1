import { isLocalDate, localDateOf, type LocalDate } from '@waypoint/calendar';
import type { FormError } from './form-errors';

/**
 * A urlencoded body as the gateway's parser hands it over (extended: false): each field a string, or an
 * array when repeated (checkboxes), or absent. Anything else is treated as absent.
 */
export type FormBody = Record<string, unknown>;

/** The field's single value, trimmed; '' when absent. A repeated field (tampering) counts as its first value. */
export function oneValue(body: FormBody, name: string): string {
  const value = body[name];
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0].trim();
  return '';
}

/** Every value of a repeated field (checkboxes), trimmed, blanks and duplicates removed, in order. */
export function allValues(body: FormBody, name: string): string[] {
  const value = body[name];
  const raw = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const seen = new Set<string>();
  for (const item of raw) {
    if (typeof item !== 'string') continue;
    const trimmed = item.trim();
    if (trimmed !== '') seen.add(trimmed);
  }
  return [...seen];
}

export interface TypedDate {
  day: string;
  month: string;
  year: string;
}

export type ParsedDate =
  | { ok: true; value: LocalDate; typed: TypedDate }
  | { ok: false; typed: TypedDate; error: FormError }
  /** Nothing typed in an optional date. */
  | { ok: true; value: undefined; typed: TypedDate };

export interface DateQuestion {
  /** The field name; the inputs are `<name>-day`, `<name>-month`, `<name>-year`. */
  name: string;
  /** How the error messages name the date, sentence case: 'The date of the decision'. */
  what: string;
  required: boolean;
  /** Refuse dates after this one (today in London for anything that has happened). */
  notAfter?: LocalDate;
}

/**
 * A GOV.UK date input read from the body, with the design system's error messages: which part is missing,
 * 'must be a real date', 'must be today or in the past'. Day and month may be typed without leading zeros.
 */
export function parseDateInput(body: FormBody, question: DateQuestion): ParsedDate {
  const typed: TypedDate = {
    day: oneValue(body, `${question.name}-day`),
    month: oneValue(body, `${question.name}-month`),
    year: oneValue(body, `${question.name}-year`),
  };
  const error = (text: string, parts?: (keyof TypedDate)[]): ParsedDate => ({
    ok: false,
    typed,
    error: {
      field: question.name,
      href: `${question.name}-${parts?.[0] ?? 'day'}`,
      text,
      ...(parts ? { parts } : {}),
    },
  });
  const parts = ['day', 'month', 'year'] as const;
  const missing = parts.filter((part) => typed[part] === '');
  if (missing.length === 3) {
    return question.required
      ? error(`Enter ${lowerFirst(question.what)}`)
      : { ok: true, value: undefined, typed };
  }
  if (missing.length > 0) {
    return error(`${question.what} must include a ${missing.join(' and ')}`, missing);
  }
  const invalid = parts.find((part) => !/^\d+$/.test(typed[part]));
  if (invalid) return error(`${question.what} must be a real date`, [invalid]);
  if (typed.year.length !== 4) return error('Year must include 4 numbers', ['year']);
  const [day, month, year] = [Number(typed.day), Number(typed.month), Number(typed.year)];
  if (month < 1 || month > 12) return error(`${question.what} must be a real date`, ['month']);
  let value: LocalDate;
  try {
    value = localDateOf(year, month, day);
  } catch {
    return error(`${question.what} must be a real date`);
  }
  if (!isLocalDate(value)) return error(`${question.what} must be a real date`);
  if (question.notAfter && value > question.notAfter) {
    return error(`${question.what} must be today or in the past`);
  }
  return { ok: true, value, typed };
}

function lowerFirst(text: string): string {
  return text.length === 0 ? text : text[0].toLowerCase() + text.slice(1);
}

/** GOV.UK radio or checkbox items from a labels record, in its order, with the chosen values checked. */
export function choiceItemsOf<K extends string>(
  labels: Record<K, string>,
  chosen: string | readonly string[] | undefined,
): { value: K; text: string; checked: boolean }[] {
  const picked = typeof chosen === 'string' ? [chosen] : (chosen ?? []);
  return (Object.keys(labels) as K[]).map((value) => ({
    value,
    text: labels[value],
    checked: picked.includes(value),
  }));
}

/** A value of a closed vocabulary from the body, or undefined when absent or not one of them. */
export function oneOf<K extends string>(body: FormBody, name: string, values: readonly K[]): K | undefined {
  const value = oneValue(body, name);
  return (values as readonly string[]).includes(value) ? (value as K) : undefined;
}

/** The GOV.UK hint's example date for a date input: today, as '27 3 2026'. */
export function exampleDateOf(today: LocalDate): string {
  const [year, month, day] = today.split('-').map(Number);
  return `${day} ${month} ${year}`;
}

/** The same UUID test the services apply to their path parameters, so a bad link is a 404 here. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
