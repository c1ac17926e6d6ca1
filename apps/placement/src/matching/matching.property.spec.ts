import { AREAS } from '@waypoint/contracts';
import fc from 'fast-check';
import {
  ACCESSIBILITY_FEATURES,
  BED_KINDS,
  type ExclusionReason,
  HOUSEHOLD_TYPES,
  type HouseholdType,
  type MatchBed,
  type MatchHouse,
  type MatchRequest,
  type MatchResult,
  matchRequest,
} from './matching';

// --- generators ------------------------------------------------------------------------------------------------

const LANGUAGES = ['en', 'ar', 'ur', 'pl', 'ro', 'vi', 'sq'];
const area = fc.constantFrom(...AREAS);

const bedBody = fc.record({ kind: fc.constantFrom(...BED_KINDS), free: fc.boolean() });
const roomBody = fc.array(bedBody, { maxLength: 4 });
const houseBody = fc.record({
  householdTypes: fc.subarray([...HOUSEHOLD_TYPES], { minLength: 1 }),
  area,
  accessibility: fc.subarray([...ACCESSIBILITY_FEATURES]),
  languages: fc.subarray(LANGUAGES, { maxLength: 3 }),
  rooms: fc.array(roomBody, { maxLength: 3 }),
});

/** Houses with unique ids, and bed ids unique across them, as the placement service holds them. */
const houses = fc.array(houseBody, { maxLength: 8 }).map((bodies) =>
  bodies.map((body, h): MatchHouse => ({
    houseId: `h${h}`,
    providerId: `p${h % 3}`,
    name: `House ${h}`,
    householdTypes: body.householdTypes,
    area: body.area,
    accessibility: body.accessibility,
    languages: body.languages,
    rooms: body.rooms.map((beds, r) => ({
      roomId: `h${h}-r${r}`,
      beds: beds.map((b, i): MatchBed => ({ bedId: `h${h}-r${r}-b${i}`, ...b })),
    })),
  })),
);

const matchRequestArb: fc.Arbitrary<MatchRequest> = fc
  .record({
    householdType: fc.constantFrom(...HOUSEHOLD_TYPES),
    dependants: fc.array(fc.record({ age: fc.integer({ min: 0, max: 17 }) }), { maxLength: 3 }),
    accessibilityNeeds: fc.subarray([...ACCESSIBILITY_FEATURES], { maxLength: 2 }),
    languages: fc.subarray(LANGUAGES, { maxLength: 2 }),
    pregnant: fc.boolean(),
    avoidAreas: fc.subarray([...AREAS], { maxLength: 3 }),
    exploitationArea: fc.option(area, { nil: undefined }),
  })
  .map((r) => ({
    requestId: 'req',
    ...r,
    // The contract: the area of exploitation is always among the areas to avoid.
    avoidAreas:
      r.exploitationArea === undefined || r.avoidAreas.includes(r.exploitationArea)
        ? r.avoidAreas
        : [...r.avoidAreas, r.exploitationArea],
  }));

// --- an independent statement of the hard constraints --------------------------------------------------------

/** Whether a house of this type may take the household: the rules read house type by house type. */
function mayServe(type: HouseholdType, req: Pick<MatchRequest, 'householdType' | 'dependants' | 'pregnant'>) {
  const man = req.householdType === 'men';
  if (man && req.pregnant) return false;
  const woman = !man && (req.householdType !== 'families' || req.pregnant);
  const withChildren = req.dependants.length > 0;
  switch (type) {
    case 'families':
      return withChildren || req.householdType === 'families';
    case 'men':
      return !withChildren && man;
    case 'women':
      return !withChildren && woman;
    case 'pregnant-women-and-new-mothers':
      return (
        woman &&
        (req.pregnant ||
          (withChildren
            ? req.dependants.some((child) => child.age < 1)
            : req.householdType === 'pregnant-women-and-new-mothers'))
      );
  }
}

/**
 * Every way the household can sleep in `beds` (each a free bed of one room), by brute force: the
 * survivor in a single or double, at most one child under 12 sharing the survivor's double, a child under
 * 2 in a cot, every other child in a single or double of their own. Answers the numbers of beds used.
 */
function bedCountsThatFit(beds: readonly MatchBed[], ages: readonly number[]): number[] {
  const counts: number[] = [];
  const used = new Array<boolean>(beds.length).fill(false);
  const place = (child: number, sharedDouble: boolean, bedsUsed: number) => {
    if (child === ages.length) {
      counts.push(bedsUsed);
      return;
    }
    const age = ages[child];
    if (sharedDouble && age < 12) place(child + 1, false, bedsUsed);
    for (let i = 0; i < beds.length; i++) {
      if (used[i] || (beds[i].kind === 'cot' && age >= 2)) continue;
      used[i] = true;
      place(child + 1, sharedDouble, bedsUsed + 1);
      used[i] = false;
    }
  };
  for (let i = 0; i < beds.length; i++) {
    if (beds[i].kind === 'cot') continue;
    used[i] = true;
    place(0, beds[i].kind === 'double', 1);
    used[i] = false;
  }
  return counts;
}

function expectedReasons(req: MatchRequest, house: MatchHouse): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (!house.householdTypes.some((type) => mayServe(type, req))) {
    const flipped = { ...req, pregnant: !req.pregnant };
    reasons.push(
      house.householdTypes.some((type) => mayServe(type, flipped)) ? 'pregnancy' : 'household-type',
    );
  }
  if (!req.accessibilityNeeds.every((need) => house.accessibility.includes(need)))
    reasons.push('accessibility');
  if (req.avoidAreas.includes(house.area) || house.area === req.exploitationArea)
    reasons.push('avoided-area');
  const ages = req.dependants.map((child) => child.age);
  const freeBeds = house.rooms.flatMap((room) => room.beds.filter((bed) => bed.free));
  if (freeBeds.length === 0) reasons.push('no-free-bed');
  else if (
    !house.rooms.some(
      (room) =>
        bedCountsThatFit(
          room.beds.filter((b) => b.free),
          ages,
        ).length > 0,
    )
  ) {
    reasons.push('household-does-not-fit');
  }
  return reasons;
}

// --- properties --------------------------------------------------------------------------------------------------

const RUNS = { numRuns: 200 };

describe('matchRequest over generated houses and requests', () => {
  let eligibleSeen = 0;
  let excludedSeen = 0;

  afterAll(() => {
    // The properties below hold vacuously if the generators never produce both outcomes.
    expect(eligibleSeen).toBeGreaterThan(50);
    expect(excludedSeen).toBeGreaterThan(50);
  });

  it('never proposes a room or beds that break a hard constraint, and uses the fewest beds of the room', () => {
    fc.assert(
      fc.property(matchRequestArb, houses, (req, hs) => {
        const sut = matchRequest(req, hs);
        eligibleSeen += sut.eligible.length;
        for (const offer of sut.eligible) {
          const house = hs.find((h) => h.houseId === offer.houseId)!;
          expect(house.householdTypes.some((type) => mayServe(type, req))).toBe(true);
          expect(req.accessibilityNeeds.every((need) => house.accessibility.includes(need))).toBe(true);
          expect(req.avoidAreas).not.toContain(house.area);
          expect(house.area).not.toBe(req.exploitationArea);

          const room = house.rooms.find((r) => r.roomId === offer.roomId)!;
          expect(room).toBeDefined();
          expect(new Set(offer.bedIds).size).toBe(offer.bedIds.length);
          const beds = offer.bedIds.map((id) => room.beds.find((b) => b.bedId === id)!);
          for (const b of beds) {
            expect(b).toBeDefined();
            expect(b.free).toBe(true);
          }
          const ages = req.dependants.map((child) => child.age);
          // The household sleeps in exactly the beds proposed, every one of them used...
          expect(bedCountsThatFit(beds, ages)).toContain(beds.length);
          // ...and no way of sleeping in the room's free beds uses fewer.
          const fewest = Math.min(
            ...bedCountsThatFit(
              room.beds.filter((b) => b.free),
              ages,
            ),
          );
          expect(beds.length).toBe(fewest);
        }
      }),
      RUNS,
    );
  });

  it('excludes a house exactly when it breaks a constraint, listing every one it breaks', () => {
    fc.assert(
      fc.property(matchRequestArb, houses, (req, hs) => {
        const sut = matchRequest(req, hs);
        excludedSeen += sut.excluded.length;
        for (const house of hs) {
          const excluded = sut.excluded.find((e) => e.houseId === house.houseId);
          expect(excluded?.reasons.map((r) => r.reason) ?? []).toEqual(expectedReasons(req, house));
        }
      }),
      RUNS,
    );
  });

  it('puts every house in exactly one of eligible and excluded', () => {
    fc.assert(
      fc.property(matchRequestArb, houses, (req, hs) => {
        const sut = matchRequest(req, hs);
        const ids = [...sut.eligible.map((e) => e.houseId), ...sut.excluded.map((e) => e.houseId)];
        expect([...ids].sort()).toEqual(hs.map((h) => h.houseId).sort());
      }),
      RUNS,
    );
  });

  it('gives every excluded house at least one reason, each with a detail', () => {
    fc.assert(
      fc.property(matchRequestArb, houses, (req, hs) => {
        for (const excluded of matchRequest(req, hs).excluded) {
          expect(excluded.reasons.length).toBeGreaterThan(0);
          for (const reason of excluded.reasons) expect(reason.detail.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('orders eligible houses by score, ties by houseId, with a fact for each ranking factor', () => {
    fc.assert(
      fc.property(matchRequestArb, houses, (req, hs) => {
        const { eligible } = matchRequest(req, hs);
        for (let i = 1; i < eligible.length; i++) {
          const [a, b] = [eligible[i - 1], eligible[i]];
          expect(a.score > b.score || (a.score === b.score && a.houseId < b.houseId)).toBe(true);
        }
        for (const offer of eligible) expect(offer.because).toHaveLength(4);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same answer every time, and the same ranking whatever the input order', () => {
    fc.assert(
      fc.property(
        matchRequestArb,
        houses.chain((hs) => fc.tuple(fc.constant(hs), fc.shuffledSubarray(hs, { minLength: hs.length }))),
        (req, [hs, shuffled]) => {
          const first: MatchResult = matchRequest(req, hs);
          expect(matchRequest(req, hs)).toEqual(first);
          expect(matchRequest(req, shuffled).eligible).toEqual(first.eligible);
        },
      ),
      RUNS,
    );
  });

  it('leaves its inputs as they were', () => {
    fc.assert(
      fc.property(matchRequestArb, houses, (req, hs) => {
        const before = structuredClone({ req, hs });
        matchRequest(req, hs);
        expect({ req, hs }).toEqual(before);
      }),
      RUNS,
    );
  });
});
