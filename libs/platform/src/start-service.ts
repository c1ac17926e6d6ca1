import { Logger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { deadLetterTopicOf, type CloudEvent } from '@waypoint/contracts';
import { KafkaEventServer, PassThroughRpcErrors } from '@waypoint/messaging';
import type { NestMicroservice } from '@nestjs/microservices';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { loadEnvironment, ServiceEnvironment } from './environment';
import { requestContextMiddleware } from './request-context';
import { RedactingExceptionFilter } from './redacting-exception.filter';
import { createValidationPipe } from './validation';

/** Largest JSON body any Waypoint command needs; bigger bodies are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 32 * 1024;

export interface StartServiceOptions {
  service: string;
  module: unknown;
  consumes?: { group: string; topics: string[] };
  environment?: new () => ServiceEnvironment;
  onEffectsCommitted?: (events: CloudEvent[]) => Promise<void> | void;
}

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the hybrid app (HTTP API + Kafka consumer) without listening; tests call this too. */
export async function createService(options: StartServiceOptions): Promise<INestApplication> {
  const env = loadEnvironment(options.environment ?? ServiceEnvironment);
  const app = await NestFactory.create(options.module as never, {
    bodyParser: false,
    logger: LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1),
  });
  app.use(requestContextMiddleware(options.service));
  app.use(requireJsonBody);
  app.use(express.json({ limit: MAX_BODY_BYTES, strict: true }));
  app.use(bodyParserErrors);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new RedactingExceptionFilter());
  app.enableShutdownHooks();
  if (options.consumes) {
    const consumer = app.connectMicroservice(
      {
        strategy: new KafkaEventServer({
          service: options.service,
          group: options.consumes.group,
          deadLetterTopic: deadLetterTopicOf(options.consumes.group),
          topics: options.consumes.topics,
          kafka: app.get(Kafka),
          dataSource: app.get(DataSource),
          onEffectsCommitted: options.onEffectsCommitted,
        }),
      },
      // Not inheriting the HTTP pipes: events are validated against the contracts catalogue
      // before any handler runs, and the HTTP ValidationPipe would try to validate the context.
      { inheritAppConfig: false, deferInitialization: true },
    ) as NestMicroservice;
    // Filters bind when listeners register, so initialisation is deferred until the filter is in
    // place; then done as Nest does it for a hybrid app (the app's own init runs the hooks once).
    consumer.useGlobalFilters(new PassThroughRpcErrors());
    consumer.registerListeners();
    consumer.setIsInitialized(true);
    consumer.setIsInitHookCalled(true);
  }
  return app;
}

export async function startService(options: StartServiceOptions): Promise<INestApplication> {
  const env = loadEnvironment(options.environment ?? ServiceEnvironment);
  const app = await createService(options);
  await app.startAllMicroservices();
  await app.listen(env.PORT, env.HOST);
  new Logger(options.service).log(`listening on http://${env.HOST}:${env.PORT}`);
  return app;
}

/** Commands take JSON only; anything else would be parsed as an empty body and misreported. */
function requireJsonBody(request: Request, response: Response, next: NextFunction): void {
  const hasBody =
    request.headers['content-length'] !== '0' && request.headers['content-length'] !== undefined;
  if (
    ['POST', 'PUT', 'PATCH'].includes(request.method) &&
    (hasBody || request.headers['transfer-encoding'])
  ) {
    if (!request.is('application/json')) {
      response.status(415).json({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: ['request body must be application/json'],
        errors: [{ field: '(body)', rule: 'contentType', message: 'request body must be application/json' }],
      });
      return;
    }
  }
  next();
}

/** body-parser fails before Nest's pipes run; answer in the same JSON shape as validation errors. */
function bodyParserErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (typeof error !== 'object' || error === null || !('type' in error)) return next(error);
  const { type, status } = error as { type: string; status?: number };
  if (type === 'entity.too.large') {
    response.status(413).json({
      statusCode: 413,
      error: 'Payload Too Large',
      message: [`request body exceeds ${MAX_BODY_BYTES} bytes`],
      errors: [
        { field: '(body)', rule: 'maxBodySize', message: `request body exceeds ${MAX_BODY_BYTES} bytes` },
      ],
    });
    return;
  }
  if (type === 'entity.parse.failed') {
    response.status(400).json({
      statusCode: 400,
      error: 'Bad Request',
      message: ['request body is not valid JSON'],
      errors: [{ field: '(body)', rule: 'json', message: 'request body is not valid JSON' }],
    });
    return;
  }
  response.status(status ?? 400).json({ statusCode: status ?? 400, error: 'Bad Request', message: [type] });
}
