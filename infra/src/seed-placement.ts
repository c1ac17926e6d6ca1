/**
 * A realistic (and wholly fictional) safe-house directory for the West Midlands, created at `npm start`
 * through placement's own HTTP API, as each provider's safe-house staff would: five provider agencies,
 * twelve houses across the region's ten areas, 41 beds (singles, doubles and cots, family rooms), the
 * household types the region's houses take, accessibility features and the languages staff speak.
 *
 * Idempotent across restarts: before adding, it lists the provider's houses (GET /houses as that
 * provider's staff) and skips any house whose name is already there. Addresses are sealed by the service;
 * the streets are invented (no such roads) and the postcodes only have a real postcode's shape.
 */
import { mintTokenFromFile } from '@waypoint/auth';
import type { PlacementApi } from '@waypoint/clients';

type Schemas = PlacementApi.components['schemas'];
/** A house as POST /houses takes it (the type generated from placement's own OpenAPI document). */
export type SeedHouse = Schemas['AddHouseDto'];
type HouseList = Schemas['HouseListResponse'];
type HouseView = Schemas['HouseViewResponse'];

export interface SeedProvider {
  /** The provider's agency id: its safe-house staff carry it in their tokens. */
  agency: string;
  houses: SeedHouse[];
}

const single = (label: string) => ({ label, kind: 'single' as const });
const double = (label: string) => ({ label, kind: 'double' as const });
const cot = (label: string) => ({ label, kind: 'cot' as const });

/**
 * The region. The demo safe-house staff user's agency (apps/gateway/src/seed/seed-demo.ts) is the first
 * provider, so signing in as that user shows houses.
 */
export const PLACEMENT_SEED: readonly SeedProvider[] = [
  {
    agency: 'black-country-survivor-support',
    houses: [
      {
        name: 'Foundry House',
        area: 'dudley',
        householdTypes: ['women'],
        accessibility: ['step-free-access', 'ground-floor-bedroom'],
        languages: ['en', 'ro', 'pl'],
        address: { line1: '7 Lanternwick Row', town: 'Dudley', postcode: 'DY1 9ZQ' },
        rooms: [
          { name: 'Room 1', beds: [single('Bed 1')] },
          { name: 'Room 2', beds: [single('Bed 1')] },
          { name: 'Room 3', beds: [single('Bed 1'), single('Bed 2')] },
        ],
      },
      {
        name: 'Chainmaker Lodge',
        area: 'sandwell',
        householdTypes: ['families', 'pregnant-women-and-new-mothers'],
        accessibility: ['step-free-access'],
        languages: ['en', 'pa', 'ur'],
        address: { line1: '22 Quillfeather Close', town: 'West Bromwich', postcode: 'B70 9ZX' },
        rooms: [
          { name: 'Family room 1', beds: [double('Double'), single('Single'), cot('Cot')] },
          { name: 'Family room 2', beds: [double('Double'), cot('Cot')] },
        ],
      },
      {
        name: 'Canal Side Rooms',
        area: 'wolverhampton',
        householdTypes: ['men'],
        accessibility: [],
        languages: ['en', 'pl', 'lt'],
        address: { line1: '3 Tinderlock Wharf', town: 'Wolverhampton', postcode: 'WV2 9QZ' },
        rooms: [
          { name: 'Room 1', beds: [single('Bed 1'), single('Bed 2')] },
          { name: 'Room 2', beds: [single('Bed 1')] },
        ],
      },
    ],
  },
  {
    agency: 'brindley-womens-refuge',
    houses: [
      {
        name: 'Larkspur House',
        area: 'birmingham',
        householdTypes: ['women'],
        accessibility: ['hearing-loop'],
        languages: ['en', 'sq', 'vi', 'zh'],
        address: { line1: '41 Moonpenny Street', town: 'Birmingham', postcode: 'B12 9ZJ' },
        rooms: [
          { name: 'Room 1', beds: [single('Bed 1')] },
          { name: 'Room 2', beds: [single('Bed 1')] },
          { name: 'Room 3', beds: [single('Bed 1'), single('Bed 2')] },
        ],
      },
      {
        name: 'Cradle Court',
        area: 'birmingham',
        householdTypes: ['pregnant-women-and-new-mothers', 'families'],
        accessibility: ['step-free-access', 'lift'],
        languages: ['en', 'ar', 'ti', 'am'],
        address: { line1: '9 Wrenfeather Lane', line2: 'Flat 2', town: 'Birmingham', postcode: 'B10 9QX' },
        rooms: [
          { name: 'Mother and baby 1', beds: [double('Double'), cot('Cot')] },
          { name: 'Mother and baby 2', beds: [single('Single'), cot('Cot')] },
        ],
      },
      {
        name: 'Elmstead Rooms',
        area: 'solihull',
        householdTypes: ['women'],
        accessibility: ['step-free-access', 'ground-floor-bedroom', 'accessible-bathroom', 'lift'],
        languages: ['en', 'fa', 'ku'],
        address: { line1: '15 Bramblegate Drive', town: 'Solihull', postcode: 'B91 9ZW' },
        rooms: [
          { name: 'Ground floor', beds: [single('Bed 1')] },
          { name: 'First floor', beds: [single('Bed 1'), single('Bed 2')] },
        ],
      },
    ],
  },
  {
    agency: 'arden-sanctuary-trust',
    houses: [
      {
        name: 'Spire View',
        area: 'coventry',
        householdTypes: ['men'],
        accessibility: ['step-free-access'],
        languages: ['en', 'ro', 'bg', 'pl'],
        address: { line1: '60 Copperkettle Road', town: 'Coventry', postcode: 'CV3 9ZT' },
        rooms: [
          { name: 'Room 1', beds: [single('Bed 1'), single('Bed 2')] },
          { name: 'Room 2', beds: [single('Bed 1'), single('Bed 2')] },
        ],
      },
      {
        name: 'Orchard Barn',
        area: 'warwickshire',
        householdTypes: ['families'],
        accessibility: ['step-free-access', 'ground-floor-bedroom', 'accessible-bathroom'],
        languages: ['en', 'ur', 'so'],
        address: { line1: '2 Hollowmere Lane', town: 'Warwick', postcode: 'CV34 9QJ' },
        rooms: [
          { name: 'Family room 1', beds: [double('Double'), single('Single 1'), single('Single 2')] },
          { name: 'Family room 2', beds: [double('Double'), cot('Cot')] },
        ],
      },
    ],
  },
  {
    agency: 'trent-valley-housing-project',
    houses: [
      {
        name: 'Keeper’s Cottage',
        area: 'staffordshire',
        householdTypes: ['men'],
        accessibility: [],
        languages: ['en', 'vi', 'sq'],
        address: { line1: '11 Thistlecombe Way', town: 'Stafford', postcode: 'ST16 9ZN' },
        rooms: [
          { name: 'Room 1', beds: [single('Bed 1')] },
          { name: 'Room 2', beds: [single('Bed 1'), single('Bed 2')] },
        ],
      },
      {
        name: 'Saddlers Yard',
        area: 'walsall',
        householdTypes: ['women'],
        accessibility: ['ground-floor-bedroom'],
        languages: ['en', 'pa', 'pl'],
        address: { line1: '5 Gildenbrook Mews', town: 'Walsall', postcode: 'WS2 9QY' },
        rooms: [
          { name: 'Room 1', beds: [single('Bed 1')] },
          { name: 'Room 2', beds: [double('Bed 1')] },
        ],
      },
    ],
  },
  {
    agency: 'severn-vale-refuge',
    houses: [
      {
        name: 'Willow Reach',
        area: 'west-mercia',
        householdTypes: ['women', 'pregnant-women-and-new-mothers'],
        accessibility: ['step-free-access', 'hearing-loop'],
        languages: ['en', 'ro', 'ti'],
        address: { line1: '8 Kingfisher Hollow', town: 'Worcester', postcode: 'WR5 9ZD' },
        rooms: [
          { name: 'Room 1', beds: [single('Bed 1')] },
          { name: 'Room 2', beds: [double('Bed 1')] },
        ],
      },
      {
        name: 'Marcher House',
        area: 'west-mercia',
        householdTypes: ['families'],
        accessibility: ['step-free-access', 'ground-floor-bedroom'],
        languages: ['en', 'ar', 'ku'],
        address: { line1: '27 Drovers Lantern Street', town: 'Shrewsbury', postcode: 'SY1 9QW' },
        rooms: [{ name: 'Family room', beds: [double('Double'), cot('Cot')] }],
      },
    ],
  },
];

export interface PlacementSeedResult {
  providers: number;
  houses: number;
  beds: number;
  /** Houses this run added (the rest were there already). */
  added: number;
}

export interface SeedPlacementOptions {
  /** Placement's base URL, e.g. http://127.0.0.1:3104. */
  placementUrl: string;
  /** The gateway's token-signing key: the seed mints a safe-house-staff token per provider with it. */
  privateKeyPath: string;
  /** Rename a provider's agency (tests seed under unique agencies); the identity by default. */
  agencyOf?: (agency: string) => string;
  providers?: readonly SeedProvider[];
}

async function call<T>(method: 'GET' | 'POST', url: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`placement seed: ${method} ${url} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Adds each provider's houses that are not there yet; counts what the seeded providers then have of the seed. */
export async function seedPlacement(options: SeedPlacementOptions): Promise<PlacementSeedResult> {
  const providers = options.providers ?? PLACEMENT_SEED;
  const agencyOf = options.agencyOf ?? ((agency: string) => agency);
  const result: PlacementSeedResult = { providers: 0, houses: 0, beds: 0, added: 0 };
  for (const provider of providers) {
    const agency = agencyOf(provider.agency);
    const token = await mintTokenFromFile(options.privateKeyPath, {
      subject: `placement-seed-${agency}`,
      role: 'safe-house-staff',
      agency,
    });
    const housesUrl = `${options.placementUrl}/houses`;
    const existing = await call<HouseList>('GET', housesUrl, token);
    const byName = new Map(existing.houses.map((house) => [house.name, house]));
    for (const house of provider.houses) {
      let present = byName.get(house.name);
      if (!present) {
        present = await call<HouseView>('POST', housesUrl, token, house);
        result.added++;
      }
      result.houses++;
      result.beds += present.rooms.reduce((sum, room) => sum + room.beds.length, 0);
    }
    result.providers++;
  }
  return result;
}

export function describePlacementSeed(result: PlacementSeedResult): string {
  const added = result.added > 0 ? ` (${result.added} added now)` : '';
  return `placement: ${result.houses} houses, ${result.beds} beds across ${result.providers} providers${added}`;
}
