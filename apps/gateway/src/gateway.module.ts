import { readFileSync } from 'node:fs';
import { Global, Module } from '@nestjs/common';
import { PlatformModule, SERVICE_ENVIRONMENT } from '@waypoint/platform';
import { AdminController } from './admin/admin.controller';
import { AccountsRepository } from './accounts/accounts.repository';
import { ConsoleModule } from './console/console.module';
import { gatewayDataSourceOptions } from './database';
import { GATEWAY_ENVIRONMENT, GatewayEnvironment } from './gateway-environment';
import { GatewayOpenApiController } from './openapi/gateway-openapi.controller';
import { ProxyController } from './proxy/proxy.controller';
import { SessionApiController } from './session-api/session-api.controller';
import { ServiceClient, SIGNING_KEY_PEM } from './services/service-client';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { SignedInGuard } from './sessions/signed-in.guard';

/**
 * What both the JSON API and the console need: the environment, accounts, sessions and the
 * client for the services. Global, so the console's module and guards resolve them directly.
 */
@Global()
@Module({
  imports: [
    // The chassis every process has: environment, database, token verification, /health.
    PlatformModule.forHttp({
      name: 'gateway',
      environment: GatewayEnvironment,
      dataSourceOptions: gatewayDataSourceOptions,
    }),
  ],
  providers: [
    { provide: GATEWAY_ENVIRONMENT, useExisting: SERVICE_ENVIRONMENT },
    {
      provide: SIGNING_KEY_PEM,
      inject: [GATEWAY_ENVIRONMENT],
      useFactory: (env: GatewayEnvironment) => readFileSync(env.AUTH_PRIVATE_KEY_PATH, 'utf8'),
    },
    AccountsRepository,
    SessionsRepository,
    SessionsService,
    SignedInGuard,
    ServiceClient,
  ],
  exports: [
    GATEWAY_ENVIRONMENT,
    SIGNING_KEY_PEM,
    AccountsRepository,
    SessionsRepository,
    SessionsService,
    SignedInGuard,
    ServiceClient,
  ],
})
export class GatewayCoreModule {}

@Module({
  imports: [GatewayCoreModule, ConsoleModule],
  // The proxy's wildcard routes come last, after every route of its own under /api.
  controllers: [SessionApiController, AdminController, GatewayOpenApiController, ProxyController],
})
export class GatewayModule {}
