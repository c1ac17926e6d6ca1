import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { SessionRequest } from './signed-in.guard';
import type { SignedInUser } from './signed-in-user';

/** The SignedInUser that SignedInGuard put on the request. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): SignedInUser => {
  const user = context.switchToHttp().getRequest<SessionRequest>().signedInUser;
  if (!user) throw new UnauthorizedException('no signed-in user on this request: is SignedInGuard in place?');
  return user;
});
