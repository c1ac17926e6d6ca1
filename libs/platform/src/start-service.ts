import { Logger, type INestApplication } from '@nestjs/common';
import { deadLetterTopicOf, type CloudEvent } from '@waypoint/contracts';
import { KafkaEventServer, PassThroughRpcErrors } from '@waypoint/messaging';
import type { NestMicroservice } from '@nestjs/microservices';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { loadEnvironment, ServiceEnvironment } from './environment';
import { createHttpApp } from './http-app';
import { buildOpenApiDocument, type OpenApiOptions } from './openapi/openapi-document';

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

/**
 * Builds the hybrid app (the HTTP chassis, plus the Kafka consumer where the service consumes)
 * without listening; tests call this too.
 */
export async function createService(options: StartServiceOptions): Promise<INestApplication> {
  const app = await createHttpApp({
    name: options.service,
    module: options.module,
    environment: options.environment ?? ServiceEnvironment,
    openApiDocument: (built) =>
      buildOpenApiDocument(built, {
        title: `Waypoint ${options.service} API`,
        description: `The HTTP API of Waypoint's ${options.service} service. Every endpoint but /health needs a bearer token issued by the gateway; bad input is refused with a 400 naming each field and rule, and changes nothing.`,
        ...options.openApi,
      }),
  });
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
