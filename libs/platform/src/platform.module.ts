import { readFileSync } from 'node:fs';
import {
  Inject,
  Module,
  type DynamicModule,
  type Type,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard, TokenVerifier } from '@waypoint/auth';
import {
  createKafka,
  OutboxRelay,
  parseBrokers,
  ScheduledEventRunner,
  type ScheduledEventEffects,
} from '@waypoint/messaging';
import { Kafka } from 'kafkajs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { HttpProcessEnvironment, loadEnvironment, ServiceEnvironment } from './environment';
import {
  DatabaseProbe,
  HEALTH_PROBES,
  healthControllerFor,
  type HealthCheck,
  type HealthProbe,
} from './health/health.controller';
import { KafkaProbe } from './kafka-probe';
import { OpenApiController, OpenApiDocumentHolder } from './openapi/openapi.controller';

/** The process's validated environment (its own shape: ServiceEnvironment, GatewayEnvironment, …). */
export const SERVICE_ENVIRONMENT = Symbol('SERVICE_ENVIRONMENT');

export interface HttpPlatformOptions {
  /** What /health calls the process ("Whether the gateway can reach its database"). */
  name: string;
  /** The process's TypeORM options (entities, migrations) given its database URL. */
  dataSourceOptions: (databaseUrl: string, poolSize: number) => DataSourceOptions;
  environment: new () => HttpProcessEnvironment;
}

export interface PlatformOptions {
  service: string;
  /** The service's TypeORM options (entities, migrations) given its database URL. */
  dataSourceOptions: (databaseUrl: string, poolSize: number) => DataSourceOptions;
  /** Environment shape, for services that need more than the common variables. */
  environment?: new () => ServiceEnvironment;
  /**
   * Run the durable timer runner (libs/messaging scheduled events): the service schedules events.
   * `effects`: what firing changes besides publishing (a plain function over the transaction, so it
   * needs nothing from the app's injector).
   */
  scheduledEvents?: boolean | { effects: ScheduledEventEffects };
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

/** What every HTTP process with its own database has, whatever else it has: the chassis. */
function httpPlatform(
  options: HttpPlatformOptions & { probes: readonly { check: HealthCheck; probe: Type<HealthProbe> }[] },
): Required<Pick<DynamicModule, 'imports' | 'controllers' | 'providers' | 'exports'>> {
  const environment = options.environment;
  return {
    imports: [
      TypeOrmModule.forRootAsync({
        useFactory: () => {
          const env = loadEnvironment(environment);
          return {
            ...options.dataSourceOptions(env.DATABASE_URL, env.DATABASE_POOL_SIZE),
            synchronize: false,
          };
        },
      }),
    ],
    controllers: [
      healthControllerFor(options.name, ['database', ...options.probes.map(({ check }) => check)]),
    ],
    providers: [
      { provide: SERVICE_ENVIRONMENT, useFactory: () => loadEnvironment(environment) },
      {
        provide: TokenVerifier,
        inject: [SERVICE_ENVIRONMENT],
        useFactory: (env: HttpProcessEnvironment) =>
          TokenVerifier.fromPublicKeyPem(readFileSync(env.AUTH_PUBLIC_KEY_PATH, 'utf8')),
      },
      DatabaseProbe,
      ...options.probes.map(({ probe }) => probe),
      {
        provide: HEALTH_PROBES,
        inject: [DatabaseProbe, ...options.probes.map(({ probe }) => probe)],
        useFactory: (...probes: HealthProbe[]) => probes,
      },
      OpenApiDocumentHolder,
    ],
    exports: [SERVICE_ENVIRONMENT, TokenVerifier, OpenApiDocumentHolder],
  };
}

/**
 * The chassis every process shares, wired for Nest: validated environment, its own database,
 * token verification, /health (its database, and Kafka where it has it) and the OpenAPI document
 * holder. `forHttp` is all an HTTP-only process (the gateway) needs; `forService` adds what an
 * event service has besides: Kafka, the outbox relay, token verification on every route,
 * /openapi.json and, if asked, the durable timer runner. Business code stays in the apps.
 */
@Module({})
export class PlatformModule {
  static forHttp(options: HttpPlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      ...httpPlatform({ ...options, probes: [] }),
    };
  }

  static forService(options: PlatformOptions): DynamicModule {
    const chassis = httpPlatform({
      // Every service's document says "the service": one health contract for all of them.
      name: 'service',
      dataSourceOptions: options.dataSourceOptions,
      environment: options.environment ?? ServiceEnvironment,
      probes: [{ check: 'kafka', probe: KafkaProbe }],
    });
    return {
      module: PlatformModule,
      global: true,
      imports: chassis.imports,
      controllers: [...chassis.controllers, OpenApiController],
      providers: [
        ...chassis.providers,
        {
          provide: Kafka,
          inject: [SERVICE_ENVIRONMENT],
          useFactory: (env: ServiceEnvironment) =>
            createKafka(options.service, parseBrokers(env.KAFKA_BROKERS)),
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
        ...(options.scheduledEvents
          ? [
              {
                provide: ScheduledEventRunner,
                inject: [DataSource],
                useFactory: (dataSource: DataSource) =>
                  new ScheduledEventRunner({
                    service: options.service,
                    dataSource,
                    ...(typeof options.scheduledEvents === 'object'
                      ? { effects: options.scheduledEvents.effects }
                      : {}),
                  }),
              },
              ScheduledEventsLifecycle,
            ]
          : []),
      ],
      exports: [...chassis.exports, Kafka, OutboxRelay],
    };
  }
}
