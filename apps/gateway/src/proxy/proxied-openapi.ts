import type { ServiceKey } from '../gateway-environment';

/**
 * A service's OpenAPI document as read through the gateway. The service says `servers: [{ url: '/' }]`
 * (itself); read at /api/<service>/openapi.json that would send a client generator's calls to the
 * gateway's root, so the server becomes the gateway's prefix for that service. Nothing else changes.
 */
export function servedThroughGateway(documentText: string, service: ServiceKey): string {
  const document = JSON.parse(documentText) as Record<string, unknown>;
  return JSON.stringify({
    ...document,
    servers: [
      { url: `/api/${service}`, description: `The ${service} service, through the Waypoint gateway` },
    ],
  });
}

export function isOpenApiDocumentPath(path: string): boolean {
  return path === '/openapi.json' || path.startsWith('/openapi.json?');
}
