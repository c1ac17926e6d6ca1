import { formErrorsOf, renderPage, type SignedInUser } from '../../kit';
import {
  consentChoices,
  detailsChoices,
  EMPTY_CONSENT,
  EMPTY_DETAILS,
  hiddenDetails,
} from './identification-form';

/*
 * The identification pages rendered with the real GOV.UK Frontend macros: the error summary, the
 * helpline, the child path and the date inputs, which the view models cannot show.
 */
const response = { locals: { cspNonce: 'test-nonce' } } as never;
const user: SignedInUser = {
  userId: 'user-1',
  email: 'alex@example.gov.uk',
  displayName: 'Alex Officer',
  agencyName: 'West Midlands Police',
  principal: { subject: 'user-1', role: 'first-responder', agency: 'west-midlands-police' },
  csrfToken: 'csrf-123',
};
const DETAILS = 'first-responder/record-identification/identification-details';
const CONSENT = 'first-responder/record-identification/identification-consent';

describe('the identification pages', () => {
  it('show the GOV.UK error summary linked to the field, and the inline message', () => {
    const html = renderPage(response, DETAILS, {
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
    for (const view of [DETAILS, CONSENT]) {
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
    const html = renderPage(response, CONSENT, {
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
    const html = renderPage(response, CONSENT, {
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
