/**
 * The placement consoles in a real browser against the running mesh (Debian's chromium, headless, driven by
 * playwright-core), as three signed-in users of agencies unique to the run, their accounts made through the
 * gateway's admin API:
 *
 * 1. a first responder opens a case recorded by their agency, requests a place for it (a refused form first:
 *    the GOV.UK error summary names every question and nothing is written) and sees the request's status;
 * 2. a placement coordinator finds the request in the queue, reads its matches (an eligible house of the
 *    provider, a house in the area of exploitation excluded with its reason), offers a place and sees the bed
 *    held on the vacancy board;
 * 3. the provider's safe-house staff find the offer, are refused a decline without a reason, accept, record the
 *    arrival, see the planned move-out follow the NRM decision, record the move-out, and read the house's beds by
 *    state and its address;
 * 4. the provider's staff add a house through the console (a refused form first: every question named, nothing
 *    written), correct its address (the prefilled form's address read recorded, a wrong postcode refused) and add
 *    a bed to one of its rooms and one to a new room.
 *
 * Every page visited is screenshotted into test-artifacts/placement-console/ and checked with axe (no serious
 * or critical violations).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Role } from '@waypoint/auth';
import { addCalendarDays, londonDateOf } from '@waypoint/calendar';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { gatewayDataSourceOptions } from '../../apps/gateway/src/database';
import { seedDemo } from '../../apps/gateway/src/seed/seed-demo';
import { testDatabaseUrl } from '../support/test-environment';
import {
  bearer,
  countRows,
  http,
  identificationOf,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  withDatabase,
  type HouseView,
  type IdentificationRecorded,
  type NrmCaseCommandAnswer,
} from './support/e2e';

const CHROMIUM = process.env.WAYPOINT_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'placement-console');
const PASSWORD = 'a long enough test passphrase for placement';

const mesh = useExclusiveMesh();
const police = uniqueAgency('pce-police');
const coordinators = uniqueAgency('pce-coordinators');
const provider = uniqueAgency('pce-rowan-trust');
/** A second provider, whose house in the area of exploitation matching must rule out. */
const nearbyProvider = uniqueAgency('pce-elm-housing');

const run = randomUUID().slice(0, 8);
const HOUSE = `Rowan House ${run}`;
const NEARBY_HOUSE = `Digbeth House ${run}`;
const STREET = `${run} Sealed Lane`;

interface User {
  role: Role;
  agency: string;
  agencyName: string;
  email: string;
  displayName: string;
}

const users = {
  responder: {
    role: 'first-responder',
    agency: police,
    agencyName: 'PCE Police (e2e)',
    email: `pce-responder-${run}@e2e.waypoint.test`,
    displayName: 'Fatima Responder',
  },
  coordinator: {
    role: 'placement-coordinator',
    agency: coordinators,
    agencyName: 'PCE Coordinators (e2e)',
    email: `pce-coordinator-${run}@e2e.waypoint.test`,
    displayName: 'Cora Coordinator',
  },
  staff: {
    role: 'safe-house-staff',
    agency: provider,
    agencyName: 'PCE Rowan Trust (e2e)',
    email: `pce-staff-${run}@e2e.waypoint.test`,
    displayName: 'Sam Staff',
  },
} satisfies Record<string, User>;

let browser: Browser;
const contexts: BrowserContext[] = [];
let shot = 0;

let journeyId: string;
let reference: string;
let house: HouseView;
let nearby: HouseView;
let requestId: string;
let offerId: string;

const gateway = (): string => urlsOf(mesh()).gateway;
const today = (): string => londonDateOf(new Date());

/** The administrator of the demo seed makes this run's agencies and users through the gateway's admin API. */
async function createAccounts(): Promise<void> {
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
  const session = await http<{ csrfToken: string }>('POST', `${gateway()}/api/session`, {
    body: { email: administrator.email, password: administrator.password },
  });
  expect(session.status).toBe(201);
  const cookie = /^waypoint_session=([^;]+)/.exec(
    session.headers.getSetCookie().find((line) => line.startsWith('waypoint_session='))!,
  )![1];
  const asAdmin = { cookie: `waypoint_session=${cookie}`, 'x-csrf-token': session.body.csrfToken };
  for (const user of Object.values(users)) {
    const agency = await http('POST', `${gateway()}/api/admin/agencies`, {
      headers: asAdmin,
      body: { id: user.agency, name: user.agencyName },
    });
    expect(agency.status).toBe(201);
    const created = await http('POST', `${gateway()}/api/admin/users`, {
      headers: asAdmin,
      body: {
        email: user.email,
        displayName: user.displayName,
        agencyId: user.agency,
        role: user.role,
        password: PASSWORD,
      },
    });
    expect(created.status).toBe(201);
  }
}

async function addHouse(token: string, name: string, area: string, bedLabels: string[]): Promise<HouseView> {
  const answer = await http<HouseView>('POST', `${urlsOf(mesh()).placement}/houses`, {
    token,
    body: {
      name,
      area,
      householdTypes: ['women'],
      accessibility: ['step-free-access'],
      languages: ['en', 'sq'],
      address: { line1: STREET, town: 'Coventry', postcode: 'CV1 2GT' },
      rooms: [{ name: 'Room 1', beds: bedLabels.map((label) => ({ label, kind: 'single' })) }],
    },
  });
  expect(answer.status).toBe(201);
  return answer.body;
}

/** A signed-in browser tab of its own for one user: each role keeps its session while the others act. */
async function signedIn(user: User): Promise<Page> {
  // AxeBuilder needs pages of a context made with browser.newContext().
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${gateway()}/sign-in`);
  await expect(heading(page)).resolves.toBe('Sign in to Waypoint');
  await checkPage(page, `${user.role}-sign-in`);
  await page.fill('#email', user.email);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('domcontentloaded');
  await expect(page.locator('.waypoint-user__name').innerText()).resolves.toContain(user.displayName);
  return page;
}

/** A screenshot for the record and an axe check that fails the test on any serious or critical violation. */
async function checkPage(page: Page, name: string): Promise<void> {
  shot += 1;
  await page.screenshot({
    path: path.join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${name}.png`),
    fullPage: true,
  });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect({ page: name, serious }).toEqual({ page: name, serious: [] });
}

async function errorSummary(page: Page): Promise<string[]> {
  await page.locator('.govuk-error-summary').waitFor();
  return page.locator('.govuk-error-summary__list a').allInnerTexts();
}

async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim();
}

/** Reloads until `ready` holds: what another service learns over Kafka shows a moment later. */
async function reloadUntil(
  page: Page,
  what: string,
  ready: () => Promise<boolean>,
  timeoutMs = 45_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline) {
      await page.screenshot({
        path: path.join(ARTIFACTS, `timed-out-${what.replace(/\W+/g, '-')}.png`),
        fullPage: true,
      });
      const text = await page.locator('main').innerText();
      throw new Error(`${what} did not appear within ${timeoutMs} ms; ${page.url()} shows: ${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.reload();
  }
}

async function fillDate(scope: Page | Locator, name: string, date: string): Promise<void> {
  await scope.locator(`input[name="${name}-day"]`).fill(String(Number(date.slice(8, 10))));
  await scope.locator(`input[name="${name}-month"]`).fill(String(Number(date.slice(5, 7))));
  await scope.locator(`input[name="${name}-year"]`).fill(date.slice(0, 4));
}

/** The cells of the table row holding `text`, as the page shows them. */
async function cellsOfRow(page: Page, table: string, text: string): Promise<string[]> {
  const row = page.locator(`${table} tbody tr`, { hasText: text });
  await expect(row.count()).resolves.toBe(1);
  return (await row.locator('td').allInnerTexts()).map((cell) => cell.replace(/\s+/g, ' ').trim());
}

function govukDate(localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

function offerStatus(id: string): Promise<string> {
  return withDatabase('placement', async (client) => {
    const { rows } = await client.query<{ status: string }>('SELECT status FROM offer WHERE offer_id = $1', [
      id,
    ]);
    return rows[0].status;
  });
}

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  await createAccounts();
  // The provider's houses, through the placement API as its staff: one to match, one where they were exploited.
  house = await addHouse(await bearer('safe-house-staff', provider), HOUSE, 'coventry', ['Bed 1', 'Bed 2']);
  nearby = await addHouse(await bearer('safe-house-staff', nearbyProvider), NEARBY_HOUSE, 'birmingham', [
    'Bed 1',
  ]);
  // The case, recorded through identification's API by the responder's own agency.
  const recorded = await http<IdentificationRecorded>(
    'POST',
    `${urlsOf(mesh()).identification}/identifications`,
    {
      token: await bearer('first-responder', police),
      body: identificationOf({
        area: 'birmingham',
        personalDetails: { fullName: `Placement Person ${run}` },
      }),
    },
  );
  expect(recorded.status).toBe(201);
  journeyId = recorded.body.journeyId;
  reference = journeyId.slice(0, 8).toUpperCase();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** The first responder's tab, kept open: their case follows the placement the others make. */
let responderPage: Page;

describe('a first responder requests a place', () => {
  let page: Page;

  it('signs in to My cases and opens the case, which has no request and offers "Request a place"', async () => {
    page = await signedIn(users.responder);
    responderPage = page;
    expect(new URL(page.url()).pathname).toBe('/cases');
    await expect(heading(page)).resolves.toBe('My cases');
    await reloadUntil(page, 'the case in My cases', () =>
      page.locator(`tr[data-journey-id="${journeyId}"]`).isVisible(),
    );
    await checkPage(page, 'responder-my-cases');

    await page.locator(`tr[data-journey-id="${journeyId}"]`).getByRole('link').first().click();
    expect(new URL(page.url()).pathname).toBe(`/cases/${journeyId}`);
    await reloadUntil(page, 'the referral', () => page.locator('#case-summary').isVisible());
    await expect(page.locator('#placement').innerText()).resolves.toBe('Safe-house placement');
    await expect(page.locator('main').innerText()).resolves.toContain('No place has been requested.');
    await checkPage(page, 'responder-case-no-request');
  });

  it('refuses an empty request, naming every question, keeping what was typed, writing nothing', async () => {
    await page.getByRole('link', { name: 'Request a place' }).click();
    expect(new URL(page.url()).pathname).toBe(`/cases/${journeyId}/placement-request/new`);
    await expect(heading(page)).resolves.toBe('Request a place');
    await expect(page.locator('.govuk-caption-l').innerText()).resolves.toBe(`Case ${reference}`);
    await checkPage(page, 'responder-request-form');

    const before = await countRows('placement', 'placement_request');
    await page.fill('#dependants', 'four and nine');
    await page.getByRole('button', { name: 'Send request' }).click();
    expect(await errorSummary(page)).toEqual([
      'Select the kind of place they need',
      'Select how urgently they need a place',
      'Select who the place is for',
      'Enter the ages of the children as whole years from 0 to 17, separated by commas, for example 3, 7',
      'Select whether they are pregnant',
      'Enter the date a place is needed from',
    ]);
    expect(await page.inputValue('#dependants')).toBe('four and nine');
    // The summary links to the question.
    await page.locator('.govuk-error-summary__list a', { hasText: 'who the place is for' }).click();
    await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe(
      'householdType',
    );
    await checkPage(page, 'responder-request-errors');
    expect(await countRows('placement', 'placement_request')).toBe(before);
    expect(await countRows('placement', 'placement_request', 'journey_id = $1', [journeyId])).toBe(0);
  });

  it('sends a valid request, and the case shows it waiting for a place', async () => {
    // Placement learns of the journey from identification's event: until then the form says to try again.
    const deadline = Date.now() + 45_000;
    let notYetChecked = false;
    for (;;) {
      await page.goto(`${gateway()}/cases/${journeyId}/placement-request/new`);
      await page.locator('input[name="kind"][value="safe-house"]').check();
      await page.locator('input[name="urgency"][value="emergency"]').check();
      await page.locator('input[name="householdType"][value="women"]').check();
      await page.locator('input[name="pregnant"][value="no"]').check();
      await page.locator('input[name="languages"][value="sq"]').check();
      await fillDate(page, 'neededFrom', today());
      await page.fill('#riskNotes', `Avoid the coach station ${run}`);
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.waitForLoadState('domcontentloaded');
      if (new URL(page.url()).pathname === `/cases/${journeyId}`) break;
      const summary = await errorSummary(page);
      expect(summary).toEqual([
        'Placement has not received this case yet. Wait a few seconds and send the request again.',
      ]);
      if (!notYetChecked) await checkPage(page, 'responder-request-not-received-yet');
      notYetChecked = true;
      if (Date.now() > deadline) throw new Error('placement did not learn of the journey within 45 s');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'Place requested.',
    );
    const request = (await page.locator('#placement-request').innerText()).replace(/\s+/g, ' ');
    expect(request).toContain('Status Waiting for a place');
    expect(request).toContain('Kind of place Safe house');
    expect(request).toContain(`Needed from ${govukDate(today())}`);
    // While a request seeks a place no other can be made.
    await expect(page.getByRole('link', { name: 'Request a place' }).count()).resolves.toBe(0);
    await checkPage(page, 'responder-case-requested');

    requestId = await withDatabase('placement', async (client) => {
      const { rows } = await client.query<{ request_id: string; status: string }>(
        'SELECT request_id, status FROM placement_request WHERE journey_id = $1',
        [journeyId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].status).toBe('waiting');
      return rows[0].request_id;
    });
  });
});

describe('a placement coordinator offers a place', () => {
  let page: Page;

  it('signs in to the queue, which shows the request', async () => {
    page = await signedIn(users.coordinator);
    expect(new URL(page.url()).pathname).toBe('/placement/requests');
    await expect(heading(page)).resolves.toBe('Placement requests');
    const row = page.locator(`#placement-requests tbody tr:has(a[href="/placement/requests/${requestId}"])`);
    const cells = (await row.locator('td').allInnerTexts()).map((cell) => cell.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toContain(reference);
    expect(cells[0]).toContain('Safe house');
    expect(cells.slice(1)).toEqual([
      'Emergency',
      'Women',
      govukDate(today()),
      expect.stringMatching(/day/) as unknown,
      'Waiting for a place',
    ]);
    await checkPage(page, 'coordinator-queue');
  });

  it('opens the request: its needs, the eligible house and the house excluded with its reason', async () => {
    await page.locator(`a[href="/placement/requests/${requestId}"]`).click();
    expect(new URL(page.url()).pathname).toBe(`/placement/requests/${requestId}`);
    await expect(heading(page)).resolves.toMatch(
      new RegExp(`^Placement request for case ${reference} Emergency Waiting for a place$`),
    );
    const needs = (await page.locator('#request-needs').innerText()).replace(/\s+/g, ' ');
    expect(needs).toContain('Kind of place Safe house');
    expect(needs).toContain('Areas to avoid Birmingham (where they were exploited)');
    expect(needs).toContain('Languages they speak Albanian');
    await expect(page.locator('#risk-notes').innerText()).resolves.toContain(
      `Avoid the coach station ${run}`,
    );
    await expect(page.locator('main').innerText()).resolves.toContain('No offers yet.');

    const eligible = await cellsOfRow(page, '#eligible-houses', HOUSE);
    expect(eligible[0]).toContain(`${HOUSE} Pce rowan trust`);
    expect(eligible[0]).toContain('Coventry');
    expect(eligible[0]).toContain('Room 1: 1 bed');
    expect(eligible[1]).toContain('staff speak');
    const excluded = await cellsOfRow(page, '#excluded-houses', NEARBY_HOUSE);
    expect(excluded[1]).toContain(
      `Area to avoid: ${NEARBY_HOUSE} is in Birmingham, where the survivor was exploited`,
    );
    await expect(page.locator('#eligible-houses').innerText()).resolves.not.toContain(NEARBY_HOUSE);
    await checkPage(page, 'coordinator-request-matches');
  });

  it('offers a place: the request shows the held offer, and the vacancy board the held bed', async () => {
    await page.getByRole('button', { name: `Offer a place at ${HOUSE}` }).click();
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'Place offered. The beds are held for the provider to answer.',
    );
    await expect(heading(page)).resolves.toContain('Place offered');
    const offer = await cellsOfRow(page, '#request-offers', HOUSE);
    expect(offer[0]).toContain(`${HOUSE} (Pce rowan trust`);
    expect(offer[2]).toMatch(/^Held for the provider Held until \d{1,2} \w+ \d{4}/);
    // Offered, no longer waiting: no matches to offer from.
    await expect(page.locator('#eligible-houses').count()).resolves.toBe(0);
    await checkPage(page, 'coordinator-request-offered');
    offerId = await withDatabase('placement', async (client) => {
      const { rows } = await client.query<{ offer_id: string }>(
        'SELECT offer_id FROM offer WHERE request_id = $1',
        [requestId],
      );
      expect(rows).toHaveLength(1);
      return rows[0].offer_id;
    });
    expect(await offerStatus(offerId)).toBe('held');

    await page.getByRole('link', { name: 'Vacancies' }).click();
    await expect(heading(page)).resolves.toBe('Vacancies');
    // House, who it is for, then free, held, occupied and out of service.
    expect(await cellsOfRow(page, 'table', HOUSE)).toEqual([
      `${HOUSE} Coventry`,
      'Women',
      '1',
      '1',
      '0',
      '0',
    ]);
    await expect(page.locator(`a[href="/placement/vacancies/${nearby.houseId}"]`).innerText()).resolves.toBe(
      NEARBY_HOUSE,
    );
    expect(await cellsOfRow(page, 'table', NEARBY_HOUSE)).toEqual([
      `${NEARBY_HOUSE} Birmingham`,
      'Women',
      '1',
      '0',
      '0',
      '0',
    ]);
    await checkPage(page, 'coordinator-vacancies');

    await page.getByRole('link', { name: HOUSE }).click();
    expect(new URL(page.url()).pathname).toBe(`/placement/vacancies/${house.houseId}`);
    await expect(heading(page)).resolves.toBe(HOUSE);
    await expect(page.locator('#house-bed-counts').innerText()).resolves.toBe(
      '1 free, 1 held, 0 occupied, 0 out of service.',
    );
    await checkPage(page, 'coordinator-vacancy-house');
  });
});

describe("the provider's safe-house staff take the survivor in", () => {
  let page: Page;
  const offerSection = () =>
    page.locator('section', { has: page.getByRole('heading', { name: `Case ${reference}` }) });

  it('signs in to My houses and finds the offer under Incoming offers', async () => {
    page = await signedIn(users.staff);
    expect(new URL(page.url()).pathname).toBe('/safe-house/houses');
    await expect(heading(page)).resolves.toBe('My houses');
    expect(await cellsOfRow(page, '#my-houses', HOUSE)).toEqual([HOUSE, 'Coventry', '1', '1', '0', '0']);
    // Only the provider's own houses.
    await expect(page.locator('#my-houses').innerText()).resolves.not.toContain(NEARBY_HOUSE);
    await checkPage(page, 'staff-my-houses');

    await page.getByRole('link', { name: 'Incoming offers' }).click();
    await expect(heading(page)).resolves.toBe('Incoming offers');
    const offer = (await offerSection().locator('.govuk-summary-list').innerText()).replace(/\s+/g, ' ');
    expect(offer).toContain('Status Held for the provider');
    expect(offer).toContain(`House ${HOUSE} (Coventry)`);
    expect(offer).toContain('Room and beds Room 1: Bed');
    expect(offer).toMatch(/Held until \d{1,2} \w+ \d{4}/);
    await checkPage(page, 'staff-incoming-offers');
  });

  it('refuses a decline without a reason, and the offer stays held', async () => {
    await offerSection().getByRole('button', { name: 'Decline offer' }).click();
    expect(await errorSummary(page)).toEqual(['Select why you are declining the offer']);
    await expect(offerSection().count()).resolves.toBe(1);
    await checkPage(page, 'staff-decline-errors');
    expect(await offerStatus(offerId)).toBe('held');
  });

  it('accepts the offer, and the arrival is expected', async () => {
    await offerSection().getByRole('button', { name: 'Accept offer' }).click();
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'Offer accepted.',
    );
    await expect(offerSection().count()).resolves.toBe(0);
    await checkPage(page, 'staff-offer-accepted');
    expect(await offerStatus(offerId)).toBe('accepted');

    await page.getByRole('link', { name: 'Expected arrivals' }).click();
    await expect(heading(page)).resolves.toBe('Expected arrivals');
    const arrival = (await offerSection().locator('.govuk-summary-list').innerText()).replace(/\s+/g, ' ');
    expect(arrival).toContain('Status Accepted');
    expect(arrival).toContain(`House ${HOUSE} (Coventry)`);
    await checkPage(page, 'staff-expected-arrivals');
  });

  it('records the move-in; the resident shows, and the house has the bed occupied', async () => {
    await fillDate(offerSection(), 'movedInOn', today());
    await offerSection().getByRole('button', { name: 'Record arrival' }).click();
    expect(new URL(page.url()).pathname).toBe('/safe-house/residents');
    await expect(heading(page)).resolves.toBe('Residents');
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'Arrival recorded.',
    );
    const resident = (await offerSection().locator('.govuk-summary-list').innerText()).replace(/\s+/g, ' ');
    expect(resident).toContain('Status Moved in');
    expect(resident).toContain(`Moved in on ${govukDate(today())}`);
    expect(resident).toContain('Planned move-out Not set yet: it follows the NRM decision');
    await checkPage(page, 'staff-residents');
    expect(await offerStatus(offerId)).toBe('moved-in');

    await page.getByRole('link', { name: 'My houses' }).click();
    await page.getByRole('link', { name: HOUSE }).click();
    expect(new URL(page.url()).pathname).toBe(`/safe-house/houses/${house.houseId}`);
    await expect(heading(page)).resolves.toBe(HOUSE);
    await expect(page.locator('#house-bed-counts').innerText()).resolves.toBe(
      '1 free, 0 held, 1 occupied, 0 out of service.',
    );
    const beds = await page.locator(`#room-${house.rooms[0].roomId} tbody tr`).allInnerTexts();
    // One bed of the two is the resident's; which one is placement's choice.
    expect(
      beds
        .map((bed) =>
          bed
            .replace(/\s+/g, ' ')
            .trim()
            .replace(/^Bed \d /, ''),
        )
        .sort(),
    ).toEqual(['Single Free', 'Single Occupied']);
    await checkPage(page, 'staff-house-occupied');

    // The agency that asked sees the stay on its case.
    await responderPage.goto(`${gateway()}/cases/${journeyId}`);
    await expect(
      responderPage
        .locator('#placement-request')
        .innerText()
        .then((text) => text.replace(/\s+/g, ' ')),
    ).resolves.toContain('Status Moved in');
    await checkPage(responderPage, 'responder-case-moved-in');
  });

  it('shows the planned move-out once a negative RG decision sets it', async () => {
    const decided = await http<NrmCaseCommandAnswer>(
      'POST',
      `${urlsOf(mesh()).referral}/referrals/${journeyId}/commands`,
      {
        token: await bearer('first-responder', police),
        body: { kind: 'record-reasonable-grounds-decision', outcome: 'negative', decidedOn: today() },
      },
    );
    expect(decided.status).toBe(200);
    await page.getByRole('link', { name: 'Residents' }).click();
    // Placement learns of the decision from referral's event and plans the end of the stay from it.
    await reloadUntil(page, 'the planned move-out', async () =>
      /Planned move-out\s+\d{1,2} \w+ \d{4}/.test(
        await offerSection().locator('.govuk-summary-list').innerText(),
      ),
    );
    const planned = await withDatabase('placement', async (client) => {
      const { rows } = await client.query<{ planned: string }>(
        "SELECT to_char(planned_move_out_on, 'YYYY-MM-DD') AS planned FROM offer WHERE offer_id = $1",
        [offerId],
      );
      return rows[0].planned;
    });
    expect(planned).toBe(addCalendarDays(londonDateOf(new Date()), 9));
    await expect(offerSection().locator('.govuk-summary-list').innerText()).resolves.toMatch(
      new RegExp(`Planned move-out\\s+${govukDate(planned)}`),
    );
    await checkPage(page, 'staff-residents-planned-move-out');
  });

  it('records the move-out with its reason and destination; the house has both beds free again', async () => {
    const stay = offerSection();
    await fillDate(stay, 'movedOutOn', today());
    await stay.getByLabel('Planned move-on', { exact: true }).check();
    await stay.getByLabel('Local authority housing', { exact: true }).check();
    await stay.getByRole('button', { name: 'Record move-out' }).click();
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'Move-out recorded. The beds are free.',
    );
    await expect(offerSection().count()).resolves.toBe(0);
    await checkPage(page, 'staff-moved-out');
    const ended = await withDatabase('placement', async (client) => {
      const { rows } = await client.query<{ status: string; reason: string; destination: string }>(
        `SELECT status, move_out_reason AS reason, move_out_destination AS destination FROM offer
          WHERE offer_id = $1`,
        [offerId],
      );
      return rows[0];
    });
    expect(ended).toEqual({
      status: 'moved-out',
      reason: 'planned-move-on',
      destination: 'local-authority-housing',
    });

    await page.goto(`${gateway()}/safe-house/houses/${house.houseId}`);
    await expect(page.locator('#house-bed-counts').innerText()).resolves.toBe(
      '2 free, 0 held, 0 occupied, 0 out of service.',
    );
    const details = (await page.locator('#house-details').innerText()).replace(/\s+/g, ' ');
    expect(details).toContain('Area Coventry');
    expect(details).toContain('Who it is for Women');
    await checkPage(page, 'staff-house-free');
  });

  it('shows the address on its own page behind "Show address"', async () => {
    const reads = () =>
      countRows('placement', 'sealed_read', "subject_kind = 'house-address' AND subject_id = $1", [
        house.houseId,
      ]);
    const before = await reads();
    await page.getByRole('link', { name: 'Show address' }).click();
    expect(new URL(page.url()).pathname).toBe(`/safe-house/houses/${house.houseId}/address`);
    await expect(heading(page)).resolves.toBe(`Address of ${HOUSE}`);
    await expect(page.locator('#house-address').innerText()).resolves.toBe(`${STREET}\nCoventry\nCV1 2GT`);
    await expect(page.locator('main').innerText()).resolves.toContain('Viewing this address is recorded.');
    await checkPage(page, 'staff-house-address');
    expect(await reads()).toBe(before + 1);
  });
});

describe('safe-house staff keep their houses through the console', () => {
  let page: Page;
  let newHouseId: string;
  const NEW_HOUSE = `Elder House ${run}`;
  const NEW_STREET = `${run} Willow Walk`;
  const addressReads = () =>
    countRows('placement', 'sealed_read', "subject_kind = 'house-address' AND subject_id = $1", [newHouseId]);
  const roomTable = (name: string) =>
    page.locator('table', { has: page.locator('caption', { hasText: new RegExp(`^${name}$`) }) });
  const bedRows = async (name: string) =>
    (await roomTable(name).locator('tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());

  it('refuses a house with questions unanswered, naming each, keeping what was typed, adding nothing', async () => {
    page = await signedIn(users.staff);
    await page.getByRole('button', { name: 'Add a house' }).click();
    expect(new URL(page.url()).pathname).toBe('/safe-house/houses/new');
    await expect(heading(page)).resolves.toBe('Add a house');
    await checkPage(page, 'staff-add-house-form');

    const before = await countRows('placement', 'house');
    await page.fill('#name', NEW_HOUSE);
    await page.fill('#room1-name', 'Front room');
    await page.fill('#room2-single', '1');
    await page.getByRole('button', { name: 'Add house' }).click();
    expect(await errorSummary(page)).toEqual([
      'Select the area the house is in',
      'Select who the house is for',
      'Enter address line 1, typically the building and street',
      'Enter town or city',
      'Enter postcode',
      'Enter how many beds room 1 has',
      'Enter the name of room 2',
    ]);
    expect(await page.inputValue('#name')).toBe(NEW_HOUSE);
    expect(await page.inputValue('#room1-name')).toBe('Front room');
    await page.locator('.govuk-error-summary__list a', { hasText: 'name of room 2' }).click();
    await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe(
      'room2-name',
    );
    await checkPage(page, 'staff-add-house-errors');
    expect(await countRows('placement', 'house')).toBe(before);
  });

  it('adds the house with two rooms; its page shows the beds, labelled, all free', async () => {
    await page.locator('input[name="area"][value="warwickshire"]').check();
    await page.locator('input[name="householdTypes"][value="women"]').check();
    await page.locator('input[name="householdTypes"][value="pregnant-women-and-new-mothers"]').check();
    await page.locator('input[name="accessibility"][value="lift"]').check();
    await page.locator('input[name="languages"][value="pl"]').check();
    await page.fill('#line1', STREET);
    await page.fill('#town', 'Leamington Spa');
    await page.fill('#postcode', 'cv32 4aa');
    await page.fill('#room1-single', '2');
    await page.fill('#room2-name', 'Nursery');
    await page.fill('#room2-single', '');
    await page.fill('#room2-double', '1');
    await page.fill('#room2-cot', '1');
    await page.getByRole('button', { name: 'Add house' }).click();
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'The house is added.',
    );
    await expect(heading(page)).resolves.toBe(NEW_HOUSE);
    newHouseId = new URL(page.url()).pathname.split('/').at(-1)!;
    expect(newHouseId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(page.locator('#house-bed-counts').innerText()).resolves.toBe(
      '4 free, 0 held, 0 occupied, 0 out of service.',
    );
    const details = (await page.locator('#house-details').innerText()).replace(/\s+/g, ' ');
    expect(details).toContain('Area Warwickshire');
    expect(details).toContain('Who it is for Women, Pregnant women and new mothers');
    expect(details).toContain('Accessibility Lift');
    expect(details).toContain('Languages staff speak Polish');
    expect(await bedRows('Front room')).toEqual(['Bed 1 Single Free', 'Bed 2 Single Free']);
    expect(await bedRows('Nursery')).toEqual(['Bed 1 Double Free', 'Cot 1 Cot Free']);
    await checkPage(page, 'staff-house-added');

    await page.getByRole('link', { name: 'Back to my houses' }).click();
    expect(await cellsOfRow(page, '#my-houses', NEW_HOUSE)).toEqual([
      NEW_HOUSE,
      'Warwickshire',
      '4',
      '0',
      '0',
      '0',
    ]);
    await page.getByRole('link', { name: NEW_HOUSE }).click();
  });

  it('corrects its address: the form is prefilled (the read recorded), a wrong postcode refused', async () => {
    const before = await addressReads();
    await page.getByRole('link', { name: /^Change details/ }).click();
    expect(new URL(page.url()).pathname).toBe(`/safe-house/houses/${newHouseId}/edit`);
    await expect(heading(page)).resolves.toBe('Change house details');
    expect(await page.inputValue('#name')).toBe(NEW_HOUSE);
    expect(await page.inputValue('#line1')).toBe(STREET);
    expect(await page.inputValue('#postcode')).toBe('CV32 4AA');
    await expect(page.locator('input[name="area"][value="warwickshire"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[name="languages"][value="pl"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('#room1-name').count()).resolves.toBe(0);
    expect(await addressReads()).toBe(before + 1);
    await checkPage(page, 'staff-change-details-form');

    await page.fill('#line1', NEW_STREET);
    await page.fill('#line2', 'Flat 2');
    await page.fill('#postcode', 'CV32');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await errorSummary(page)).toEqual(['Enter a full UK postcode, like B1 1AA']);
    expect(await page.inputValue('#line1')).toBe(NEW_STREET);
    await checkPage(page, 'staff-change-details-errors');

    await page.fill('#postcode', 'cv31 1hh');
    await page.locator('input[name="languages"][value="ro"]').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(new URL(page.url()).pathname).toBe(`/safe-house/houses/${newHouseId}`);
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'details are saved',
    );
    await expect(page.locator('#house-details').innerText()).resolves.toMatch(
      /Languages staff speak\s+Polish, Romanian/,
    );
    await checkPage(page, 'staff-details-changed');

    await page.getByRole('link', { name: 'Show address' }).click();
    await expect(page.locator('#house-address').innerText()).resolves.toBe(
      `${NEW_STREET}\nFlat 2\nLeamington Spa\nCV31 1HH`,
    );
    await page.getByRole('link', { name: 'Back to the house' }).click();
  });

  it('adds a bed to a room, and one to a new room, after refusing an empty form', async () => {
    await page.getByRole('button', { name: 'Add bed' }).click();
    expect(await errorSummary(page)).toEqual([
      'Select the room the bed is in',
      'Enter a label for the bed',
      'Select the kind of bed',
    ]);
    await checkPage(page, 'staff-add-bed-errors');

    await page.getByLabel('Front room (2 beds now)', { exact: true }).check();
    await page.fill('#bedLabel', 'Bed 2');
    await page.locator('input[name="bedKind"][value="single"]').check();
    await page.getByRole('button', { name: 'Add bed' }).click();
    expect(await errorSummary(page)).toEqual([
      'Front room already has a bed labelled Bed 2: enter another label',
    ]);

    await page.fill('#bedLabel', 'Bed 3');
    await page.getByRole('button', { name: 'Add bed' }).click();
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'The bed is added.',
    );
    expect(await bedRows('Front room')).toEqual([
      'Bed 1 Single Free',
      'Bed 2 Single Free',
      'Bed 3 Single Free',
    ]);

    await page.getByLabel('A new room', { exact: true }).check();
    await page.fill('#newRoomName', 'Attic');
    await page.fill('#bedLabel', 'Bed 1');
    await page.locator('input[name="bedKind"][value="double"]').check();
    await page.getByRole('button', { name: 'Add bed' }).click();
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'The bed is added.',
    );
    expect(await bedRows('Attic')).toEqual(['Bed 1 Double Free']);
    await expect(page.locator('#house-bed-counts').innerText()).resolves.toBe(
      '6 free, 0 held, 0 occupied, 0 out of service.',
    );
    await checkPage(page, 'staff-beds-added');
  });
});
