import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Response } from 'express';
import {
  AccountsRepository,
  normaliseEmail,
  type SignInOutcome,
  type UserAccount,
} from '../accounts/accounts.repository';
import {
  afterFailedAttempt,
  isLocked,
  replayAttempts,
  type LockoutPolicy,
  type LockoutState,
} from '../accounts/lockout';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '../accounts/password-hashing';
import { GATEWAY_ENVIRONMENT, type GatewayEnvironment } from '../gateway-environment';
import { eraseSessionCookie, SESSION_COOKIE, writeSessionCookie } from './session-cookie';
import { SessionsRepository } from './sessions.repository';
import type { SignedInUser } from './signed-in-user';

export { SESSION_COOKIE };

export type SignInResult =
  | { outcome: 'signed-in'; sessionToken: string; user: SignedInUser }
  | { outcome: 'invalid' }
  | { outcome: 'locked'; until: Date };

/** A session token is 32 random bytes; only its SHA-256 is stored. */
export function sessionTokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

@Injectable()
export class SessionsService implements OnModuleInit {
  private readonly logger = new Logger('Sessions');
  private readonly lockout: LockoutPolicy;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    @Inject(GATEWAY_ENVIRONMENT) private readonly env: GatewayEnvironment,
  ) {
    this.lockout = { threshold: env.LOCKOUT_THRESHOLD, lockMinutes: env.LOCKOUT_MINUTES };
  }

  /** The dummy hash is made at boot, so the first unknown email costs no more than the others. */
  async onModuleInit(): Promise<void> {
    await dummyPasswordHash();
  }

  /**
   * The same 'invalid' answer, after the same argon2 work, for an unknown email, a wrong password
   * and a disabled account, so the answer and its timing do not say which emails exist; and the
   * same 'locked' answer after the same failures. A locked account answers 'locked' whatever the
   * password, and its lock is not extended.
   */
  async signIn(email: string, password: string, meta: { ip?: string }): Promise<SignInResult> {
    const emailSha256 = sha256Hex(normaliseEmail(email));
    const user = await this.accounts.userByEmail(email);
    const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    const audit = (outcome: SignInOutcome) =>
      this.accounts.recordSignInAttempt({ emailSha256, userId: user?.id ?? null, outcome, ip: meta.ip });

    const now = new Date();
    if (!user || user.disabled) {
      // No usable account: the lockout rule is replayed over this email's recent attempts, so
      // it locks after the same failures as a real account and locking reveals nothing either.
      await audit(user ? 'disabled' : 'unknown-email');
      const replayed = replayAttempts(await this.accounts.recentAttempts(emailSha256), this.lockout);
      return isLocked(replayed, now)
        ? { outcome: 'locked', until: replayed.lockedUntil! }
        : { outcome: 'invalid' };
    }
    if (isLocked(user, now)) {
      await audit('locked');
      return { outcome: 'locked', until: user.lockedUntil! };
    }
    if (!passwordMatches) {
      const next = await this.countFailure(user, now, { emailSha256, ip: meta.ip });
      return isLocked(next, now) ? { outcome: 'locked', until: next.lockedUntil! } : { outcome: 'invalid' };
    }
    await this.accounts.resetLockout(user.id);
    await this.rehashIfOutdated(user, password);
    const sessionToken = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.sessions.open({
      id: randomUUID(),
      tokenHash: sessionTokenHash(sessionToken),
      userId: user.id,
      csrfToken,
      absoluteHours: this.env.SESSION_ABSOLUTE_HOURS,
    });
    await audit('signed-in');
    // The agency exists: app_user.agency_id references it.
    const agency = await this.accounts.agency(user.agencyId);
    return {
      outcome: 'signed-in',
      sessionToken,
      user: {
        userId: user.id,
        email: user.email,
        displayName: user.displayName,
        agencyName: agency?.name ?? user.agencyId,
        principal: { subject: user.id, role: user.role, agency: user.agencyId },
        csrfToken,
      },
    };
  }

  async signOut(sessionToken: string): Promise<void> {
    await this.sessions.revoke(sessionTokenHash(sessionToken));
  }

  /** The user of a live session (touching it), or null when it is unknown, revoked, idle or expired. */
  async userOf(sessionToken: string): Promise<SignedInUser | null> {
    return this.sessions.touch(sessionTokenHash(sessionToken), this.env.SESSION_IDLE_MINUTES);
  }

  setSessionCookie(response: Response, token: string): void {
    writeSessionCookie(response, token, { secure: this.env.SESSION_COOKIE_SECURE === 'true' });
  }

  clearSessionCookie(response: Response): void {
    eraseSessionCookie(response, { secure: this.env.SESSION_COOKIE_SECURE === 'true' });
  }

  /**
   * Applies the lockout rule to a wrong password and audits it; concurrent failures each count
   * (compare and set, retried with the state another attempt wrote).
   */
  private async countFailure(
    user: UserAccount,
    now: Date,
    attempt: { emailSha256: string; ip?: string },
  ): Promise<LockoutState> {
    let current: LockoutState = { failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil };
    for (;;) {
      const next = afterFailedAttempt(current, now, this.lockout);
      const outcome = isLocked(next, now) ? 'locked' : 'wrong-password';
      if (next === current) {
        // Locked meanwhile by another attempt: nothing to count, only to audit.
        await this.accounts.recordSignInAttempt({ ...attempt, userId: user.id, outcome });
        return next;
      }
      if (await this.accounts.recordFailure(user.id, current, next, { ...attempt, outcome })) return next;
      const reread = await this.accounts.lockoutOf(user.id);
      if (!reread) return current;
      current = reread;
    }
  }

  private async rehashIfOutdated(user: UserAccount, password: string): Promise<void> {
    if (!needsRehash(user.passwordHash)) return;
    await this.accounts.setPasswordHash(user.id, await hashPassword(password));
    this.logger.log('re-hashed a password with the current argon2 parameters');
  }
}
