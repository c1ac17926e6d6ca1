import fc from 'fast-check';
import {
  DEFAULT_STATUTORY_PERIODS,
  InvalidStatutoryPeriodsError,
  parseStatutoryPeriods,
  STATUTORY_PERIOD_NAMES,
} from './statutory-periods';

function circular(): unknown {
  const value: Record<string, unknown> = {};
  value['self'] = value;
  return value;
}

describe('DEFAULT_STATUTORY_PERIODS', () => {
  it('are the defaults docs/domain.md gives', () => {
    expect(DEFAULT_STATUTORY_PERIODS).toEqual({
      reasonableGroundsWorkingDays: 5,
      recoveryPeriodDays: 30,
      reconsiderationWindowDays: 30,
      moveOnAfterPositiveConclusiveGroundsDays: 45,
      moveOnAfterNegativeDecisionDays: 9,
    });
  });

  it('cannot be changed by one consumer under another', () => {
    expect(Object.isFrozen(DEFAULT_STATUTORY_PERIODS)).toBe(true);
  });
});

describe('parseStatutoryPeriods', () => {
  const sut = parseStatutoryPeriods;

  it('gives the defaults when nothing is configured', () => {
    expect(sut()).toEqual(DEFAULT_STATUTORY_PERIODS);
    expect(sut({})).toEqual(DEFAULT_STATUTORY_PERIODS);
  });

  it('overrides only the periods configured, treating undefined as not configured', () => {
    expect(sut({ moveOnAfterNegativeDecisionDays: 14, recoveryPeriodDays: undefined })).toEqual({
      ...DEFAULT_STATUTORY_PERIODS,
      moveOnAfterNegativeDecisionDays: 14,
    });
  });

  it('accepts decimal text, as environment variables provide', () => {
    expect(sut({ recoveryPeriodDays: ' 45 ' }).recoveryPeriodDays).toBe(45);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(sut({ recoveryPeriodDays: 45 }))).toBe(true);
  });

  it.each<[string, unknown]>([
    ['zero', 0],
    ['a negative number', -9],
    ['a fraction', 9.5],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['an unsafe integer', 2 ** 53],
    ['signed text', '+9'],
    ['fractional text', '9.0'],
    ['empty text', ''],
    ['a boolean', true],
    ['null', null],
    ['a bigint', 9n],
    ['an object', { days: 9 }],
    ['an object that cannot be printed as JSON', circular()],
    ['a symbol', Symbol('nine')],
    ['a function', () => 9],
  ])('refuses %s, naming the period and the value', (_label, value) => {
    expect(() => sut({ moveOnAfterNegativeDecisionDays: value })).toThrow(
      /moveOnAfterNegativeDecisionDays must be a positive integer, got /,
    );
  });

  it('refuses an unknown period name, so that a misspelt override is not silently ignored', () => {
    expect(() => sut({ recoveryPeriodDay: 45 })).toThrow('unknown period "recoveryPeriodDay"');
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [30]],
    ['a number', 30],
    ['text', 'recoveryPeriodDays=30'],
  ])('refuses %s instead of an object', (_label, raw) => {
    expect(() => sut(raw)).toThrow(InvalidStatutoryPeriodsError);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      sut({ recoveryPeriodDays: 0, reconsiderationWindowDays: 'thirty', typo: 1 });
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(InvalidStatutoryPeriodsError);
    expect((error as InvalidStatutoryPeriodsError).problems).toEqual([
      'unknown period "typo" (known: reasonableGroundsWorkingDays, recoveryPeriodDays, reconsiderationWindowDays, moveOnAfterPositiveConclusiveGroundsDays, moveOnAfterNegativeDecisionDays)',
      'recoveryPeriodDays must be a positive integer, got 0',
      'reconsiderationWindowDays must be a positive integer, got "thirty"',
    ]);
  });

  it('accepts any positive integer for any period', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUTORY_PERIOD_NAMES),
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        (name, days, asText) => {
          expect(sut({ [name]: asText ? String(days) : days })[name]).toBe(days);
        },
      ),
    );
  });
});
