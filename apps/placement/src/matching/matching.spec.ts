import {
  type ExclusionReason,
  houseTypesFor,
  type HouseholdType,
  type MatchBed,
  type MatchHouse,
  type MatchRequest,
  matchRequest,
  type MatchRoom,
  RANKING,
} from './matching';

// --- builders ---------------------------------------------------------------------------------------------------

/** A free bed whose id starts with its kind's letter: s1 single, d1 double, c1 cot; `x` marks it taken. */
function bed(id: string): MatchBed {
  const taken = id.startsWith('x');
  const letter = taken ? id[1] : id[0];
  const kind = letter === 's' ? 'single' : letter === 'd' ? 'double' : 'cot';
  return { bedId: id, kind, free: !taken };
}
const room = (roomId: string, ...bedIds: string[]): MatchRoom => ({ roomId, beds: bedIds.map(bed) });

const house = (overrides: Partial<MatchHouse> = {}): MatchHouse => ({
  houseId: 'h1',
  providerId: 'provider-1',
  name: 'Oak House',
  householdTypes: ['women'],
  area: 'coventry',
  accessibility: [],
  languages: ['en'],
  rooms: [room('r1', 's1')],
  ...overrides,
});

const request = (overrides: Partial<MatchRequest> = {}): MatchRequest => ({
  requestId: 'req-1',
  householdType: 'women',
  dependants: [],
  accessibilityNeeds: [],
  languages: ['en'],
  pregnant: false,
  avoidAreas: ['birmingham'],
  exploitationArea: 'birmingham',
  ...overrides,
});

const children = (...ages: number[]) => ages.map((age) => ({ age }));

function reasonsFor(req: MatchRequest, h: MatchHouse): ExclusionReason[] {
  const sut = matchRequest(req, [h]);
  return sut.excluded.flatMap((excluded) => excluded.reasons.map((r) => r.reason));
}

const PWNM: HouseholdType = 'pregnant-women-and-new-mothers';

// --- rule 1: household type and pregnancy -------------------------------------------------------------------

describe('houseTypesFor: which house types may take a household', () => {
  it.each<[string, Partial<MatchRequest>, HouseholdType[]]>([
    ['a woman alone', { householdType: 'women' }, ['women']],
    ['a pregnant woman alone', { householdType: 'women', pregnant: true }, ['women', PWNM]],
    ['a man alone', { householdType: 'men' }, ['men']],
    ['a new mother without her baby', { householdType: PWNM }, ['women', PWNM]],
    ['a families request with no children listed', { householdType: 'families' }, ['families']],
    [
      'a pregnant families request alone',
      { householdType: 'families', pregnant: true },
      ['women', 'families', PWNM],
    ],
    ['a woman with a child of 5', { householdType: 'women', dependants: children(5) }, ['families']],
    ['a woman with a baby under 1', { householdType: 'women', dependants: children(0) }, ['families', PWNM]],
    [
      'a new mother with a baby under 1',
      { householdType: PWNM, dependants: children(0, 4) },
      ['families', PWNM],
    ],
    [
      'a woman with a child of 1 (not under 1)',
      { householdType: 'women', dependants: children(1) },
      ['families'],
    ],
    ['a pregnant woman with a child of 5', { dependants: children(5), pregnant: true }, ['families', PWNM]],
    ['a man with a baby under 1', { householdType: 'men', dependants: children(0) }, ['families']],
    [
      'a families request with a baby (sex not given)',
      { householdType: 'families', dependants: children(0) },
      ['families'],
    ],
    [
      'a pregnant families request with a child',
      { householdType: 'families', dependants: children(3), pregnant: true },
      ['families', PWNM],
    ],
    ["a man's household said to be pregnant (contradictory)", { householdType: 'men', pregnant: true }, []],
  ])('%s', (_, overrides, types) => {
    expect(houseTypesFor(request(overrides))).toEqual(types);
  });
});

describe('matchRequest: the hard constraints', () => {
  it.each<[string, Partial<MatchRequest>, Partial<MatchHouse>, ExclusionReason[]]>([
    // household type and pregnancy
    ["a woman at a women's house", {}, { householdTypes: ['women'] }, []],
    ["a man at a women's house", { householdType: 'men' }, { householdTypes: ['women'] }, ['household-type']],
    ["a woman at a men's house", {}, { householdTypes: ['men'] }, ['household-type']],
    [
      'a woman with a child at a women-only house',
      { dependants: children(5) },
      { householdTypes: ['women'], rooms: [room('r1', 'd1')] },
      ['household-type'],
    ],
    [
      'a woman with a child at a family house',
      { dependants: children(5) },
      { householdTypes: ['families'], rooms: [room('r1', 'd1')] },
      [],
    ],
    [
      'a mother with a baby under 1 at a mothers house',
      { dependants: children(0) },
      { householdTypes: [PWNM], rooms: [room('r1', 's1', 'c1')] },
      [],
    ],
    [
      'a mother with a child of 5 at a mothers house',
      { dependants: children(5) },
      { householdTypes: [PWNM], rooms: [room('r1', 'd1')] },
      ['pregnancy'],
    ],
    ['a woman, not pregnant, at a mothers house', {}, { householdTypes: [PWNM] }, ['pregnancy']],
    ["a pregnant woman at a women's house", { pregnant: true }, { householdTypes: ['women'] }, []],
    ['a pregnant woman at a mothers house', { pregnant: true }, { householdTypes: [PWNM] }, []],
    [
      "a pregnant woman at a men's house",
      { pregnant: true },
      { householdTypes: ['men'] },
      ['household-type'],
    ],
    [
      "a pregnant man's household at a men's house",
      { householdType: 'men', pregnant: true },
      { householdTypes: ['men'] },
      ['pregnancy'],
    ],
    [
      'a house serving several types, one of them right',
      { householdType: 'men' },
      { householdTypes: ['women', 'men'] },
      [],
    ],
    ['a house serving no type', {}, { householdTypes: [] }, ['household-type']],
    // accessibility
    [
      'every need met',
      { accessibilityNeeds: ['lift', 'hearing-loop'] },
      { accessibility: ['hearing-loop', 'lift', 'step-free-access'] },
      [],
    ],
    [
      'one need of two unmet',
      { accessibilityNeeds: ['lift', 'hearing-loop'] },
      { accessibility: ['hearing-loop'] },
      ['accessibility'],
    ],
    [
      'a need and no features',
      { accessibilityNeeds: ['step-free-access'] },
      { accessibility: [] },
      ['accessibility'],
    ],
    // area
    [
      'a house in an avoided area',
      { avoidAreas: ['birmingham', 'coventry'] },
      { area: 'coventry' },
      ['avoided-area'],
    ],
    [
      'a house in the area of exploitation, though not listed to avoid',
      { avoidAreas: [], exploitationArea: 'coventry' },
      { area: 'coventry' },
      ['avoided-area'],
    ],
    [
      'a house next to the area of exploitation',
      { exploitationArea: 'coventry', avoidAreas: ['coventry'] },
      { area: 'warwickshire' },
      [],
    ],
    // beds
    [
      'a house whose every bed is taken',
      {},
      { rooms: [room('r1', 'xs1'), room('r2', 'xd1')] },
      ['no-free-bed'],
    ],
    ['a house with no rooms', {}, { rooms: [] }, ['no-free-bed']],
    [
      'free beds, but in separate rooms',
      { dependants: children(12) },
      { householdTypes: ['families'], rooms: [room('r1', 's1'), room('r2', 's2')] },
      ['household-does-not-fit'],
    ],
    [
      'only a cot free, for an adult alone',
      {},
      { rooms: [room('r1', 'c1', 'xs1')] },
      ['household-does-not-fit'],
    ],
  ])('%s', (_, req, h, reasons) => {
    expect(reasonsFor(request(req), house(h))).toEqual(reasons);
  });

  it('lists every reason a house breaks, not just the first', () => {
    const sut = matchRequest(request({ accessibilityNeeds: ['lift'] }), [
      house({ householdTypes: ['men'], area: 'birmingham', rooms: [room('r1', 'xs1')] }),
    ]);
    expect(sut.eligible).toEqual([]);
    expect(sut.excluded).toEqual([
      {
        houseId: 'h1',
        reasons: [
          {
            reason: 'household-type',
            detail: 'Oak House serves men; a woman alone, not pregnant, needs a house serving women',
          },
          { reason: 'accessibility', detail: 'Oak House lacks a lift' },
          { reason: 'avoided-area', detail: 'Oak House is in Birmingham, where the survivor was exploited' },
          { reason: 'no-free-bed', detail: 'Oak House has no free bed for the dates needed' },
        ],
      },
    ]);
  });

  it.each<[string, Partial<MatchRequest>, Partial<MatchHouse>, string]>([
    [
      'pregnancy',
      { dependants: children(5) },
      { householdTypes: [PWNM], rooms: [room('r1', 'd1')] },
      'Oak House serves pregnant women and new mothers; a woman with 1 child, not pregnant, needs a house serving families',
    ],
    [
      'a contradictory request',
      { householdType: 'men', pregnant: true },
      { householdTypes: ['men', 'families'] },
      "Oak House serves men and families; the request is for a man's household and says the survivor is pregnant, which no house type serves: correct the request",
    ],
    [
      'accessibility',
      { accessibilityNeeds: ['step-free-access', 'accessible-bathroom', 'ground-floor-bedroom'] },
      { accessibility: ['ground-floor-bedroom'] },
      'Oak House lacks step-free access and an accessible bathroom',
    ],
    [
      'an area to keep away from',
      { avoidAreas: ['birmingham', 'coventry'] },
      {},
      'Oak House is in Coventry, an area the survivor must keep away from',
    ],
    [
      'a household that does not fit',
      { householdType: 'families', dependants: children(7, 0) },
      { householdTypes: ['families'], rooms: [room('r1', 's1', 'c1'), room('r2', 's2')] },
      'Oak House has 3 free beds, but no one room takes the survivor and 2 children (aged 0 and 7)',
    ],
  ])('explains %s in plain English', (_, req, h, detail) => {
    const [excluded] = matchRequest(request(req), [house(h)]).excluded;
    expect(excluded.reasons.map((r) => r.detail)).toContain(detail);
  });
});

// --- rule 4: beds ------------------------------------------------------------------------------------------------

describe('matchRequest: the beds a household is given', () => {
  it.each<[string, number[], string[], string[] | 'does not fit']>([
    ['an adult alone takes a single', [], ['s1'], ['s1']],
    ['an adult alone takes a double when that is all there is', [], ['d1'], ['d1']],
    ['an adult alone takes a single before a double', [], ['d1', 's1'], ['s1']],
    ['an adult cannot sleep in a cot', [], ['c1'], 'does not fit'],
    ['a child under 12 shares the survivor’s double', [5], ['d1'], ['d1']],
    ['a child of 11 shares the survivor’s double', [11], ['s1', 'd1'], ['d1']],
    ['a child of 12 does not share', [12], ['d1'], 'does not fit'],
    ['a child of 12 has a bed of their own', [12], ['d1', 's1'], ['s1', 'd1']],
    ['a child of 5 needs a double or a bed of their own', [5], ['s1'], 'does not fit'],
    ['a child of 5 with two singles', [5], ['s1', 's2'], ['s1', 's2']],
    ['a baby takes a cot', [1], ['s1', 'c1'], ['s1', 'c1']],
    ['a cot is only for a child under 2', [2], ['s1', 'c1'], 'does not fit'],
    ['a baby shares the double when no older child can', [0], ['d1', 'c1'], ['d1']],
    ['an older child shares so the baby keeps the cot', [0, 5], ['d1', 'c1'], ['d1', 'c1']],
    ['a baby and a child of 5 with a double only', [0, 5], ['d1'], 'does not fit'],
    ['twins under 2: one shares, one in the cot', [1, 1], ['c1', 'd1'], ['d1', 'c1']],
    ['twins under 2 with a single and one cot', [1, 1], ['s1', 'c1'], 'does not fit'],
    ['three children with a double and two singles', [3, 7, 10], ['s1', 'd1', 's2'], ['d1', 's1', 's2']],
    ['a taken bed is not used', [5], ['xd1', 's1'], 'does not fit'],
    ['the fewest beds: spare beds are left free', [4], ['s1', 's2', 'd1', 'c1'], ['d1']],
  ])('%s', (_, ages, beds, expected) => {
    const sut = matchRequest(request({ householdType: 'families', dependants: children(...ages) }), [
      house({ householdTypes: ['families', 'women'], rooms: [room('r1', ...beds)] }),
    ]);
    if (expected === 'does not fit') {
      expect(sut.eligible).toEqual([]);
      expect(sut.excluded[0].reasons.map((r) => r.reason)).toEqual(['household-does-not-fit']);
    } else {
      expect(sut.eligible.map((e) => [e.roomId, e.bedIds])).toEqual([['r1', expected]]);
    }
  });

  it('puts the household in one room even when another room has more free beds', () => {
    const sut = matchRequest(request({ householdType: 'families', dependants: children(14) }), [
      house({ householdTypes: ['families'], rooms: [room('r1', 's1', 's2', 's3'), room('r2', 's4', 'xs5')] }),
    ]);
    expect(sut.eligible).toMatchObject([{ roomId: 'r1', bedIds: ['s1', 's2'] }]);
  });
});

// --- ranking -----------------------------------------------------------------------------------------------------

describe('matchRequest: ranking', () => {
  const survivor = request({
    languages: ['ar', 'ku'],
    exploitationArea: 'birmingham',
    avoidAreas: ['birmingham'],
  });

  it('ranks by language, distance, privacy and room size, ties by houseId', () => {
    const sut = matchRequest(survivor, [
      house({ houseId: 'near-arabic', area: 'solihull', languages: ['ar'] }), // 40 + 10 + 20
      house({ houseId: 'far-english', area: 'coventry', languages: ['en'] }), // 20 + 20
      house({
        houseId: 'shared-arabic',
        area: 'wolverhampton',
        languages: ['AR'],
        rooms: [room('r1', 's1', 'xs2')],
      }), // 40 + 20
      house({ houseId: 'big-room', area: 'coventry', rooms: [room('r1', 's1', 's2', 's3', 's4', 's5')] }), // 20 + 20 - 15
      house({ houseId: 'a-far-english', area: 'coventry', languages: ['en'] }), // 20 + 20, before far-english by id
      house({ houseId: 'kurdish-coventry', area: 'coventry', languages: ['ku', 'en'] }), // 40 + 20 + 20
    ]);
    expect(sut.eligible.map((e) => [e.houseId, e.score])).toEqual([
      ['kurdish-coventry', 80],
      ['near-arabic', 70],
      ['shared-arabic', 60],
      ['a-far-english', 40],
      ['far-english', 40],
      ['big-room', 25],
    ]);
  });

  it('gives the same order whatever order the houses come in', () => {
    const houses = [
      house({ houseId: 'c', area: 'coventry' }),
      house({ houseId: 'a', area: 'coventry' }),
      house({ houseId: 'b', area: 'solihull' }),
    ];
    const forward = matchRequest(survivor, houses).eligible.map((e) => e.houseId);
    const backward = matchRequest(survivor, [...houses].reverse()).eligible.map((e) => e.houseId);
    expect(forward).toEqual(['a', 'c', 'b']);
    expect(backward).toEqual(forward);
  });

  it('does not spend a family room on one adult when a small room fits', () => {
    const sut = matchRequest(survivor, [
      house({ rooms: [room('family', 'd1', 's1', 's2', 'c1'), room('single', 's3')] }),
    ]);
    expect(sut.eligible).toMatchObject([{ roomId: 'single', bedIds: ['s3'] }]);
  });

  it('prefers a room to themselves over a smaller shared room', () => {
    const sut = matchRequest(survivor, [
      house({ rooms: [room('shared', 's1', 'xs2'), room('own', 's3', 's4')] }),
    ]);
    expect(sut.eligible).toMatchObject([{ roomId: 'own', bedIds: ['s3'] }]);
  });

  it('counts a waste of free beds only up to its cap', () => {
    const [small, huge] = [
      ['s1', 's2', 's3', 's4'],
      ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'],
    ].map((beds) => matchRequest(survivor, [house({ rooms: [room('r1', ...beds)] })]).eligible[0].score);
    expect(small).toBe(huge);
    expect(small).toBe(2 * RANKING.perHopFromExploitation + RANKING.roomToThemselves - 15);
  });

  it('does not score distance when no area of exploitation is recorded', () => {
    const sut = matchRequest(request({ exploitationArea: undefined, avoidAreas: [] }), [
      house({ houseId: 'near', area: 'birmingham' }),
      house({ houseId: 'far', area: 'coventry' }),
    ]);
    expect(sut.eligible.map((e) => [e.houseId, e.score])).toEqual([
      ['far', 60],
      ['near', 60],
    ]);
    expect(sut.eligible[0].because).toContain(
      'no area of exploitation is recorded, so distance is not scored',
    );
  });

  it('says why a house ranks as it does', () => {
    const sut = matchRequest(survivor, [
      house({ area: 'coventry', languages: ['en', 'ar'], rooms: [room('r1', 's1', 's2', 'xs3')] }),
    ]);
    expect(sut.eligible[0].because).toEqual([
      'staff speak ar',
      'Coventry is 2 areas away from Birmingham, where the survivor was exploited',
      'the room is shared: 1 bed is taken',
      '1 free bed in the room would be left unused',
    ]);
  });

  it('says when no staff member speaks the survivor’s languages', () => {
    const [eligible] = matchRequest(survivor, [house({ area: 'warwickshire', languages: ['en'] })]).eligible;
    expect(eligible.because).toEqual([
      'no staff member speaks ar or ku',
      'Warwickshire is 1 area away from Birmingham, where the survivor was exploited',
      'no one else is in the room',
      'the household uses every free bed in the room',
    ]);
  });
});

describe('matchRequest: the answer as a whole', () => {
  it('keeps excluded houses in the order given and puts each house in exactly one list', () => {
    const sut = matchRequest(request(), [
      house({ houseId: 'z', householdTypes: ['men'] }),
      house({ houseId: 'ok' }),
      house({ houseId: 'a', area: 'birmingham' }),
    ]);
    expect(sut.eligible.map((e) => e.houseId)).toEqual(['ok']);
    expect(sut.excluded.map((e) => e.houseId)).toEqual(['z', 'a']);
  });

  it('answers an empty list of houses with empty lists', () => {
    expect(matchRequest(request(), [])).toEqual({ eligible: [], excluded: [] });
  });
});
