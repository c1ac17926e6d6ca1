import type { NextFunction, Request, Response } from 'express';
import { refusalBody } from './refusals';

/** Largest JSON body any Waypoint command needs; bigger bodies are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 32 * 1024;

function refuseBody(response: Response, status: number, error: string, rule: string, message: string): void {
  response.status(status).json(refusalBody(status, error, [{ field: '(body)', rule, message }]));
}

/**
 * Commands take JSON only; anything else would be parsed as an empty body and misreported. (For the gateway's
 * JSON API it also means a cross-site HTML form cannot reach it without a CORS preflight.)
 */
export function requireJsonBody(request: Request, response: Response, next: NextFunction): void {
  const hasBody =
    (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0') ||
    request.headers['transfer-encoding'] !== undefined;
  if (
    ['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) &&
    hasBody &&
    !request.is('application/json')
  ) {
    return refuseBody(
      response,
      415,
      'Unsupported Media Type',
      'contentType',
      'request body must be application/json',
    );
  }
  next();
}

/** body-parser fails before Nest's pipes run; answer in the same JSON shape as validation errors. */
export function bodyParserErrors(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (typeof error !== 'object' || error === null || !('type' in error)) return next(error);
  const { type, status } = error as { type: string; status?: number };
  if (type === 'entity.too.large')
    return refuseBody(
      response,
      413,
      'Payload Too Large',
      'maxBodySize',
      `request body exceeds ${MAX_BODY_BYTES} bytes`,
    );
  if (type === 'entity.parse.failed')
    return refuseBody(response, 400, 'Bad Request', 'json', 'request body is not valid JSON');
  // Any other body-parser refusal (an unsupported charset, say), in the same shape, naming the body.
  refuseBody(response, status ?? 400, 'Bad Request', type, type);
}
