import { readFileSync } from 'node:fs';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TokenVerifier } from '@waypoint/auth';
import { loadEnvironment, OpenApiDocumentHolder } from '@waypoint/platform';
import { AdminController } from './admin/admin.controller';
import { AccountsRepository } from './accounts/accounts.repository';
import { ConsoleModule } from './console/console.module';
import { gatewayDataSourceOptions } from './database';
import { GATEWAY_ENVIRONMENT, GatewayEnvironment } from './gateway-environment';
import { GatewayHealthController } from './gateway-health.controller';
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
    TypeOrmModule.forRootAsync({
      useFactory: () => {
        const env = loadEnvironment(GatewayEnvironment);
        return gatewayDataSourceOptions(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
      },
    }),
  ],
  providers: [
    { provide: GATEWAY_ENVIRONMENT, useFactory: () => loadEnvironment(GatewayEnvironment) },
    {
      provide: SIGNING_KEY_PEM,
      inject: [GATEWAY_ENVIRONMENT],
      useFactory: (env: GatewayEnvironment) => readFileSync(env.AUTH_PRIVATE_KEY_PATH, 'utf8'),
    },
    {
      provide: TokenVerifier,
      inject: [GATEWAY_ENVIRONMENT],
      useFactory: (env: GatewayEnvironment) =>
        TokenVerifier.fromPublicKeyPem(readFileSync(env.AUTH_PUBLIC_KEY_PATH, 'utf8')),
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
    TokenVerifier,
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
  controllers: [
    GatewayHealthController,
    SessionApiController,
    AdminController,
    GatewayOpenApiController,
    ProxyController,
  ],
  providers: [OpenApiDocumentHolder],
})
export class GatewayModule {}
