import {
  createParamDecorator,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { InvalidTokenError, TokenVerifier, type Principal } from '@waypoint/auth';
import { validate as isUuid } from 'uuid';
import { AccountsRepository } from '../accounts/accounts.repository';
import { requireCsrfToken, sessionUserOf, type SessionRequest } from '../sessions/signed-in.guard';
import { SessionsService } from '../sessions/sessions.service';
import type { SignedInUser } from '../sessions/signed-in-user';

/** Who is calling the JSON API: a browser session, or a program holding a gateway-issued token. */
export type Caller =
  | { via: 'session'; principal: Principal; user: SignedInUser }
  | { via: 'bearer'; principal: Principal; token: string };

type CallerRequest = SessionRequest & { caller?: Caller };

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i;

/**
 * A bearer token is verified as the services verify it (they will check it again); without one,
 * the session cookie is used, with the CSRF token required on anything but a read.
 */
@Injectable()
export class ApiCallerGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionsService,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<CallerRequest>();
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = BEARER.exec(header);
      if (!match) throw new UnauthorizedException('a bearer token is required');
      try {
        request.caller = { via: 'bearer', principal: await this.verifier.verify(match[1]), token: match[1] };
      } catch (error) {
        if (error instanceof InvalidTokenError)
          throw new UnauthorizedException(`invalid token: ${error.message}`);
        throw error;
      }
      return true;
    }
    const user = await sessionUserOf(request, this.sessions);
    if (!user) throw new UnauthorizedException('sign in first: no valid session or bearer token');
    requireCsrfToken(request, user);
    request.signedInUser = user;
    request.caller = { via: 'session', principal: user.principal, user };
    return true;
  }
}

/**
 * Administration needs an administrator who is one now: a session is read afresh on every
 * request; a token's subject must still be an enabled administrator account, so a token minted
 * before a demotion or a disabling stops working for administration at once.
 */
@Injectable()
export class AdministratorGuard implements CanActivate {
  constructor(private readonly accounts: AccountsRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const caller = context.switchToHttp().getRequest<CallerRequest>().caller;
    if (!caller) throw new UnauthorizedException('no caller on this request: is ApiCallerGuard in place?');
    if (caller.principal.role !== 'administrator') {
      throw new ForbiddenException(`role ${caller.principal.role} may not administer agencies or users`);
    }
    if (caller.via === 'bearer') {
      const account = isUuid(caller.principal.subject)
        ? await this.accounts.user(caller.principal.subject)
        : null;
      if (!account || account.disabled || account.role !== 'administrator') {
        throw new ForbiddenException("the token's subject is not an enabled administrator account");
      }
    }
    return true;
  }
}

export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<CallerRequest>().caller;
  if (!caller) throw new UnauthorizedException('no caller on this request: is ApiCallerGuard in place?');
  return caller;
});
