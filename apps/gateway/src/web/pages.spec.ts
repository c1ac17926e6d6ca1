import { formErrorsOf } from '../console/form-errors';
import {
  consentChoices,
  detailsChoices,
  EMPTY_CONSENT,
  EMPTY_DETAILS,
  hiddenDetails,
} from '../console/record-identification/identification-form';
import type { SignedInUser } from '../sessions/signed-in-user';
import { renderPage } from './page-renderer';

/*
 * The templates rendered with the real GOV.UK and MOJ Frontend macros (read from node_modules), checking what
 * the view models cannot: escaping, the error summary, the helpline, the CSP nonce and the sign-out form.
 */
const response = { locals: { cspNonce: 'test-nonce' } } as never;
const user: SignedInUser = {
  userId: 'user-1',
  email: 'alex@example.gov.uk',
  displayName: 'Alex <b>Officer</b>',
  agencyName: 'West Midlands Police',
  principal: { subject: 'user-1', role: 'first-responder', agency: 'west-midlands-police' },
  csrfToken: 'csrf-123',
};

describe('pages', () => {
  it('escape what users typed (autoescape on)', () => {
    const html = renderPage(response, 'sign-in', {
      title: 'Sign in',
      email: '"><script>x</script>',
      returnTo: '/cases',
    });
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  it("carry the CSP nonce on the template's one inline script, and the sign-out form its CSRF token", () => {
    const html = renderPage(response, 'my-cases', { title: 'My cases', user, rows: [] });
    expect(html).toContain('<script nonce="test-nonce">');
    expect(html).toMatch(
      /<form method="post" action="\/sign-out"[^>]*>\s*<input type="hidden" name="_csrf" value="csrf-123">/,
    );
    expect(html).toContain('Alex &lt;b&gt;Officer&lt;/b&gt;');
    // The agency by name, not by its id.
    expect(html).toMatch(
      /Signed in as <strong>Alex &lt;b&gt;Officer&lt;\/b&gt;<\/strong>, West Midlands Police/,
    );
    expect(html).not.toContain('west-midlands-police');
    expect(html).toContain('Your agency has no cases yet.');
  });

  it.each([
    ['signed in', 'my-cases', { title: 'My cases', user, rows: [] }],
    ['signed out', 'sign-in', { title: 'Sign in', returnTo: '/cases' }],
  ] as const)(
    "carry Waypoint's own branding, not GOV.UK's, %s: no crown, wordmark, licence or Crown copyright",
    (_when, view, context) => {
      const html = renderPage(response, view, context);
      expect(html).toMatch(
        /<div class="govuk-generic-header">[\s\S]*class="govuk-generic-header__homepage-link">\s*Waypoint\s*<\/a>/,
      );
      for (const gov of [
        'govuk-header',
        'govuk-logo',
        'govuk-footer__crown',
        'GOV.UK',
        'Crown copyright',
        'Open Government Licence',
        'govuk-footer__licence',
        'images/favicon',
        'govuk-icon',
      ]) {
        expect({ gov, found: html.includes(gov) }).toEqual({ gov, found: false });
      }
      expect(html).toContain(
        '<link rel="icon" sizes="any" href="/assets/waypoint-icon.svg" type="image/svg+xml">',
      );
      expect(html).toMatch(
        /<footer class="govuk-template__footer">[\s\S]*href="tel:08000121700">Modern Slavery Helpline/,
      );
    },
  );

  it('show the GOV.UK error summary linked to the field, and the inline message', () => {
    const html = renderPage(response, 'identification-details', {
      title: 'What have you seen?',
      user,
      choices: detailsChoices(EMPTY_DETAILS),
      errors: formErrorsOf([{ field: 'area', href: 'area', text: 'Select the area where they were found' }]),
    });
    expect(html).toContain('<title>Error: What have you seen? – Waypoint</title>');
    expect(html).toContain('govuk-error-summary');
    expect(html).toContain('href="#area"');
    expect(html).toMatch(/id="area-error"[\s\S]*Select the area where they were found/);
  });

  it('give the helpline and 999 on the identification pages', () => {
    for (const view of ['identification-details', 'identification-consent']) {
      const html = renderPage(response, view, {
        title: 'x',
        user,
        choices: detailsChoices(EMPTY_DETAILS),
        consent: EMPTY_CONSENT,
        consentChoices: consentChoices(EMPTY_CONSENT),
        hiddenDetails: hiddenDetails(EMPTY_DETAILS),
      });
      expect(html).toContain('08000 121 700');
      expect(html).toContain('In immediate danger, call 999.');
    }
  });

  it('tell the child path that a child is always referred, and ask no consent', () => {
    const html = renderPage(response, 'identification-consent', {
      title: 'Referral and personal details',
      user,
      isChild: true,
      consent: EMPTY_CONSENT,
      consentChoices: consentChoices(EMPTY_CONSENT),
      hiddenDetails: hiddenDetails({ ...EMPTY_DETAILS, ageGroup: 'child' }),
    });
    expect(html).toContain('A child is always referred');
    expect(html).not.toContain('name="consent"');
  });
});

describe('date inputs', () => {
  it('highlight only the parts at fault', () => {
    const html = renderPage(response, 'identification-consent', {
      title: 'Consent and personal details',
      user,
      consent: { ...EMPTY_CONSENT, dateOfBirth: { day: '31', month: '2', year: '' } },
      consentChoices: consentChoices(EMPTY_CONSENT),
      hiddenDetails: hiddenDetails(EMPTY_DETAILS),
      errors: formErrorsOf([
        {
          field: 'dateOfBirth',
          href: 'dateOfBirth-year',
          text: 'Date of birth must include a year',
          parts: ['year'],
        },
      ]),
    });
    expect(html).toMatch(/govuk-input--error[^>]*id="dateOfBirth-year"/);
    expect(html).not.toMatch(/govuk-input--error[^>]*id="dateOfBirth-day"/);
  });
});
