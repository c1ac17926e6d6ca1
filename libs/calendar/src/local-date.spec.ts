import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import fc from 'fast-check';

import * as sut from './local-date';

const MIN_DAY = sut.toEpochDay(sut.parseLocalDate('1900-01-01'));
const MAX_DAY = sut.toEpochDay(sut.parseLocalDate('2199-12-31'));
const anyDate = fc.integer({ min: MIN_DAY, max: MAX_DAY }).map(sut.fromEpochDay);

describe('LocalDate', () => {
  describe('parsing', () => {
    it.each(['2026-04-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])(
      'accepts the real date %s',
      (text) => {
        expect(sut.parseLocalDate(text)).toBe(text);
        expect(sut.isLocalDate(text)).toBe(true);
      },
    );

    it.each([
      '2026-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '9999-99-99',
      '9999-12-32',
      '0000-01-01',
      '2026-1-01',
      '26-01-01',
      '2026-01-01T00:00:00Z',
      ' 2026-01-01',
      '',
    ])('rejects %j', (text) => {
      expect(() => sut.parseLocalDate(text)).toThrow(sut.InvalidLocalDateError);
      expect(sut.isLocalDate(text)).toBe(false);
    });

    it('rejects values that are not strings', () => {
      expect(sut.isLocalDate(20260401)).toBe(false);
      expect(sut.isLocalDate(new Date())).toBe(false);
      expect(() => sut.parseLocalDate(undefined as unknown as string)).toThrow(sut.InvalidLocalDateError);
    });

    it('names the offending input in the error', () => {
      expect(() => sut.parseLocalDate('2026-02-30')).toThrow('Invalid date "2026-02-30"');
    });

    it('builds dates from parts and rejects overflowing parts', () => {
      expect(sut.localDateOf(2026, 4, 1)).toBe('2026-04-01');
      expect(sut.localDateOf(33, 1, 2)).toBe('0033-01-02');
      expect(() => sut.localDateOf(2026, 4, 31)).toThrow(sut.InvalidLocalDateError);
      expect(() => sut.localDateOf(2026, 1.5, 1)).toThrow(sut.InvalidLocalDateError);
      expect(() => sut.localDateOf(10000, 1, 1)).toThrow(sut.InvalidLocalDateError);
    });

    it('round-trips every date through its epoch day', () => {
      fc.assert(
        fc.property(anyDate, (date) => {
          expect(sut.parseLocalDate(date)).toBe(date);
          expect(sut.fromEpochDay(sut.toEpochDay(date))).toBe(date);
        }),
      );
    });
  });

  describe('calendar arithmetic', () => {
    it('counts epoch days from 1970-01-01', () => {
      expect(sut.toEpochDay(sut.parseLocalDate('1970-01-01'))).toBe(0);
      expect(sut.toEpochDay(sut.parseLocalDate('1969-12-31'))).toBe(-1);
      expect(sut.fromEpochDay(20_544)).toBe('2026-04-01');
    });

    it.each([
      ['2026-01-31', 1, '2026-02-01'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2024-02-28', 1, '2024-02-29'],
      ['2026-02-28', 1, '2026-03-01'],
      ['2026-03-01', -1, '2026-02-28'],
      ['2026-03-28', 2, '2026-03-30'],
      ['2026-10-24', 2, '2026-10-26'],
      ['2026-04-01', 0, '2026-04-01'],
      ['2026-01-01', 365, '2027-01-01'],
    ])('%s plus %i calendar days is %s', (from, days, expected) => {
      expect(sut.addCalendarDays(sut.parseLocalDate(from), days)).toBe(expected);
    });

    it('rejects a fractional number of days', () => {
      expect(() => sut.addCalendarDays(sut.parseLocalDate('2026-01-01'), 0.5)).toThrow(RangeError);
    });

    it('rejects results outside years 0001-9999', () => {
      expect(() => sut.addCalendarDays(sut.parseLocalDate('9999-12-31'), 1)).toThrow(RangeError);
    });

    it('adds a+b days the same as a days then b days', () => {
      const days = fc.integer({ min: -20_000, max: 20_000 });
      fc.assert(
        fc.property(anyDate, days, days, (date, a, b) => {
          expect(sut.addCalendarDays(date, a + b)).toBe(sut.addCalendarDays(sut.addCalendarDays(date, a), b));
        }),
      );
    });

    it('measures back the days that were added', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
          expect(sut.calendarDaysBetween(date, sut.addCalendarDays(date, days))).toBe(days);
        }),
      );
    });

    it('orders dates like their ISO text', () => {
      fc.assert(
        fc.property(anyDate, anyDate, (a, b) => {
          expect(sut.compareLocalDates(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
        }),
      );
    });

    it('gives the year of a date', () => {
      expect(sut.yearOf(sut.parseLocalDate('2027-12-31'))).toBe(2027);
    });
  });

  describe('day of week', () => {
    it.each([
      ['1970-01-01', 4],
      ['2026-03-30', 1],
      ['2026-04-01', 3],
      ['2026-04-03', 5],
      ['2026-12-26', 6],
      ['2026-12-27', 7],
      ['2028-01-03', 1],
    ] as const)('%s is ISO day %i', (date, expected) => {
      expect(sut.dayOfWeek(sut.parseLocalDate(date))).toBe(expected);
    });

    it('treats Saturday and Sunday as the weekend', () => {
      expect(sut.isWeekend(sut.parseLocalDate('2026-04-04'))).toBe(true);
      expect(sut.isWeekend(sut.parseLocalDate('2026-04-05'))).toBe(true);
      expect(sut.isWeekend(sut.parseLocalDate('2026-04-06'))).toBe(false);
      expect(sut.isWeekend(sut.parseLocalDate('2026-04-03'))).toBe(false);
    });

    it('advances by one each day, wrapping Sunday to Monday', () => {
      fc.assert(
        fc.property(anyDate, (date) => {
          expect(sut.dayOfWeek(sut.addCalendarDays(date, 1))).toBe((sut.dayOfWeek(date) % 7) + 1);
        }),
      );
    });
  });

  describe('independence from the host time zone', () => {
    // Jest sandboxes process.env, so the zone can only really be switched in a separate Node process.
    const zones = {
      'Pacific/Kiritimati': -840,
      'Pacific/Pago_Pago': 660,
      'America/Los_Angeles': 480,
      'Australia/Lord_Howe': -660,
      'Europe/London': 0,
    };
    let results: Record<string, Record<string, unknown>>;

    beforeAll(() => {
      const probe = `
        const m = require(${JSON.stringify(join(__dirname, 'local-date.ts'))});
        const results = {};
        for (const zone of ${JSON.stringify(Object.keys(zones))}) {
          process.env.TZ = zone;
          results[zone] = {
            offsetMinutes: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
            parsed: m.parseLocalDate('2026-03-29'),
            springForward: m.addCalendarDays(m.parseLocalDate('2026-03-28'), 1),
            autumnBack: m.addCalendarDays(m.parseLocalDate('2026-10-25'), 1),
            dayOfWeek: m.dayOfWeek(m.parseLocalDate('2026-03-29')),
            epochDay: m.toEpochDay(m.parseLocalDate('1970-01-01')),
            fromEpochDay: m.fromEpochDay(20544),
            london: m.londonDateOf(new Date('2026-07-01T23:30:00Z')),
          };
        }
        process.stdout.write(JSON.stringify(results));
      `;
      const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', probe], {
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC' },
      });
      results = JSON.parse(output) as typeof results;
    }, 30_000);

    it.each(Object.entries(zones))(
      'computes the same dates when the process runs in %s',
      (zone, offsetMinutes) => {
        expect(results[zone]).toEqual({
          offsetMinutes,
          parsed: '2026-03-29',
          springForward: '2026-03-29',
          autumnBack: '2026-10-26',
          dayOfWeek: 7,
          epochDay: 0,
          fromEpochDay: '2026-04-01',
          london: '2026-07-02',
        });
      },
    );
  });

  describe('startOfLondonDay', () => {
    it.each([
      ['a GMT day begins at 00:00 UTC', '2026-01-15', '2026-01-15T00:00:00.000Z'],
      ['a BST day begins at 23:00 UTC the evening before', '2026-07-01', '2026-06-30T23:00:00.000Z'],
      ['the day the clocks go forward begins in GMT', '2026-03-29', '2026-03-29T00:00:00.000Z'],
      ['the day after begins in BST', '2026-03-30', '2026-03-29T23:00:00.000Z'],
      ['the day the clocks go back begins in BST', '2026-10-25', '2026-10-24T23:00:00.000Z'],
      ['the day after begins in GMT', '2026-10-26', '2026-10-26T00:00:00.000Z'],
    ])('%s (%s)', (_, date, instant) => {
      expect(sut.startOfLondonDay(sut.parseLocalDate(date)).toISOString()).toBe(instant);
    });

    it('is the first instant whose London date is that date, for any date', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: sut.toEpochDay(sut.parseLocalDate('1990-01-01')), max: MAX_DAY - 1 }),
          (day) => {
            const date = sut.fromEpochDay(day);
            const start = sut.startOfLondonDay(date);
            expect(sut.londonDateOf(start)).toBe(date);
            expect(sut.londonDateOf(new Date(start.getTime() - 1))).toBe(sut.fromEpochDay(day - 1));
          },
        ),
      );
    });
  });

  describe('londonDateOf', () => {
    it.each([
      ['an instant late in a winter evening (GMT)', '2026-01-15T23:30:00Z', '2026-01-15'],
      ['23:30 UTC in summer, which is 00:30 BST the next day', '2026-07-01T23:30:00Z', '2026-07-02'],
      ['the first instant of a BST day, 23:00 UTC the day before', '2026-06-30T23:00:00Z', '2026-07-01'],
      ['the last instant of a BST day', '2026-06-30T22:59:59.999Z', '2026-06-30'],
      ['the last instant of a GMT year', '2026-12-31T23:59:59.999Z', '2026-12-31'],
      ['the first instant of a GMT year', '2027-01-01T00:00:00Z', '2027-01-01'],
    ])('gives the London date for %s', (_, instant, expected) => {
      expect(sut.londonDateOf(new Date(instant))).toBe(expected);
    });

    describe('around the spring clock change (clocks go forward at 01:00 GMT on 29 March 2026)', () => {
      it.each([
        ['2026-03-28T23:59:59Z', '2026-03-28'],
        ['2026-03-29T00:00:00Z', '2026-03-29'],
        ['2026-03-29T00:59:59Z', '2026-03-29'],
        ['2026-03-29T01:00:00Z', '2026-03-29'],
        ['2026-03-29T22:59:59Z', '2026-03-29'],
        ['2026-03-29T23:00:00Z', '2026-03-30'],
        ['2026-03-29T23:30:00Z', '2026-03-30'],
      ])('%s is %s in London', (instant, expected) => {
        expect(sut.londonDateOf(new Date(instant))).toBe(expected);
      });
    });

    describe('around the autumn clock change (clocks go back at 01:00 GMT on 25 October 2026)', () => {
      it.each([
        ['2026-10-24T22:59:59Z', '2026-10-24'],
        ['2026-10-24T23:00:00Z', '2026-10-25'],
        ['2026-10-25T00:30:00Z', '2026-10-25'],
        ['2026-10-25T01:30:00Z', '2026-10-25'],
        ['2026-10-25T23:00:00Z', '2026-10-25'],
        ['2026-10-25T23:59:59Z', '2026-10-25'],
        ['2026-10-26T00:00:00Z', '2026-10-26'],
      ])('%s is %s in London', (instant, expected) => {
        expect(sut.londonDateOf(new Date(instant))).toBe(expected);
      });
    });

    it('agrees with the UK summer-time rule (BST from 01:00 UTC on the last Sunday of March to the last Sunday of October)', () => {
      const lastSundayAt0100Utc = (year: number, month: number): number => {
        const lastDay = sut.localDateOf(year, month, 31);
        const back = sut.dayOfWeek(lastDay) % 7;
        return Date.parse(`${sut.addCalendarDays(lastDay, -back)}T01:00:00Z`);
      };
      const from = Date.parse('1997-01-01T00:00:00Z');
      const to = Date.parse('2037-12-31T23:59:59Z');
      fc.assert(
        fc.property(fc.integer({ min: from, max: to }), (ms) => {
          const year = new Date(ms).getUTCFullYear();
          const inBst = ms >= lastSundayAt0100Utc(year, 3) && ms < lastSundayAt0100Utc(year, 10);
          const expected = new Date(ms + (inBst ? 3_600_000 : 0)).toISOString().slice(0, 10);
          expect(sut.londonDateOf(new Date(ms))).toBe(expected);
        }),
        { numRuns: 2000 },
      );
    });

    it('rejects an invalid Date', () => {
      expect(() => sut.londonDateOf(new Date('not a date'))).toThrow(sut.InvalidLocalDateError);
    });
  });
});
