import type { OpenAPIObject } from '@nestjs/swagger';
import { ROLES } from '@waypoint/auth';
import { routeCoverageProblems, type RegisteredRoute } from '../../../../test/support/openapi';

// The check each app's openapi.int-spec.ts runs against its real routes, shown here to fail on
// each disagreement it exists to catch.

const viewRoute = (): RegisteredRoute => ({
  method: 'get',
  path: '/things/{journeyId}',
  handler: 'ViewThingController.view',
  isPublic: false,
  roles: ['first-responder'],
  takesBody: false,
  successStatus: 200,
  guards: [],
});

const healthRoute = (): RegisteredRoute => ({
  method: 'get',
  path: '/health',
  handler: 'HealthController.check',
  isPublic: true,
  roles: [],
  takesBody: false,
  successStatus: 200,
  guards: [],
});

const json = { 'application/json': { schema: { type: 'object' } } };

function documentOf(): OpenAPIObject {
  return {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/health': { get: { responses: { '200': { description: 'up', content: json } } } },
      '/things/{journeyId}': {
        get: {
          parameters: [
            { name: 'journeyId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          security: [{ bearer: [] }],
          'x-waypoint-roles': ['first-responder'],
          responses: {
            '200': { description: 'the thing', content: json },
            '400': { description: 'bad id' },
            '401': { description: 'no token' },
            '403': { description: 'role' },
            '404': { description: 'not yours' },
          },
        },
      },
    },
  } as unknown as OpenAPIObject;
}

interface MutableOperation {
  security?: unknown;
  responses: Record<string, unknown>;
  parameters: { schema: unknown }[];
  'x-waypoint-roles'?: string[];
}
type Mutable = { paths: Record<string, Record<string, MutableOperation>> };
const thing = (document: OpenAPIObject) => (document as unknown as Mutable).paths['/things/{journeyId}'].get;

describe('routeCoverageProblems', () => {
  const sut = routeCoverageProblems;

  it('finds nothing when the document says what the routes do', () => {
    expect(sut([healthRoute(), viewRoute()], documentOf())).toEqual([]);
  });

  it.each<[string, (routes: RegisteredRoute[], document: OpenAPIObject) => void, string]>([
    [
      'an undocumented route',
      (routes) => routes.push({ ...viewRoute(), method: 'delete' }),
      'delete /things/{journeyId} (ViewThingController.view) is not documented',
    ],
    [
      'a documented route no code serves',
      (routes) => routes.pop(),
      'get /things/{journeyId} is documented but no route serves it',
    ],
    [
      'a protected route without security',
      (_, d) => delete thing(d).security,
      'must require the bearer token',
    ],
    [
      'a protected route without its 401',
      (_, d) => delete thing(d).responses['401'],
      'does not document the 401',
    ],
    ['a refusing route without its 403', (_, d) => delete thing(d).responses['403'], 'documents no 403'],
    [
      'a 403 no role can get',
      (routes) => (routes[1].roles = [...ROLES]),
      'documents a 403 that no role can get',
    ],
    [
      'roles the guard does not allow',
      (_, d) => (thing(d)['x-waypoint-roles'] = ['advocate']),
      'the guard allows ["first-responder"]',
    ],
    ['a route refused to everyone', (routes) => (routes[1].roles = []), 'is refused to every role'],
    [
      'a public route documenting security',
      (_, d) => ((d as unknown as Mutable).paths['/health'].get.security = [{ bearer: [] }]),
      'is public but documents security',
    ],
    [
      'a success status left undocumented',
      (routes) => (routes[1].successStatus = 201),
      'answers 201 but does not document it',
    ],
    [
      'validated input without a 400',
      (_, d) => delete thing(d).responses['400'],
      'validates input but documents no 400',
    ],
    [
      'a journey route without a 404',
      (_, d) => delete thing(d).responses['404'],
      'addresses a journey but documents no 404',
    ],
    [
      'a journey id not documented as a uuid',
      (_, d) => (thing(d).parameters[0].schema = { type: 'string' }),
      'journeyId is not documented as a uuid',
    ],
    [
      'a body taken but not documented',
      (routes) => (routes[1].takesBody = true),
      'takes a body but documents none',
    ],
  ])('reports %s', (_, breakIt, expected) => {
    const routes = [healthRoute(), viewRoute()];
    const document = documentOf();
    breakIt(routes, document);
    expect(sut(routes, document).join('\n')).toContain(expected);
  });
});
