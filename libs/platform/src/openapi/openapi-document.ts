import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { MAX_BODY_BYTES } from '../body-limits';
import { BEARER_SCHEME } from './api-decorators';
import { ErrorResponse, FieldProblemResponse, ValidationErrorResponse } from './error-responses';

export interface OpenApiOptions {
  /** e.g. 'Waypoint identification API'. */
  title: string;
  description?: string;
  /** Defaults to the version in the repository's package.json. */
  version?: string;
  /**
   * Defaults to the server the document is fetched from ('/', which OpenAPI resolves against the
   * document's own URL); a gateway serving several services' APIs under prefixes lists its own.
   */
  servers?: { url: string; description?: string }[];
}

/** The OpenAPI version emitted: 3.0, which every mainstream client generator reads. */
export const OPENAPI_VERSION = '3.0.3';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The OpenAPI document of a Nest app's HTTP API, from the decorators on its controllers and DTOs
 * (explicit @Api* decorators: no CLI plugin, so the build stays plain tsc). Any Nest app can call
 * this, a service (startService serves it at /openapi.json) or the gateway.
 */
export function buildOpenApiDocument(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setOpenAPIVersion(OPENAPI_VERSION)
    .setTitle(options.title)
    .setVersion(options.version ?? repositoryVersion())
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          "A token issued by the Waypoint gateway (EdDSA, issuer waypoint-gateway, audience waypoint-services) carrying the caller's role and agency.",
      },
      BEARER_SCHEME,
    );
  if (options.description) builder.setDescription(options.description);
  for (const server of options.servers ?? [{ url: '/', description: 'This service' }]) {
    builder.addServer(server.url, server.description);
  }
  const document = SwaggerModule.createDocument(app, builder.build(), {
    extraModels: [ErrorResponse, ValidationErrorResponse, FieldProblemResponse],
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  documentBodyRefusals(document);
  return document;
}

/**
 * The platform's body middleware (startService) answers before any controller runs: 415 for a
 * body that is not JSON, 413 above MAX_BODY_BYTES. Every operation taking a body can get them, so
 * they are documented here once rather than on each endpoint.
 */
function documentBodyRefusals(document: OpenAPIObject): void {
  const error = { 'application/json': { schema: { $ref: getSchemaPath(ValidationErrorResponse) } } };
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation?.requestBody) continue;
      operation.responses['413'] ??= {
        description: `The body is larger than ${MAX_BODY_BYTES} bytes`,
        content: error,
      };
      operation.responses['415'] ??= { description: 'The body is not application/json', content: error };
    }
  }
}

/** The version in the nearest package.json above this file: the repository's, from src or dist. */
export function repositoryVersion(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const { version } = JSON.parse(readFileSync(candidate, 'utf8')) as { version?: unknown };
      if (typeof version === 'string') return version;
    }
    if (dirname(dir) === dir) throw new Error(`no package.json with a version above ${from}`);
  }
}
