import { type Area, AREAS } from '@waypoint/contracts';
import fc from 'fast-check';
import { ADJACENT_AREAS, hopsBetween, neighboursOf } from './region';

describe('the region adjacency', () => {
  it('has an entry for each of the ten areas and no other', () => {
    expect([...ADJACENT_AREAS.keys()].sort()).toEqual([...AREAS].sort());
  });

  it('is symmetric: b borders a exactly when a borders b', () => {
    for (const a of AREAS) {
      for (const b of neighboursOf(a)) expect(neighboursOf(b)).toContain(a);
    }
  });

  it('has no area bordering itself and no border listed twice', () => {
    for (const area of AREAS) {
      const neighbours = neighboursOf(area);
      expect(neighbours).not.toContain(area);
      expect(new Set(neighbours).size).toBe(neighbours.length);
    }
  });

  it('connects every area to every other', () => {
    for (const a of AREAS) {
      for (const b of AREAS) expect(Number.isFinite(hopsBetween(a, b))).toBe(true);
    }
  });

  it.each<[Area, Area[]]>([
    [
      'birmingham',
      ['dudley', 'sandwell', 'solihull', 'staffordshire', 'walsall', 'warwickshire', 'west-mercia'],
    ],
    ['coventry', ['solihull', 'warwickshire']],
    ['wolverhampton', ['dudley', 'sandwell', 'staffordshire', 'walsall']],
    ['sandwell', ['birmingham', 'dudley', 'walsall', 'wolverhampton']],
  ])('follows the real borders: %s borders %j', (area, neighbours) => {
    expect(neighboursOf(area)).toEqual(neighbours);
  });
});

describe('hopsBetween', () => {
  it.each<[Area, Area, number]>([
    ['birmingham', 'birmingham', 0],
    ['birmingham', 'solihull', 1],
    ['coventry', 'warwickshire', 1],
    ['coventry', 'birmingham', 2],
    ['coventry', 'wolverhampton', 3],
    ['sandwell', 'coventry', 3],
    ['west-mercia', 'walsall', 2],
  ])('counts the borders crossed from %s to %s: %i', (a, b, hops) => {
    expect(hopsBetween(a, b)).toBe(hops);
  });

  const area = fc.constantFrom(...AREAS);

  it('is a distance: zero only for the same area, symmetric, and within one hop of a neighbour', () => {
    fc.assert(
      fc.property(area, area, (a, b) => {
        expect(hopsBetween(a, b) === 0).toBe(a === b);
        expect(hopsBetween(a, b)).toBe(hopsBetween(b, a));
        for (const n of neighboursOf(a))
          expect(Math.abs(hopsBetween(n, b) - hopsBetween(a, b))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('obeys the triangle inequality', () => {
    fc.assert(
      fc.property(area, area, area, (a, b, c) => {
        expect(hopsBetween(a, c)).toBeLessThanOrEqual(hopsBetween(a, b) + hopsBetween(b, c));
      }),
    );
  });

  it('refuses an area it does not know rather than ranking it near or far', () => {
    expect(() => hopsBetween('atlantis' as Area, 'birmingham')).toThrow(/no route/);
  });
});
