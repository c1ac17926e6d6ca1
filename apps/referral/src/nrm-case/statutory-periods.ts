import { describeValue } from './describe-value';

/**
 * The NRM periods the case state machine counts with. Several are UNCONFIRMED against primary guidance
 * (docs/domain.md, "NRM decisions and periods"), so they come from configuration rather than constants; the defaults
 * are the figures that document gives.
 */
export interface StatutoryPeriods {
  /** Reasonable Grounds target, in working days after the day of referral (day 0). */
  readonly reasonableGroundsWorkingDays: number;
  /** Minimum recovery period after a positive Reasonable Grounds decision, in calendar days (units UNCONFIRMED). */
  readonly recoveryPeriodDays: number;
  /** A reconsideration may be requested up to and including this many calendar days after a negative decision. */
  readonly reconsiderationWindowDays: number;
  /** Move-on support after a positive Conclusive Grounds decision, in calendar days ("at least 45 days"). */
  readonly moveOnAfterPositiveConclusiveGroundsDays: number;
  /** Move-on support after a negative decision, in calendar days ("9 days" vs "up to 14 days": UNCONFIRMED). */
  readonly moveOnAfterNegativeDecisionDays: number;
}

export const STATUTORY_PERIOD_NAMES = [
  'reasonableGroundsWorkingDays',
  'recoveryPeriodDays',
  'reconsiderationWindowDays',
  'moveOnAfterPositiveConclusiveGroundsDays',
  'moveOnAfterNegativeDecisionDays',
] as const satisfies readonly (keyof StatutoryPeriods)[];

export const DEFAULT_STATUTORY_PERIODS: StatutoryPeriods = Object.freeze({
  reasonableGroundsWorkingDays: 5,
  recoveryPeriodDays: 30,
  reconsiderationWindowDays: 30,
  moveOnAfterPositiveConclusiveGroundsDays: 45,
  moveOnAfterNegativeDecisionDays: 9,
});

export class InvalidStatutoryPeriodsError extends Error {
  override readonly name = 'InvalidStatutoryPeriodsError';

  constructor(readonly problems: readonly string[]) {
    super(`Invalid NRM statutory periods: ${problems.join('; ')}`);
  }
}

// Configuration often arrives as environment-variable text, so decimal digits are accepted as well as numbers.
const DECIMAL_DIGITS = /^\d+$/;

function positiveInteger(value: unknown): number | undefined {
  const number = typeof value === 'string' && DECIMAL_DIGITS.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

/**
 * Periods from configuration: any period left out (or `undefined`) takes its default. Throws
 * `InvalidStatutoryPeriodsError` listing every problem, so that a bad deployment fails at start-up rather than
 * computing a wrong statutory date later; unknown names are refused because a misspelt override would otherwise be
 * silently ignored.
 */
export function parseStatutoryPeriods(raw: unknown = {}): StatutoryPeriods {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidStatutoryPeriodsError(['expected an object of period name → positive integer']);
  }
  const input = raw as Record<string, unknown>;
  const known: readonly string[] = STATUTORY_PERIOD_NAMES;
  const problems = Object.keys(input)
    .filter((name) => !known.includes(name))
    .map((name) => `unknown period ${JSON.stringify(name)} (known: ${STATUTORY_PERIOD_NAMES.join(', ')})`);
  const periods: Record<keyof StatutoryPeriods, number> = { ...DEFAULT_STATUTORY_PERIODS };
  for (const name of STATUTORY_PERIOD_NAMES) {
    const value = input[name];
    if (value === undefined) continue;
    const parsed = positiveInteger(value);
    if (parsed === undefined) {
      problems.push(`${name} must be a positive integer, got ${describeValue(value)}`);
    } else {
      periods[name] = parsed;
    }
  }
  if (problems.length > 0) throw new InvalidStatutoryPeriodsError(problems);
  return Object.freeze(periods);
}
