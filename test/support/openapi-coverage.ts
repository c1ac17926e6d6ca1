import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import {
  createService,
  openApiDocumentProblems,
  repositoryVersion,
  type ServiceEnvironment,
} from '@waypoint/platform';
import { serviceEnvironment } from '../../infra/src/mesh';
import type { ServiceName } from '../../infra/src/profiles';
import { expressRoutes, registeredRoutes, routeCoverageProblems, type RegisteredRoute } from './openapi';
import { testInfrastructure, tokenFor } from './test-environment';

export interface CoveredService {
  service: ServiceName;
  module: unknown;
  environment?: new () => ServiceEnvironment;
}

/**
 * The service built as startService builds it (createService, its real module, real Postgres and
 * Kafka), listening on a free port: its served /openapi.json against the routes it registers.
 */
export function describeOpenApiCoverage({ service, module, environment }: CoveredService): void {
  describe(`the ${service} OpenAPI document`, () => {
    let app: INestApplication;
    let document: OpenAPIObject;
    let routes: RegisteredRoute[];
    const overridden: Record<string, string | undefined> = {};

    beforeAll(async () => {
      Object.assign(process.env, {
        ...serviceEnvironment(testInfrastructure(), service),
        LOG_LEVEL: 'error',
      });
      app = await createService({ service, module, environment });
      await app.listen(0, '127.0.0.1');
      const url = await app.getUrl();
      const answer = await fetch(`${url}/openapi.json`, {
        headers: { authorization: `Bearer ${await tokenFor('commissioner', 'openapi-int')}` },
      });
      expect(answer.status).toBe(200);
      document = (await answer.json()) as OpenAPIObject;
      routes = registeredRoutes(app);
    });

    afterAll(async () => {
      await app?.close();
      for (const [name, value] of Object.entries(overridden)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });

    it('is a valid OpenAPI 3.0 document titled for the service, at the repository version', () => {
      expect(openApiDocumentProblems(document)).toEqual([]);
      expect(document.info).toMatchObject({ title: `Waypoint ${service} API`, version: repositoryVersion() });
    });

    it("found the app's routes through Nest's metadata exactly as the HTTP router holds them", () => {
      const fromMetadata = routes.map((route) => `${route.method} ${route.path}`).sort();
      expect(fromMetadata).toEqual(expect.arrayContaining(['get /health', 'get /openapi.json']));
      expect(fromMetadata).toEqual([...new Set(expressRoutes(app))].sort());
    });

    it('documents every registered route with its method, security, roles, success and error responses, and nothing else', () => {
      expect(routeCoverageProblems(routes, document)).toEqual([]);
    });
  });
}
