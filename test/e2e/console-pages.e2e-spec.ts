/**
 * Every console page × every role, derived from the routes the console module registers (not a
 * hand list, so a new console route is covered without editing this file): the page for the roles
 * it is for, the 403 page for the others, sign-in without a session; a form post by a role it is
 * not for is refused and changes nothing.
 */
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ROLES, type Role } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import { DataSource } from 'typeorm';
import { ConsoleModule } from '../../apps/gateway/src/console/console.module';
import { consolePageRolesOf } from '../../apps/gateway/src/console/kit/console-page.decorator';
import { SignInController } from '../../apps/gateway/src/console/kit/sign-in/sign-in.controller';
import { gatewayDataSourceOptions } from '../../apps/gateway/src/database';
import { seedDemo } from '../../apps/gateway/src/seed/seed-demo';
import { eventually } from '../support/mesh';
import { testDatabaseUrl } from '../support/test-environment';
import { countRows, identificationOf, urlsOf, useExclusiveMesh, withDatabase } from './support/e2e';

interface ConsoleRoute {
  method: 'GET' | 'POST';
  path: string;
  roles: readonly Role[];
}

type Controller = abstract new (...args: never[]) => object;

/** The controllers of a module and of every module it imports, as Nest collects them. */
function controllersOf(module: object): Controller[] {
  const own = (Reflect.getMetadata('controllers', module) ?? []) as Controller[];
  const imported = (Reflect.getMetadata('imports', module) ?? []) as object[];
  return [...own, ...imported.flatMap(controllersOf)];
}

/** The routes of the console's controllers (the kit's and every role's) as Nest reads them from their decorators. */
function consoleRoutes(): { routes: ConsoleRoute[]; undeclared: string[] } {
  const controllers = controllersOf(ConsoleModule);
  const routes: ConsoleRoute[] = [];
  const undeclared: string[] = [];
  for (const controller of controllers) {
    const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = Object.getOwnPropertyDescriptor(prototype, name)?.value as object | undefined;
      if (typeof handler !== 'function' || name === 'constructor') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const routePath = `/${[prefix, String(Reflect.getMetadata(PATH_METADATA, handler))]
        .map((part) => part.replace(/^\/+|\/+$/g, ''))
        .filter(Boolean)
        .join('/')}`;
      // Sign-in and sign-out are the console's only pages without a session.
      if (controller === SignInController) continue;
      const roles = consolePageRolesOf(handler, controller);
      if (!roles) {
        undeclared.push(`${RequestMethod[method]} ${routePath}`);
        continue;
      }
      if (method !== RequestMethod.GET && method !== RequestMethod.POST) {
        throw new Error(`console route ${routePath} uses ${RequestMethod[method]}: add it to this table`);
      }
      routes.push({ method: method === RequestMethod.GET ? 'GET' : 'POST', path: routePath, roles });
    }
  }
  return { routes, undeclared };
}

const { routes, undeclared } = consoleRoutes();
const pages = routes.filter((route) => route.method === 'GET');
const forms = routes.filter((route) => route.method === 'POST');

const mesh = useExclusiveMesh();
const gateway = (): string => urlsOf(mesh()).gateway;

interface Session {
  cookie: string;
  csrfToken: string;
}

const PASSWORD = 'a long enough test passphrase';
const sessions = new Map<Role, Session>();
let journeyId: string;
/** Records the placement pages open: a house of the pages' agency and a request for the journey. */
let houseId: string;
let requestId: string;
/** Path parameters no page is asked to open (form posts only, refused before any lookup). */
const UNUSED_ID = randomUUID();

async function api<T>(
  method: string,
  pathAndQuery: string,
  session: Session | undefined,
  body?: unknown,
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (session) {
    headers.cookie = `waypoint_session=${session.cookie}`;
    headers['x-csrf-token'] = session.csrfToken;
  }
  const response = await fetch(`${gateway()}${pathAndQuery}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: 'manual',
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    headers: response.headers,
  };
}

async function signIn(email: string, password: string): Promise<Session> {
  const answer = await api<{ csrfToken: string }>('POST', '/api/session', undefined, { email, password });
  expect(answer.status).toBe(201);
  const cookie = answer.headers.getSetCookie().find((line) => line.startsWith('waypoint_session='))!;
  return { cookie: /^waypoint_session=([^;]+)/.exec(cookie)![1], csrfToken: answer.body.csrfToken };
}

/** A browser's request for a page or a form post, with the session's cookie and CSRF token when given. */
function browse(method: 'GET' | 'POST', routePath: string, session?: Session): Promise<Response> {
  const headers: Record<string, string> = { accept: 'text/html' };
  if (session) headers.cookie = `waypoint_session=${session.cookie}`;
  const body =
    method === 'POST'
      ? new URLSearchParams({ _csrf: session?.csrfToken ?? '', kind: 'withdraw', decision: 'given' })
      : undefined;
  return fetch(`${gateway()}${withIds(routePath)}`, {
    method,
    headers,
    body,
    redirect: 'manual',
  });
}

function withIds(routePath: string): string {
  return routePath
    .replace(':journeyId', journeyId)
    .replace(':houseId', houseId)
    .replace(':requestId', requestId)
    .replace(':offerId', UNUSED_ID)
    .replace(':periodId', UNUSED_ID);
}

/** Everything a console form could change (the journey, the houses and their beds), as one comparable value. */
async function journeyState(): Promise<string> {
  const identification = await withDatabase('identification', async (client) =>
    JSON.stringify(
      (
        await client.query(
          `SELECT journey_id, consent, consent_given_later_at FROM potential_victim WHERE journey_id = $1`,
          [journeyId],
        )
      ).rows,
    ),
  );
  const referral = await withDatabase('referral', async (client) =>
    JSON.stringify(
      (
        await client.query(`SELECT row_to_json(c)::text AS row FROM nrm_case c WHERE journey_id = $1`, [
          journeyId,
        ])
      ).rows,
    ),
  );
  const victims = await countRows('identification', 'potential_victim');
  const placement = await withDatabase('placement', async (client) =>
    JSON.stringify(
      (
        await client.query(
          `SELECT (SELECT count(*) FROM placement_request) AS requests, (SELECT count(*) FROM offer) AS offers,
                  (SELECT count(*) FROM out_of_service) AS out_of_service, (SELECT count(*) FROM bed) AS beds,
                  (SELECT md5(string_agg(row_to_json(h)::text, ',' ORDER BY house_id)) FROM house h) AS houses`,
        )
      ).rows,
    ),
  );
  return `${identification} ${referral} ${victims} ${placement}`;
}

beforeAll(async () => {
  const dataSource = new DataSource({
    ...gatewayDataSourceOptions(testDatabaseUrl('gateway'), 2),
    logging: false,
  });
  await dataSource.initialize();
  let demo;
  try {
    demo = await seedDemo(dataSource, path.join(os.tmpdir(), `waypoint-e2e-demo-${randomUUID()}.json`));
  } finally {
    await dataSource.destroy();
  }
  const administrator = demo.find((user) => user.role === 'administrator')!;
  const admin = await signIn(administrator.email, administrator.password);
  const agencyId = `e2e-console-pages-${randomUUID().slice(0, 8)}`;
  expect((await api('POST', '/api/admin/agencies', admin, { id: agencyId, name: 'E2E Pages' })).status).toBe(
    201,
  );
  for (const role of ROLES) {
    const email = `${role}-${randomUUID().slice(0, 8)}@e2e.waypoint.test`;
    const created = await api('POST', '/api/admin/users', admin, {
      email,
      displayName: `E2E ${role}`,
      agencyId,
      role,
      password: PASSWORD,
    });
    expect(created.status).toBe(201);
    sessions.set(role, await signIn(email, PASSWORD));
  }
  const recorded = await api<{ journeyId: string }>(
    'POST',
    '/api/identification/identifications',
    sessions.get('first-responder'),
    identificationOf(),
  );
  expect(recorded.status).toBe(201);
  journeyId = recorded.body.journeyId;
  await eventually(async () =>
    (await countRows('referral', 'nrm_case', 'journey_id = $1', [journeyId])) === 1 ? true : undefined,
  );
  const house = await api<{ houseId: string }>(
    'POST',
    '/api/placement/houses',
    sessions.get('safe-house-staff'),
    {
      name: `Pages House ${randomUUID().slice(0, 8)}`,
      area: 'solihull',
      householdTypes: ['women'],
      accessibility: [],
      languages: ['en'],
      address: { line1: '1 Test Road', town: 'Solihull', postcode: 'B91 3QB' },
      rooms: [{ name: 'Room 1', beds: [{ label: 'Bed 1', kind: 'single' }] }],
    },
  );
  expect(house.status).toBe(201);
  houseId = house.body.houseId;
  // Placement learns of the journey from identification's event: 404 until then.
  requestId = await eventually(async () => {
    const answer = await api<{ requestId: string }>(
      'POST',
      '/api/placement/placement-requests',
      sessions.get('first-responder'),
      {
        journeyId,
        kind: 'safe-house',
        urgency: 'urgent',
        householdType: 'women',
        dependants: [],
        accessibilityNeeds: [],
        languages: [],
        pregnant: false,
        avoidAreas: [],
        neededFrom: londonDateOf(new Date()),
      },
    );
    return answer.status === 201 ? answer.body.requestId : undefined;
  });
});

describe('console pages by role, from the routes the console registers', () => {
  it('finds the console routes, and every one declares the roles it is for', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(forms.length).toBeGreaterThanOrEqual(1);
    expect(undeclared).toEqual([]);
  });

  const table = pages.flatMap((page) =>
    ROLES.map((role) => ({ ...page, role, allowed: page.roles.includes(role) })),
  );

  it.each(table)(
    'GET $path as $role: the page when it is for the role, otherwise the 403 page',
    async ({ path: routePath, role, allowed }) => {
      const response = await browse('GET', routePath, sessions.get(role));
      const html = await response.text();
      if (allowed) {
        expect(response.status === 200 || response.status === 303).toBe(true);
        if (response.status === 303) expect(response.headers.get('location')).not.toMatch(/^\/sign-in/);
        else expect(html).not.toContain('You cannot do that');
      } else {
        expect(response.status).toBe(403);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(html).toContain('You cannot do that');
      }
    },
  );

  it.each(pages)('GET $path without a session leads to sign-in and back', async ({ path: routePath }) => {
    const response = await browse('GET', routePath);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `/sign-in?returnTo=${encodeURIComponent(withIds(routePath))}`,
    );
  });

  const refusals = forms.flatMap((form) =>
    ROLES.filter((role) => !form.roles.includes(role)).map((role) => ({ ...form, role })),
  );

  it.each(refusals)(
    'POST $path as $role is refused with the 403 page and changes nothing',
    async ({ path: routePath, role }) => {
      const before = await journeyState();
      const response = await browse('POST', routePath, sessions.get(role));
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('You cannot do that');
      expect(await journeyState()).toBe(before);
    },
  );
});
