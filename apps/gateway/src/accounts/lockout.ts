/** How many consecutive failures lock an account, and for how long. */
export interface LockoutPolicy {
  threshold: number;
  lockMinutes: number;
}

export interface LockoutState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * A wrong password counts towards the lock; reaching the threshold locks the account for the
 * policy's period. A lock that has run out starts a fresh count, so one more mistake after it
 * does not lock again at once.
 */
export function afterFailedAttempt(state: LockoutState, now: Date, policy: LockoutPolicy): LockoutState {
  if (isLocked(state, now)) return state;
  const lockExpired = state.lockedUntil !== null;
  const failedAttempts = (lockExpired ? 0 : state.failedAttempts) + 1;
  if (failedAttempts >= policy.threshold) {
    return { failedAttempts, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
  }
  return { failedAttempts, lockedUntil: null };
}

/** A successful sign-in (or an administrator's unlock) clears the count and any lock. */
export function afterSuccessfulAttempt(): LockoutState {
  return { failedAttempts: 0, lockedUntil: null };
}

/**
 * The lockout state that a history of sign-in attempts (oldest first) would have produced. Used
 * for emails without a usable account (unknown, or disabled), so that they lock after the same
 * failures as a real account does, and locking cannot be used to find out which emails exist.
 */
export function replayAttempts(
  attempts: readonly { at: Date; succeeded: boolean }[],
  policy: LockoutPolicy,
): LockoutState {
  let state: LockoutState = { failedAttempts: 0, lockedUntil: null };
  for (const attempt of attempts) {
    state = attempt.succeeded ? afterSuccessfulAttempt() : afterFailedAttempt(state, attempt.at, policy);
  }
  return state;
}
