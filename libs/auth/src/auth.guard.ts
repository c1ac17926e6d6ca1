import {
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Principal, Role } from './principal';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

/** Metadata keys the guard reads; exported so tests can hold the API's documentation to them. */
export const PUBLIC_KEY = 'waypoint:public';
export const ROLES_KEY = 'waypoint:roles';

/** Marks a route as reachable without a token (health checks only). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** The roles allowed to call a route. A route with neither @Public nor @Roles is refused to everyone. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

type AuthenticatedRequest = Request & { principal?: Principal };

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new UnauthorizedException('no verified principal on this request');
  return principal;
});

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('a bearer token is required');
    try {
      request.principal = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new UnauthorizedException(`invalid token: ${error.message}`);
      throw error;
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!allowed.includes(request.principal.role)) {
      throw new ForbiddenException(`role ${request.principal.role} may not do this`);
    }
    return true;
  }
}
