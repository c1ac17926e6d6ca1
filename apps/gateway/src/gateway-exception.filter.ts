import { ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { RedactingExceptionFilter } from '@waypoint/platform';
import type { Response } from 'express';
import { SignInRequired } from './sessions/signed-in.guard';

/** A page request without a session is sent to sign in; everything else as every service answers. */
@Catch()
export class GatewayExceptionFilter implements ExceptionFilter {
  private readonly fallback = new RedactingExceptionFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    if (exception instanceof SignInRequired) {
      host.switchToHttp().getResponse<Response>().redirect(303, exception.location);
      return;
    }
    this.fallback.catch(exception, host);
  }
}
