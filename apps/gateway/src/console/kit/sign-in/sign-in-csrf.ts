import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * Sign-in forms carry a token that matches a cookie (double submit). Without it another site could post its own
 * email and password to /sign-in from the user's browser and sign them in as someone else (login CSRF): what
 * they then record about a survivor would go to the attacker's account. The session's own CSRF token cannot
 * help here, because there is no session yet.
 */
export const SIGN_IN_CSRF_COOKIE = 'waypoint_sign_in';
export const SIGN_IN_CSRF_FIELD = '_csrf';

/** The token for this browser: the cookie it already has, or a new one set now. */
export function signInToken(request: Request, response: Response, secure: boolean): string {
  const existing = (request.cookies as Record<string, unknown> | undefined)?.[SIGN_IN_CSRF_COOKIE];
  if (typeof existing === 'string' && /^[A-Za-z0-9_-]{32,64}$/.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  // Strict: another site's navigation never sends it, so its form can never match.
  response.cookie(SIGN_IN_CSRF_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/sign-in',
  });
  return token;
}

/** True when the posted field equals the cookie (both present), compared in constant time. */
export function signInTokenMatches(cookie: unknown, field: unknown): boolean {
  if (typeof cookie !== 'string' || typeof field !== 'string' || cookie.length === 0) return false;
  const expected = Buffer.from(cookie, 'utf8');
  const actual = Buffer.from(field, 'utf8');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
