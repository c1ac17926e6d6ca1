import type { INestApplication } from '@nestjs/common';
import { getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, ErrorResponse, ValidationErrorResponse } from '@waypoint/platform';
import { CSRF_SCHEME, CSRF_SECURITY_SCHEME, SESSION_SCHEME, SESSION_SECURITY_SCHEME } from './api-callers';

/** The services the proxy forwards to, as /api/<service>/<path>. */
export const PROXIED_SERVICES = ['identification', 'referral', 'journey', 'placement'] as const;

/** The methods the services' APIs use, documented for each proxied path. */
const PROXIED_METHODS = ['get', 'post', 'put', 'delete'] as const;
const STATE_CHANGING = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/**
 * The gateway's own JSON API: what is under /api, and /health. The console's HTML pages are
 * left out by path, whatever their controllers say, so the document stays the JSON API's.
 */
export const isJsonApiPath = (path: string): boolean => path === '/health' || path.startsWith('/api/');

export function buildGatewayOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app, {
    title: 'Waypoint gateway API',
    description:
      "The one entry point to Waypoint. Sign in with POST /api/session (a session cookie, and a CSRF token to send back as the x-csrf-token header on every state-changing request), or exchange a session for a short-lived bearer token with POST /api/tokens. Administrators manage agencies and users under /api/admin. Each service's API is reached through the proxy at /api/<service>/<path>, answered unchanged; its own document is at /api/<service>/openapi.json. Bad input is refused with a 400 naming each field and rule, and changes nothing.",
    servers: [{ url: '/', description: 'The Waypoint gateway' }],
  });
  for (const path of Object.keys(document.paths)) {
    if (!isJsonApiPath(path)) delete document.paths[path];
  }
  document.components ??= {};
  document.components.securitySchemes = {
    ...document.components.securitySchemes,
    [SESSION_SCHEME]: { ...SESSION_SECURITY_SCHEME },
    [CSRF_SCHEME]: { ...CSRF_SECURITY_SCHEME },
  };
  documentProxy(document);
  documentCsrf(document);
  pruneUnusedSchemas(document);
  return document;
}

/**
 * A session's state-changing request also needs its CSRF token (requireCsrfToken): in OpenAPI, the
 * session requirement of every POST, PUT, PATCH and DELETE names both schemes (both must be sent),
 * and a 403 says so. Done here once, by method, as the guard decides it.
 */
function documentCsrf(document: OpenAPIObject): void {
  const refusal = 'The session cookie came without its CSRF token (x-csrf-token header), or with a wrong one';
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation || !STATE_CHANGING.has(method)) continue;
      const requirements = operation.security ?? [];
      if (!requirements.some((requirement) => SESSION_SCHEME in requirement)) continue;
      operation.security = requirements.map((requirement) =>
        SESSION_SCHEME in requirement ? { ...requirement, [CSRF_SCHEME]: [] } : requirement,
      );
      const forbidden = operation.responses['403'] as { description: string } | undefined;
      operation.responses['403'] = forbidden
        ? { ...forbidden, description: `${forbidden.description}; or: ${refusal}` }
        : { description: refusal, content: { 'application/json': { schema: errorSchema() } } };
    }
  }
}

const errorSchema = () => ({ $ref: getSchemaPath(ErrorResponse) });

/**
 * The proxy forwards any method under /api/<service>/ to the service and returns its answer
 * unchanged, so the gateway documents it as a passthrough, and each service's own document,
 * served through the proxy as the service serves it, describes the paths and answers.
 */
function documentProxy(document: OpenAPIObject): void {
  for (const service of PROXIED_SERVICES) {
    const own = `/api/${service}/openapi.json`;
    document.paths[own] = {
      get: {
        operationId: `Proxy_${service}_openapi`,
        tags: ['proxy'],
        summary: `The ${service} service's own OpenAPI document, passed through unchanged`,
        description: `Its paths are relative to the service: through the gateway, prefix them with /api/${service}.`,
        security: [{ [SESSION_SCHEME]: [] }, { bearer: [] }],
        responses: {
          '200': {
            description: `The ${service} service's OpenAPI 3.0 document`,
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          ...callerRefusals(),
        },
      },
    };
    const passthrough = `/api/${service}/{path}`;
    document.paths[passthrough] = {};
    for (const method of PROXIED_METHODS) {
      const operation: Operation = {
        operationId: `Proxy_${service}_${method}`,
        tags: ['proxy'],
        summary: `${method.toUpperCase()} /${'{path}'} of the ${service} service`,
        description: `Forwarded to the ${service} service with the caller's token (a session gets one minted for the call; a bearer token is passed on as it is). The service's status and JSON body come back unchanged: see /api/${service}/openapi.json for its paths, bodies and answers.`,
        parameters: [
          {
            name: 'path',
            in: 'path',
            required: true,
            description: `The path at the ${service} service, which may hold several segments, e.g. identifications/{journeyId}`,
            schema: { type: 'string' },
          },
        ],
        security: [{ [SESSION_SCHEME]: [] }, { bearer: [] }],
        responses: {
          default: { description: `The ${service} service's answer, unchanged` },
          ...callerRefusals(),
          '502': {
            description: `The ${service} service did not answer`,
            content: { 'application/json': { schema: errorSchema() } },
          },
        },
      };
      if (method === 'post' || method === 'put') {
        operation.requestBody = {
          required: false,
          description: `The body the ${service} service documents for this path`,
          content: { 'application/json': { schema: { type: 'object' } } },
        };
        // The gateway refuses a body that is not JSON before it forwards anything.
        operation.responses['415'] = {
          description: 'The body is not application/json',
          content: { 'application/json': { schema: { $ref: getSchemaPath(ValidationErrorResponse) } } },
        };
      }
      document.paths[passthrough][method] = operation;
    }
  }
}

function callerRefusals(): Operation['responses'] {
  return {
    '401': {
      description:
        'No session cookie and no bearer token, an expired or revoked session, or a token that does not verify',
      content: { 'application/json': { schema: errorSchema() } },
    },
  };
}

/** Schemas only the left-out console routes used would name pages that are not in this document. */
function pruneUnusedSchemas(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const kept = new Set(['ErrorResponse', 'ValidationErrorResponse', 'FieldProblemResponse']);
  const pending = [JSON.stringify(document.paths), ...[...kept].map((name) => JSON.stringify(schemas[name]))];
  while (pending.length > 0) {
    for (const match of pending.pop()!.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (kept.has(match[1])) continue;
      kept.add(match[1]);
      pending.push(JSON.stringify(schemas[match[1]]));
    }
  }
  for (const name of Object.keys(schemas)) if (!kept.has(name)) delete schemas[name];
}
