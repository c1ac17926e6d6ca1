/**
 * The web console in a real browser against the running mesh: Debian's chromium (never a downloaded browser),
 * headless, driven by playwright-core. A first responder signs in, records an adult's identification with
 * consent, sees the referral and its RG due date, records a positive RG decision and sees the recovery period
 * on the timeline. Every page is screenshotted into test-artifacts/console/ and checked with axe (no serious or
 * critical violations). Bad input on every form is answered with the GOV.UK error summary, keeps what was typed
 * and saves nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { addCalendarDays, londonDateOf } from '@waypoint/calendar';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AccountsRepository } from '../../apps/gateway/src/accounts/accounts.repository';
import { hashPassword } from '../../apps/gateway/src/accounts/password-hashing';
import { gatewayDataSourceOptions } from '../../apps/gateway/src/database';
import { testDatabaseUrl } from '../support/test-environment';
import { countRows, uniqueAgency, urlsOf, useExclusiveMesh, withDatabase } from './support/e2e';

const CHROMIUM = process.env.WAYPOINT_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'console');

const mesh = useExclusiveMesh();
const agency = uniqueAgency('west-midlands-police');
const responder = {
  email: `responder-${randomUUID().slice(0, 8)}@e2e.waypoint.test`,
  password: randomBytes(18).toString('base64url'),
  displayName: 'Priya Responder',
};
/** A commissioner of the same agency: the console has no pages for them yet, and no case may open. */
const commissioner = {
  email: `commissioner-${randomUUID().slice(0, 8)}@e2e.waypoint.test`,
  password: randomBytes(18).toString('base64url'),
};
/** A second account, only for the lockout check, so locking it cannot disturb the journey. */
const lockable = {
  email: `lockable-${randomUUID().slice(0, 8)}@e2e.waypoint.test`,
  password: randomBytes(18).toString('base64url'),
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
let shot = 0;
let journeyId: string;

const gateway = (): string => urlsOf(mesh()).gateway;

async function createAccounts(): Promise<void> {
  const dataSource = new DataSource({
    ...gatewayDataSourceOptions(testDatabaseUrl('gateway'), 2),
    logging: false,
  });
  await dataSource.initialize();
  try {
    const accounts = new AccountsRepository(dataSource);
    await accounts.addAgency({ id: agency, name: 'West Midlands Police (e2e)' });
    for (const [account, displayName, role] of [
      [responder, responder.displayName, 'first-responder'],
      [lockable, 'Locked Out', 'first-responder'],
      [commissioner, 'Chris Commissioner', 'commissioner'],
    ] as const) {
      await accounts.addUser({
        id: randomUUID(),
        email: account.email,
        displayName,
        agencyId: agency,
        role,
        passwordHash: await hashPassword(account.password),
      });
    }
  } finally {
    await dataSource.destroy();
  }
}

/** A screenshot for the record and an axe check that fails the test on any serious or critical violation. */
async function checkPage(name: string): Promise<void> {
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

async function errorSummary(): Promise<string[]> {
  await page.locator('.govuk-error-summary').waitFor();
  return page.locator('.govuk-error-summary__list a').allInnerTexts();
}

/** What identification holds for this run's agency: a refused form must leave it unchanged. */
function identificationsOfAgency(): Promise<number> {
  return countRows('identification', 'potential_victim', 'first_responder_agency = $1', [agency]);
}

async function signIn(email: string, password: string): Promise<void> {
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('domcontentloaded');
}

/** Reloads until `ready` holds: referral and journey follow identification over Kafka, a moment later. */
async function reloadUntil(what: string, ready: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
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

function consentOf(id: string): Promise<string> {
  return withDatabase('identification', async (client) => {
    const { rows } = await client.query<{ consent: string }>(
      'SELECT consent FROM potential_victim WHERE journey_id = $1',
      [id],
    );
    return rows[0].consent;
  });
}

async function fillDetailsPage(ageGroup: 'adult' | 'child' = 'adult'): Promise<void> {
  await page.locator(`input[name="ageGroup"][value="${ageGroup}"]`).check();
  await page.getByLabel('No identity documents, or documents held by someone else').check();
  await page.getByLabel('Physical injuries or signs of abuse').check();
  await page.getByLabel('Labour exploitation').check();
  await page.locator('input[name="countyLines"][value="no"]').check();
  await page.locator('input[name="exploitedIn"][value="uk"]').check();
  await page.locator('input[name="area"][value="birmingham"]').check();
  await page.locator('input[name="firstResponderOrganisationType"][value="police"]').check();
}

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  await createAccounts();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  // AxeBuilder needs pages of a context made with browser.newContext().
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('signing in', () => {
  it('sends a visitor to sign in, then says the same thing for an unknown email and a wrong password', async () => {
    await page.goto(`${gateway()}/cases`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/cases');
    await checkPage('sign-in');
    // Not a GOV.UK service: the generic header, styled by the served GOV.UK Frontend CSS, and no crown anywhere.
    const header = page.locator('.govuk-generic-header');
    await expect(header.getByRole('link').innerText()).resolves.toBe('Waypoint');
    await expect(
      header.evaluate(
        (element) =>
          // Runs in the page: the browser's getComputedStyle (this project compiles without the DOM types).
          (
            globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } }
          ).getComputedStyle(element).backgroundColor,
      ),
    ).resolves.toBe('rgb(11, 12, 12)');
    await expect(page.locator('.govuk-header, .govuk-logo, .govuk-footer__crown').count()).resolves.toBe(0);
    await expect(page.locator('footer').innerText()).resolves.toContain('Modern Slavery Helpline');
    // Waypoint's own icon instead of GOV.UK Frontend's crown favicons.
    const icon = await context.request.get(`${gateway()}/assets/waypoint-icon.svg`);
    expect({ status: icon.status(), type: icon.headers()['content-type'] }).toEqual({
      status: 200,
      type: expect.stringContaining('image/svg+xml') as unknown,
    });
    await expect(page.locator('body').innerText()).resolves.not.toMatch(
      /GOV\.UK|Crown copyright|Open Government Licence/,
    );

    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await errorSummary()).toEqual(['Enter your email address', 'Enter your password']);
    await checkPage('sign-in-empty');

    await signIn('nobody-here@e2e.waypoint.test', 'whatever-it-is');
    const unknownEmail = await errorSummary();
    await signIn(responder.email, 'not-the-password');
    const wrongPassword = await errorSummary();
    expect(unknownEmail).toEqual(['Enter a correct email address and password']);
    expect(wrongPassword).toEqual(unknownEmail);
    // What was typed is kept, except the password.
    expect(await page.inputValue('#email')).toBe(responder.email);
    expect(await page.inputValue('#password')).toBe('');
    await checkPage('sign-in-refused');
  });

  it('says when a locked account may try again', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn(lockable.email, 'wrong-password-again');
    await signIn(lockable.email, lockable.password);
    const [message] = await errorSummary();
    expect(message).toMatch(
      /^This account is locked .* Try again after \d{1,2} \w+ \d{4} at \d{1,2}:\d{2}(am|pm)\.$/,
    );
    await checkPage('sign-in-locked');
  });

  it("refuses a sign-in posted without the form's token (another site's form), opening no session", async () => {
    const answer = await context.request.post(`${gateway()}/sign-in`, {
      headers: { accept: 'text/html' },
      form: { email: responder.email, password: responder.password },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(403);
    expect(answer.headersArray().filter((header) => header.value.includes('waypoint_session='))).toEqual([]);
  });

  it('signs the first responder in and brings them back to the page they asked for', async () => {
    await signIn(responder.email, responder.password);
    expect(new URL(page.url()).pathname).toBe('/cases');
    await expect(page.locator('h1').innerText()).resolves.toBe('My cases');
    await expect(page.locator('#no-cases').innerText()).resolves.toContain('Your agency has no cases yet.');
    const signedInAs = await page.locator('.waypoint-user__name').innerText();
    expect(signedInAs).toContain(responder.displayName);
    // The agency by its name from the accounts, not its id.
    expect(signedInAs).toContain('West Midlands Police (e2e)');
    expect(signedInAs).not.toContain(agency);
    await checkPage('my-cases-empty');
  });
});

describe('recording an identification', () => {
  it('refuses an empty first page with every problem named, and saves nothing', async () => {
    await page.getByRole('link', { name: 'Record an identification' }).first().click();
    await expect(page.locator('h1').innerText()).resolves.toBe('What have you seen?');
    await expect(page.locator('main').innerText()).resolves.toContain('08000 121 700');
    await expect(page.locator('main').innerText()).resolves.toContain('In immediate danger, call 999.');
    await checkPage('identification-details');

    await page.getByLabel('Physical injuries or signs of abuse').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await errorSummary()).toEqual([
      'Select whether they are an adult or a child',
      "Select at least one type of exploitation, or 'Not known yet'",
      'Select whether county lines are involved',
      'Select where they were exploited',
      'Select the area where they were found',
      'Select the type of your organisation',
    ]);
    // The error summary links to the question; what was ticked is still ticked.
    await page.locator('.govuk-error-summary__list a', { hasText: 'Select the area' }).click();
    await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe('area');
    await expect(page.getByLabel('Physical injuries or signs of abuse').isChecked()).resolves.toBe(true);
    await checkPage('identification-details-errors');
    expect(await identificationsOfAgency()).toBe(0);
  });

  it('refuses a consent page without consent and with a half-given date of birth, keeping what was typed', async () => {
    await fillDetailsPage();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Consent and personal details');
    await expect(page.locator('main').innerText()).resolves.toContain('anonymous Duty to Notify');
    await expect(page.locator('main').innerText()).resolves.toContain('3 working days');
    await checkPage('identification-consent');

    await page.fill('#nationality', 'Albanian');
    await page.fill('#dateOfBirth-day', '31');
    await page.fill('#dateOfBirth-month', '2');
    await page.getByRole('button', { name: 'Record identification' }).click();
    expect(await errorSummary()).toEqual([
      'Select whether they consent to being referred',
      'Enter their full name, or leave all personal details empty',
      'Date of birth must include a year',
    ]);
    expect(await page.inputValue('#nationality')).toBe('Albanian');
    expect(await page.inputValue('#dateOfBirth-day')).toBe('31');
    await checkPage('identification-consent-errors');
    expect(await identificationsOfAgency()).toBe(0);
    await page.goto(`${gateway()}/cases`);
    await expect(page.locator('#no-cases').isVisible()).resolves.toBe(true);
  });

  it("records an adult's identification with consent and shows the referral with its RG due date", async () => {
    await page.goto(`${gateway()}/identifications/new`);
    await fillDetailsPage();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Yes, they consent to being referred into the NRM').check();
    await page.fill('#fullName', 'Test Person');
    await page.fill('#dateOfBirth-day', '7');
    await page.fill('#dateOfBirth-month', '3');
    await page.fill('#dateOfBirth-year', '1990');
    await page.getByRole('button', { name: 'Record identification' }).click();

    const url = new URL(page.url());
    expect(url.pathname).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    journeyId = url.pathname.split('/')[2];
    // Referral opens the case when the identification event reaches it: until then the page says so.
    if (await page.locator('#being-referred').isVisible()) await checkPage('case-being-referred');
    await reloadUntil('the referral', () => page.locator('#case-summary').isVisible());
    const dueOn = await withDatabase('referral', async (client) => {
      const { rows } = await client.query<{ due: string }>(
        "SELECT to_char(reasonable_grounds_due_on, 'YYYY-MM-DD') AS due FROM nrm_case WHERE journey_id = $1",
        [journeyId],
      );
      return rows[0].due;
    });
    const summary = await page.locator('#case-summary').innerText();
    expect(summary).toContain('Awaiting RG decision');
    expect(summary).toMatch(new RegExp(`RG decision due\\s+${govukDate(dueOn)}`));
    await checkPage('case-overview');

    await page.getByRole('link', { name: 'My cases' }).click();
    const row = page.locator(`tr[data-journey-id="${journeyId}"]`);
    await expect(row.innerText()).resolves.toContain(`RG decision due: ${govukDate(dueOn)}`);
    await expect(row.innerText()).resolves.toContain('Awaiting RG decision');
    await checkPage('my-cases');
  });
});

describe('recording decisions on the case', () => {
  it('refuses an RG decision without an outcome and with a future date, recording nothing', async () => {
    await page.goto(`${gateway()}/cases/${journeyId}`);
    const form = page.locator('section', { has: page.locator('#record-reasonable-grounds-decision') });
    const future = new Date(Date.now() + 3 * 86_400_000);
    await form.locator('input[name="decidedOn-day"]').fill(String(future.getUTCDate()));
    await form.locator('input[name="decidedOn-month"]').fill(String(future.getUTCMonth() + 1));
    await form.locator('input[name="decidedOn-year"]').fill(String(future.getUTCFullYear()));
    await form.getByRole('button', { name: 'Record RG decision' }).click();
    expect(await errorSummary()).toEqual([
      'Select whether the Reasonable Grounds decision was positive or negative',
      'The date of the decision must be today or in the past',
    ]);
    await expect(form.locator('input[name="decidedOn-year"]').inputValue()).resolves.toBe(
      String(future.getUTCFullYear()),
    );
    await checkPage('case-command-errors');

    // Past dates pass the page's own checks; referral refuses one before the referral, naming the date.
    const refused = page.locator('section', { has: page.locator('#record-reasonable-grounds-decision') });
    await refused.getByLabel('Positive').check();
    await refused.locator('input[name="decidedOn-day"]').fill('1');
    await refused.locator('input[name="decidedOn-month"]').fill('1');
    await refused.locator('input[name="decidedOn-year"]').fill('2020');
    await refused.getByRole('button', { name: 'Record RG decision' }).click();
    const [serviceMessage] = await errorSummary();
    expect(serviceMessage).toMatch(
      /^The date of the decision, 1 January 2020, is before the case was submitted on \d{1,2} \w+ \d{4}$/,
    );
    await page.locator('.govuk-error-summary__list a').first().click();
    await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe(
      'record-reasonable-grounds-decision-decidedOn-day',
    );
    await expect(refused.getByLabel('Positive').isChecked()).resolves.toBe(true);
    const version = await withDatabase('referral', async (client) => {
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM nrm_case WHERE journey_id = $1',
        [journeyId],
      );
      return rows[0].version;
    });
    expect(version).toBe(1);
  });

  it('records a positive RG decision and shows the recovery period on the timeline', async () => {
    const form = page.locator('section', { has: page.locator('#record-reasonable-grounds-decision') });
    const today = londonToday();
    await form.getByLabel('Positive').check();
    await form.locator('input[name="decidedOn-day"]').fill(String(Number(today.slice(8, 10))));
    await form.locator('input[name="decidedOn-month"]').fill(String(Number(today.slice(5, 7))));
    await form.locator('input[name="decidedOn-year"]').fill(today.slice(0, 4));
    await form.getByRole('button', { name: 'Record RG decision' }).click();

    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'Recorded',
    );
    const summary = await page.locator('#case-summary').innerText();
    expect(summary).toContain('Recovery period');
    expect(summary).toMatch(/Recovery period minimum ends\s+\d{1,2} \w+ \d{4}/);
    await checkPage('case-recovery-period');

    await page.getByRole('link', { name: 'Timeline' }).click();
    const deadline = Date.now() + 30_000;
    while (
      !(
        await page
          .locator('#case-timeline')
          .innerText()
          .catch(() => '')
      ).includes('Recovery period started')
    ) {
      if (Date.now() > deadline) throw new Error('the RG decision did not reach the timeline within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.reload();
    }
    const timeline = await page.locator('#case-timeline').innerText();
    expect(timeline).toContain('Reasonable Grounds decision: positive');
    expect(timeline).toMatch(/Recovery period started: at least until \d{1,2} \w+ \d{4}/);
    expect(timeline).toContain('Referred into the NRM');
    expect(timeline).toContain('Potential victim identified');
    await checkPage('case-timeline');
  });

  it('answers a command the case no longer allows with the reason, not an error page', async () => {
    // The page is rendered before another tab's decision: the RG form is still there, the case has moved on.
    await page.goto(`${gateway()}/cases/${journeyId}`);
    await page.evaluate(
      `document.querySelector('form[action$="/commands"] input[name="kind"]').value = 'record-reasonable-grounds-decision'`,
    );
    await page.locator('form[action$="/commands"]').first().locator('button').click();
    const [message] = await errorSummary();
    expect(message).toContain('the case has moved on');
    await checkPage('case-command-refused');
  });
});

describe('the other paths', () => {
  it('never asks a child for consent, and refers the child', async () => {
    await page.goto(`${gateway()}/identifications/new`);
    await fillDetailsPage('child');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Referral and personal details');
    await expect(page.locator('main').innerText()).resolves.toContain('A child is always referred');
    await expect(page.locator('input[name="consent"]').count()).resolves.toBe(0);
    await checkPage('identification-child');
    await page.getByRole('button', { name: 'Record identification' }).click();
    await reloadUntil("the child's referral", () => page.locator('#case-summary').isVisible());
    const summary = await page.locator('#case-summary').innerText();
    expect(summary).toContain('Child (under 18)');
    expect(summary).toContain('Awaiting RG decision');
  });

  it('an adult in a place of safety: no answer is refused, a decline is notified anonymously, later consent refers them', async () => {
    await page.goto(`${gateway()}/identifications/new`);
    await fillDetailsPage();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('They have not decided yet').check();
    await page.getByRole('button', { name: 'Record identification' }).click();
    const placeOfSafetyJourney = new URL(page.url()).pathname.split('/')[2];
    const decisionForm = page.locator('form[action$="/consent"]');
    await reloadUntil('the place of safety offer', () => decisionForm.isVisible());
    const decisionDue = /Decision due by\s+(\d{1,2} \w+ \d{4})/.exec(
      await page.locator('#case-summary').innerText(),
    )?.[1];
    expect(decisionDue).toBeDefined();
    await checkPage('case-place-of-safety');

    // Before they decide there is no referral, yet My cases lists them with the decision deadline.
    await page.getByRole('link', { name: 'My cases' }).click();
    const decidingRow = page.locator(`tr[data-journey-id="${placeOfSafetyJourney}"]`);
    const decidingText = await decidingRow.innerText();
    expect(decidingText).toContain('Deciding (place of safety)');
    expect(decidingText).toContain(`Decision due: ${decisionDue}`);
    expect(decidingText).toContain('Not yet');
    // innerText follows CSS: the MOJ badge shows as OVERDUE.
    expect(decidingText).not.toMatch(/overdue/i);
    await expect(page.locator('main').innerText()).resolves.not.toContain('once they have decided');
    await checkPage('my-cases-deciding');
    // Time travel for this journey only: its last day to decide was yesterday (London), still undecided.
    const yesterday = addCalendarDays(londonDateOf(new Date()), -1);
    await withDatabase('identification', (client) =>
      client.query('UPDATE potential_victim SET place_of_safety_decision_due_on = $2 WHERE journey_id = $1', [
        placeOfSafetyJourney,
        yesterday,
      ]),
    );
    await page.reload();
    await expect(decidingRow.innerText()).resolves.toMatch(
      new RegExp(`Decision due: ${govukDate(yesterday)}\\s+Overdue`, 'i'),
    );
    // Overdue goes first.
    await expect(page.locator('#my-cases tbody tr').first().getAttribute('data-journey-id')).resolves.toBe(
      placeOfSafetyJourney,
    );
    await checkPage('my-cases-deciding-overdue');
    await decidingRow.getByRole('link').click();
    await decisionForm.waitFor();

    await decisionForm.getByRole('button', { name: 'Record their decision' }).click();
    expect(await errorSummary()).toEqual(['Select whether they consent to being referred']);
    await checkPage('case-place-of-safety-errors');
    expect(await consentOf(placeOfSafetyJourney)).toBe('undecided');

    await decisionForm.getByLabel('No, they do not consent').check();
    await decisionForm.getByRole('button', { name: 'Record their decision' }).click();
    // Recorded by identification (the page now waits for referral), not refused.
    expect(new URL(page.url()).searchParams.get('decided')).toBe('1');
    await reloadUntil('the Duty to Notify', async () =>
      (
        await page
          .locator('#case-summary')
          .innerText()
          .catch(() => '')
      ).includes('anonymous notification'),
    );
    expect(await consentOf(placeOfSafetyJourney)).toBe('declined');
    await checkPage('case-duty-to-notify');

    await decisionForm.getByRole('button', { name: 'Record their consent' }).click();
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'Consent recorded',
    );
    await reloadUntil('the NRM referral after consent', async () =>
      (
        await page
          .locator('#case-summary')
          .innerText()
          .catch(() => '')
      ).includes('Awaiting RG decision'),
    );
  });
});

describe('without JavaScript, and without the CSRF token', () => {
  it('works as plain forms: sign in, the case list, and a refused form with its error summary', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    try {
      const noScript = await plain.newPage();
      await noScript.goto(`${gateway()}/cases`);
      await noScript.fill('#email', responder.email);
      await noScript.fill('#password', responder.password);
      await noScript.getByRole('button', { name: 'Sign in' }).click();
      expect(new URL(noScript.url()).pathname).toBe('/cases');
      await expect(noScript.locator(`tr[data-journey-id="${journeyId}"]`).isVisible()).resolves.toBe(true);
      await noScript.goto(`${gateway()}/identifications/new`);
      await noScript.getByRole('button', { name: 'Continue' }).click();
      await expect(noScript.locator('.govuk-error-summary__list a').count()).resolves.toBe(6);
    } finally {
      await plain.close();
    }
  });

  it('refuses a form posted with the session cookie but without its CSRF token, with a GOV.UK page, saving nothing', async () => {
    const before = await identificationsOfAgency();
    const answer = await context.request.post(`${gateway()}/identifications`, {
      headers: { accept: 'text/html' },
      form: {
        ageGroup: 'adult',
        exploitationTypes: 'labour',
        countyLines: 'no',
        exploitedIn: 'uk',
        area: 'birmingham',
        firstResponderOrganisationType: 'police',
        consent: 'given',
      },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(403);
    expect(await answer.text()).toContain('You cannot do that');
    expect(await identificationsOfAgency()).toBe(before);
  });
});

describe('a role the console has no pages for yet', () => {
  it('a commissioner signs in to a page saying so, with no case navigation, and cannot open a case', async () => {
    const own = await browser.newContext();
    const previous = page;
    page = await own.newPage();
    try {
      await page.goto(`${gateway()}/sign-in`);
      await signIn(commissioner.email, commissioner.password);

      expect(new URL(page.url()).pathname).toBe('/');
      await expect(page.locator('h1').innerText()).resolves.toBe('You are signed in');
      await expect(page.locator('main').innerText()).resolves.toContain('never individual cases');
      await expect(page.getByRole('link', { name: 'My cases' }).count()).resolves.toBe(0);
      await checkPage('commissioner-signed-in');

      await page.goto(`${gateway()}/cases/${journeyId}`);
      await expect(page.locator('h1').innerText()).resolves.toBe('You cannot do that');
      await expect(page.locator('main').innerText()).resolves.not.toMatch(
        /Recovery period|Competent authority/,
      );
    } finally {
      await own.close();
      page = previous;
    }
  });
});

describe('error pages', () => {
  it('shows a GOV.UK page for an unknown address and for a case of another agency, without a stack trace', async () => {
    const unknown = await page.goto(`${gateway()}/no-such-page`);
    expect(unknown?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
    await checkPage('not-found');
    const otherCase = await page.goto(`${gateway()}/cases/${randomUUID()}`);
    expect(otherCase?.status()).toBe(404);
    expect(await page.content()).not.toMatch(/at .*\.js:\d+/);
  });

  it('signs out with the POST form, and the session no longer opens pages', async () => {
    await page.goto(`${gateway()}/cases`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'You have signed out',
    );
    await page.goto(`${gateway()}/cases/${journeyId}`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // A form posted after the session ended says so, and saves nothing.
    const before = await identificationsOfAgency();
    const late = await context.request.post(`${gateway()}/identifications`, {
      headers: { accept: 'text/html' },
      form: { ageGroup: 'adult', _csrf: 'from-the-old-page' },
      maxRedirects: 0,
    });
    expect(late.status()).toBe(401);
    expect(await late.text()).toContain('You have been signed out');
    expect(await identificationsOfAgency()).toBe(before);
  });
});

function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
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
