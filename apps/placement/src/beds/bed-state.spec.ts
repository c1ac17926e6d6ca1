import fc from 'fast-check';
import { bedStateAt, countByState, liveBedState, type BedAllocation, type BedHistory } from './bed-state';

const at = new Date('2026-12-03T12:00:00Z');
const today = '2026-12-03';
const hour = 3_600_000;
const ago = (hours: number) => new Date(at.getTime() - hours * hour);
const later = (hours: number) => new Date(at.getTime() + hours * hour);
const history = (partial: Partial<BedHistory>): BedHistory => ({
  outOfService: [],
  allocations: [],
  ...partial,
});

describe('a bed state', () => {
  it.each<[string, Partial<BedHistory>, string]>([
    ['free with no history', {}, 'free'],
    [
      'held by an open offer',
      { allocations: [{ heldAt: ago(1), movedInAt: null, releasedAt: null }] },
      'held',
    ],
    [
      'occupied once moved in',
      { allocations: [{ heldAt: ago(5), movedInAt: ago(1), releasedAt: null }] },
      'occupied',
    ],
    [
      'free again once the hold ended (declined, expired)',
      { allocations: [{ heldAt: ago(5), movedInAt: null, releasedAt: ago(1) }] },
      'free',
    ],
    [
      'free again after a move-out',
      { allocations: [{ heldAt: ago(50), movedInAt: ago(40), releasedAt: ago(1) }] },
      'free',
    ],
    [
      'held until its release instant, not after',
      { allocations: [{ heldAt: ago(1), movedInAt: null, releasedAt: later(1) }] },
      'held',
    ],
    [
      'out of service inside a period',
      { outOfService: [{ from: '2026-12-01', until: '2026-12-03' }] },
      'out-of-service',
    ],
    [
      'out of service in a period with no end',
      { outOfService: [{ from: '2026-11-01', until: null }] },
      'out-of-service',
    ],
    ['free after a period ended', { outOfService: [{ from: '2026-11-01', until: '2026-12-02' }] }, 'free'],
    ['free before a period starts', { outOfService: [{ from: '2026-12-04', until: null }] }, 'free'],
    [
      'occupied even inside an out-of-service period: the resident comes first',
      {
        outOfService: [{ from: '2026-12-01', until: null }],
        allocations: [{ heldAt: ago(50), movedInAt: ago(40), releasedAt: null }],
      },
      'occupied',
    ],
  ])('is %s', (_, partial, expected) => {
    expect(bedStateAt(history(partial), at, today)).toBe(expected);
  });

  it('is read from the history at any instant: a hold made later is not there yet', () => {
    expect(
      bedStateAt(
        history({ allocations: [{ heldAt: later(1), movedInAt: null, releasedAt: null }] }),
        at,
        today,
      ),
    ).toBe('free');
  });

  it('is held or occupied whenever an allocation is open, whatever else the history holds', () => {
    const allocation = fc.record<BedAllocation>({
      heldAt: fc.date({ min: ago(100), max: later(100), noInvalidDate: true }),
      movedInAt: fc.option(fc.date({ min: ago(100), max: later(100), noInvalidDate: true })),
      releasedAt: fc.option(fc.date({ min: ago(100), max: later(100), noInvalidDate: true })),
    });
    fc.assert(
      fc.property(fc.array(allocation, { maxLength: 5 }), fc.boolean(), (allocations, outOfService) => {
        const state = bedStateAt(
          history({ allocations, outOfService: outOfService ? [{ from: today, until: null }] : [] }),
          at,
          today,
        );
        const open = allocations.some((a) => a.heldAt <= at && (a.releasedAt === null || a.releasedAt > at));
        expect(open ? ['held', 'occupied'] : [outOfService ? 'out-of-service' : 'free']).toContain(state);
      }),
    );
  });
});

describe('counts by state', () => {
  it('count every bed once', () => {
    expect(countByState(['free', 'held', 'free', 'occupied', 'out-of-service'])).toEqual({
      free: 2,
      held: 1,
      occupied: 1,
      'out-of-service': 1,
    });
  });
});

describe('liveBedState', () => {
  it.each([
    [null, false, 'free'],
    [null, true, 'out-of-service'],
    ['held', false, 'held'],
    ['accepted', false, 'held'],
    ['accepted', true, 'held'],
    ['moved-in', false, 'occupied'],
    ['moved-in', true, 'occupied'],
  ] as const)('open allocation %s, out of service today %s: %s', (open, outOfService, state) => {
    expect(liveBedState(open, outOfService)).toBe(state);
  });
});
