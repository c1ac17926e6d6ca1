import { parseLocalDate } from '@waypoint/calendar';
import {
  parseAges,
  parsePlacementRequestForm,
  placementRequestErrorsFromService,
} from './request-placement-form';

const today = parseLocalDate('2026-12-02');
const journeyId = '0b6e1f9c-1111-4222-8333-944445555666';

const filled = {
  _csrf: 't',
  kind: 'safe-house',
  urgency: 'urgent',
  householdType: 'families',
  dependants: '3, 7',
  pregnant: 'no',
  accessibilityNeeds: 'step-free-access',
  languages: ['sq', 'en'],
  avoidAreas: ['walsall'],
  'neededFrom-day': '2',
  'neededFrom-month': '12',
  'neededFrom-year': '2026',
  riskNotes: '  Known associate at the coach station  ',
};

describe('the request-a-place form', () => {
  it("turns a filled form into placement's request body", () => {
    expect(parsePlacementRequestForm(filled, journeyId, today)).toMatchObject({
      ok: true,
      body: {
        journeyId,
        kind: 'safe-house',
        urgency: 'urgent',
        householdType: 'families',
        dependants: [{ age: 3 }, { age: 7 }],
        accessibilityNeeds: ['step-free-access'],
        languages: ['sq', 'en'],
        pregnant: false,
        avoidAreas: ['walsall'],
        neededFrom: '2026-12-02',
        riskNotes: 'Known associate at the coach station',
      },
    });
  });

  it('leaves out an empty last night and empty risk notes', () => {
    const parsed = parsePlacementRequestForm({ ...filled, riskNotes: '' }, journeyId, today);
    expect(parsed.ok && 'riskNotes' in parsed.body).toBe(false);
    expect(parsed.ok && 'neededUntil' in parsed.body).toBe(false);
  });

  it('refuses an empty form with a GOV.UK message per question, linked to its input', () => {
    const parsed = parsePlacementRequestForm({}, journeyId, today);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((error) => [error.href, error.text])).toEqual([
      ['kind', 'Select the kind of place they need'],
      ['urgency', 'Select how urgently they need a place'],
      ['householdType', 'Select who the place is for'],
      ['pregnant', 'Select whether they are pregnant'],
      ['neededFrom-day', 'Enter the date a place is needed from'],
    ]);
  });

  it('refuses a past start, a last night before it and ages that are not children’s, keeping what was typed', () => {
    const parsed = parsePlacementRequestForm(
      {
        ...filled,
        dependants: '3, 19',
        'neededFrom-day': '1',
        'neededUntil-day': '30',
        'neededUntil-month': '11',
        'neededUntil-year': '2026',
      },
      journeyId,
      today,
    );
    expect(!parsed.ok && parsed.errors.map((error) => error.field)).toEqual([
      'dependants',
      'neededFrom',
      'neededUntil',
    ]);
    expect(parsed.typed.dependants).toBe('3, 19');
    expect(parsed.typed.languages).toEqual(['sq', 'en']);
  });

  it('refuses values not offered on the form (a tampered post)', () => {
    const parsed = parsePlacementRequestForm(
      { ...filled, languages: 'klingon', avoidAreas: 'atlantis', accessibilityNeeds: 'jetpack' },
      journeyId,
      today,
    );
    expect(!parsed.ok && parsed.errors.map((error) => error.field)).toEqual([
      'accessibilityNeeds',
      'languages',
      'avoidAreas',
    ]);
  });
});

describe('children’s ages', () => {
  it('reads commas, "and" and spaces, and nothing as no children', () => {
    expect(parseAges('3, 7')).toEqual([3, 7]);
    expect(parseAges('0 and 12')).toEqual([0, 12]);
    expect(parseAges('')).toEqual([]);
    expect(parseAges('three')).toBeUndefined();
    expect(parseAges('18')).toBeUndefined();
    expect(parseAges('2.5')).toBeUndefined();
  });
});

describe("placement's 400", () => {
  it('is shown against the question it names, a nested field against its question', () => {
    expect(
      placementRequestErrorsFromService([
        { field: 'dependants.0.age', rule: 'max', message: 'age must not be greater than 17' },
        { field: 'neededFrom', rule: 'isIn', message: 'neededFrom must be today or later' },
        { field: 'somethingNew', rule: 'isIn', message: 'something new is wrong' },
      ]),
    ).toEqual([
      { field: 'dependants', href: 'dependants', text: 'Age must not be greater than 17' },
      { field: 'neededFrom', href: 'neededFrom-day', text: 'NeededFrom must be today or later' },
      { field: 'kind', href: 'kind', text: 'Something new is wrong' },
    ]);
  });
});
