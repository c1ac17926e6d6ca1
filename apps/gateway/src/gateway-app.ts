import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHttpApp } from '@waypoint/platform';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { configureWeb } from './console/kit/rendering/configure-web';
import { GatewayExceptionFilter } from './gateway-exception.filter';
import { GatewayEnvironment } from './gateway-environment';
import { GatewayModule } from './gateway.module';
import { buildGatewayOpenApiDocument } from './openapi/gateway-openapi-document';
import { correlationMiddleware } from './services/correlation';

/**
 * Builds the gateway without listening: the services' HTTP chassis (libs/platform), plus what only
 * the gateway has, security headers and cookies for the console, its HTML forms, and the console's
 * pages and assets.
 */
export async function createGateway(): Promise<NestExpressApplication> {
  return createHttpApp({
    name: 'gateway',
    module: GatewayModule,
    environment: GatewayEnvironment,
    beforeBodies: (app) => {
      // Helmet for its other headers; the Content-Security-Policy is the console's own, with a
      // per-response nonce (console/kit/rendering/content-security-policy.ts), set by configureWeb.
      app.use(helmet({ contentSecurityPolicy: false }));
      app.use(correlationMiddleware);
      app.use(cookieParser());
    },
    // The JSON API takes JSON only: a cross-site HTML form cannot send it without a preflight.
    jsonOnlyUnder: '/api',
    htmlForms: true,
    exceptionFilter: new GatewayExceptionFilter(),
    afterChassis: configureWeb,
    openApiDocument: buildGatewayOpenApiDocument,
  });
}
