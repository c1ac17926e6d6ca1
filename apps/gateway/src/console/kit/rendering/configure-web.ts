import type { NestExpressApplication } from '@nestjs/platform-express';
import { describeWithoutValues } from '@waypoint/platform';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from '@nestjs/common';
import { GatewayExceptionFilter } from '../../../gateway-exception.filter';
import { ConsolePagesFilter } from './console-pages.filter';
import { cspNonceMiddleware } from './content-security-policy';
import { staticAssetsRouter } from './static-assets';

/**
 * The console's web layer: a per-response CSP with a nonce (replacing helmet's header, which has no nonce for
 * GOV.UK Frontend's one inline script), GOV.UK and MOJ Frontend assets under /assets, and GOV.UK error pages
 * for browsers. Pages are rendered by PageRenderer, not by an Express view engine.
 */
export function configureWeb(app: NestExpressApplication): void {
  app.use(cspNonceMiddleware);
  app.use('/assets', staticAssetsRouter());
  app.use('/assets', assetNotFound);
  app.use(staticAssetErrors);
  app.useGlobalFilters(new ConsolePagesFilter(new GatewayExceptionFilter()));
}

function assetNotFound(_request: Request, response: Response): void {
  response.status(404).type('text').send('Not found');
}

/** Errors from the static middleware (a malformed path, a read failure): a short answer, never a stack. */
function staticAssetErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (response.headersSent) return next(error);
  const status = (error as { status?: number; statusCode?: number }).status ?? 500;
  if (status >= 500) new Logger('Assets').error(describeWithoutValues(error));
  response
    .status(status >= 400 && status < 600 ? status : 500)
    .type('text')
    .send(status === 404 ? 'Not found' : 'Error');
}
