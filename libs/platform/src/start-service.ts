import { Logger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { deadLetterTopicOf, type CloudEvent } from '@waypoint/contracts';
import { KafkaEventServer, PassThroughRpcErrors } from '@waypoint/messaging';
import type { NestMicroservice } from '@nestjs/microservices';
import express from 'express';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { bodyParserErrors, MAX_BODY_BYTES, requireJsonBody } from './body-limits';
import { loadEnvironment, ServiceEnvironment } from './environment';
import { buildOpenApiDocument, type OpenApiOptions } from './openapi/openapi-document';
import { OpenApiDocumentHolder } from './openapi/openapi.controller';
import { requestContextMiddleware } from './request-context';
import { RedactingExceptionFilter } from './redacting-exception.filter';
import { createValidationPipe } from './validation';

export { MAX_BODY_BYTES } from './body-limits';

export interface StartServiceOptions {
  service: string;
  module: unknown;
  consumes?: { group: string; topics: string[] };
  environment?: new () => ServiceEnvironment;
  onEffectsCommitted?: (events: CloudEvent[]) => Promise<void> | void;
  /** What the OpenAPI document served at /openapi.json says about the service (title by default from its name). */
  openApi?: Partial<OpenApiOptions>;
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
  app.get(OpenApiDocumentHolder).publish(
    buildOpenApiDocument(app, {
      title: `Waypoint ${options.service} API`,
      description: `The HTTP API of Waypoint's ${options.service} service. Every endpoint but /health needs a bearer token issued by the gateway; bad input is refused with a 400 naming each field and rule, and changes nothing.`,
      ...options.openApi,
    }),
  );
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
