import { parseLocalDate } from '@waypoint/calendar';
import { allValues, oneValue, parseDateInput } from './form-fields';

describe('oneValue', () => {
  it('trims a single value and treats a missing or odd value as empty', () => {
    expect(oneValue({ email: '  a@b.uk ' }, 'email')).toBe('a@b.uk');
    expect(oneValue({}, 'email')).toBe('');
    expect(oneValue({ email: { nested: true } }, 'email')).toBe('');
  });

  it('takes the first of a repeated field', () => {
    expect(oneValue({ area: ['coventry', 'birmingham'] }, 'area')).toBe('coventry');
  });
});

describe('allValues', () => {
  it('normalises one value, several, blanks and duplicates into a clean list', () => {
    expect(allValues({ types: 'labour' }, 'types')).toEqual(['labour']);
    expect(allValues({ types: ['labour', ' sexual ', '', 'labour'] }, 'types')).toEqual(['labour', 'sexual']);
    expect(allValues({}, 'types')).toEqual([]);
  });
});

describe('parseDateInput', () => {
  const question = {
    name: 'decidedOn',
    what: 'The date of the decision',
    required: true,
    notAfter: parseLocalDate('2026-12-02'),
  };
  const typed = (day: string, month: string, year: string) => ({
    'decidedOn-day': day,
    'decidedOn-month': month,
    'decidedOn-year': year,
  });

  it('reads a real date without leading zeros', () => {
    expect(parseDateInput(typed('1', '2', '2026'), question)).toMatchObject({
      ok: true,
      value: '2026-02-01',
    });
  });

  it('asks for a required date left empty, linking to the day', () => {
    expect(parseDateInput(typed('', '', ''), question)).toMatchObject({
      ok: false,
      error: { field: 'decidedOn', href: 'decidedOn-day', text: 'Enter the date of the decision' },
    });
  });

  it('accepts an optional date left empty', () => {
    expect(parseDateInput(typed('', '', ''), { ...question, required: false })).toEqual({
      ok: true,
      value: undefined,
      typed: { day: '', month: '', year: '' },
    });
  });

  it('names the missing part and links to it', () => {
    expect(parseDateInput(typed('3', '', '2026'), question)).toMatchObject({
      ok: false,
      error: { href: 'decidedOn-month', text: 'The date of the decision must include a month' },
    });
  });

  it.each([
    ['31', '4', '2026', 'decidedOn-day'],
    ['1', '13', '2026', 'decidedOn-month'],
    ['x', '1', '2026', 'decidedOn-day'],
  ])('refuses %s/%s/%s as not a real date', (day, month, year, href) => {
    expect(parseDateInput(typed(day, month, year), question)).toMatchObject({
      ok: false,
      error: { href, text: 'The date of the decision must be a real date' },
    });
  });

  it('wants a four-digit year', () => {
    expect(parseDateInput(typed('1', '1', '26'), question)).toMatchObject({
      ok: false,
      error: { href: 'decidedOn-year', text: 'Year must include 4 numbers' },
    });
  });

  it('refuses a date after the limit and keeps what was typed', () => {
    expect(parseDateInput(typed('3', '12', '2026'), question)).toEqual({
      ok: false,
      typed: { day: '3', month: '12', year: '2026' },
      error: {
        field: 'decidedOn',
        href: 'decidedOn-day',
        text: 'The date of the decision must be today or in the past',
      },
    });
    expect(parseDateInput(typed('2', '12', '2026'), question)).toMatchObject({
      ok: true,
      value: '2026-12-02',
    });
  });
});
