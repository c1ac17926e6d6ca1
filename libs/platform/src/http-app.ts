import type { ExceptionFilter, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import express from 'express';
import { bodyParserErrors, MAX_BODY_BYTES, requireJsonBody } from './body-limits';
import { loadEnvironment, type HttpProcessEnvironment } from './environment';
import { OpenApiDocumentHolder } from './openapi/openapi.controller';
import { RedactingExceptionFilter } from './redacting-exception.filter';
import { requestContextMiddleware } from './request-context';
import { createValidationPipe } from './validation';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export interface HttpAppOptions {
  /** The process's name in logs and request context ('identification', 'gateway', …). */
  name: string;
  module: unknown;
  environment: new () => HttpProcessEnvironment;
  /**
   * Where request bodies must be JSON: everywhere for a service; only under the gateway's `/api`,
   * since its console posts HTML forms.
   */
  jsonOnlyUnder?: string;
  /** Also parse HTML form posts (application/x-www-form-urlencoded): the console's. */
  htmlForms?: boolean;
  /** Middleware that runs before the body parsers (security headers, cookies, correlation). */
  beforeBodies?: (app: NestExpressApplication) => void;
  /** The global exception filter; by default every process's, which logs no values. */
  exceptionFilter?: ExceptionFilter;
  /** What the process adds once the chassis is in place (the console's pages and assets). */
  afterChassis?: (app: NestExpressApplication) => void;
  /** The process's OpenAPI document, built from the app once it exists. */
  openApiDocument: (app: NestExpressApplication) => OpenAPIObject;
}

/**
 * The HTTP chassis every Waypoint process is built on, the gateway as much as the event services:
 * the environment validated before anything connects, log levels from it, request context, JSON
 * bodies only (with their size limit and one refusal shape), strict validation naming each field
 * and rule, an exception filter that logs no values, graceful shutdown and the OpenAPI document.
 * Builds the app without listening; tests call this too.
 */
export async function createHttpApp(options: HttpAppOptions): Promise<NestExpressApplication> {
  const env = loadEnvironment(options.environment);
  const app = await NestFactory.create<NestExpressApplication>(options.module as never, {
    bodyParser: false,
    logger: LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1),
  });
  app.disable('x-powered-by');
  app.use(requestContextMiddleware(options.name));
  options.beforeBodies?.(app);
  if (options.jsonOnlyUnder) app.use(options.jsonOnlyUnder, requireJsonBody);
  else app.use(requireJsonBody);
  app.use(express.json({ limit: MAX_BODY_BYTES, strict: true }));
  if (options.htmlForms) {
    app.use(express.urlencoded({ extended: false, limit: MAX_BODY_BYTES, parameterLimit: 200 }));
  }
  app.use(bodyParserErrors);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(options.exceptionFilter ?? new RedactingExceptionFilter());
  app.enableShutdownHooks();
  options.afterChassis?.(app);
  app.get(OpenApiDocumentHolder).publish(options.openApiDocument(app));
  return app;
}
