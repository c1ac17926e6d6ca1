import {
  applyDecorators,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import { ROLES, type Role } from '@waypoint/auth';
import { SignedInGuard, type SessionRequest } from '../../sessions/signed-in.guard';

const CONSOLE_PAGE_ROLES = 'waypoint:console-page-roles';

/**
 * Refuses a signed-in user whose role the page is not for (the 403 page for a browser). Runs after
 * SignedInGuard, which has put the session's user on the request. Fails closed: a console route
 * without roles declared is refused to everyone.
 */
@Injectable()
export class ConsoleRoleGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<readonly Role[] | undefined>(CONSOLE_PAGE_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const user = context.switchToHttp().getRequest<SessionRequest>().signedInUser;
    if (!roles || !user || !roles.includes(user.principal.role)) {
      throw new ForbiddenException('this console page is not for your role');
    }
    return true;
  }
}

/**
 * A console controller for these roles: a live session (sign-in otherwise,
 * and the CSRF token on every form post), one of the roles, and out of the JSON API's OpenAPI
 * document (these are HTML pages for people). The one way a console page is declared.
 */
export function ConsolePage(...roles: [Role, ...Role[]]): ClassDecorator {
  return applyDecorators(
    ApiExcludeController(),
    SetMetadata(CONSOLE_PAGE_ROLES, roles),
    UseGuards(SignedInGuard, ConsoleRoleGuard),
  );
}

/** Every role: pages anyone signed in may open (the landing page). */
export const EVERY_ROLE = ROLES as unknown as [Role, ...Role[]];

/** The roles a console route is declared for, read back from its metadata (route tables in tests). */
export function consolePageRolesOf(handler: object, controller: object): readonly Role[] | undefined {
  return (
    (Reflect.getMetadata(CONSOLE_PAGE_ROLES, handler) as readonly Role[] | undefined) ??
    (Reflect.getMetadata(CONSOLE_PAGE_ROLES, controller) as readonly Role[] | undefined)
  );
}
