import {
  afterFailedAttempt,
  afterSuccessfulAttempt,
  isLocked,
  replayAttempts,
  type LockoutState,
} from './lockout';

describe('lockout rule', () => {
  const policy = { threshold: 5, lockMinutes: 15 };
  const now = new Date('2026-03-02T10:00:00Z');
  const minutesFrom = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
  const fresh: LockoutState = { failedAttempts: 0, lockedUntil: null };

  function failTimes(times: number, state = fresh, at = now): LockoutState {
    let current = state;
    for (let i = 0; i < times; i++) current = afterFailedAttempt(current, at, policy);
    return current;
  }

  it('counts failures below the threshold without locking', () => {
    const state = failTimes(4);

    expect(state).toEqual({ failedAttempts: 4, lockedUntil: null });
    expect(isLocked(state, now)).toBe(false);
  });

  it('locks for the policy period on the fifth consecutive failure', () => {
    const state = failTimes(5);

    expect(state).toEqual({ failedAttempts: 5, lockedUntil: minutesFrom(now, 15) });
    expect(isLocked(state, now)).toBe(true);
    expect(isLocked(state, minutesFrom(now, 14.99))).toBe(true);
  });

  it('unlocks by itself when the period has passed', () => {
    expect(isLocked(failTimes(5), minutesFrom(now, 15))).toBe(false);
  });

  it('does not extend a lock with failures made while locked', () => {
    const locked = failTimes(5);

    expect(failTimes(3, locked, minutesFrom(now, 5))).toEqual(locked);
  });

  it('starts a fresh count after a lock has run out, so one more mistake does not lock again', () => {
    const afterLock = afterFailedAttempt(failTimes(5), minutesFrom(now, 16), policy);

    expect(afterLock).toEqual({ failedAttempts: 1, lockedUntil: null });
  });

  it('a success clears the count, so only consecutive failures lock', () => {
    const afterSuccess = failTimes(4, afterSuccessfulAttempt());
    const oneMore = afterFailedAttempt(afterSuccess, now, policy);

    expect(afterSuccessfulAttempt()).toEqual(fresh);
    expect(isLocked(failTimes(1, afterSuccessfulAttempt(), now), now)).toBe(false);
    expect(isLocked(oneMore, now)).toBe(true);
  });

  it('follows a configured threshold and period', () => {
    const strict = { threshold: 2, lockMinutes: 60 };
    const state = afterFailedAttempt(afterFailedAttempt(fresh, now, strict), now, strict);

    expect(state.lockedUntil).toEqual(minutesFrom(now, 60));
  });
});

describe('replayAttempts', () => {
  const policy = { threshold: 5, lockMinutes: 15 };
  const start = new Date('2026-03-02T10:00:00Z');
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  const failures = (...minutes: number[]) => minutes.map((m) => ({ at: at(m), succeeded: false }));

  it('locks after five failures, exactly as an account would', () => {
    const state = replayAttempts(failures(0, 1, 2, 3, 4), policy);

    expect(state).toEqual({ failedAttempts: 5, lockedUntil: at(19) });
  });

  it('ignores attempts made while locked, and starts afresh after the lock', () => {
    expect(replayAttempts(failures(0, 1, 2, 3, 4, 5, 10, 18), policy).lockedUntil).toEqual(at(19));
    expect(replayAttempts(failures(0, 1, 2, 3, 4, 20), policy)).toEqual({
      failedAttempts: 1,
      lockedUntil: null,
    });
  });

  it('a success in the history clears the count', () => {
    const history = [...failures(0, 1, 2, 3), { at: at(4), succeeded: true }, ...failures(5)];

    expect(replayAttempts(history, policy)).toEqual({ failedAttempts: 1, lockedUntil: null });
  });
});
