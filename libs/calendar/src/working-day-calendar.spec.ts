import fc from 'fast-check';

import bundledFeed from './bank-holidays.json';
import {
  addCalendarDays,
  dayOfWeek,
  fromEpochDay,
  type LocalDate,
  parseLocalDate,
  toEpochDay,
} from './local-date';
import {
  BankHolidayDataError,
  CalendarCoverageError,
  DIVISIONS,
  type Division,
  parseBankHolidayFeed,
  WorkingDayCalendar,
} from './working-day-calendar';

const d = (text: string): LocalDate => parseLocalDate(text);

const event = (date: string) => ({ title: 'Holiday', date, notes: '', bunting: true });
const feedOf = (division: string, dates: readonly string[]) => ({
  [division]: { division, events: dates.map(event) },
});

/** England and Wales bank holidays as tabled in docs/domain.md ("Working days"). */
const DOMAIN_TABLE: Record<number, readonly string[]> = {
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
};

function naiveWorkingDaysBetween(sut: WorkingDayCalendar, from: LocalDate, to: LocalDate): number {
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addCalendarDays(start, 1); day <= end; day = addCalendarDays(day, 1)) {
    if (sut.isWorkingDay(day)) count += 1;
  }
  return sign * count;
}

const firstDay = toEpochDay(d('2022-01-01'));
// Leaves room for 200 working days (under 300 calendar days) before the end of 2028.
const lastStartDay = toEpochDay(d('2027-12-31'));
const startDate = fc.integer({ min: firstDay, max: lastStartDay }).map(fromEpochDay);
const workingDays = fc.integer({ min: 0, max: 200 });
const division = fc.constantFrom<Division>(...DIVISIONS);
const calendarOf = (name: Division) => WorkingDayCalendar.forDivision(name);

describe('WorkingDayCalendar', () => {
  describe('bundled bank-holiday data', () => {
    const englandAndWales = bundledFeed['england-and-wales'].events.map((e) => e.date);

    it.each(Object.entries(DOMAIN_TABLE))(
      'lists exactly the England and Wales holidays of %s in docs/domain.md',
      (year, days) => {
        expect(englandAndWales.filter((date) => date.startsWith(`${year}-`))).toEqual(
          days.map((day) => `${year}-${day}`),
        );
      },
    );

    it('includes the one-off England and Wales holidays of 2022 and 2023', () => {
      expect(englandAndWales).toEqual(expect.arrayContaining(['2022-06-03', '2022-09-19', '2023-05-08']));
    });

    it.each(DIVISIONS)(
      'lists %s holidays in date order, on weekdays only (substitute days replace weekend dates)',
      (name) => {
        const dates = bundledFeed[name].events.map((e) => e.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates.filter((date) => dayOfWeek(d(date)) >= 6)).toEqual([]);
      },
    );

    it.each(DIVISIONS)('validates as GOV.UK-shaped data and covers 2022-2028 for %s', (name) => {
      expect(() => parseBankHolidayFeed(bundledFeed)).not.toThrow();
      expect(calendarOf(name).coverage()).toEqual({ firstYear: 2022, lastYear: 2028 });
    });
  });

  describe('England and Wales', () => {
    const sut = WorkingDayCalendar.forDivision('england-and-wales');

    it('names its division', () => {
      expect(sut.division).toBe('england-and-wales');
    });

    describe('isWorkingDay', () => {
      it.each(['2026-04-01', '2026-04-02', '2026-04-07', '2026-12-29', '2027-12-29', '2028-01-04'])(
        'treats the ordinary weekday %s as a working day',
        (date) => {
          expect(sut.isWorkingDay(d(date))).toBe(true);
        },
      );

      it.each(['2026-04-04', '2026-04-05', '2027-12-25', '2027-12-26', '2028-01-01', '2028-01-02'])(
        'treats the weekend day %s as not a working day',
        (date) => {
          expect(sut.isWorkingDay(d(date))).toBe(false);
        },
      );

      it.each([
        ['Good Friday 2026', '2026-04-03'],
        ['Easter Monday 2026', '2026-04-06'],
        ['Christmas Day 2026', '2026-12-25'],
        ['the Boxing Day substitute 2026', '2026-12-28'],
        ['the Christmas Day substitute 2027', '2027-12-27'],
        ['the Boxing Day substitute 2027', '2027-12-28'],
        ['the New Year substitute 2028', '2028-01-03'],
        ['the Platinum Jubilee holiday', '2022-06-03'],
        ['the State Funeral of Queen Elizabeth II', '2022-09-19'],
        ['the coronation of King Charles III', '2023-05-08'],
      ])('treats %s (%s) as a bank holiday', (_, date) => {
        expect(sut.isWorkingDay(d(date))).toBe(false);
        expect(sut.isBankHoliday(d(date))).toBe(true);
      });

      it('does not treat a holiday of another nation as a bank holiday', () => {
        expect(sut.isWorkingDay(d('2026-03-17'))).toBe(true);
        expect(sut.isWorkingDay(d('2026-11-30'))).toBe(true);
        expect(sut.isWorkingDay(d('2026-06-15'))).toBe(true);
      });
    });

    describe('addWorkingDays', () => {
      it.each([
        ['Easter 2026: Wed 1 Apr + 5 skips Good Friday and Easter Monday', '2026-04-01', 5, '2026-04-10'],
        ['Easter 2026: Thu 2 Apr + 1 skips to Tue 7 Apr', '2026-04-02', 1, '2026-04-07'],
        ['Christmas 2026: Tue 22 Dec + 5 skips 25 and 28 Dec', '2026-12-22', 5, '2026-12-31'],
        ['Christmas 2026: Thu 24 Dec + 1 is Tue 29 Dec', '2026-12-24', 1, '2026-12-29'],
        ['Christmas 2027: Thu 23 Dec + 3 skips the 27 and 28 Dec substitutes', '2027-12-23', 3, '2027-12-30'],
        ['New Year 2028: Thu 30 Dec 2027 + 2 skips the 3 Jan substitute', '2027-12-30', 2, '2028-01-04'],
        ['Christmas 2027 into 2028: Thu 23 Dec + 5', '2027-12-23', 5, '2028-01-04'],
        ['a weekend: Fri + 1 is Mon', '2026-01-09', 1, '2026-01-12'],
        ['a weekend: Sat + 1 is Mon', '2026-01-10', 1, '2026-01-12'],
        ['a weekend: Sun + 1 is Mon', '2026-01-11', 1, '2026-01-12'],
        ['a plain week: Mon + 5 is next Mon', '2026-01-12', 5, '2026-01-19'],
        ['the 2022 Jubilee: Wed 1 Jun + 1 skips 2 and 3 Jun', '2022-06-01', 1, '2022-06-06'],
        ['the 2022 State Funeral: Fri 16 Sep + 1 skips Mon 19 Sep', '2022-09-16', 1, '2022-09-20'],
        ['the 2023 coronation: Thu 4 May + 2 skips Mon 8 May', '2023-05-04', 2, '2023-05-09'],
        ['the 2023 coronation week: Fri 28 Apr + 5 skips 1 and 8 May', '2023-04-28', 5, '2023-05-09'],
      ])('%s', (_, from, days, expected) => {
        expect(sut.addWorkingDays(d(from), days)).toBe(expected);
      });

      it.each(['2026-04-03', '2026-04-04', '2026-04-01'])(
        'returns the event day itself for 0 working days (%s)',
        (date) => {
          expect(sut.addWorkingDays(d(date), 0)).toBe(date);
        },
      );

      it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p working days', (days) => {
        expect(() => sut.addWorkingDays(d('2026-04-01'), days)).toThrow(RangeError);
      });

      it('rejects a malformed date passed in from untyped code', () => {
        expect(() => sut.addWorkingDays('2026-02-30' as LocalDate, 1)).toThrow('Invalid date "2026-02-30"');
      });
    });

    describe('workingDaysBetween', () => {
      it.each([
        ['the same day', '2026-04-01', '2026-04-01', 0],
        ['Fri to Mon (the end day counts, the start day does not)', '2026-01-09', '2026-01-12', 1],
        ['Sat to Sun', '2026-01-10', '2026-01-11', 0],
        ['the Easter 2026 deadline', '2026-04-01', '2026-04-10', 5],
        ['the Christmas 2026 deadline', '2026-12-22', '2026-12-31', 5],
        ['all of 2026 (261 weekdays less 8 holidays)', '2025-12-31', '2026-12-31', 253],
        ['all of 2022 (260 weekdays less 10 holidays)', '2021-12-31', '2022-12-31', 250],
        ['backwards over Easter 2026', '2026-04-10', '2026-04-01', -5],
      ])('counts %s', (_, from, to, expected) => {
        expect(sut.workingDaysBetween(d(from), d(to))).toBe(expected);
      });
    });

    describe('coverage', () => {
      it('reports the first and last years of its data', () => {
        expect(sut.coverage()).toEqual({ firstYear: 2022, lastYear: 2028 });
      });

      it('covers every day of the first and last years', () => {
        expect(sut.covers(d('2022-01-01'))).toBe(true);
        expect(sut.covers(d('2028-12-31'))).toBe(true);
        expect(sut.covers(d('2021-12-31'))).toBe(false);
        expect(sut.covers(d('2029-01-01'))).toBe(false);
        expect(sut.isWorkingDay(d('2028-12-29'))).toBe(true);
      });

      it('refuses to answer for a date after the last covered year', () => {
        expect(() => sut.isWorkingDay(d('2029-01-02'))).toThrow(CalendarCoverageError);
        expect(() => sut.isWorkingDay(d('2029-01-02'))).toThrow(
          'No england-and-wales bank-holiday data for 2029-01-02: the calendar covers 2022–2028',
        );
      });

      it('refuses to answer for a date before the first covered year', () => {
        expect(() => sut.isWorkingDay(d('2021-12-31'))).toThrow(CalendarCoverageError);
      });

      it('refuses a deadline that runs past the last covered year', () => {
        expect(() => sut.addWorkingDays(d('2028-12-29'), 1)).toThrow(CalendarCoverageError);
        expect(() => sut.addWorkingDays(d('2028-12-20'), 1_000_000)).toThrow(CalendarCoverageError);
        expect(() => sut.addWorkingDays(d('2030-01-01'), 1)).toThrow(CalendarCoverageError);
      });

      it('exposes the offending date and the coverage on the error', () => {
        let caught: unknown;
        try {
          sut.addWorkingDays(d('2028-12-29'), 1);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(CalendarCoverageError);
        expect(caught).toMatchObject({
          division: 'england-and-wales',
          date: '2029-01-01',
          coverage: { firstYear: 2022, lastYear: 2028 },
        });
      });

      it('allows an event on the day before coverage, as only later days decide the deadline', () => {
        expect(sut.addWorkingDays(d('2021-12-31'), 1)).toBe('2022-01-04');
      });

      it('refuses to count working days outside coverage', () => {
        expect(() => sut.workingDaysBetween(d('2028-12-01'), d('2029-01-05'))).toThrow(CalendarCoverageError);
        expect(() => sut.workingDaysBetween(d('2029-01-05'), d('2028-12-01'))).toThrow(CalendarCoverageError);
        expect(() => sut.workingDaysBetween(d('2021-12-01'), d('2022-01-05'))).toThrow(CalendarCoverageError);
      });
    });
  });

  describe('other nations', () => {
    it.each([
      ['england-and-wales', '2026-11-27', '2026-11-30'],
      ['scotland', '2026-11-27', '2026-12-01'],
      ['scotland', '2026-06-12', '2026-06-16'],
      ['england-and-wales', '2026-06-12', '2026-06-15'],
      ['northern-ireland', '2026-03-16', '2026-03-18'],
      ['england-and-wales', '2026-03-16', '2026-03-17'],
      ['northern-ireland', '2026-07-10', '2026-07-14'],
      ['scotland', '2026-04-02', '2026-04-06'],
      ['england-and-wales', '2026-04-02', '2026-04-07'],
      ['scotland', '2025-12-31', '2026-01-05'],
      ['england-and-wales', '2025-12-31', '2026-01-02'],
    ] as const)('in %s, %s + 1 working day is %s', (name, from, expected) => {
      const sut = WorkingDayCalendar.forDivision(name);
      expect(sut.addWorkingDays(d(from), 1)).toBe(expected);
    });
  });

  describe('loading data', () => {
    it('builds a calendar from data supplied in the GOV.UK shape', () => {
      const sut = WorkingDayCalendar.forDivision(
        'scotland',
        feedOf('scotland', ['2030-01-01', '2030-01-02']),
      );
      expect(sut.coverage()).toEqual({ firstYear: 2030, lastYear: 2030 });
      expect(sut.addWorkingDays(d('2029-12-31'), 1)).toBe('2030-01-03');
    });

    it('builds a calendar from a plain list of holiday dates', () => {
      const sut = new WorkingDayCalendar(['2030-12-25', '2030-12-26', '2030-12-25'], 'test');
      expect(sut.division).toBe('test');
      expect(sut.addWorkingDays(d('2030-12-24'), 1)).toBe('2030-12-27');
    });

    it.each([
      ['data that is not an object', [], 'expected an object keyed by division'],
      [
        'a missing division',
        feedOf('scotland', ['2026-01-01']),
        'has no "england-and-wales" division (found: scotland)',
      ],
      [
        'a division whose name does not match its key',
        { 'england-and-wales': { division: 'scotland', events: [] } },
        'england-and-wales.division: expected "england-and-wales", got "scotland"',
      ],
      [
        'events that are not a list',
        { 'england-and-wales': { division: 'england-and-wales', events: {} } },
        'england-and-wales.events: expected an array',
      ],
      [
        'an impossible date',
        feedOf('england-and-wales', ['2026-01-01', '2026-02-30']),
        'england-and-wales.events[1]: date must be a real date YYYY-MM-DD, got "2026-02-30"',
      ],
      [
        'a date with a time',
        feedOf('england-and-wales', ['2026-01-01T00:00:00Z']),
        'england-and-wales.events[0]: date must be a real date',
      ],
      [
        'an event without bunting',
        {
          'england-and-wales': {
            division: 'england-and-wales',
            events: [{ title: 'X', date: '2026-01-01', notes: '' }],
          },
        },
        'england-and-wales.events[0]: bunting must be a boolean',
      ],
      [
        'an event without a title',
        {
          'england-and-wales': {
            division: 'england-and-wales',
            events: [{ date: '2026-01-01', notes: '', bunting: true }],
          },
        },
        'england-and-wales.events[0]: title must be a non-empty string',
      ],
      ['no events at all', feedOf('england-and-wales', []), 'No england-and-wales holidays given'],
      [
        'a year with no holidays inside the range',
        feedOf('england-and-wales', ['2024-01-01', '2026-01-01', '2027-01-01']),
        'none listed for 2025 within 2024–2027',
      ],
      [
        'a bad division elsewhere in the feed',
        { ...feedOf('england-and-wales', ['2026-01-01']), scotland: { division: 'scotland' } },
        'scotland.events: expected an array',
      ],
    ])('rejects %s with a clear error', (_, data, message) => {
      expect(() => WorkingDayCalendar.forDivision('england-and-wales', data)).toThrow(BankHolidayDataError);
      expect(() => WorkingDayCalendar.forDivision('england-and-wales', data)).toThrow(message);
    });

    it('rejects a malformed date in a plain list', () => {
      expect(() => new WorkingDayCalendar(['2026-1-1'])).toThrow(BankHolidayDataError);
    });
  });

  describe('properties (every division, 2022-2028)', () => {
    it('lands on a working day for n >= 1', () => {
      fc.assert(
        fc.property(division, startDate, fc.integer({ min: 1, max: 200 }), (name, date, n) => {
          expect(calendarOf(name).isWorkingDay(calendarOf(name).addWorkingDays(date, n))).toBe(true);
        }),
      );
    });

    it('lands strictly after the event day for n >= 1', () => {
      fc.assert(
        fc.property(division, startDate, fc.integer({ min: 1, max: 200 }), (name, date, n) => {
          expect(calendarOf(name).addWorkingDays(date, n) > date).toBe(true);
        }),
      );
    });

    it('counts back exactly the working days that were added', () => {
      fc.assert(
        fc.property(division, startDate, workingDays, (name, date, n) => {
          const sut = calendarOf(name);
          expect(sut.workingDaysBetween(date, sut.addWorkingDays(date, n))).toBe(n);
        }),
      );
    });

    it('is strictly increasing in n', () => {
      fc.assert(
        fc.property(division, startDate, workingDays, workingDays, (name, date, a, b) => {
          fc.pre(a !== b);
          const sut = calendarOf(name);
          const [low, high] = a < b ? [a, b] : [b, a];
          expect(sut.addWorkingDays(date, low) < sut.addWorkingDays(date, high)).toBe(true);
        }),
      );
    });

    it('adds a+b working days the same as a then b', () => {
      const half = fc.integer({ min: 0, max: 100 });
      fc.assert(
        fc.property(division, startDate, half, half, (name, date, a, b) => {
          const sut = calendarOf(name);
          expect(sut.addWorkingDays(date, a + b)).toBe(sut.addWorkingDays(sut.addWorkingDays(date, a), b));
        }),
      );
    });

    it('counts working days like a day-by-day count, in either direction', () => {
      const span = fc.integer({ min: -400, max: 400 });
      fc.assert(
        fc.property(division, startDate, span, (name, date, days) => {
          const sut = calendarOf(name);
          const other = addCalendarDays(date, days);
          fc.pre(sut.covers(other));
          expect(sut.workingDaysBetween(date, other)).toBe(naiveWorkingDaysBetween(sut, date, other));
        }),
        { numRuns: 300 },
      );
    });

    it('adds up counts over consecutive spans', () => {
      const span = fc.integer({ min: 0, max: 300 });
      fc.assert(
        fc.property(division, startDate, span, span, (name, date, x, y) => {
          const sut = calendarOf(name);
          const middle = addCalendarDays(date, x);
          const end = addCalendarDays(middle, y);
          fc.pre(sut.covers(end));
          expect(sut.workingDaysBetween(date, end)).toBe(
            sut.workingDaysBetween(date, middle) + sut.workingDaysBetween(middle, end),
          );
        }),
      );
    });
  });
});
