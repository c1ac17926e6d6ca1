/**
 * The safe-house directory `npm start` seeds (infra/src/seed-placement.ts), on the running mesh: what
 * it creates through placement's API, and that running it again (a restart) adds nothing. Seeded under
 * unique agencies, so the test's counts are the seed's own whatever else the test databases hold.
 */
import { randomUUID } from 'node:crypto';
import { PLACEMENT_SEED, describePlacementSeed, seedPlacement } from '../../infra/src/seed-placement';
import { testInfrastructure } from '../support/test-environment';
import { bearer, countRows, http, urlsOf, useExclusiveMesh, type HouseList } from './support/e2e';

const mesh = useExclusiveMesh();
const suffix = randomUUID().slice(0, 8);
const agencyOf = (agency: string): string => `${agency}-${suffix}`;
const seededAgencies = PLACEMENT_SEED.map((provider) => agencyOf(provider.agency));

const seedOnce = () =>
  seedPlacement({
    placementUrl: urlsOf(mesh()).placement,
    privateKeyPath: testInfrastructure().keys.privateKeyPath,
    agencyOf,
  });

it('creates the region once (12 houses, 41 beds, 5 providers) and adds nothing when run again', async () => {
  const first = await seedOnce();
  expect(first).toEqual({ providers: 5, houses: 12, beds: 41, added: 12 });
  expect(describePlacementSeed(first)).toBe(
    'placement: 12 houses, 41 beds across 5 providers (12 added now)',
  );

  const second = await seedOnce();
  expect(second).toEqual({ providers: 5, houses: 12, beds: 41, added: 0 });
  expect(describePlacementSeed(second)).toBe('placement: 12 houses, 41 beds across 5 providers');

  // In the database: each house and bed once.
  expect(await countRows('placement', 'house', 'provider_agency = ANY($1)', [seededAgencies])).toBe(12);
  expect(
    await countRows(
      'placement',
      'bed b JOIN house h ON h.house_id = b.house_id',
      'h.provider_agency = ANY($1)',
      [seededAgencies],
    ),
  ).toBe(41);
});

it('gives the demo safe-house staff agency houses, every bed free, across the whole region', async () => {
  const staff = await bearer('safe-house-staff', agencyOf('black-country-survivor-support'));
  const own = await http<HouseList>('GET', `${urlsOf(mesh()).placement}/houses`, { token: staff });
  expect(own.status).toBe(200);
  expect(own.body.houses.map((house) => house.name).sort()).toEqual([
    'Canal Side Rooms',
    'Chainmaker Lodge',
    'Foundry House',
  ]);
  expect(own.body.bedCounts).toEqual({ free: 12, held: 0, occupied: 0, 'out-of-service': 0 });

  const seeded = PLACEMENT_SEED.flatMap((provider) => provider.houses);
  expect(new Set(seeded.map((house) => house.area)).size).toBe(10);
  expect(new Set(seeded.flatMap((house) => house.householdTypes))).toEqual(
    new Set(['women', 'men', 'families', 'pregnant-women-and-new-mothers']),
  );
  const kinds = seeded.flatMap((house) => house.rooms.flatMap((room) => room.beds.map((bed) => bed.kind)));
  expect(new Set(kinds)).toEqual(new Set(['single', 'double', 'cot']));
});
