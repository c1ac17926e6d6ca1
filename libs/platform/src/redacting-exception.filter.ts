import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

/**
 * Nest's default handler logs unexpected errors whole, and a database error carries its query
 * parameters (a survivor's name, say) and a driver message that may quote values. Unexpected
 * errors are logged here by kind, SQLSTATE, table/constraint and stack frames only.
 */
@Catch()
export class RedactingExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('UnexpectedError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    this.logger.error(describeWithoutValues(exception));
    response
      .status(500)
      .json({ statusCode: 500, error: 'Internal Server Error', message: ['unexpected error'] });
  }
}

export function describeWithoutValues(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown: ${typeof error}`;
  const driver =
    (error as { driverError?: Record<string, unknown> }).driverError ??
    (error as unknown as Record<string, unknown>);
  const facts = ['code', 'table', 'column', 'constraint', 'routine']
    .filter((key) => typeof driver[key] === 'string')
    .map((key) => `${key}=${String(driver[key])}`);
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trim().startsWith('at '))
    .slice(0, 8)
    .join('\n');
  return `${error.name} ${facts.join(' ')}\n${frames}`;
}
