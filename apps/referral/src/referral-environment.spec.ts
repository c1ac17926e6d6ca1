import { loadEnvironment } from '@waypoint/platform';
import { DEFAULT_STATUTORY_PERIODS, parseStatutoryPeriods } from './nrm-case/nrm-case';
import { ReferralEnvironment, statutoryPeriodOverrides } from './referral-environment';

const base = {
  PORT: '3102',
  DATABASE_URL: 'postgres://waypoint_referral@127.0.0.1:5432/waypoint_referral',
  KAFKA_BROKERS: '127.0.0.1:9092',
  AUTH_PUBLIC_KEY_PATH: '/keys/public.pem',
};

describe('ReferralEnvironment', () => {
  it('uses the docs/domain.md periods when none is configured', () => {
    const env = loadEnvironment(ReferralEnvironment, base);

    expect(parseStatutoryPeriods(statutoryPeriodOverrides(env))).toEqual(DEFAULT_STATUTORY_PERIODS);
  });

  it('reads the UNCONFIRMED periods from the environment', () => {
    const env = loadEnvironment(ReferralEnvironment, {
      ...base,
      NRM_MOVE_ON_AFTER_NEGATIVE_DECISION_DAYS: '14',
      NRM_RECOVERY_PERIOD_DAYS: '45',
    });

    expect(parseStatutoryPeriods(statutoryPeriodOverrides(env))).toEqual({
      ...DEFAULT_STATUTORY_PERIODS,
      moveOnAfterNegativeDecisionDays: 14,
      recoveryPeriodDays: 45,
    });
  });

  it.each(['0', '-3', '2.5', 'fourteen', ''])(
    'refuses to boot with a period of %j, naming the variable',
    (value) => {
      expect(() =>
        loadEnvironment(ReferralEnvironment, { ...base, NRM_MOVE_ON_AFTER_NEGATIVE_DECISION_DAYS: value }),
      ).toThrow(/^invalid environment: NRM_MOVE_ON_AFTER_NEGATIVE_DECISION_DAYS: matches$/);
    },
  );
});
