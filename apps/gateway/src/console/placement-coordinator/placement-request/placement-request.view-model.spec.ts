import { requestFixture } from '../../kit/placement/placement-fixtures';
import {
  actionsOf,
  matchesViewOf,
  offerRefusedBecause,
  parseOfferForm,
  parseWithdrawForm,
} from './placement-request.view-model';

const houseId = '11111111-1111-4111-8111-111111111111';

describe('the matching result', () => {
  it('keeps matching’s order and every reason of every excluded house', () => {
    const view = matchesViewOf({
      requestId: '55555555-5555-4555-8555-555555555555',
      eligible: [
        {
          houseId,
          houseName: 'Rowan House',
          providerAgency: 'rowan-trust',
          area: 'solihull',
          roomId: '22222222-2222-4222-8222-222222222222',
          roomName: 'Room 1',
          bedIds: ['a', 'b'],
          score: 50,
          because: ['Staff speak Albanian', 'A room to themselves'],
        },
      ],
      excluded: [
        {
          houseId: '99999999-9999-4999-8999-999999999999',
          houseName: 'Elm House',
          providerAgency: 'elm-housing',
          reasons: [
            { reason: 'avoided-area', detail: 'In Birmingham, an area to avoid' },
            { reason: 'no-free-bed', detail: 'No free bed now' },
          ],
        },
      ],
    });
    expect(view.eligible[0]).toMatchObject({ houseName: 'Rowan House', provider: 'Rowan trust', beds: 2 });
    expect(view.eligible[0].because).toEqual(['Staff speak Albanian', 'A room to themselves']);
    expect(view.excluded[0].reasons).toEqual([
      { reason: 'Area to avoid', detail: 'In Birmingham, an area to avoid' },
      { reason: 'No free bed', detail: 'No free bed now' },
    ]);
  });
});

describe('what a coordinator can do', () => {
  it('offers only while the request waits, and withdraws while it still seeks a place', () => {
    expect(actionsOf(requestFixture({ status: 'waiting' }))).toEqual({ canOffer: true, canWithdraw: true });
    expect(actionsOf(requestFixture({ status: 'offered' }))).toEqual({ canOffer: false, canWithdraw: true });
    expect(actionsOf(requestFixture({ status: 'moved-in' }))).toEqual({
      canOffer: false,
      canWithdraw: false,
    });
  });

  it('needs a house id to offer, and a reason to withdraw', () => {
    expect(parseOfferForm({ houseId })).toEqual({ ok: true, houseId });
    expect(parseOfferForm({ houseId: 'x' }).ok).toBe(false);
    expect(parseWithdrawForm({ reason: 'placed-elsewhere' })).toEqual({
      ok: true,
      reason: 'placed-elsewhere',
    });
    expect(parseWithdrawForm({})).toMatchObject({ ok: false, error: { href: 'reason' } });
  });
});

describe("placement's 409 on an offer", () => {
  const base = { statusCode: 409, error: 'Conflict', message: ['refused'] };

  it('says the bed was taken first', () => {
    expect(offerRefusedBecause({ ...base, bedId: 'b', bedState: 'held' }, 'Rowan House').text).toBe(
      'Rowan House could not be offered: a bed was taken by another offer a moment ago. The matches below are as they are now.',
    );
  });

  it('says why the house cannot take them now, in matching’s words', () => {
    expect(
      offerRefusedBecause(
        { ...base, reasons: [{ reason: 'no-free-bed', detail: 'No free bed now' }] },
        undefined,
      ).text,
    ).toBe('The house cannot take them now: No free bed now. The matches below are as they are now.');
  });

  it('says the request is no longer waiting, linking to its needs', () => {
    expect(offerRefusedBecause({ ...base, currentStatus: 'offered' }, 'Rowan House')).toEqual({
      field: 'houseId',
      href: 'request-needs',
      text: 'No offer was made: the request is no longer waiting (it is offered).',
    });
  });
});
