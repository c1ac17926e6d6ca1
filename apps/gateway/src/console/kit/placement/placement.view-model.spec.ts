import { houseFixture, offerFixture, requestFixture } from './placement-fixtures';
import { outOfServiceLinesOf, offerRowsOf, requestNeedsRows, roomsOf } from './placement.view-model';

const valueOf = (rows: { key: { text: string }; value: { text?: string } }[], key: string) =>
  rows.find((row) => row.key.text === key)?.value.text;

describe('a request in words', () => {
  it('shows every need, naming the area of exploitation among the areas avoided', () => {
    const rows = requestNeedsRows(requestFixture());
    expect(valueOf(rows, 'Household')).toBe('Families (a parent with children)');
    expect(valueOf(rows, 'Children coming with them')).toBe('2 children, aged 3 and 7');
    expect(valueOf(rows, 'Languages they speak')).toBe('Albanian');
    expect(valueOf(rows, 'Areas to avoid')).toBe('Birmingham (where they were exploited), Walsall');
    expect(valueOf(rows, 'Dates needed')).toBe('From 2 December 2026, end not known');
    expect(valueOf(rows, 'Waiting for')).toBe('2 days');
    expect(valueOf(rows, 'Pregnant')).toBe('No');
  });

  it('names the exploitation area even when the answer leaves it out of the areas avoided', () => {
    const rows = requestNeedsRows(requestFixture({ avoidAreas: [], exploitationArea: 'dudley' }));
    expect(valueOf(rows, 'Areas to avoid')).toBe('Dudley (where they were exploited)');
  });
});

describe('a house in words', () => {
  it('shows each bed with its derived state, and names the bed of each out-of-service period', () => {
    const house = houseFixture();
    expect(roomsOf(house)[0].beds.map((bed) => [bed.label, bed.kind, bed.state.text])).toEqual([
      ['Bed 1', 'Single', 'Free'],
      ['Bed 2', 'Double', 'Held'],
      ['Cot', 'Cot', 'Out of service'],
    ]);
    expect(outOfServiceLinesOf(house)).toEqual([
      {
        periodId: '44444444-4444-4444-8444-444444444444',
        bed: 'Room 1, Cot',
        reason: 'Repairs',
        from: '1 December 2026',
        until: 'Not known yet',
        open: true,
      },
    ]);
  });
});

describe('an offer in words', () => {
  it('says until when a held offer is held, and a resident’s planned move-out once the NRM sets it', () => {
    expect(valueOf(offerRowsOf(offerFixture()), 'Held until')).toBe('2 December 2026 at 1:00pm');
    const resident = offerFixture({ status: 'moved-in', movedInOn: '2026-12-02', plannedMoveOutOn: null });
    expect(valueOf(offerRowsOf(resident), 'Planned move-out')).toBe(
      'Not set yet: it follows the NRM decision',
    );
    expect(valueOf(offerRowsOf({ ...resident, plannedMoveOutOn: '2027-02-01' }), 'Planned move-out')).toBe(
      '1 February 2027',
    );
    expect(valueOf(offerRowsOf(resident), 'Held until')).toBeUndefined();
  });

  it('shows the provider the household it is asked to take while it decides and prepares, and not after', () => {
    const held = offerRowsOf(offerFixture());
    expect(valueOf(held, 'Children coming with them')).toBe(
      valueOf(requestNeedsRows(requestFixture()), 'Children coming with them'),
    );
    expect(valueOf(held, 'Languages they speak')).toBeDefined();
    expect(valueOf(offerRowsOf(offerFixture({ status: 'accepted' })), 'Household')).toBeDefined();
    expect(valueOf(offerRowsOf(offerFixture({ status: 'moved-out' })), 'Household')).toBeUndefined();
    expect(held.map((entry) => entry.key.text)).not.toContain('Risk notes');
  });
});
