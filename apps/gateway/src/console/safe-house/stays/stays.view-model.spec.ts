import { parseLocalDate } from '@waypoint/calendar';
import { offerFixture } from '../../kit/placement/placement-fixtures';
import { parseMoveInForm, parseMoveOutForm, stayCardsOf } from './stays.view-model';

const today = parseLocalDate('2026-12-02');
const offerId = '66666666-6666-4666-8666-666666666666';
const date = (name: string, day: string) => ({
  [`${name}-day`]: day,
  [`${name}-month`]: '12',
  [`${name}-year`]: '2026',
});

describe('recording a move-in', () => {
  it('takes the day they arrived', () => {
    expect(parseMoveInForm(date('movedInOn', '2'), offerId, today)).toEqual({
      ok: true,
      movedInOn: '2026-12-02',
    });
  });

  it("refuses a missing or future day, linked to this offer's own inputs", () => {
    expect(parseMoveInForm({}, offerId, today)).toMatchObject({
      ok: false,
      errors: [
        {
          field: `offer-${offerId}-movedInOn`,
          href: `offer-${offerId}-movedInOn-day`,
          text: 'Enter the day they moved in',
        },
      ],
    });
    expect(parseMoveInForm(date('movedInOn', '3'), offerId, today)).toMatchObject({
      ok: false,
      errors: [{ text: 'The day they moved in must be today or in the past' }],
    });
  });
});

describe('recording a move-out', () => {
  it('takes the day, the reason and the destination from the contracts’ vocabularies', () => {
    expect(
      parseMoveOutForm(
        { ...date('movedOutOn', '1'), reason: 'planned-move-on', destination: 'own-tenancy' },
        offerId,
        today,
      ),
    ).toEqual({
      ok: true,
      body: { movedOutOn: '2026-12-01', reason: 'planned-move-on', destination: 'own-tenancy' },
    });
  });

  it('asks for each missing answer and keeps what was typed', () => {
    const parsed = parseMoveOutForm({ ...date('movedOutOn', '1'), reason: 'teleported' }, offerId, today);
    expect(parsed).toMatchObject({
      ok: false,
      errors: [
        { href: `offer-${offerId}-reason`, text: 'Select why they moved out' },
        { href: `offer-${offerId}-destination`, text: 'Select where they moved to' },
      ],
      typed: { movedOutOn: { day: '1', month: '12', year: '2026' }, reason: '', destination: '' },
    });
  });

  it('shows the refused stay as typed and the others empty', () => {
    const other = offerFixture({ offerId: '77777777-7777-4777-8777-777777777777', status: 'moved-in' });
    const cards = stayCardsOf([offerFixture({ status: 'moved-in' }), other], {
      offerId,
      moveOut: { movedOutOn: { day: '1', month: '', year: '' }, reason: 'evicted', destination: '' },
    });
    expect(cards[0].typedDate).toEqual({ day: '1', month: '', year: '' });
    expect(cards[0].reasons.find((item) => item.checked)?.value).toBe('evicted');
    expect(cards[1].typedDate).toBeUndefined();
    expect(cards[1].ids.reason).toBe('offer-77777777-7777-4777-8777-777777777777-reason');
  });
});
