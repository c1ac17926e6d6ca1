import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@waypoint/auth';
import { DataSource } from 'typeorm';
import type { SignedInUser } from './signed-in-user';

interface ActiveSessionRow {
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  agency_id: string;
  agency_name: string;
  csrf_token: string;
}

/** Sessions are found by the SHA-256 of their token: the table alone cannot sign anyone in. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async open(session: {
    id: string;
    tokenHash: Buffer;
    userId: string;
    csrfToken: string;
    absoluteHours: number;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO user_session (id, token_hash, user_id, csrf_token, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
      [session.id, session.tokenHash, session.userId, session.csrfToken, session.absoluteHours],
    );
  }

  /**
   * The signed-in user for a live session, touching it in the same statement: not revoked, within
   * its absolute expiry, used within the idle period, and its user not disabled. The user's role
   * and agency are read now, so a change by an administrator applies to the next request.
   */
  async touch(tokenHash: Buffer, idleMinutes: number): Promise<SignedInUser | null> {
    const [rows] = await this.dataSource.query<[ActiveSessionRow[], number]>(
      `UPDATE user_session s SET last_seen_at = now()
       FROM app_user u, agency a
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
         AND s.last_seen_at > now() - make_interval(mins => $2)
         AND u.id = s.user_id AND NOT u.disabled AND a.id = u.agency_id
       RETURNING u.id AS user_id, u.email, u.display_name, u.role, u.agency_id, a.name AS agency_name,
         s.csrf_token`,
      [tokenHash, idleMinutes],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.user_id,
      email: row.email,
      displayName: row.display_name,
      agencyName: row.agency_name,
      principal: { subject: row.user_id, role: row.role, agency: row.agency_id },
      csrfToken: row.csrf_token,
    };
  }

  async revoke(tokenHash: Buffer): Promise<void> {
    await this.dataSource.query(
      'UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
  }
}
