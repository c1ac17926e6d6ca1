import { IsOptional, Matches } from 'class-validator';
import { ServiceEnvironment } from '@waypoint/platform';
import type { StatutoryPeriods } from './nrm-case/nrm-case';

/** A whole number of days, 1–9999. */
const POSITIVE_INTEGER = /^[1-9]\d{0,3}$/;

/**
 * The referral service also reads the NRM periods docs/domain.md marks unconfirmed (and the others, so
 * a change in guidance is configuration, not a release). Unset: the default given there.
 */
export class ReferralEnvironment extends ServiceEnvironment {
  @IsOptional()
  @Matches(POSITIVE_INTEGER)
  NRM_REASONABLE_GROUNDS_WORKING_DAYS?: string = undefined;

  @IsOptional()
  @Matches(POSITIVE_INTEGER)
  NRM_RECOVERY_PERIOD_DAYS?: string = undefined;

  @IsOptional()
  @Matches(POSITIVE_INTEGER)
  NRM_RECONSIDERATION_WINDOW_DAYS?: string = undefined;

  @IsOptional()
  @Matches(POSITIVE_INTEGER)
  NRM_MOVE_ON_AFTER_POSITIVE_CG_DAYS?: string = undefined;

  @IsOptional()
  @Matches(POSITIVE_INTEGER)
  NRM_MOVE_ON_AFTER_NEGATIVE_DECISION_DAYS?: string = undefined;
}

/** The overrides present in the environment, for parseStatutoryPeriods (which fills in defaults). */
export function statutoryPeriodOverrides(
  env: ReferralEnvironment,
): Partial<Record<keyof StatutoryPeriods, string>> {
  const overrides: Partial<Record<keyof StatutoryPeriods, string | undefined>> = {
    reasonableGroundsWorkingDays: env.NRM_REASONABLE_GROUNDS_WORKING_DAYS,
    recoveryPeriodDays: env.NRM_RECOVERY_PERIOD_DAYS,
    reconsiderationWindowDays: env.NRM_RECONSIDERATION_WINDOW_DAYS,
    moveOnAfterPositiveConclusiveGroundsDays: env.NRM_MOVE_ON_AFTER_POSITIVE_CG_DAYS,
    moveOnAfterNegativeDecisionDays: env.NRM_MOVE_ON_AFTER_NEGATIVE_DECISION_DAYS,
  };
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
}
