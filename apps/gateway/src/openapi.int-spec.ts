/**
 * The gateway's OpenAPI document, from the gateway as main.ts builds it (createGateway, its real
 * module and Postgres database) listening on a free port: behind a session or a gateway-issued
 * token, a valid OpenAPI 3.0 document, covering every JSON API route with the security its guards
 * enforce and nothing else, and true to real answers (successes and errors match the documented
 * schemas, with no undocumented fields). The services' documents through the proxy are checked
 * against the running mesh in test/e2e/gateway.e2e-spec.ts.
 */
import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ROLES } from '@waypoint/auth';
import { openApiDocumentProblems, repositoryVersion } from '@waypoint/platform';
import { serviceEnvironment } from '../../../infra/src/mesh';
import {
  DocumentedSchemas,
  expressRoutes,
  registeredRoutes,
  type RegisteredRoute,
} from '../../../test/support/openapi';
import { gatewayRouteCoverageProblems, isGatewayJsonApiPath } from '../../../test/support/openapi-gateway';
import { testInfrastructure, tokenFor } from '../../../test/support/test-environment';
import { AccountsRepository } from './accounts/accounts.repository';
import { hashPassword } from './accounts/password-hashing';
import { createGateway } from './gateway-app';

interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

const PASSWORD = 'a long enough test passphrase';

describe('the gateway OpenAPI document', () => {
  let app: NestExpressApplication;
  let url: string;
  let document: OpenAPIObject;
  let schemas: DocumentedSchemas;
  let routes: RegisteredRoute[];
  let accounts: AccountsRepository;
  let agencyId: string;
  let admin: Session;
  const environmentBefore = { ...process.env };

  async function call<T = unknown>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    options: { session?: Session; csrf?: false; token?: string; body?: unknown; raw?: string } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (options.session) {
      headers.cookie = `waypoint_session=${options.session.cookie}`;
      if (options.csrf !== false) headers['x-csrf-token'] = options.session.csrfToken;
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.raw !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      redirect: 'manual',
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      headers: response.headers,
    };
  }

  /** The answer, after checking its body against the schema documented for its status. */
  function expectDocumented<T>(method: string, path: string, answer: Answer<T>): Answer<T> {
    expect({
      method,
      path,
      status: answer.status,
      problems: schemas.problemsOf(method, path, answer.status, answer.body),
    }).toEqual({
      method,
      path,
      status: answer.status,
      problems: [],
    });
    return answer;
  }

  async function signIn(email: string, password = PASSWORD): Promise<Session> {
    const answer = await call<{ csrfToken: string; user: { userId: string } }>('POST', '/api/session', {
      body: { email, password },
    });
    expect(answer.status).toBe(201);
    // The administrator's session, which fetches the document, is opened before it is at hand.
    if (schemas) expectDocumented('post', '/api/session', answer);
    const cookie = answer.headers.getSetCookie().find((line) => line.startsWith('waypoint_session='))!;
    return {
      cookie: /^waypoint_session=([^;]+)/.exec(cookie)![1],
      csrfToken: answer.body.csrfToken,
      userId: answer.body.user.userId,
    };
  }

  async function newAccount(role: (typeof ROLES)[number]): Promise<{ id: string; email: string }> {
    const account = { id: randomUUID(), email: `${role}-${randomUUID().slice(0, 8)}@openapi.waypoint.test` };
    await accounts.addUser({
      ...account,
      displayName: `OpenAPI ${role}`,
      agencyId,
      role,
      passwordHash: await hashPassword(PASSWORD),
    });
    return account;
  }

  beforeAll(async () => {
    Object.assign(process.env, {
      ...serviceEnvironment(testInfrastructure(), 'gateway'),
      LOG_LEVEL: 'error',
    });
    app = await createGateway();
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    routes = registeredRoutes(app);
    accounts = app.get(AccountsRepository);
    agencyId = `openapi-${randomUUID().slice(0, 8)}`;
    await accounts.addAgency({ id: agencyId, name: 'OpenAPI Police' });
    admin = await signIn((await newAccount('administrator')).email);
    const served = await call<OpenAPIObject>('GET', '/api/openapi.json', { session: admin });
    expect(served.status).toBe(200);
    document = served.body;
    schemas = new DocumentedSchemas(document);
  });

  afterAll(async () => {
    await app?.close();
    process.env = environmentBefore;
  });

  describe('GET /api/openapi.json', () => {
    it('refuses a caller with no session and no token, or a token that does not verify (401)', async () => {
      for (const token of [undefined, 'not-a-token']) {
        const answer = await call('GET', '/api/openapi.json', { token });
        expect(answer.status).toBe(401);
        expectDocumented('get', '/api/openapi.json', answer);
      }
      const forged = await call('GET', '/api/openapi.json', {
        session: { ...admin, cookie: 'not-a-session' },
      });
      expect(forged.status).toBe(401);
    });

    it('serves the same document to a gateway-issued token of every role, and to a session', async () => {
      for (const role of ROLES) {
        const answer = await call('GET', '/api/openapi.json', { token: await tokenFor(role, agencyId) });
        expect({ role, status: answer.status, body: answer.body }).toEqual({
          role,
          status: 200,
          body: document,
        });
      }
      const responder = await signIn((await newAccount('first-responder')).email);
      expect((await call('GET', '/api/openapi.json', { session: responder })).body).toEqual(document);
    });
  });

  it('is a valid OpenAPI 3.0 document at the repository version, with the session, CSRF and bearer schemes', () => {
    expect(openApiDocumentProblems(document)).toEqual([]);
    expect(document.info).toMatchObject({ title: 'Waypoint gateway API', version: repositoryVersion() });
    expect(document.servers).toEqual([{ url: '/', description: 'The Waypoint gateway' }]);
    expect(document.components?.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }) as unknown,
      session: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'waypoint_session' }) as unknown,
      csrf: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-csrf-token' }) as unknown,
    });
  });

  it("found the gateway's JSON API routes through Nest's metadata exactly as the HTTP router holds them", () => {
    const api = (route: string): boolean => isGatewayJsonApiPath(route.split(' ')[1]);
    const fromMetadata = routes
      .map((route) => `${route.method} ${route.path}`)
      .filter(api)
      .sort();
    expect(fromMetadata).toEqual(
      expect.arrayContaining([
        'get /health',
        'post /api/session',
        'patch /api/admin/users/{id}',
        'all /api/identification/{path}',
      ]),
    );
    expect(fromMetadata).toEqual([...new Set(expressRoutes(app))].filter(api).sort());
  });

  it('documents every JSON API route with the security its guards enforce, its success and error answers, and nothing else', () => {
    expect(gatewayRouteCoverageProblems(routes, document)).toEqual([]);
    // Spelled out for the session routes, whose security differs from the rest.
    const security = (method: string, path: string) =>
      (document.paths[path] as Record<string, { security?: unknown }>)[method].security;
    expect(security('post', '/api/session')).toBeUndefined();
    expect(security('get', '/api/session')).toEqual([{ session: [] }]);
    expect(security('post', '/api/tokens')).toEqual([{ session: [], csrf: [] }]);
    expect(security('patch', '/api/admin/users/{id}')).toEqual([{ session: [], csrf: [] }, { bearer: [] }]);
  });

  it('leaves out everything that is not the JSON API: every documented path is under /api or /health', () => {
    expect(Object.keys(document.paths).filter((path) => !isGatewayJsonApiPath(path))).toEqual([]);
    expect(Object.keys(document.paths)).toContain('/api/identification/openapi.json');
  });

  it('never documents a password hash, and documents passwords as write-only inputs', () => {
    const text = JSON.stringify(document.components?.schemas);
    expect(text).not.toMatch(/passwordHash|password_hash/i);
    const responseSchemas = ['SignedInView', 'SignedInUserView', 'UserView', 'IssuedToken'];
    for (const name of responseSchemas) {
      expect(
        Object.keys((document.components?.schemas?.[name] as { properties: object }).properties),
      ).not.toContain('password');
    }
    for (const name of ['SignInDto', 'CreateUserDto']) {
      expect(document.components?.schemas?.[name]).toHaveProperty('properties.password.writeOnly', true);
    }
  });

  describe('real answers match the documented schemas', () => {
    it('/health', async () => {
      const answer = expectDocumented('get', '/health', await call('GET', '/health'));
      expect(answer.status).toBe(200);
    });

    it('signing in: 201, 400 naming the field, 401, 415, and 423 with Retry-After', async () => {
      const { email } = await newAccount('advocate');
      await signIn(email);
      const missing = await call<{ errors: { field: string }[] }>('POST', '/api/session', {
        body: { email },
      });
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((error) => error.field)).toContain('password');
      expectDocumented('post', '/api/session', missing);
      const form = await call('POST', '/api/session', { raw: `email=${email}&password=whatever` });
      expect(form.status).toBe(415);
      expectDocumented('post', '/api/session', form);

      const wrong: Answer[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        wrong.push(await call('POST', '/api/session', { body: { email, password: 'not the password' } }));
      }
      expect(wrong.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 423]);
      expectDocumented('post', '/api/session', wrong[0]);
      const locked = expectDocumented(
        'post',
        '/api/session',
        await call('POST', '/api/session', { body: { email, password: PASSWORD } }),
      );
      expect(locked.status).toBe(423);
      const retryAfter = locked.headers.get('retry-after');
      expect(retryAfter).toMatch(/^\d+$/);
      const documented = (document.paths['/api/session'].post!.responses['423'] as { headers: object })
        .headers;
      expect(documented).toHaveProperty('Retry-After.schema.type', 'integer');
    });

    it('the session: read, a token minted (201), a refused CSRF token (403), signed out (204), then 401', async () => {
      const session = await signIn((await newAccount('first-responder')).email);
      const current = expectDocumented('get', '/api/session', await call('GET', '/api/session', { session }));
      expect(current.status).toBe(200);
      const issued = expectDocumented('post', '/api/tokens', await call('POST', '/api/tokens', { session }));
      expect(issued.status).toBe(201);
      const withoutCsrf = expectDocumented(
        'post',
        '/api/tokens',
        await call('POST', '/api/tokens', { session, csrf: false }),
      );
      expect(withoutCsrf.status).toBe(403);
      const byToken = await call('POST', '/api/tokens', { token: (issued.body as { token: string }).token });
      expect(byToken.status).toBe(401);
      expectDocumented('post', '/api/tokens', byToken);
      const signedOut = await call('DELETE', '/api/session', { session });
      expect(signedOut.status).toBe(204);
      expect(signedOut.body).toBeUndefined();
      const after = expectDocumented('get', '/api/session', await call('GET', '/api/session', { session }));
      expect(after.status).toBe(401);
    });

    it('administration: created (201), listed (200), changed (200), and each refusal (400, 403, 404, 409)', async () => {
      const agencies = '/api/admin/agencies';
      const newAgency = `openapi-${randomUUID().slice(0, 8)}`;
      const created = expectDocumented(
        'post',
        agencies,
        await call('POST', agencies, { session: admin, body: { id: newAgency, name: 'OpenAPI Council' } }),
      );
      expect(created.status).toBe(201);
      const again = expectDocumented(
        'post',
        agencies,
        await call('POST', agencies, { session: admin, body: { id: newAgency, name: 'Again' } }),
      );
      expect(again.status).toBe(409);
      const badId = expectDocumented(
        'post',
        agencies,
        await call('POST', agencies, { session: admin, body: { id: 'A!', name: 'x' } }),
      );
      expect(badId.status).toBe(400);
      expect(expectDocumented('get', agencies, await call('GET', agencies, { session: admin })).status).toBe(
        200,
      );

      const users = '/api/admin/users';
      const email = `openapi-${randomUUID().slice(0, 8)}@openapi.waypoint.test`;
      const user = {
        email,
        displayName: 'Sam Patel',
        agencyId: newAgency,
        role: 'advocate',
        password: PASSWORD,
      };
      const added = expectDocumented(
        'post',
        users,
        await call<{ id: string }>('POST', users, { session: admin, body: user }),
      );
      expect(added.status).toBe(201);
      const duplicate = expectDocumented(
        'post',
        users,
        await call('POST', users, { session: admin, body: { ...user, email: email.toUpperCase() } }),
      );
      expect(duplicate.status).toBe(409);
      const short = expectDocumented(
        'post',
        users,
        await call<{ errors: { field: string }[] }>('POST', users, {
          session: admin,
          body: { ...user, password: 'short' },
        }),
      );
      expect(short.status).toBe(400);
      expect(short.body.errors.map((error) => error.field)).toEqual(['password']);
      const listed = expectDocumented('get', users, await call('GET', users, { session: admin }));
      expect(listed.status).toBe(200);

      const one = '/api/admin/users/{id}';
      const changed = expectDocumented(
        'patch',
        one,
        await call('PATCH', `${users}/${added.body.id}`, { session: admin, body: { disabled: true } }),
      );
      expect(changed.status).toBe(200);
      const refusals: [Promise<Answer>, number][] = [
        [call('PATCH', `${users}/${randomUUID()}`, { session: admin, body: { unlock: true } }), 404],
        [call('PATCH', `${users}/not-a-uuid`, { session: admin, body: { unlock: true } }), 400],
        [call('PATCH', `${users}/${added.body.id}`, { session: admin, body: {} }), 400],
        [call('PATCH', `${users}/${admin.userId}`, { session: admin, body: { role: 'advocate' } }), 409],
        [
          call('PATCH', `${users}/${added.body.id}`, { session: admin, csrf: false, body: { unlock: true } }),
          403,
        ],
        [call('PATCH', `${users}/${added.body.id}`, { body: { unlock: true } }), 401],
      ];
      for (const [pending, status] of refusals) {
        const answer = await pending;
        expect(answer.status).toBe(status);
        expectDocumented('patch', one, answer);
      }
      const byToken = await call('GET', users, { token: await tokenFor('first-responder', agencyId) });
      expect(byToken.status).toBe(403);
      expectDocumented('get', users, byToken);
      const adminToken = (await call<{ token: string }>('POST', '/api/tokens', { session: admin })).body
        .token;
      expect(
        expectDocumented('get', agencies, await call('GET', agencies, { token: adminToken })).status,
      ).toBe(200);
    });
  });
});
