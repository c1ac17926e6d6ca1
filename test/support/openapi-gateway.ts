/**
 * The gateway's OpenAPI document held to the routes it registers. Its callers are not the
 * services' (a bearer token of some roles): the guards on each route decide who may call it, so
 * the documented security is checked against the guards Nest will run.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import { operationOf, type RegisteredRoute } from './openapi';

type Json = Record<string, unknown>;

export const isGatewayJsonApiPath = (path: string): boolean => path === '/health' || path.startsWith('/api/');

const STATE_CHANGING = new Set(['post', 'put', 'patch', 'delete']);
const PROXY_PATH = /^\/api\/(identification|referral|journey|placement)\/\{path\}$/;

/** The security requirements a route's guards amount to, for a request of this method. */
export function expectedSecurity(guards: string[], method: string): Json[] {
  const session = STATE_CHANGING.has(method) ? { session: [], csrf: [] } : { session: [] };
  if (guards.includes('ApiCallerGuard')) return [session, { bearer: [] }];
  if (guards.includes('SignedInGuard')) return [session];
  return [];
}

/** Where the document disagrees with the gateway's JSON API routes; none means it covers them truthfully. */
export function gatewayRouteCoverageProblems(routes: RegisteredRoute[], document: OpenAPIObject): string[] {
  const problems: string[] = [];
  const documented = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    if (!isGatewayJsonApiPath(path)) problems.push(`${path} is documented but is not the JSON API`);
    for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
      if ((item as Json)[method]) documented.add(`${method} ${path}`);
    }
  }
  const check = (route: RegisteredRoute, method: string, successStatus: string | undefined): void => {
    const key = `${method} ${route.path}`;
    const operation = operationOf(document, method, route.path);
    if (!operation) return void problems.push(`${key} (${route.handler}) is not documented`);
    documented.delete(key);
    const problem = (text: string): void => void problems.push(`${key}: ${text}`);
    const statuses = Object.keys(operation.responses);
    const security = JSON.stringify(operation.security ?? []);
    const expected = JSON.stringify(expectedSecurity(route.guards, method));
    if (security !== expected)
      problem(`documents security ${security}, its guards (${route.guards.join(', ')}) need ${expected}`);
    const guarded = expected !== '[]';
    // Sign-in is open and still answers 401 to a wrong password, so only a guarded route must have one.
    if (guarded && !statuses.includes('401')) problem('does not document the 401');
    const csrf = STATE_CHANGING.has(method) && expected.includes('session');
    const administrators = route.guards.includes('AdministratorGuard');
    if ((csrf || administrators) && !statuses.includes('403'))
      problem('can refuse with 403 but documents none');
    if (!csrf && !administrators && statuses.includes('403')) problem('documents a 403 nothing answers');
    if (csrf && !/CSRF/.test(String((operation.responses['403'] as Json | undefined)?.description)))
      problem('does not say its 403 is for a missing or wrong CSRF token');
    const roles = JSON.stringify(operation['x-waypoint-roles'] ?? null);
    if (roles !== JSON.stringify(administrators ? ['administrator'] : null))
      problem(`documents roles ${roles}, its guards ${route.guards.join(', ')}`);
    if (successStatus !== undefined) {
      if (!statuses.includes(successStatus)) problem(`answers ${successStatus} but does not document it`);
      const success = operation.responses[successStatus] as Json | undefined;
      const json = (success?.content as Json | undefined)?.['application/json'];
      if (successStatus === '204' ? json !== undefined : json === undefined)
        problem(`documents ${successStatus === '204' ? 'a' : 'no'} JSON body for its ${successStatus}`);
    }
    const pathParameters = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    if (route.takesBody && !operation.requestBody) problem('takes a body but documents none');
    if (!route.takesBody && operation.requestBody) problem('documents a body it does not take');
    if (route.takesBody && !statuses.includes('415')) problem('takes a JSON body but documents no 415');
    if ((route.takesBody || pathParameters.length > 0) && successStatus && !statuses.includes('400'))
      problem('validates input but documents no 400');
    for (const name of pathParameters) {
      if (
        !(operation.parameters ?? []).some((parameter) => parameter.in === 'path' && parameter.name === name)
      )
        problem(`documents no path parameter ${name}`);
    }
  };
  for (const route of routes.filter((route) => isGatewayJsonApiPath(route.path))) {
    if (route.method !== 'all') {
      check(route, route.method, String(route.successStatus));
      continue;
    }
    // The proxy: every method the services use, answered as the service answers (no status of its own).
    if (!PROXY_PATH.test(route.path)) {
      problems.push(`${route.path} (${route.handler}) answers every method but is not a proxied service`);
      continue;
    }
    for (const method of ['get', 'post', 'put', 'delete']) {
      check({ ...route, takesBody: method === 'post' || method === 'put' }, method, undefined);
    }
    // Each service's own document is reached through the same route.
    const own = route.path.replace('{path}', 'openapi.json');
    check({ ...route, path: own, takesBody: false }, 'get', '200');
  }
  for (const key of documented) problems.push(`${key} is documented but no route serves it`);
  return problems;
}
