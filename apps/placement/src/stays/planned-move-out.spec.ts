import { plannedMoveOutOf } from './planned-move-out';

const periods = { afterNegativeDecisionDays: 9, afterPositiveConclusiveGroundsDays: 45 };

describe('plannedMoveOutOf', () => {
  it('plans no end while the NRM has decided nothing that ends support', () => {
    expect(
      plannedMoveOutOf({ negativeDecisionOn: null, positiveConclusiveGroundsOn: null }, periods),
    ).toBeNull();
  });

  it('gives the configured move-on days after a negative decision', () => {
    expect(
      plannedMoveOutOf({ negativeDecisionOn: '2026-12-28', positiveConclusiveGroundsOn: null }, periods),
    ).toBe('2027-01-06');
    expect(
      plannedMoveOutOf(
        { negativeDecisionOn: '2026-12-28', positiveConclusiveGroundsOn: null },
        { ...periods, afterNegativeDecisionDays: 14 },
      ),
    ).toBe('2027-01-11');
  });

  it('gives the move-on period after a positive CG', () => {
    expect(
      plannedMoveOutOf({ negativeDecisionOn: null, positiveConclusiveGroundsOn: '2027-01-31' }, periods),
    ).toBe('2027-03-17');
  });

  it('follows the later decision when a negative one was overturned and a positive CG followed', () => {
    expect(
      plannedMoveOutOf(
        { negativeDecisionOn: '2026-10-01', positiveConclusiveGroundsOn: '2027-01-31' },
        periods,
      ),
    ).toBe('2027-03-17');
    expect(
      plannedMoveOutOf(
        { negativeDecisionOn: '2027-02-10', positiveConclusiveGroundsOn: '2027-01-31' },
        periods,
      ),
    ).toBe('2027-02-19');
  });
});
