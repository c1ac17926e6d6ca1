import { applyDecorators, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { BEARER_SCHEME, ErrorResponse } from '@waypoint/platform';
import { AdministratorGuard, ApiCallerGuard } from '../callers/caller';
import { SESSION_COOKIE } from '../sessions/session-cookie';
import { CSRF_HEADER, SignedInGuard } from '../sessions/signed-in.guard';

/** The security scheme of the session cookie set by POST /api/session. */
export const SESSION_SCHEME = 'session';
/** The security scheme of the CSRF header a session must add to every state-changing request. */
export const CSRF_SCHEME = 'csrf';

export const SESSION_SECURITY_SCHEME = {
  type: 'apiKey',
  in: 'cookie',
  name: SESSION_COOKIE,
  description:
    'The session cookie set by POST /api/session (HttpOnly, SameSite=Lax). Every state-changing request made with it (POST, PUT, PATCH, DELETE) must also send the csrf header.',
} as const;

export const CSRF_SECURITY_SCHEME = {
  type: 'apiKey',
  in: 'header',
  name: CSRF_HEADER,
  description:
    'The csrfToken of the session (from POST or GET /api/session), required beside the session cookie on every state-changing request: another site can make a browser send the cookie but cannot read this token. Not needed with a bearer token.',
} as const;

/**
 * A signed-in session or a gateway-issued bearer token (ApiCallerGuard), optionally only an
 * administrator (AdministratorGuard, after it): the guards and what the document says of them in
 * one decorator, so they cannot disagree. The CSRF requirement of state-changing requests made with
 * the session is added to the document once, by method (see documentCsrf).
 */
export function ApiCallers(options: { administratorsOnly?: boolean } = {}): ClassDecorator & MethodDecorator {
  return applyDecorators(
    UseGuards(ApiCallerGuard, ...(options.administratorsOnly ? [AdministratorGuard] : [])),
    ApiSecurity(SESSION_SCHEME),
    ApiBearerAuth(BEARER_SCHEME),
    ApiUnauthorizedResponse({
      description:
        'No session cookie and no bearer token, an expired or revoked session, or a token that does not verify',
      type: ErrorResponse,
    }),
    ...(options.administratorsOnly
      ? [
          ApiExtension('x-waypoint-roles', ['administrator']),
          ApiForbiddenResponse({
            description:
              "The caller is not an administrator (a token's subject must still be an enabled administrator account)",
            type: ErrorResponse,
          }),
        ]
      : []),
  );
}

/**
 * The session cookie only (SignedInGuard): what a bearer token may not do, such as minting another
 * token, or what only a session has, such as its CSRF token.
 */
export function SessionCaller(): MethodDecorator {
  return applyDecorators(
    UseGuards(SignedInGuard),
    ApiSecurity(SESSION_SCHEME),
    ApiUnauthorizedResponse({
      description: 'No session cookie, or one for an expired, revoked or disabled session',
      type: ErrorResponse,
    }),
  );
}
