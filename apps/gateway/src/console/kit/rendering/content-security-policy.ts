import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/**
 * The console's Content-Security-Policy. Everything comes from this origin; the one inline script (GOV.UK
 * Frontend's template adds `js-enabled` to the body before first paint) runs only with this response's nonce;
 * no styles or scripts inline otherwise, no framing, forms post only here.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce per response, given to the templates as `cspNonce` and announced in the header. */
export function cspNonceMiddleware(request: Request, response: Response, next: NextFunction): void {
  const nonce = randomBytes(16).toString('base64');
  response.locals.cspNonce = nonce;
  response.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
  next();
}
