declare const localDateBrand: unique symbol;

/** A civil calendar date with no time of day and no time zone, as ISO `YYYY-MM-DD` (years 0001–9999). */
export type LocalDate = string & { readonly [localDateBrand]: 'LocalDate' };

/** ISO 8601 day of week: 1 = Monday … 7 = Sunday. */
export type IsoDayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export class InvalidLocalDateError extends Error {
  override readonly name = 'InvalidLocalDateError';

  constructor(
    readonly input: unknown,
    reason = 'expected a real calendar date as YYYY-MM-DD',
  ) {
    super(`Invalid date ${JSON.stringify(input) ?? String(input)}: ${reason}`);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

// Every conversion goes through UTC so that the host time zone can never move a date by a day.
function epochDayOfParts(year: number, month: number, day: number): number {
  // setUTCFullYear rather than Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  return new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY;
}

function format(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}

function tryParse(value: string): { epochDay: number; date: LocalDate } | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const epochDay = epochDayOfParts(year, month, day);
  // Date rolls 2026-02-30 over to 2026-03-02; a round trip that changes the text means it was not a real date.
  const date = fromEpochDay(epochDay);
  return date === value ? { epochDay, date } : undefined;
}

export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && tryParse(value) !== undefined;
}

/** Validates `YYYY-MM-DD` text (a real date, years 0001–9999) and brands it. */
export function parseLocalDate(value: string): LocalDate {
  if (typeof value !== 'string') throw new InvalidLocalDateError(value, 'expected a string YYYY-MM-DD');
  const parsed = tryParse(value);
  if (!parsed) throw new InvalidLocalDateError(value);
  return parsed.date;
}

/** Builds a date from a year, a month (1–12) and a day of the month, rejecting overflow such as 31 April. */
export function localDateOf(year: number, month: number, day: number): LocalDate {
  if (![year, month, day].every(Number.isInteger)) {
    throw new InvalidLocalDateError(`${year}-${month}-${day}`, 'year, month and day must be integers');
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new InvalidLocalDateError(`${year}-${month}-${day}`, `year must be ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return parseLocalDate(format(year, month, day));
}

/** Days since 1970-01-01 (negative before it). */
export function toEpochDay(date: LocalDate): number {
  const parsed = typeof date === 'string' ? tryParse(date) : undefined;
  if (!parsed) throw new InvalidLocalDateError(date);
  return parsed.epochDay;
}

export function fromEpochDay(epochDay: number): LocalDate {
  if (!Number.isSafeInteger(epochDay)) throw new RangeError(`Epoch day must be an integer, got ${epochDay}`);
  const instant = new Date(epochDay * MS_PER_DAY);
  const year = instant.getUTCFullYear();
  if (Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Epoch day ${epochDay} is outside years ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return format(year, instant.getUTCMonth() + 1, instant.getUTCDate());
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Days to add must be an integer, got ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Signed number of calendar days from `from` to `to` (positive when `to` is later). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function epochDayOfWeek(epochDay: number): IsoDayOfWeek {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoDayOfWeek;
}

export function dayOfWeek(date: LocalDate): IsoDayOfWeek {
  return epochDayOfWeek(toEpochDay(date));
}

export function isWeekend(date: LocalDate): boolean {
  return dayOfWeek(date) >= 6;
}

export function yearOf(date: LocalDate): number {
  return Number(parseLocalDate(date).slice(0, 4));
}

export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  const difference = toEpochDay(a) - toEpochDay(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

const londonFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The civil date in Europe/London (GMT in winter, BST in summer) at the given instant. */
export function londonDateOf(instant: Date): LocalDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new InvalidLocalDateError(instant, 'expected a valid Date instant');
  }
  const parts = londonFormatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => {
    const found = parts.find((p) => p.type === type);
    if (!found) throw new Error(`Intl.DateTimeFormat returned no ${type} for ${instant.toISOString()}`);
    return Number(found.value);
  };
  return localDateOf(part('year'), part('month'), part('day'));
}

/**
 * The instant a civil date begins in Europe/London. Clocks change at 01:00 UTC, never at
 * midnight, so the day always begins at 00:00 local time: 00:00 UTC in winter, 23:00 UTC the
 * evening before in summer.
 */
export function startOfLondonDay(date: LocalDate): Date {
  const utcMidnight = Date.UTC(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const anHourEarlier = new Date(utcMidnight - 3_600_000);
  return londonDateOf(anHourEarlier) === date ? anHourEarlier : new Date(utcMidnight);
}
