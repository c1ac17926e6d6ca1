import bundledFeed from './bank-holidays.json';
import {
  epochDayOfWeek,
  fromEpochDay,
  isLocalDate,
  type LocalDate,
  localDateOf,
  toEpochDay,
  yearOf,
} from './local-date';

export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Division = (typeof DIVISIONS)[number];

/** One entry of the GOV.UK feed (https://www.gov.uk/bank-holidays.json). */
export interface BankHolidayEvent {
  readonly title: string;
  readonly date: string;
  readonly notes: string;
  readonly bunting: boolean;
}

export interface BankHolidayDivision {
  readonly division: string;
  readonly events: readonly BankHolidayEvent[];
}

/** The GOV.UK bank-holidays feed: division name → that division's events. */
export type BankHolidayFeed = Readonly<Record<string, BankHolidayDivision>>;

export interface CalendarCoverage {
  readonly firstYear: number;
  readonly lastYear: number;
}

export class BankHolidayDataError extends Error {
  override readonly name = 'BankHolidayDataError';
}

/** Thrown rather than guessing: a deadline computed without a year's holidays could be silently wrong. */
export class CalendarCoverageError extends RangeError {
  override readonly name = 'CalendarCoverageError';

  constructor(
    readonly division: string,
    readonly date: LocalDate,
    readonly coverage: CalendarCoverage,
  ) {
    super(
      `No ${division} bank-holiday data for ${date}: the calendar covers ${coverage.firstYear}–${coverage.lastYear}. ` +
        'Refresh libs/calendar/src/bank-holidays.json from https://www.gov.uk/bank-holidays.json.',
    );
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseEvent(raw: unknown, path: string): BankHolidayEvent {
  // Annotated so that TypeScript narrows after each call.
  const fail: (problem: string) => never = (problem) => {
    throw new BankHolidayDataError(`Invalid bank-holiday data at ${path}: ${problem}`);
  };
  if (!isRecord(raw)) return fail('expected an object { title, date, notes, bunting }');
  const { title, date, notes, bunting } = raw;
  if (typeof title !== 'string' || title.trim() === '') fail('title must be a non-empty string');
  if (!isLocalDate(date)) fail(`date must be a real date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  if (typeof notes !== 'string') fail('notes must be a string');
  if (typeof bunting !== 'boolean') fail('bunting must be a boolean');
  return { title, date, notes, bunting };
}

function parseDivision(raw: unknown, key: string): BankHolidayDivision {
  if (!isRecord(raw))
    throw new BankHolidayDataError(`Invalid bank-holiday data at ${key}: expected an object`);
  if (raw['division'] !== key) {
    throw new BankHolidayDataError(
      `Invalid bank-holiday data at ${key}.division: expected ${JSON.stringify(key)}, got ${JSON.stringify(raw['division'])}`,
    );
  }
  const events = raw['events'];
  if (!Array.isArray(events)) {
    throw new BankHolidayDataError(`Invalid bank-holiday data at ${key}.events: expected an array`);
  }
  return { division: key, events: events.map((event, i) => parseEvent(event, `${key}.events[${i}]`)) };
}

/** Validates data in the shape of the GOV.UK bank-holidays feed. */
export function parseBankHolidayFeed(raw: unknown): BankHolidayFeed {
  if (!isRecord(raw)) {
    throw new BankHolidayDataError('Invalid bank-holiday data: expected an object keyed by division');
  }
  const feed: Record<string, BankHolidayDivision> = {};
  for (const [key, value] of Object.entries(raw)) feed[key] = parseDivision(value, key);
  return feed;
}

function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

const isWeekendEpochDay = (epochDay: number): boolean => epochDayOfWeek(epochDay) >= 6;

// Monday 1970-01-05 anchors the week arithmetic; the count is relative, only differences are meaningful.
function weekdaysThrough(epochDay: number): number {
  const daysFromAnchor = epochDay - 4 + 1;
  const weeks = Math.floor(daysFromAnchor / 7);
  return weeks * 5 + Math.min(daysFromAnchor - weeks * 7, 5);
}

const defaultCalendars = new Map<Division, WorkingDayCalendar>();

/**
 * Working days (Monday–Friday except bank holidays) of one division.
 * Day 0 is the day of an event; a deadline of N working days is the Nth working day after it.
 */
export class WorkingDayCalendar {
  readonly division: string;
  private readonly holidays: ReadonlySet<number>;
  private readonly weekdayHolidays: readonly number[];
  private readonly firstCoveredDay: number;
  private readonly lastCoveredDay: number;
  private readonly covered: CalendarCoverage;

  /**
   * The calendar covers every whole year from the earliest to the latest holiday listed; each of those years
   * must list at least one holiday, since an empty year means missing data rather than a year without holidays.
   */
  constructor(holidays: Iterable<string>, division = 'custom') {
    this.division = division;
    const epochDays = new Set<number>();
    for (const holiday of holidays) {
      if (!isLocalDate(holiday)) {
        throw new BankHolidayDataError(
          `Invalid ${division} holiday ${JSON.stringify(holiday)}: expected a real date YYYY-MM-DD`,
        );
      }
      epochDays.add(toEpochDay(holiday));
    }
    if (epochDays.size === 0) throw new BankHolidayDataError(`No ${division} holidays given`);

    const sorted = [...epochDays].sort((a, b) => a - b);
    const years = new Set(sorted.map((day) => yearOf(fromEpochDay(day))));
    const firstYear = yearOf(fromEpochDay(sorted[0]));
    const lastYear = yearOf(fromEpochDay(sorted[sorted.length - 1]));
    const missing: number[] = [];
    for (let year = firstYear; year <= lastYear; year++) if (!years.has(year)) missing.push(year);
    if (missing.length > 0) {
      throw new BankHolidayDataError(
        `Incomplete ${division} holidays: none listed for ${missing.join(', ')} within ${firstYear}–${lastYear}`,
      );
    }

    this.holidays = epochDays;
    this.weekdayHolidays = sorted.filter((day) => !isWeekendEpochDay(day));
    this.covered = { firstYear, lastYear };
    this.firstCoveredDay = toEpochDay(localDateOf(firstYear, 1, 1));
    this.lastCoveredDay = toEpochDay(localDateOf(lastYear, 12, 31));
  }

  /** The calendar of a GOV.UK division, from the bundled data unless `data` (GOV.UK feed shape) is given. */
  static forDivision(division: Division, data?: unknown): WorkingDayCalendar {
    if (data === undefined) {
      let calendar = defaultCalendars.get(division);
      if (!calendar) {
        calendar = WorkingDayCalendar.fromFeed(division, bundledFeed);
        defaultCalendars.set(division, calendar);
      }
      return calendar;
    }
    return WorkingDayCalendar.fromFeed(division, data);
  }

  private static fromFeed(division: Division, data: unknown): WorkingDayCalendar {
    const feed = parseBankHolidayFeed(data);
    const entry = feed[division];
    if (!entry) {
      throw new BankHolidayDataError(
        `Bank-holiday data has no ${JSON.stringify(division)} division (found: ${Object.keys(feed).join(', ') || 'none'})`,
      );
    }
    return new WorkingDayCalendar(
      entry.events.map((event) => event.date),
      division,
    );
  }

  coverage(): CalendarCoverage {
    return { ...this.covered };
  }

  covers(date: LocalDate): boolean {
    const day = toEpochDay(date);
    return day >= this.firstCoveredDay && day <= this.lastCoveredDay;
  }

  isBankHoliday(date: LocalDate): boolean {
    return this.holidays.has(this.coveredEpochDay(date));
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.isWorkingEpochDay(this.coveredEpochDay(date));
  }

  /**
   * The `days`th working day after `date`; `date` itself (day 0) need not be a working day.
   * Only the days after `date` must be covered, since only their holidays affect the answer.
   */
  addWorkingDays(date: LocalDate, days: number): LocalDate {
    if (!Number.isSafeInteger(days) || days < 0) {
      throw new RangeError(`Working days to add must be a non-negative integer, got ${days}`);
    }
    let day = toEpochDay(date);
    for (let remaining = days; remaining > 0;) {
      day += 1;
      this.assertCovered(day);
      if (this.isWorkingEpochDay(day)) remaining -= 1;
    }
    return days === 0 ? date : fromEpochDay(day);
  }

  /** Working days in (from, to]; negative (the count in (to, from]) when `to` is before `from`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    const start = toEpochDay(from);
    const end = toEpochDay(to);
    if (start === end) return 0;
    if (end < start) return -this.workingDaysBetween(to, from);
    this.assertCovered(start + 1);
    this.assertCovered(end);
    const weekdays = weekdaysThrough(end) - weekdaysThrough(start);
    const holidays = upperBound(this.weekdayHolidays, end) - upperBound(this.weekdayHolidays, start);
    return weekdays - holidays;
  }

  private isWorkingEpochDay(day: number): boolean {
    return !isWeekendEpochDay(day) && !this.holidays.has(day);
  }

  private coveredEpochDay(date: LocalDate): number {
    const day = toEpochDay(date);
    this.assertCovered(day);
    return day;
  }

  private assertCovered(day: number): void {
    if (day < this.firstCoveredDay || day > this.lastCoveredDay) {
      throw new CalendarCoverageError(this.division, fromEpochDay(day), this.coverage());
    }
  }
}
