import { timingSafeEqual } from 'node:crypto';
import {
  ForbiddenException,
  HttpException,
  HttpStatus,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request } from 'express';
import { SESSION_COOKIE, SessionsService } from './sessions.service';
import type { SignedInUser } from './signed-in-user';

export type SessionRequest = Request & { signedInUser?: SignedInUser };

export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';

/** Answered as a 303 to the sign-in page by the gateway's exception filter. */
export class SignInRequired extends HttpException {
  constructor(readonly location: string) {
    super({ statusCode: HttpStatus.SEE_OTHER, message: ['sign in to continue'] }, HttpStatus.SEE_OTHER);
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isPageRequest(request: Request): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

/** The user of the request's session cookie, or null. */
export async function sessionUserOf(
  request: Request,
  sessions: SessionsService,
): Promise<SignedInUser | null> {
  const cookies = request.cookies as Record<string, unknown> | undefined;
  const token = cookies?.[SESSION_COOKIE];
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
  return sessions.userOf(token);
}

/**
 * A state-changing request made with the session cookie must also carry the session's CSRF token
 * (form field or header): another site can make a browser send the cookie, but cannot read the token.
 */
export function requireCsrfToken(request: Request, user: SignedInUser): void {
  if (SAFE_METHODS.has(request.method)) return;
  const body = request.body as Record<string, unknown> | undefined;
  const header = request.headers[CSRF_HEADER];
  const presented =
    typeof header === 'string' ? header : typeof body?.[CSRF_FIELD] === 'string' ? body[CSRF_FIELD] : '';
  const expected = Buffer.from(user.csrfToken, 'utf8');
  const actual = Buffer.from(presented, 'utf8');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new ForbiddenException('CSRF token missing or wrong: send the x-csrf-token header or _csrf field');
  }
}

/**
 * Requires a live session cookie. Without one, a browser asking for a page is sent to sign in
 * (and brought back), anything else is answered 401. Non-GET requests also need the CSRF token.
 */
@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const user = await sessionUserOf(request, this.sessions);
    if (!user) {
      if (isPageRequest(request)) {
        throw new SignInRequired(`/sign-in?returnTo=${encodeURIComponent(request.originalUrl)}`);
      }
      throw new UnauthorizedException('sign in first: no valid session');
    }
    requireCsrfToken(request, user);
    request.signedInUser = user;
    return true;
  }
}
