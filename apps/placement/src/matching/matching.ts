import type { Area } from '@waypoint/contracts';
import { AREA_NAMES, hopsBetween } from './region';

/**
 * Safe-house matching: which houses can take a household now, the room and beds each would use, and
 * the order a coordinator sees them in. A pure function of the request and the houses as they are;
 * whether a bed is free for the dates needed is decided before this runs (`MatchBed.free`).
 *
 * HARD CONSTRAINTS. A house breaking any of them is excluded, with every one it breaks listed, so a
 * coordinator never has to guess why a house with empty beds was not offered:
 *
 * 1. Household type and pregnancy (`houseTypesFor`). The survivor's sex is the request's household
 *    type: 'men' is a man; 'women' and 'pregnant-women-and-new-mothers' a woman; 'families' does not
 *    say, unless the survivor is pregnant. Then:
 *    - with children (any dependants): a house serving 'families'; a woman who is pregnant or has a
 *      baby under 1 may also go to one serving 'pregnant-women-and-new-mothers';
 *    - alone: a house serving the request's own type; a woman also to one serving 'women'; a pregnant
 *      survivor also to one serving 'pregnant-women-and-new-mothers';
 *    - a man's household that is pregnant contradicts itself: no house type fits, every house is
 *      excluded, and the coordinator corrects the request rather than the rule guessing.
 *    A house refused on type is excluded for 'pregnancy' when the pregnancy decides it (the house would
 *    suit the same household with the pregnancy flag the other way), otherwise for 'household-type'.
 * 2. Accessibility: every need is among the house's features ('accessibility').
 * 3. Area: the house is not in an area to avoid; the area of exploitation is avoided even if a request
 *    forgot to list it ('avoided-area').
 * 4. Beds: the whole household sleeps in ONE room, in free beds only. The survivor takes a single or a
 *    double; one child under 12 may share the survivor's double; a cot takes one child under 2; every
 *    other child has a single or double of their own. A house with no free bed at all is excluded for
 *    'no-free-bed'; one with free beds but no room that takes the household for 'household-does-not-fit'.
 *
 * BEDS CHOSEN. In each room, the fewest beds that fit: the survivor shares a double with a child when
 * the room has a double and a child is under 12 (a child of 2 or over by preference, so a baby keeps a
 * cot); babies take cots before adult beds; singles are used before doubles, leaving the more flexible
 * beds free. The house is offered with its best room, by the room part of the score below.
 *
 * RANKING (higher score first; equal scores by houseId, so the order never depends on input order):
 * - language: +40 when staff speak any of the survivor's languages (ISO 639-1, case ignored);
 * - distance: +10 per border crossed from the area of exploitation, counted up to 3 (no area given:
 *   0 for every house);
 * - privacy: +20 when no one else is in the room (all its other beds are free);
 * - waste: −5 per free bed of the room left unused, counted up to 3, so a family room is not spent on
 *   one adult when a smaller room fits.
 * Language outweighs the whole range of any one other factor (distance 0 to 30, privacy 0 or 20, waste
 * 0 to −15); privacy outweighs waste; two more borders of distance outweigh privacy. `because` states
 * each fact.
 *
 * COST. O(houses × rooms × beds): a room's free beds are counted once and the fit is worked out from the
 * counts; bed ids are picked only for the one room offered.
 */

// Who a house is for, as events name it too.
export { HOUSEHOLD_TYPES, type HouseholdType } from '@waypoint/contracts';
import { HOUSEHOLD_TYPES, type HouseholdType } from '@waypoint/contracts';

export const BED_KINDS = ['single', 'double', 'cot'] as const;
export type BedKind = (typeof BED_KINDS)[number];

export const ACCESSIBILITY_FEATURES = [
  'step-free-access',
  'ground-floor-bedroom',
  'accessible-bathroom',
  'lift',
  'hearing-loop',
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export interface MatchBed {
  readonly bedId: string;
  readonly kind: BedKind;
  /** Free for the dates needed (no hold, stay or out-of-service period over them). */
  readonly free: boolean;
}

export interface MatchRoom {
  readonly roomId: string;
  readonly beds: readonly MatchBed[];
}

export interface MatchHouse {
  readonly houseId: string;
  readonly providerId: string;
  readonly name: string;
  readonly householdTypes: readonly HouseholdType[];
  readonly area: Area;
  readonly accessibility: readonly AccessibilityFeature[];
  /** ISO 639-1 codes of the languages staff speak. */
  readonly languages: readonly string[];
  readonly rooms: readonly MatchRoom[];
}

export interface MatchRequest {
  readonly requestId: string;
  readonly householdType: HouseholdType;
  /** The children coming with the survivor; age in years. */
  readonly dependants: readonly { readonly age: number }[];
  readonly accessibilityNeeds: readonly AccessibilityFeature[];
  /** ISO 639-1 codes of the languages the survivor speaks. */
  readonly languages: readonly string[];
  readonly pregnant: boolean;
  /** Always includes the area of exploitation. */
  readonly avoidAreas: readonly Area[];
  /** Where the survivor was exploited: ranks houses by distance from it. */
  readonly exploitationArea?: Area;
}

export type ExclusionReason =
  | 'household-type'
  | 'pregnancy'
  | 'accessibility'
  | 'avoided-area'
  | 'household-does-not-fit'
  | 'no-free-bed';

export interface Exclusion {
  readonly reason: ExclusionReason;
  /** Plain English for a coordinator. */
  readonly detail: string;
}

export interface EligibleHouse {
  readonly houseId: string;
  readonly roomId: string;
  /** The survivor's bed first, then cots, then the children's own beds. */
  readonly bedIds: readonly string[];
  readonly score: number;
  /** The ranking facts, in plain English. */
  readonly because: readonly string[];
}

export interface ExcludedHouse {
  readonly houseId: string;
  readonly reasons: readonly Exclusion[];
}

export interface MatchResult {
  /** Best first. */
  readonly eligible: readonly EligibleHouse[];
  /** In the order the houses were given. */
  readonly excluded: readonly ExcludedHouse[];
}

export const RANKING = {
  languageSpoken: 40,
  perHopFromExploitation: 10,
  hopsCountedUpTo: 3,
  roomToThemselves: 20,
  perUnusedFreeBed: -5,
  unusedFreeBedsCountedUpTo: 3,
} as const;

const PREGNANT_AND_NEW_MOTHERS: HouseholdType = 'pregnant-women-and-new-mothers';

/** The house types that may take this household (rule 1 above); empty when the request contradicts itself. */
export function houseTypesFor(
  request: Pick<MatchRequest, 'householdType' | 'dependants' | 'pregnant'>,
): readonly HouseholdType[] {
  const { householdType, dependants, pregnant } = request;
  if (pregnant && householdType === 'men') return [];
  const woman = householdType === 'women' || householdType === PREGNANT_AND_NEW_MOTHERS || pregnant;
  if (dependants.length > 0) {
    const newMother = woman && (pregnant || dependants.some((child) => child.age < 1));
    return newMother ? ['families', PREGNANT_AND_NEW_MOTHERS] : ['families'];
  }
  return HOUSEHOLD_TYPES.filter(
    (type) =>
      type === householdType ||
      (type === 'women' && woman) ||
      (type === PREGNANT_AND_NEW_MOTHERS && pregnant),
  );
}

// --- the household, worked out once per request ------------------------------------------------------------

interface Household {
  readonly children: number;
  /** Children under 2: each may take a cot. */
  readonly babies: number;
  /** A child under 12 may share the survivor's double. */
  readonly canShare: boolean;
  /** The child who shares is a baby (no child aged 2 to 11), so one fewer baby is left for a cot. */
  readonly sharerIsBaby: boolean;
  readonly description: string;
}

function householdOf(request: MatchRequest): Household {
  let babies = 0;
  let underTwelveNotBaby = 0;
  for (const { age } of request.dependants) {
    if (age < 2) babies++;
    else if (age < 12) underTwelveNotBaby++;
  }
  const children = request.dependants.length;
  const ages = request.dependants.map((child) => child.age).sort((a, b) => a - b);
  return {
    children,
    babies,
    canShare: babies + underTwelveNotBaby > 0,
    sharerIsBaby: underTwelveNotBaby === 0,
    description:
      children === 0
        ? 'the survivor'
        : `the survivor and ${plural(children, 'child', 'children')} (aged ${listed(ages.map(String))})`,
  };
}

/** How a household would sleep in a room with these free beds: counts only, no bed ids yet. */
interface BedPlan {
  readonly survivorShares: boolean;
  readonly cots: number;
  /** Single or double beds of the children's own (the survivor's bed not counted). */
  readonly ownBeds: number;
  readonly beds: number;
}

function planFor(household: Household, singles: number, doubles: number, cots: number): BedPlan | undefined {
  const { children, babies } = household;
  if (household.canShare && doubles > 0) {
    const cotsUsed = Math.min(cots, household.sharerIsBaby ? babies - 1 : babies);
    const ownBeds = children - 1 - cotsUsed;
    if (ownBeds <= singles + doubles - 1) {
      return { survivorShares: true, cots: cotsUsed, ownBeds, beds: 1 + cotsUsed + ownBeds };
    }
    // Sharing needs no more adult beds than not sharing, so if it does not fit, nothing does.
    return undefined;
  }
  const cotsUsed = Math.min(cots, babies);
  const ownBeds = children - cotsUsed;
  if (1 + ownBeds > singles + doubles) return undefined;
  return { survivorShares: false, cots: cotsUsed, ownBeds, beds: 1 + cotsUsed + ownBeds };
}

/** The bed ids for a plan: first free beds of each kind in room order, singles before doubles. */
function bedIdsFor(room: MatchRoom, plan: BedPlan): string[] {
  const singles: string[] = [];
  const doubles: string[] = [];
  const cots: string[] = [];
  for (const bed of room.beds) {
    if (!bed.free) continue;
    if (bed.kind === 'single') singles.push(bed.bedId);
    else if (bed.kind === 'double') doubles.push(bed.bedId);
    else cots.push(bed.bedId);
  }
  const survivorBed = plan.survivorShares ? doubles.shift() : (singles.shift() ?? doubles.shift());
  const adultBeds = [...singles, ...doubles];
  return [survivorBed!, ...cots.slice(0, plan.cots), ...adultBeds.slice(0, plan.ownBeds)];
}

interface RoomChoice {
  readonly room: MatchRoom;
  readonly plan: BedPlan;
  readonly occupied: number;
  readonly unused: number;
  readonly score: number;
}

function roomScore(occupied: number, unused: number): number {
  return (
    (occupied === 0 ? RANKING.roomToThemselves : 0) +
    RANKING.perUnusedFreeBed * Math.min(unused, RANKING.unusedFreeBedsCountedUpTo)
  );
}

/** Better room first: higher room score, then fewer beds, then roomId. */
function betterRoom(a: RoomChoice, b: RoomChoice): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.plan.beds !== b.plan.beds) return a.plan.beds < b.plan.beds;
  return a.room.roomId < b.room.roomId;
}

interface BedsVerdict {
  readonly freeBeds: number;
  readonly best?: RoomChoice;
}

function bestRoomOf(house: MatchHouse, household: Household): BedsVerdict {
  let freeBeds = 0;
  let best: RoomChoice | undefined;
  for (const room of house.rooms) {
    let singles = 0;
    let doubles = 0;
    let cots = 0;
    let occupied = 0;
    for (const bed of room.beds) {
      if (!bed.free) occupied++;
      else if (bed.kind === 'single') singles++;
      else if (bed.kind === 'double') doubles++;
      else cots++;
    }
    const free = singles + doubles + cots;
    freeBeds += free;
    const plan = planFor(household, singles, doubles, cots);
    if (plan === undefined) continue;
    const unused = free - plan.beds;
    const choice: RoomChoice = { room, plan, occupied, unused, score: roomScore(occupied, unused) };
    if (best === undefined || betterRoom(choice, best)) best = choice;
  }
  return { freeBeds, best };
}

// --- matching ---------------------------------------------------------------------------------------------------

export function matchRequest(request: MatchRequest, houses: readonly MatchHouse[]): MatchResult {
  const household = householdOf(request);
  const allowedTypes = houseTypesFor(request);
  const typesIfPregnancyFlipped = houseTypesFor({ ...request, pregnant: !request.pregnant });
  const avoid = new Set<Area>(request.avoidAreas);
  if (request.exploitationArea !== undefined) avoid.add(request.exploitationArea);
  const languages = request.languages.map((code) => code.toLowerCase());

  const eligible: EligibleHouse[] = [];
  const excluded: ExcludedHouse[] = [];
  for (const house of houses) {
    const reasons: Exclusion[] = [];

    if (!house.householdTypes.some((type) => allowedTypes.includes(type))) {
      const pregnancyDecides = house.householdTypes.some((type) => typesIfPregnancyFlipped.includes(type));
      reasons.push({
        reason: pregnancyDecides ? 'pregnancy' : 'household-type',
        detail: householdTypeDetail(house, request, allowedTypes),
      });
    }

    const missing = request.accessibilityNeeds.filter((need) => !house.accessibility.includes(need));
    if (missing.length > 0) {
      reasons.push({
        reason: 'accessibility',
        detail: `${house.name} lacks ${listed(missing.map((need) => FEATURE_LABELS[need]))}`,
      });
    }

    if (avoid.has(house.area)) {
      reasons.push({
        reason: 'avoided-area',
        detail:
          house.area === request.exploitationArea
            ? `${house.name} is in ${AREA_NAMES[house.area]}, where the survivor was exploited`
            : `${house.name} is in ${AREA_NAMES[house.area]}, an area the survivor must keep away from`,
      });
    }

    const beds = bestRoomOf(house, household);
    if (beds.freeBeds === 0) {
      reasons.push({ reason: 'no-free-bed', detail: `${house.name} has no free bed for the dates needed` });
    } else if (beds.best === undefined) {
      reasons.push({
        reason: 'household-does-not-fit',
        detail: `${house.name} has ${plural(beds.freeBeds, 'free bed', 'free beds')}, but no one room takes ${household.description}`,
      });
    }

    if (reasons.length > 0 || beds.best === undefined) {
      excluded.push({ houseId: house.houseId, reasons });
      continue;
    }
    eligible.push(ranked(house, request, languages, beds.best));
  }

  eligible.sort((a, b) => b.score - a.score || (a.houseId < b.houseId ? -1 : a.houseId > b.houseId ? 1 : 0));
  return { eligible, excluded };
}

function ranked(
  house: MatchHouse,
  request: MatchRequest,
  languages: readonly string[],
  choice: RoomChoice,
): EligibleHouse {
  const because: string[] = [];
  let score = choice.score;

  const spoken = languages.filter((code) => house.languages.some((staff) => staff.toLowerCase() === code));
  if (spoken.length > 0) {
    score += RANKING.languageSpoken;
    because.push(`staff speak ${listed(spoken)}`);
  } else if (languages.length > 0) {
    because.push(`no staff member speaks ${listed(languages, 'or')}`);
  } else {
    because.push('no language is recorded for the survivor');
  }

  if (request.exploitationArea === undefined) {
    because.push('no area of exploitation is recorded, so distance is not scored');
  } else {
    const hops = hopsBetween(request.exploitationArea, house.area);
    score += RANKING.perHopFromExploitation * Math.min(hops, RANKING.hopsCountedUpTo);
    because.push(
      `${AREA_NAMES[house.area]} is ${plural(hops, 'area', 'areas')} away from ${AREA_NAMES[request.exploitationArea]}, where the survivor was exploited` +
        (hops > RANKING.hopsCountedUpTo ? ` (distance counts up to ${RANKING.hopsCountedUpTo})` : ''),
    );
  }

  const { roomId } = choice.room;
  because.push(
    choice.occupied === 0
      ? 'no one else is in the room'
      : `the room is shared: ${plural(choice.occupied, 'bed is', 'beds are')} taken`,
  );
  because.push(
    choice.unused === 0
      ? 'the household uses every free bed in the room'
      : `${plural(choice.unused, 'free bed', 'free beds')} in the room would be left unused`,
  );

  return { houseId: house.houseId, roomId, bedIds: bedIdsFor(choice.room, choice.plan), score, because };
}

// --- plain English -------------------------------------------------------------------------------------------

const HOUSEHOLD_TYPE_LABELS: Record<HouseholdType, string> = {
  women: 'women',
  men: 'men',
  families: 'families',
  'pregnant-women-and-new-mothers': 'pregnant women and new mothers',
};

const FEATURE_LABELS: Record<AccessibilityFeature, string> = {
  'step-free-access': 'step-free access',
  'ground-floor-bedroom': 'a ground-floor bedroom',
  'accessible-bathroom': 'an accessible bathroom',
  lift: 'a lift',
  'hearing-loop': 'a hearing loop',
};

function householdTypeDetail(
  house: MatchHouse,
  request: MatchRequest,
  allowed: readonly HouseholdType[],
): string {
  const serves =
    house.householdTypes.length === 0
      ? `${house.name} serves no household type`
      : `${house.name} serves ${listed(house.householdTypes.map((type) => HOUSEHOLD_TYPE_LABELS[type]))}`;
  if (allowed.length === 0) {
    return `${serves}; the request is for a man's household and says the survivor is pregnant, which no house type serves: correct the request`;
  }
  const who =
    request.householdType === 'men'
      ? 'a man'
      : request.householdType === 'families' && !request.pregnant
        ? 'a survivor'
        : 'a woman';
  const children =
    request.dependants.length === 0
      ? 'alone'
      : `with ${plural(request.dependants.length, 'child', 'children')}`;
  const pregnancy = request.pregnant ? 'pregnant' : 'not pregnant';
  const needs = listed(
    allowed.map((type) => HOUSEHOLD_TYPE_LABELS[type]),
    'or',
  );
  return `${serves}; ${who} ${children}, ${pregnancy}, needs a house serving ${needs}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function listed(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
