import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  createValidationPipe,
  loadEnvironment,
  MAX_BODY_BYTES,
  OpenApiDocumentHolder,
  requestContextMiddleware,
} from '@waypoint/platform';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { GatewayExceptionFilter } from './gateway-exception.filter';
import { GatewayEnvironment } from './gateway-environment';
import { GatewayModule } from './gateway.module';
import { buildGatewayOpenApiDocument } from './openapi/gateway-openapi-document';
import { correlationMiddleware } from './services/correlation';
import { configureWeb } from './web/configure-web';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the gateway without listening. */
export async function createGateway(): Promise<NestExpressApplication> {
  const env = loadEnvironment(GatewayEnvironment);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule, {
    bodyParser: false,
    logger: LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1),
  });
  app.disable('x-powered-by');
  app.use(
    helmet({
      // GOV.UK Frontend's assets are served from this origin; nothing is loaded from elsewhere.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          // Off: on plain http (local use, 127.0.0.1) it would send the page's own assets to https.
          // Where TLS terminates in front of the gateway, HSTS keeps browsers on https instead.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(requestContextMiddleware('gateway'));
  app.use(correlationMiddleware);
  app.use(cookieParser());
  // The JSON API takes JSON only: a cross-site HTML form cannot send it without a preflight.
  app.use('/api', requireJsonBody);
  app.use(express.json({ limit: MAX_BODY_BYTES, strict: true }));
  app.use(express.urlencoded({ extended: false, limit: MAX_BODY_BYTES, parameterLimit: 200 }));
  app.use(bodyParserErrors);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GatewayExceptionFilter());
  app.enableShutdownHooks();
  configureWeb(app);
  app.get(OpenApiDocumentHolder).publish(buildGatewayOpenApiDocument(app));
  return app;
}

function requireJsonBody(request: Request, response: Response, next: NextFunction): void {
  const hasBody =
    (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0') ||
    request.headers['transfer-encoding'] !== undefined;
  if (
    ['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) &&
    hasBody &&
    !request.is('application/json')
  ) {
    const message = 'request body must be application/json';
    response.status(415).json({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: [message],
      errors: [{ field: '(body)', rule: 'contentType', message }],
    });
    return;
  }
  next();
}

function bodyParserErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (typeof error !== 'object' || error === null || !('type' in error)) return next(error);
  const { type, status } = error as { type: string; status?: number };
  const answer = (code: number, rule: string, message: string) =>
    response.status(code).json({
      statusCode: code,
      error: code === 413 ? 'Payload Too Large' : 'Bad Request',
      message: [message],
      errors: [{ field: '(body)', rule, message }],
    });
  if (type === 'entity.too.large')
    return void answer(413, 'maxBodySize', `request body exceeds ${MAX_BODY_BYTES} bytes`);
  if (type === 'entity.parse.failed') return void answer(400, 'json', 'request body is not valid JSON');
  answer(status ?? 400, type, type);
}
