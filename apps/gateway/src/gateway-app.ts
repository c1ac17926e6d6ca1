import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  bodyParserErrors,
  createValidationPipe,
  loadEnvironment,
  MAX_BODY_BYTES,
  OpenApiDocumentHolder,
  requestContextMiddleware,
  requireJsonBody,
} from '@waypoint/platform';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { GatewayExceptionFilter } from './gateway-exception.filter';
import { GatewayEnvironment } from './gateway-environment';
import { GatewayModule } from './gateway.module';
import { buildGatewayOpenApiDocument } from './openapi/gateway-openapi-document';
import { correlationMiddleware } from './services/correlation';
import { configureWeb } from './console/kit/rendering/configure-web';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the gateway without listening. */
export async function createGateway(): Promise<NestExpressApplication> {
  const env = loadEnvironment(GatewayEnvironment);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule, {
    bodyParser: false,
    logger: LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1),
  });
  app.disable('x-powered-by');
  // Helmet for its other headers; the Content-Security-Policy is the console's own, with a
  // per-response nonce (console/kit/rendering/content-security-policy.ts), set on every response by configureWeb.
  app.use(helmet({ contentSecurityPolicy: false }));
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
