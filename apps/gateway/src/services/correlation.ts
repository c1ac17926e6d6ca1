import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

const correlation = new AsyncLocalStorage<string>();

/**
 * Keeps the request's correlation id (set by the platform's request context middleware) for
 * everything the request causes, so calls to services carry it without threading it through.
 */
export function correlationMiddleware(request: Request, _response: Response, next: NextFunction): void {
  const id = (request as Request & { correlationId?: string }).correlationId;
  if (id) correlation.run(id, next);
  else next();
}

export function currentCorrelationId(): string | undefined {
  return correlation.getStore();
}
