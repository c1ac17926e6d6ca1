import { parseLocalDate } from '@waypoint/calendar';
import {
  checkConsent,
  checkDetails,
  detailsChoices,
  EMPTY_CONSENT,
  hiddenDetails,
  readConsent,
  readDetails,
  recordIdentificationBody,
  serviceRefusal,
} from './identification-form';

const page1 = {
  ageGroup: 'adult',
  indicators: ['SIT-04', 'PHY-01'],
  exploitationTypes: ['labour'],
  countyLines: 'no',
  exploitedIn: 'uk',
  area: 'birmingham',
  firstResponderOrganisationType: 'police',
};
const today = parseLocalDate('2026-12-02');

describe('page 1: what was seen', () => {
  it('accepts a complete answer', () => {
    expect(checkDetails(readDetails(page1))).toEqual([]);
  });

  it('asks for every missing answer, each linked to its first input', () => {
    expect(checkDetails(readDetails({})).map((error) => [error.field, error.href])).toEqual([
      ['ageGroup', 'ageGroup'],
      ['exploitationTypes', 'exploitationTypes'],
      ['countyLines', 'countyLines'],
      ['exploitedIn', 'exploitedIn'],
      ['area', 'area'],
      ['firstResponderOrganisationType', 'firstResponderOrganisationType'],
    ]);
  });

  it('refuses values that are not on the page (a tampered form)', () => {
    const errors = checkDetails(
      readDetails({
        ...page1,
        indicators: ['SIT-04', 'XXX-99'],
        area: 'atlantis',
        exploitationTypes: 'piracy',
      }),
    );
    expect(errors.map((error) => error.field)).toEqual(['indicators', 'exploitationTypes', 'area']);
  });

  it('allows no indicators at all (other reasons to suspect)', () => {
    expect(checkDetails(readDetails({ ...page1, indicators: undefined }))).toEqual([]);
  });

  it('shows the answers back as checked options, indicators grouped as in the contracts', () => {
    const choices = detailsChoices(readDetails(page1));
    expect(choices.indicatorGroups.map((group) => group.group)).toEqual([
      'physical-psychological',
      'situational-environmental',
    ]);
    const checked = choices.indicatorGroups.flatMap((group) => group.items.filter((item) => item.checked));
    expect(checked.map((item) => item.value).sort()).toEqual(['PHY-01', 'SIT-04']);
    expect(choices.area.find((item) => item.checked)?.value).toBe('birmingham');
  });

  it('carries the answers to page 2 as hidden fields that read back the same', () => {
    const hidden = hiddenDetails(readDetails(page1));
    const body: Record<string, string | string[]> = {};
    for (const { name, value } of hidden) {
      const existing = body[name];
      body[name] =
        existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
    }
    expect(readDetails(body)).toEqual(readDetails(page1));
  });
});

describe('page 2: consent and personal details', () => {
  it('asks an adult for consent', () => {
    expect(checkConsent('adult', EMPTY_CONSENT, today).errors).toEqual([
      { field: 'consent', href: 'consent', text: 'Select whether they consent to being referred' },
    ]);
  });

  it('never asks a child', () => {
    expect(checkConsent('child', EMPTY_CONSENT, today).errors).toEqual([]);
  });

  it('needs a name when any other personal detail is given', () => {
    const answers = readConsent({ consent: 'given', nationality: 'Albanian' });
    expect(checkConsent('adult', answers, today).errors).toEqual([
      {
        field: 'fullName',
        href: 'fullName',
        text: 'Enter their full name, or leave all personal details empty',
      },
    ]);
  });

  it('checks the date of birth with GOV.UK messages', () => {
    const answers = readConsent({
      consent: 'given',
      fullName: 'A Person',
      'dateOfBirth-day': '30',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '1990',
    });
    expect(checkConsent('adult', answers, today).errors).toEqual([
      { field: 'dateOfBirth', href: 'dateOfBirth-day', text: 'Date of birth must be a real date' },
    ]);
  });

  it('refuses over-long details', () => {
    const answers = readConsent({ consent: 'given', fullName: 'x'.repeat(201), contact: 'y'.repeat(201) });
    expect(checkConsent('adult', answers, today).errors.map((error) => error.field)).toEqual([
      'fullName',
      'contact',
    ]);
  });
});

describe('the record sent to identification', () => {
  it('for an adult: consent, booleans and personal details shaped as RecordIdentificationDto', () => {
    const answers = readConsent({
      consent: 'given',
      fullName: 'A Person',
      'dateOfBirth-day': '7',
      'dateOfBirth-month': '3',
      'dateOfBirth-year': '1990',
      nationality: '',
    });
    const checked = checkConsent('adult', answers, today);
    expect(recordIdentificationBody(readDetails(page1), answers, checked.dateOfBirth)).toEqual({
      ageGroup: 'adult',
      indicators: ['SIT-04', 'PHY-01'],
      exploitationTypes: ['labour'],
      countyLines: false,
      exploitedIn: 'uk',
      area: 'birmingham',
      firstResponderOrganisationType: 'police',
      consent: 'given',
      personalDetails: { fullName: 'A Person', dateOfBirth: '1990-03-07' },
    });
  });

  it('for a child: no consent and, without a name, no personal details', () => {
    const body = recordIdentificationBody(
      readDetails({ ...page1, ageGroup: 'child', countyLines: 'yes' }),
      readConsent({ consent: 'given' }),
      undefined,
    );
    expect(body).not.toHaveProperty('consent');
    expect(body).not.toHaveProperty('personalDetails');
    expect(body.countyLines).toBe(true);
  });
});

describe("the identification service's 400", () => {
  it('goes back to page 1 when it names a page-1 field', () => {
    expect(serviceRefusal([{ field: 'area', rule: 'isIn', message: 'area must be one of …' }])).toEqual({
      page: 'details',
      errors: [{ field: 'area', href: 'area', text: 'Select the area where they were found' }],
    });
  });

  it('stays on page 2 for consent and personal details', () => {
    expect(
      serviceRefusal([
        { field: 'consent', rule: 'isIn', message: "consent must be 'given' or 'declined' for an adult" },
        { field: 'personalDetails.nationality', rule: 'isIn', message: 'too long' },
      ]),
    ).toEqual({
      page: 'consent',
      errors: [
        { field: 'consent', href: 'consent', text: 'Select whether they consent to being referred' },
        { field: 'nationality', href: 'nationality', text: 'Nationality must be 100 characters or fewer' },
      ],
    });
  });
});
