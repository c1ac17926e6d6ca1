import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@waypoint/auth';
import { DataSource, type EntityManager } from 'typeorm';
import type { LockoutState } from './lockout';

export interface Agency {
  id: string;
  name: string;
}

export interface UserAccount {
  id: string;
  email: string;
  displayName: string;
  agencyId: string;
  role: Role;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
  disabled: boolean;
  createdAt: Date;
}

export interface NewUser {
  id: string;
  email: string;
  displayName: string;
  agencyId: string;
  role: Role;
  passwordHash: string;
}

export type SignInOutcome = 'signed-in' | 'wrong-password' | 'unknown-email' | 'locked' | 'disabled';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  agency_id: string;
  role: Role;
  password_hash: string;
  failed_attempts: number;
  locked_until: Date | null;
  disabled: boolean;
  created_at: Date;
}

const USER_COLUMNS =
  'id, email, display_name, agency_id, role, password_hash, failed_attempts, locked_until, disabled, created_at';

function toUser(row: UserRow): UserAccount {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    agencyId: row.agency_id,
    role: row.role,
    passwordHash: row.password_hash,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
    disabled: row.disabled,
    createdAt: row.created_at,
  };
}

/** Emails are compared and stored lower-cased and trimmed: one account per address, however typed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Agencies, users and the sign-in audit, in the gateway's own database. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async agencies(): Promise<Agency[]> {
    return this.dataSource.query<Agency[]>('SELECT id, name FROM agency ORDER BY name');
  }

  async agency(id: string): Promise<Agency | null> {
    const rows = await this.dataSource.query<Agency[]>('SELECT id, name FROM agency WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  /** false when the id is taken. */
  async addAgency(agency: Agency): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'INSERT INTO agency (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id',
      [agency.id, agency.name],
    );
    return rows.length === 1;
  }

  async users(): Promise<UserAccount[]> {
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT ${USER_COLUMNS} FROM app_user ORDER BY email`,
    );
    return rows.map(toUser);
  }

  async user(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccount | null> {
    const rows = await manager.query<UserRow[]>(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async userByEmail(email: string): Promise<UserAccount | null> {
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT ${USER_COLUMNS} FROM app_user WHERE email = $1`,
      [normaliseEmail(email)],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  /** false when the email is taken (case-insensitively). */
  async addUser(user: NewUser): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO app_user (id, email, display_name, agency_id, role, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.id, normaliseEmail(user.email), user.displayName, user.agencyId, user.role, user.passwordHash],
    );
    return rows.length === 1;
  }

  /**
   * Counts a wrong password: writes the user's next lockout state, if the count is still the one
   * it was computed from, and audits the attempt, in one statement. One statement and one commit,
   * as for an unknown email, so the two cost the same database work and time cannot tell them
   * apart. false when another attempt got there first (nothing written): re-read and recompute.
   */
  async recordFailure(
    userId: string,
    expected: LockoutState,
    next: LockoutState,
    attempt: { emailSha256: string; outcome: SignInOutcome; ip?: string },
  ): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `WITH counted AS (
         UPDATE app_user SET failed_attempts = $3, locked_until = $4
         WHERE id = $1 AND failed_attempts = $2 RETURNING id)
       INSERT INTO sign_in_attempt (email_sha256, user_id, outcome, ip)
       SELECT $5, id, $6, $7 FROM counted RETURNING id`,
      [
        userId,
        expected.failedAttempts,
        next.failedAttempts,
        next.lockedUntil,
        attempt.emailSha256,
        attempt.outcome,
        attempt.ip ?? null,
      ],
    );
    return rows.length === 1;
  }

  /** After a successful sign-in (the right password wins over any failures counted meanwhile). */
  async resetLockout(userId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = $1 AND (failed_attempts <> 0 OR locked_until IS NOT NULL)',
      [userId],
    );
  }

  async lockoutOf(userId: string): Promise<LockoutState | null> {
    const user = await this.user(userId);
    return user && { failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil };
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.dataSource.query('UPDATE app_user SET password_hash = $2 WHERE id = $1', [
      userId,
      passwordHash,
    ]);
  }

  /** Role and disabled as given (undefined leaves them); disabling also ends the user's sessions. */
  async updateUser(
    userId: string,
    change: { role?: Role; disabled?: boolean; unlock?: boolean },
  ): Promise<UserAccount | null> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.user(userId, manager);
      if (!current) return null;
      await manager.query(
        `UPDATE app_user SET role = $2, disabled = $3,
           failed_attempts = CASE WHEN $4 THEN 0 ELSE failed_attempts END,
           locked_until = CASE WHEN $4 THEN NULL ELSE locked_until END
         WHERE id = $1`,
        [userId, change.role ?? current.role, change.disabled ?? current.disabled, change.unlock === true],
      );
      if (change.disabled === true) {
        await manager.query(
          'UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
          [userId],
        );
      }
      return this.user(userId, manager);
    });
  }

  /**
   * The last day's attempts for an email (by hash), oldest first; enough history to replay the
   * lockout rule (a cap keeps a sustained attack on one address from making this unbounded).
   */
  async recentAttempts(emailSha256: string): Promise<{ at: Date; succeeded: boolean }[]> {
    const rows = await this.dataSource.query<{ attempted_at: Date; outcome: SignInOutcome }[]>(
      `SELECT attempted_at, outcome FROM sign_in_attempt
       WHERE email_sha256 = $1 AND attempted_at > now() - interval '1 day'
       ORDER BY attempted_at DESC, id DESC LIMIT 500`,
      [emailSha256],
    );
    return rows.reverse().map((row) => ({ at: row.attempted_at, succeeded: row.outcome === 'signed-in' }));
  }

  /** The audit keeps a hash of the email typed, never the text (people type passwords there). */
  async recordSignInAttempt(attempt: {
    emailSha256: string;
    userId: string | null;
    outcome: SignInOutcome;
    ip?: string;
  }): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO sign_in_attempt (email_sha256, user_id, outcome, ip) VALUES ($1, $2, $3, $4)',
      [attempt.emailSha256, attempt.userId, attempt.outcome, attempt.ip ?? null],
    );
  }
}
