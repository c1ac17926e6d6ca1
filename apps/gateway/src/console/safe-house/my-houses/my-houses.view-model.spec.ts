import { houseFixture } from '../../kit/placement/placement-fixtures';
import { outOfServiceFormOf, parseEndOutOfServiceForm, parseOutOfServiceForm } from './my-houses.view-model';

const bedId = '33333333-3333-4333-8333-333333333331';
const periodId = '44444444-4444-4444-8444-444444444444';

describe('taking a bed out of service', () => {
  it('takes a bed of the house, a first day, an optional last day and a reason', () => {
    expect(
      parseOutOfServiceForm(
        { bedId, 'from-day': '3', 'from-month': '12', 'from-year': '2026', reason: 'deep-clean' },
        houseFixture(),
      ),
    ).toMatchObject({ ok: true, body: { bedId, from: '2026-12-03', reason: 'deep-clean' } });
  });

  it('refuses a bed of another house, a last day before the first, and no reason', () => {
    const parsed = parseOutOfServiceForm(
      {
        bedId: '99999999-9999-4999-8999-999999999999',
        'from-day': '3',
        'from-month': '12',
        'from-year': '2026',
        'until-day': '2',
        'until-month': '12',
        'until-year': '2026',
      },
      houseFixture(),
    );
    expect(!parsed.ok && parsed.errors.map((error) => error.href)).toEqual(['bedId', 'until-day', 'reason']);
  });

  it('lists every bed of the house by room, the chosen one selected', () => {
    const form = outOfServiceFormOf(houseFixture(), {
      bedId,
      reason: 'repairs',
      from: { day: '', month: '', year: '' },
      until: { day: '', month: '', year: '' },
    });
    expect(form.beds.map((bed) => [bed.text, bed.selected])).toEqual([
      ['Select a bed', false],
      ['Room 1, Bed 1', true],
      ['Room 1, Bed 2', false],
      ['Room 1, Cot', false],
    ]);
  });
});

describe('ending an out-of-service period', () => {
  it('needs its last day, with inputs of its own', () => {
    expect(
      parseEndOutOfServiceForm(
        { [`end-${periodId}-day`]: '9', [`end-${periodId}-month`]: '12', [`end-${periodId}-year`]: '2026' },
        periodId,
      ),
    ).toEqual({ ok: true, until: '2026-12-09' });
    expect(parseEndOutOfServiceForm({}, periodId)).toMatchObject({
      ok: false,
      error: { field: `end-${periodId}`, href: `end-${periodId}-day` },
    });
  });
});
