import { readFileSync } from 'node:fs';
import {
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard, TokenVerifier } from '@waypoint/auth';
import { createKafka, OutboxRelay, parseBrokers, ScheduledEventRunner } from '@waypoint/messaging';
import { Kafka } from 'kafkajs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { loadEnvironment, ServiceEnvironment } from './environment';
import { HealthController } from './health.controller';
import { KafkaProbe } from './kafka-probe';
import { OpenApiController, OpenApiDocumentHolder } from './openapi/openapi.controller';

export const SERVICE_ENVIRONMENT = Symbol('SERVICE_ENVIRONMENT');

export interface PlatformOptions {
  service: string;
  /** The service's TypeORM options (entities, migrations) given its database URL. */
  dataSourceOptions: (databaseUrl: string, poolSize: number) => DataSourceOptions;
  /** Environment shape, for services that need more than the common variables. */
  environment?: new () => ServiceEnvironment;
  /** Run the durable timer runner (libs/messaging scheduled events): the service schedules events. */
  scheduledEvents?: boolean;
}

class OutboxRelayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(OutboxRelay) private readonly relay: OutboxRelay) {}

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  // After the HTTP server and Kafka consumers have drained, so their last outbox rows are
  // either published now or left for the next start; none is lost.
  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

class ScheduledEventsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(ScheduledEventRunner) private readonly runner: ScheduledEventRunner) {}

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}

/**
 * Wiring every service shares: validated environment, its own database, token verification on
 * every route, the outbox relay, /health and /openapi.json. Business code stays in the apps.
 */
@Module({})
export class PlatformModule {
  static forService(options: PlatformOptions): DynamicModule {
    const environmentShape = options.environment ?? ServiceEnvironment;
    return {
      module: PlatformModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => {
            const env = loadEnvironment(environmentShape);
            return {
              ...options.dataSourceOptions(env.DATABASE_URL, env.DATABASE_POOL_SIZE),
              synchronize: false,
            };
          },
        }),
      ],
      controllers: [HealthController, OpenApiController],
      providers: [
        { provide: SERVICE_ENVIRONMENT, useFactory: () => loadEnvironment(environmentShape) },
        {
          provide: Kafka,
          inject: [SERVICE_ENVIRONMENT],
          useFactory: (env: ServiceEnvironment) =>
            createKafka(options.service, parseBrokers(env.KAFKA_BROKERS)),
        },
        {
          provide: TokenVerifier,
          inject: [SERVICE_ENVIRONMENT],
          useFactory: (env: ServiceEnvironment) =>
            TokenVerifier.fromPublicKeyPem(readFileSync(env.AUTH_PUBLIC_KEY_PATH, 'utf8')),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        {
          provide: OutboxRelay,
          inject: [SERVICE_ENVIRONMENT, Kafka],
          useFactory: (env: ServiceEnvironment, kafka: Kafka) =>
            new OutboxRelay({
              service: options.service,
              database: { connectionString: env.DATABASE_URL },
              kafka,
            }),
        },
        OutboxRelayLifecycle,
        KafkaProbe,
        OpenApiDocumentHolder,
        ...(options.scheduledEvents
          ? [
              {
                provide: ScheduledEventRunner,
                inject: [DataSource],
                useFactory: (dataSource: DataSource) =>
                  new ScheduledEventRunner({ service: options.service, dataSource }),
              },
              ScheduledEventsLifecycle,
            ]
          : []),
      ],
      exports: [SERVICE_ENVIRONMENT, Kafka, OutboxRelay, TokenVerifier, OpenApiDocumentHolder],
    };
  }
}
