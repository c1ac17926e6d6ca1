/**
 * The gateway as the one entry point: sign-in with sessions (cookie flags, lockout, no email
 * enumeration, sign-out, expiry), service tokens the services accept, administration of agencies
 * and users, and the proxy to the services with CSRF protection, against the running mesh.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROLES, TokenVerifier, type Role } from '@waypoint/auth';
import { openApiDocumentProblems } from '@waypoint/platform';
import { decodeJwt } from 'jose';
import { DataSource } from 'typeorm';
import { gatewayDataSourceOptions } from '../../apps/gateway/src/database';
import { demoEmailOf, seedDemo, type DemoCredential } from '../../apps/gateway/src/seed/seed-demo';
import { TEST_ENV } from '../setup/test-infrastructure';
import { eventually } from '../support/mesh';
import { testDatabaseUrl } from '../support/test-environment';
import {
  countRows,
  EVENT,
  identificationOf,
  urlsOf,
  useExclusiveMesh,
  withDatabase,
  type ErrorBody,
  type IdentificationRecorded,
  type JourneyView,
} from './support/e2e';

const mesh = useExclusiveMesh();
const gateway = (): string => urlsOf(mesh()).gateway;

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

interface SignedInView {
  user: { userId: string; email: string; displayName: string; role: Role; agency: string };
  csrfToken: string;
}

interface UserView {
  id: string;
  email: string;
  agencyId: string;
  role: Role;
  disabled: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
}

async function call<T = unknown>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  pathAndQuery: string,
  options: { session?: Session; csrf?: string | false; token?: string; body?: unknown } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (options.session) {
    headers.cookie = `waypoint_session=${options.session.cookie}`;
    if (options.csrf !== false) headers['x-csrf-token'] = options.csrf ?? options.session.csrfToken;
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${gateway()}${pathAndQuery}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    redirect: 'manual',
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    headers: response.headers,
  };
}

function signInRequest(email: string, password: string): Promise<Answer<SignedInView & ErrorBody>> {
  return call('POST', '/api/session', { body: { email, password } });
}

function sessionCookieOf(answer: Answer): string {
  const cookie = answer.headers.getSetCookie().find((line) => line.startsWith('waypoint_session='));
  if (!cookie) throw new Error('no session cookie was set');
  return cookie;
}

async function signIn(email: string, password: string): Promise<Session> {
  const answer = await signInRequest(email, password);
  expect(answer.status).toBe(201);
  const token = /^waypoint_session=([^;]+)/.exec(sessionCookieOf(answer))![1];
  return { cookie: token, csrfToken: answer.body.csrfToken, userId: answer.body.user.userId };
}

const PASSWORD = 'a long enough test passphrase';

/** A fresh user made by the administrator through the API (so each test owns its account). */
async function newUser(admin: Session, role: Role, agencyId: string): Promise<{ id: string; email: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@e2e.waypoint.test`;
  const answer = await call<UserView>('POST', '/api/admin/users', {
    session: admin,
    body: { email, displayName: `E2E ${role}`, agencyId, role, password: PASSWORD },
  });
  expect(answer.status).toBe(201);
  return { id: answer.body.id, email };
}

function gatewayQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return withDatabase('gateway', async (client) => (await client.query(sql, params)).rows as T[]);
}

let demo: DemoCredential[];
let admin: Session;
let agencyId: string;
let responder: Session;

beforeAll(async () => {
  // The demo seed is the real way the first administrator comes to exist; it runs as infra runs it.
  const dataSource = new DataSource({
    ...gatewayDataSourceOptions(testDatabaseUrl('gateway'), 2),
    logging: false,
  });
  await dataSource.initialize();
  try {
    demo = await seedDemo(dataSource, path.join(os.tmpdir(), `waypoint-e2e-demo-${randomUUID()}.json`));
  } finally {
    await dataSource.destroy();
  }
  const administrator = demo.find((user) => user.role === 'administrator')!;
  admin = await signIn(administrator.email, administrator.password);
  agencyId = `e2e-police-${randomUUID().slice(0, 8)}`;
  const created = await call('POST', '/api/admin/agencies', {
    session: admin,
    body: { id: agencyId, name: 'E2E Police' },
  });
  expect(created.status).toBe(201);
  const officer = await newUser(admin, 'first-responder', agencyId);
  responder = await signIn(officer.email, PASSWORD);
});

describe('the gateway', () => {
  it('answers /health with its database up, and sends security headers with a self-only CSP', async () => {
    const answer = await call<{ status: string; checks: Record<string, string> }>('GET', '/health');

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok', checks: { database: 'up' } });
    const csp = answer.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a form-encoded body on the JSON API (a cross-site form cannot sign anyone in)', async () => {
    const response = await fetch(`${gateway()}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${encodeURIComponent(demoEmailOf('administrator'))}&password=whatever`,
    });

    expect(response.status).toBe(415);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax, Secure session cookie for the whole site, and keeps only its hash', async () => {
    const firstResponder = demo.find((user) => user.role === 'first-responder')!;
    const answer = await signInRequest(firstResponder.email.toUpperCase(), firstResponder.password);

    expect(answer.status).toBe(201);
    expect(answer.body.user).toMatchObject({
      email: demoEmailOf('first-responder'),
      role: 'first-responder',
    });
    const cookie = sessionCookieOf(answer);
    const attributes = cookie.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', 'secure']));
    const token = /^waypoint_session=([^;]+)/.exec(cookie)![1];
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = await gatewayQuery<{ token_hash: Buffer }>(
      'SELECT token_hash FROM user_session WHERE user_id = $1',
      [answer.body.user.userId],
    );
    expect(stored.map((row) => row.token_hash.toString('base64url'))).not.toContain(token);
    expect(stored.every((row) => row.token_hash.length === 32)).toBe(true);
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    const { email } = await newUser(admin, 'advocate', agencyId);

    const wrongPassword = await signInRequest(email, 'not the password at all');
    const unknownEmail = await signInRequest(
      `nobody-${randomUUID()}@e2e.waypoint.test`,
      'not the password at all',
    );

    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
    expect(unknownEmail.headers.getSetCookie()).toEqual([]);
  });

  it('locks an unknown email after five failures just as it locks a real account, so locking reveals nothing', async () => {
    const { email } = await newUser(admin, 'advocate', agencyId);
    const unknown = `nobody-${randomUUID()}@e2e.waypoint.test`;

    const statuses = async (address: string): Promise<number[]> => {
      const seen: number[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        seen.push((await signInRequest(address, `wrong password ${attempt}`)).status);
      }
      return seen;
    };

    expect(await statuses(unknown)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(await statuses(email)).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it('locks an account after five wrong passwords, refusing even the right one, until an administrator unlocks it', async () => {
    const user = await newUser(admin, 'advocate', agencyId);

    const answers: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      answers.push((await signInRequest(user.email, `wrong password ${attempt}`)).status);
    }
    const rightPassword = await signInRequest(user.email, PASSWORD);

    expect(answers).toEqual([401, 401, 401, 401, 423]);
    expect(rightPassword.status).toBe(423);
    expect(JSON.stringify(rightPassword.body.message)).toMatch(/locked .* until/);
    expect(rightPassword.headers.getSetCookie()).toEqual([]);
    const [row] = await gatewayQuery<{ failed_attempts: number; minutes: number }>(
      `SELECT failed_attempts, extract(epoch FROM locked_until - now()) / 60 AS minutes FROM app_user WHERE id = $1`,
      [user.id],
    );
    expect(row.failed_attempts).toBe(5);
    expect(Number(row.minutes)).toBeGreaterThan(14);
    expect(Number(row.minutes)).toBeLessThanOrEqual(15);

    const unlocked = await call<UserView>('PATCH', `/api/admin/users/${user.id}`, {
      session: admin,
      body: { unlock: true },
    });
    expect(unlocked.body).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    expect((await signInRequest(user.email, PASSWORD)).status).toBe(201);
  });

  it('counts every one of five wrong passwords sent at the same moment', async () => {
    const user = await newUser(admin, 'advocate', agencyId);

    await Promise.all(
      [0, 1, 2, 3, 4].map((attempt) => signInRequest(user.email, `parallel guess ${attempt}`)),
    );

    expect((await signInRequest(user.email, PASSWORD)).status).toBe(423);
  });

  it('audits every attempt by outcome without keeping the password or the email typed', async () => {
    const user = await newUser(admin, 'support-worker', agencyId);
    await signInRequest(user.email, 'a wrong password typed here');
    await signIn(user.email, PASSWORD);

    const rows = await gatewayQuery<{ outcome: string; row: string }>(
      'SELECT outcome, row_to_json(a)::text AS row FROM sign_in_attempt a WHERE user_id = $1 ORDER BY id',
      [user.id],
    );
    expect(rows.map((row) => row.outcome)).toEqual(['wrong-password', 'signed-in']);
    for (const { row } of rows) {
      expect(row).not.toContain('a wrong password typed here');
      expect(row).not.toContain(PASSWORD);
      expect(row).not.toContain(user.email);
    }
  });

  it('refuses a sign-in without a password with 400 naming the field, and opens no session', async () => {
    const before = await countRows('gateway', 'user_session');

    const answer = await call<ErrorBody>('POST', '/api/session', { body: { email: 'someone@example.org' } });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.field)).toContain('password');
    expect(await countRows('gateway', 'user_session')).toBe(before);
  });
});

describe('sessions', () => {
  it('signing out revokes the session: the same cookie is refused afterwards', async () => {
    const session = await signIn(
      demo.find((user) => user.role === 'commissioner')!.email,
      passwordOf('commissioner'),
    );

    const before = await call<SignedInView>('GET', '/api/session', { session });
    const signedOut = await call('DELETE', '/api/session', { session });
    const reused = await call('POST', '/api/tokens', { session });

    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ user: { role: 'commissioner' }, csrfToken: session.csrfToken });
    expect(signedOut.status).toBe(204);
    expect((await call('GET', '/api/session', { session })).status).toBe(401);
    expect(signedOut.headers.getSetCookie()[0]).toMatch(/^waypoint_session=;/);
    expect(reused.status).toBe(401);
  });

  // Waiting 30 minutes is not a test: the session's clock is moved back in the gateway's database.
  it('refuses a session idle for more than 30 minutes, and one past its absolute expiry', async () => {
    const idle = await signIn(
      demo.find((user) => user.role === 'safe-house-staff')!.email,
      passwordOf('safe-house-staff'),
    );
    const old = await signIn(
      demo.find((user) => user.role === 'safe-house-staff')!.email,
      passwordOf('safe-house-staff'),
    );
    expect((await call('POST', '/api/tokens', { session: idle })).status).toBe(201);

    await withDatabase('gateway', async (client) => {
      await client.query(
        `UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = sha256($1::bytea)`,
        [Buffer.from(idle.cookie)],
      );
      await client.query(
        `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = sha256($1::bytea)`,
        [Buffer.from(old.cookie)],
      );
    });

    expect((await call('POST', '/api/tokens', { session: idle })).status).toBe(401);
    expect((await call('POST', '/api/tokens', { session: old })).status).toBe(401);
  });

  it('answers 401 to API calls with no cookie and no token', async () => {
    const answers = await Promise.all([
      call('POST', '/api/tokens'),
      call('GET', '/api/admin/users'),
      call('GET', `/api/identification/identifications/${randomUUID()}`),
      call('DELETE', '/api/session'),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
  });
});

describe('service tokens', () => {
  it("issues a short-lived token that verifies with the services' public key and works on a service directly", async () => {
    const issued = await call<{ token: string; expiresIn: number }>('POST', '/api/tokens', {
      session: responder,
    });

    expect(issued.status).toBe(201);
    const verifier = await TokenVerifier.fromPublicKeyPem(
      readFileSync(process.env[TEST_ENV.publicKeyPath]!, 'utf8'),
    );
    await expect(verifier.verify(issued.body.token)).resolves.toEqual({
      subject: responder.userId,
      role: 'first-responder',
      agency: agencyId,
    });
    const claims = decodeJwt(issued.body.token);
    expect(claims.exp! - claims.iat!).toBe(900);

    const recorded = await fetch(`${urlsOf(mesh()).identification}/identifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${issued.body.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(identificationOf()),
    });
    expect(recorded.status).toBe(201);
  });

  it('refuses to mint a token without the CSRF token, and a token cannot mint another', async () => {
    const issued = await call<{ token: string }>('POST', '/api/tokens', { session: responder });

    expect((await call('POST', '/api/tokens', { session: responder, csrf: false })).status).toBe(403);
    expect((await call('POST', '/api/tokens', { token: issued.body.token })).status).toBe(401);
  });
});

describe('the proxy to the services', () => {
  it('records an identification as a first responder, reads it back, and shows it in the journey', async () => {
    const recorded = await call<IdentificationRecorded>('POST', '/api/identification/identifications', {
      session: responder,
      body: identificationOf({ personalDetails: { fullName: 'Proxy Person' } }),
    });
    expect(recorded.status).toBe(201);
    const { journeyId } = recorded.body;

    const read = await call<{ journeyId: string; firstResponderAgency: string; recordedBy: string }>(
      'GET',
      `/api/identification/identifications/${journeyId}`,
      { session: responder },
    );
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      journeyId,
      firstResponderAgency: agencyId,
      recordedBy: responder.userId,
    });

    const journey = await eventually(
      async () => {
        const answer = await call<JourneyView>('GET', `/api/journey/journeys/${journeyId}`, {
          session: responder,
        });
        return answer.status === 200 && answer.body.timeline.some((entry) => entry.type === EVENT.nrmReferral)
          ? answer.body
          : undefined;
      },
      { what: `journey ${journeyId} through the gateway` },
    );
    expect(journey.timeline.map((entry) => entry.type)).toEqual(
      expect.arrayContaining([EVENT.identified, EVENT.nrmReferral]),
    );
  });

  it("returns the service's own status and body unchanged, including its 400 naming the field", async () => {
    const answer = await call<ErrorBody>('POST', '/api/identification/identifications', {
      session: responder,
      body: identificationOf({ ageGroup: 'elderly' }),
    });
    const direct = await fetch(`${urlsOf(mesh()).identification}/identifications`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${(await call<{ token: string }>('POST', '/api/tokens', { session: responder })).body.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(identificationOf({ ageGroup: 'elderly' })),
    });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(await direct.json());
    expect(answer.body.errors?.map((error) => error.field)).toContain('ageGroup');
  });

  it('refuses a state-changing request with the cookie but without the right CSRF token, and writes nothing', async () => {
    const where = 'first_responder_agency = $1';
    const before = await countRows('identification', 'potential_victim', where, [agencyId]);

    const missing = await call<ErrorBody>('POST', '/api/identification/identifications', {
      session: responder,
      csrf: false,
      body: identificationOf(),
    });
    const wrong = await call('POST', '/api/identification/identifications', {
      session: responder,
      csrf: admin.csrfToken,
      body: identificationOf(),
    });

    expect(missing.status).toBe(403);
    expect(JSON.stringify(missing.body.message)).toMatch(/CSRF/);
    expect(wrong.status).toBe(403);
    expect(await countRows('identification', 'potential_victim', where, [agencyId])).toBe(before);
  });

  it('passes a gateway-issued bearer token through (no CSRF needed) and refuses a forged one', async () => {
    const issued = await call<{ token: string }>('POST', '/api/tokens', { session: responder });
    const [header, payload] = issued.body.token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(86)}`;

    const recorded = await call<IdentificationRecorded>('POST', '/api/identification/identifications', {
      token: issued.body.token,
      body: identificationOf(),
    });
    const refused = await call('GET', `/api/identification/identifications/${recorded.body.journeyId}`, {
      token: forged,
    });

    expect(recorded.status).toBe(201);
    expect(refused.status).toBe(401);
  });
});

describe('the OpenAPI documents', () => {
  it("serves each service's own document through the proxy (its server the gateway's prefix), and its own beside them, to a verified caller only", async () => {
    const token = (await call<{ token: string }>('POST', '/api/tokens', { session: responder })).body.token;
    for (const service of ['identification', 'referral', 'journey'] as const) {
      const direct = await fetch(`${urlsOf(mesh())[service]}/openapi.json`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(direct.status).toBe(200);
      const proxied = await call('GET', `/api/${service}/openapi.json`, { session: responder });
      // Unchanged but for its server, which is the gateway's prefix for the service.
      expect({ service, status: proxied.status, body: proxied.body }).toEqual({
        service,
        status: 200,
        body: {
          ...((await direct.json()) as object),
          servers: [
            { url: `/api/${service}`, description: `The ${service} service, through the Waypoint gateway` },
          ],
        },
      });
      expect((await call('GET', `/api/${service}/openapi.json`)).status).toBe(401);
    }

    const own = await call<{ info: { title: string }; paths: Record<string, unknown> }>(
      'GET',
      '/api/openapi.json',
      { token },
    );
    expect(own.status).toBe(200);
    expect(own.body.info.title).toBe('Waypoint gateway API');
    expect(openApiDocumentProblems(own.body)).toEqual([]);
    expect(Object.keys(own.body.paths)).toEqual(
      expect.arrayContaining(['/api/session', '/api/tokens', '/api/identification/openapi.json']),
    );
    expect((await call('GET', '/api/openapi.json')).status).toBe(401);
  });
});

describe('administration', () => {
  it('lets an administrator create an agency and a user, who can then sign in for that agency', async () => {
    const agency = await call<{ id: string; name: string }>('POST', '/api/admin/agencies', {
      session: admin,
      body: { name: `Sandwell Refuge ${randomUUID().slice(0, 6)}` },
    });
    expect(agency.status).toBe(201);
    expect(agency.body.id).toMatch(/^sandwell-refuge-[0-9a-f]{6}$/);

    const email = `Caseworker-${randomUUID().slice(0, 8)}@E2E.waypoint.test`;
    const user = await call<UserView>('POST', '/api/admin/users', {
      session: admin,
      body: {
        email,
        displayName: 'A Caseworker',
        agencyId: agency.body.id,
        role: 'advocate',
        password: PASSWORD,
      },
    });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({
      email: email.toLowerCase(),
      agencyId: agency.body.id,
      role: 'advocate',
    });
    expect(JSON.stringify(user.body)).not.toMatch(/argon2|passwordHash/);

    const listed = await call<{ agencies: { id: string }[] }>('GET', '/api/admin/agencies', {
      session: admin,
    });
    expect(listed.body.agencies.map((entry) => entry.id)).toContain(agency.body.id);
    const session = await signIn(email.toLowerCase(), PASSWORD);
    const token = await call<{ token: string }>('POST', '/api/tokens', { session });
    expect(decodeJwt(token.body.token)).toMatchObject({ role: 'advocate', agency: agency.body.id });
  });

  it('answers 409 for a duplicate email (whatever its case) or agency id, and 404 for an unknown user', async () => {
    const existing = await newUser(admin, 'advocate', agencyId);

    const duplicateUser = await call('POST', '/api/admin/users', {
      session: admin,
      body: {
        email: existing.email.toUpperCase(),
        displayName: 'Twin',
        agencyId,
        role: 'advocate',
        password: PASSWORD,
      },
    });
    const duplicateAgency = await call('POST', '/api/admin/agencies', {
      session: admin,
      body: { id: agencyId, name: 'Again' },
    });
    const unknown = await call('PATCH', `/api/admin/users/${randomUUID()}`, {
      session: admin,
      body: { disabled: true },
    });

    const selfDemotion = await call('PATCH', `/api/admin/users/${admin.userId}`, {
      session: admin,
      body: { role: 'advocate' },
    });

    expect([duplicateUser.status, duplicateAgency.status, unknown.status]).toEqual([409, 409, 404]);
    expect(selfDemotion.status).toBe(409);
    expect(await countRows('gateway', 'app_user', "id = $1 AND role = 'administrator'", [admin.userId])).toBe(
      1,
    );
  });

  it('disabling a user ends their sessions and refuses their sign-in like a wrong password', async () => {
    const user = await newUser(admin, 'advocate', agencyId);
    const session = await signIn(user.email, PASSWORD);

    const disabled = await call<UserView>('PATCH', `/api/admin/users/${user.id}`, {
      session: admin,
      body: { disabled: true },
    });

    expect(disabled.body.disabled).toBe(true);
    expect((await call('POST', '/api/tokens', { session })).status).toBe(401);
    expect((await signInRequest(user.email, PASSWORD)).status).toBe(401);
  });

  it('refuses a new user with a short password with 400 naming the field, and writes no row', async () => {
    const email = `short-${randomUUID().slice(0, 8)}@e2e.waypoint.test`;

    const answer = await call<ErrorBody>('POST', '/api/admin/users', {
      session: admin,
      body: { email, displayName: 'Short', agencyId, role: 'advocate', password: 'elevenchars' },
    });
    const unknownAgency = await call<ErrorBody>('POST', '/api/admin/users', {
      session: admin,
      body: {
        email,
        displayName: 'Nowhere',
        agencyId: 'no-such-agency',
        role: 'advocate',
        password: PASSWORD,
      },
    });

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { field: 'password', rule: 'passwordPolicy', message: 'password must be at least 12 characters' },
    ]);
    expect(unknownAgency.status).toBe(400);
    expect(unknownAgency.body.errors?.[0]).toMatchObject({ field: 'agencyId', rule: 'exists' });
    expect(await countRows('gateway', 'app_user', 'email = $1', [email])).toBe(0);
  });

  it('refuses administration to other roles, by session or by token, and writes nothing', async () => {
    const before = await countRows('gateway', 'agency');
    const token = (await call<{ token: string }>('POST', '/api/tokens', { session: responder })).body.token;

    const answers = await Promise.all([
      call('GET', '/api/admin/users', { session: responder }),
      call('POST', '/api/admin/agencies', { session: responder, body: { name: 'Not Allowed' } }),
      call('GET', '/api/admin/agencies', { token }),
      call('POST', '/api/admin/agencies', { token, body: { name: 'Not Allowed Either' } }),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403]);
    expect(await countRows('gateway', 'agency')).toBe(before);
  });

  describe('every other role is refused every administration endpoint (403), by session and by token', () => {
    const ENDPOINTS = [
      ['GET', '/api/admin/agencies', undefined],
      ['POST', '/api/admin/agencies', { name: 'Refused Agency' }],
      ['GET', '/api/admin/users', undefined],
      [
        'POST',
        '/api/admin/users',
        {
          email: 'refused@e2e.waypoint.test',
          displayName: 'Refused',
          agencyId: 'x',
          role: 'advocate',
          password: PASSWORD,
        },
      ],
      ['PATCH', '/api/admin/users/:id', { disabled: true }],
    ] as const;
    const NON_ADMINISTRATORS = ROLES.filter((role) => role !== 'administrator');

    it.each(NON_ADMINISTRATORS)('%s', async (role) => {
      const person = await newUser(admin, role, agencyId);
      const session = await signIn(person.email, PASSWORD);
      const token = (await call<{ token: string }>('POST', '/api/tokens', { session })).body.token;
      const before = await gatewayQuery<{ agencies: string; users: string; changed: string }>(
        `SELECT (SELECT count(*) FROM agency)::text AS agencies, (SELECT count(*) FROM app_user)::text AS users,
           (SELECT count(*) FROM app_user WHERE disabled)::text AS changed`,
      );

      const refusals: { endpoint: string; via: string; status: number }[] = [];
      for (const [method, path, body] of ENDPOINTS) {
        const url = path.replace(':id', person.id);
        for (const via of [{ session }, { token }]) {
          const answer = await call(method, url, { ...via, body });
          refusals.push({ endpoint: `${method} ${path}`, via: Object.keys(via)[0], status: answer.status });
        }
      }

      expect(refusals.filter((refusal) => refusal.status !== 403)).toEqual([]);
      expect(refusals).toHaveLength(ENDPOINTS.length * 2);
      const after = await gatewayQuery(
        `SELECT (SELECT count(*) FROM agency)::text AS agencies, (SELECT count(*) FROM app_user)::text AS users,
           (SELECT count(*) FROM app_user WHERE disabled)::text AS changed`,
      );
      expect(after).toEqual(before);
    });
  });

  it("accepts an administrator's gateway-issued bearer token", async () => {
    const token = (await call<{ token: string }>('POST', '/api/tokens', { session: admin })).body.token;

    const answer = await call<{ users: UserView[] }>('GET', '/api/admin/users', { token });

    expect(answer.status).toBe(200);
    expect(answer.body.users.map((user) => user.email)).toContain(demoEmailOf('administrator'));
  });
});

function passwordOf(role: Role): string {
  return demo.find((user) => user.role === role)!.password;
}
