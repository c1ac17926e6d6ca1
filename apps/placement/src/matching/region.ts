import { type Area, AREAS } from '@waypoint/contracts';

/**
 * Which of the region's areas share a border, by land. The seven metropolitan boroughs are the West
 * Midlands Police area; the other three are whole force areas (Warwickshire; Staffordshire with Stoke;
 * West Mercia: Worcestershire, Shropshire, Telford and Wrekin, Herefordshire). Each border is listed once
 * here and the adjacency is made symmetric below, so the two directions cannot disagree.
 */
const BORDERS: readonly (readonly [Area, Area])[] = [
  ['birmingham', 'solihull'],
  ['birmingham', 'sandwell'],
  ['birmingham', 'walsall'],
  ['birmingham', 'dudley'], // Halesowen and Quinton
  ['birmingham', 'staffordshire'], // Sutton Coldfield and Lichfield district
  ['birmingham', 'warwickshire'], // North Warwickshire
  ['birmingham', 'west-mercia'], // Bromsgrove district (Worcestershire)
  ['coventry', 'solihull'], // Meriden gap
  ['coventry', 'warwickshire'],
  ['solihull', 'warwickshire'],
  ['solihull', 'west-mercia'], // Bromsgrove district (Wythall)
  ['dudley', 'sandwell'],
  ['dudley', 'wolverhampton'],
  ['dudley', 'staffordshire'], // South Staffordshire
  ['dudley', 'west-mercia'], // Bromsgrove and Wyre Forest districts
  ['sandwell', 'walsall'],
  ['sandwell', 'wolverhampton'],
  ['walsall', 'wolverhampton'],
  ['walsall', 'staffordshire'],
  ['wolverhampton', 'staffordshire'], // South Staffordshire
  ['warwickshire', 'staffordshire'], // Tamworth and North Warwickshire
  ['warwickshire', 'west-mercia'], // Stratford district and Worcestershire
  ['staffordshire', 'west-mercia'], // Shropshire, Telford and Wrekin, Wyre Forest
];

function adjacencyOf(borders: readonly (readonly [Area, Area])[]): ReadonlyMap<Area, readonly Area[]> {
  const neighbours = new Map<Area, Area[]>(AREAS.map((area) => [area, []]));
  for (const [a, b] of borders) {
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  for (const list of neighbours.values()) list.sort();
  return neighbours;
}

/** The areas as a coordinator reads them in matching's reasons (the console has its own labels for its pages). */
export const AREA_NAMES: Readonly<Record<Area, string>> = {
  birmingham: 'Birmingham',
  coventry: 'Coventry',
  solihull: 'Solihull',
  dudley: 'Dudley',
  sandwell: 'Sandwell',
  walsall: 'Walsall',
  wolverhampton: 'Wolverhampton',
  warwickshire: 'Warwickshire',
  staffordshire: 'Staffordshire',
  'west-mercia': 'West Mercia',
};

/** Every area's neighbours, in name order; symmetric (b is among a's neighbours exactly when a is among b's). */
export const ADJACENT_AREAS: ReadonlyMap<Area, readonly Area[]> = adjacencyOf(BORDERS);

/** The areas bordering `area`, in name order. */
export function neighboursOf(area: Area): readonly Area[] {
  return ADJACENT_AREAS.get(area) ?? [];
}

function hopsFrom(start: Area): ReadonlyMap<Area, number> {
  const hops = new Map<Area, number>([[start, 0]]);
  const queue: Area[] = [start];
  for (let next = 0; next < queue.length; next++) {
    const area = queue[next];
    for (const neighbour of neighboursOf(area)) {
      if (!hops.has(neighbour)) {
        hops.set(neighbour, hops.get(area)! + 1);
        queue.push(neighbour);
      }
    }
  }
  return hops;
}

/** All-pairs hop counts, worked out once: ten areas, so matching reads a table instead of searching. */
const HOPS: ReadonlyMap<Area, ReadonlyMap<Area, number>> = new Map(
  AREAS.map((area) => [area, hopsFrom(area)]),
);

/**
 * How many borders a journey from `a` to `b` crosses at the fewest (breadth-first over the adjacency):
 * 0 for the same area, 1 for neighbours. The region is connected, so every pair has a distance; an
 * unknown area (a value that escaped validation) throws rather than ranking as near or far.
 */
export function hopsBetween(a: Area, b: Area): number {
  const hops = HOPS.get(a)?.get(b);
  if (hops === undefined) throw new Error(`no route between areas ${String(a)} and ${String(b)}`);
  return hops;
}
