import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { EventOrigin } from '@waypoint/contracts';
import type { NextFunction, Request, Response } from 'express';
import { v7 as uuidv7, validate as isUuid } from 'uuid';

type ContextualRequest = Request & { requestId?: string; correlationId?: string; service?: string };

/**
 * Gives every request an id and a correlation id (taken from `x-correlation-id` when the caller
 * is part of a wider flow), echoed in the response and carried into every event it causes.
 */
export function requestContextMiddleware(service: string) {
  return (request: ContextualRequest, response: Response, next: NextFunction): void => {
    const incoming = request.header('x-correlation-id');
    request.requestId = uuidv7();
    request.correlationId = incoming && isUuid(incoming) ? incoming.toLowerCase() : request.requestId;
    request.service = service;
    response.setHeader('x-request-id', request.requestId);
    response.setHeader('x-correlation-id', request.correlationId);
    next();
  };
}

/** The origin to stamp on events caused by this request. */
export const RequestOrigin = createParamDecorator((_: unknown, context: ExecutionContext): EventOrigin => {
  const request = context.switchToHttp().getRequest<ContextualRequest>();
  if (!request.requestId || !request.correlationId || !request.service) {
    throw new Error('request context middleware is not installed');
  }
  return { service: request.service, correlationId: request.correlationId, causationId: request.requestId };
});
