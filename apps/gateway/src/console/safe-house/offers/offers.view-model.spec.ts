import { DECLINE_REASONS } from '@waypoint/contracts';
import { offerFixture } from '../../kit/placement/placement-fixtures';
import { offerCardsOf, parseDeclineForm } from './offers.view-model';

const offerId = '66666666-6666-4666-8666-666666666666';

describe('declining an offer', () => {
  it('takes a reason from the decline reasons', () => {
    expect(parseDeclineForm({ reason: 'staffing' }, offerId)).toEqual({ ok: true, reason: 'staffing' });
  });

  it('requires a reason, as a GOV.UK error on this offer’s radios', () => {
    expect(parseDeclineForm({}, offerId)).toEqual({
      ok: false,
      error: {
        field: `offer-${offerId}-reason`,
        href: `offer-${offerId}-reason`,
        text: 'Select why you are declining the offer',
      },
    });
    expect(parseDeclineForm({ reason: 'do-not-like-them' }, offerId).ok).toBe(false);
  });

  it('offers every decline reason of the contracts, in their order', () => {
    const [card] = offerCardsOf([offerFixture()]);
    expect(card.reasons.map((item) => item.value)).toEqual([...DECLINE_REASONS]);
    expect(card.reference).toBe('0B6E1F9C');
  });
});
