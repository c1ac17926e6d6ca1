import type { Response } from 'express';

export const SESSION_COOKIE = 'waypoint_session';

export interface SessionCookieOptions {
  secure: boolean;
}

/**
 * HttpOnly: scripts never see the token. SameSite=Lax: other sites' forms and fetches do not
 * carry it on POSTs (the CSRF token is the second defence). No Max-Age: a browser session
 * cookie; the server decides expiry (idle and absolute) and refuses expired tokens itself.
 */
export function writeSessionCookie(response: Response, token: string, options: SessionCookieOptions): void {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: options.secure,
  });
}

export function eraseSessionCookie(response: Response, options: SessionCookieOptions): void {
  response.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: options.secure,
  });
}
