import { randomBytes, randomUUID } from 'node:crypto';
import type { Principal } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import { ScheduledEventRunner } from '@waypoint/messaging';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../../../../test/support/test-environment';
import { placementDataSourceOptions } from '../database';
import { DirectoryRepository } from '../directory/directory.repository';
import { DirectoryService } from '../directory/directory.service';
import { JourneyKnowledgeRepository } from '../journeys/journey-knowledge.repository';
import { PlacementEnvironment } from '../placement-environment';
import { RequestsRepository } from '../requests/requests.repository';
import { RequestsService } from '../requests/requests.service';
import { PlacementSealing } from '../sealing/placement-sealing';
import { releaseExpiredHolds } from './hold-expiry';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';

// Real Postgres (placement's own database, migrated by global setup) and the service's own classes;
// time for the timer runners is injected, everything else is what the service runs. Two DataSources
// with a runner each are two placement instances.

const PROVIDER = `hold-expiry-provider-${randomUUID().slice(0, 8)}`;
const REFERRER = `hold-expiry-police-${randomUUID().slice(0, 8)}`;
const provider: Principal = { subject: 'staff-1', role: 'safe-house-staff', agency: PROVIDER };
const firstResponder: Principal = { subject: 'officer-1', role: 'first-responder', agency: REFERRER };
const coordinator: Principal = {
  subject: 'coordinator-1',
  role: 'placement-coordinator',
  agency: 'referral-line',
};
const origin = { service: 'it', correlationId: randomUUID() };

let dataSource: DataSource;
let secondDataSource: DataSource;
let directory: DirectoryService;
let requests: RequestsService;
let offers: OffersService;
const journeys: string[] = [];
const houses: string[] = [];

function servicesOver(source: DataSource) {
  const env = Object.assign(new PlacementEnvironment(), { PLACEMENT_HOLD_MINUTES: 120 });
  const directoryRepository = new DirectoryRepository(source);
  const knowledge = new JourneyKnowledgeRepository(source);
  const offersRepository = new OffersRepository(source);
  const requestsRepository = new RequestsRepository(source);
  const sealing = new PlacementSealing(randomBytes(32));
  const offersService = new OffersService(
    source,
    offersRepository,
    requestsRepository,
    directoryRepository,
    knowledge,
    env,
  );
  return {
    knowledge,
    directory: new DirectoryService(source, directoryRepository, sealing),
    offers: offersService,
    requests: new RequestsService(
      source,
      requestsRepository,
      offersRepository,
      offersService,
      directoryRepository,
      knowledge,
      sealing,
    ),
  };
}

let knowledge: JourneyKnowledgeRepository;

beforeAll(async () => {
  dataSource = new DataSource(placementDataSourceOptions(testDatabaseUrl('placement'), 4));
  secondDataSource = new DataSource(placementDataSourceOptions(testDatabaseUrl('placement'), 4));
  await Promise.all([dataSource.initialize(), secondDataSource.initialize()]);
  ({ directory, requests, offers, knowledge } = servicesOver(dataSource));
});

afterAll(async () => {
  // Nothing of this file may reach Kafka or fire later, should a service run on this database.
  await dataSource.query('DELETE FROM outbox_message WHERE message_key = ANY($1::text[])', [
    [...journeys, ...houses],
  ]);
  await dataSource.query('DELETE FROM scheduled_event WHERE journey_id = ANY($1::uuid[])', [journeys]);
  await Promise.all([dataSource.destroy(), secondDataSource.destroy()]);
});

const runnerAt = (instant: Date, source: DataSource): ScheduledEventRunner =>
  new ScheduledEventRunner({
    service: 'it',
    dataSource: source,
    now: () => instant,
    effects: releaseExpiredHolds,
  });

async function oneBedHouse(): Promise<{ houseId: string; bedId: string }> {
  const house = await directory.addHouse(
    {
      name: `Hold House ${randomUUID().slice(0, 8)}`,
      area: 'coventry',
      householdTypes: ['women'],
      accessibility: [],
      languages: ['en'],
      address: { line1: '1 Hold Street', town: 'Coventry', postcode: 'CV1 1AA' },
      rooms: [{ name: 'Room 1', beds: [{ label: 'Bed 1', kind: 'single' }] }],
    },
    provider,
    origin,
  );
  houses.push(house.houseId);
  return { houseId: house.houseId, bedId: house.rooms[0].beds[0].bedId };
}

async function waitingRequest(): Promise<string> {
  const journeyId = randomUUID();
  journeys.push(journeyId);
  await dataSource.transaction((manager) => knowledge.involve(manager, journeyId, REFERRER, new Date()));
  const request = await requests.request(
    {
      journeyId,
      kind: 'safe-house',
      urgency: 'urgent',
      householdType: 'women',
      dependants: [],
      accessibilityNeeds: [],
      languages: [],
      pregnant: false,
      avoidAreas: ['birmingham'],
      neededFrom: londonDateOf(new Date()),
    },
    firstResponder,
    origin,
  );
  return request.requestId;
}

async function expiredEventsOf(offerId: string): Promise<number> {
  const rows = await dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM outbox_message
     WHERE event_type = 'waypoint.placement.placement-offer-expired.v1' AND payload::jsonb -> 'data' ->> 'offerId' = $1`,
    [offerId],
  );
  return rows[0].count;
}

async function capacityOf(houseId: string): Promise<{ free: number; held: number }[]> {
  const rows = await dataSource.query<{ payload: string }[]>(
    `SELECT payload FROM outbox_message WHERE event_type = 'waypoint.placement.house-capacity-changed.v1'
     AND message_key = $1 ORDER BY id`,
    [houseId],
  );
  return rows.map((row) => {
    const { data } = JSON.parse(row.payload) as { data: { free: number; held: number } };
    return { free: data.free, held: data.held };
  });
}

async function openAllocations(bedId: string): Promise<number> {
  const rows = await dataSource.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM bed_allocation WHERE bed_id = $1 AND released_at IS NULL',
    [bedId],
  );
  return rows[0].count;
}

describe('a hold on an offered bed (durable timer, two placement instances)', () => {
  it('expires exactly once when both instances fire at the same moment, and the bed is offered again', async () => {
    const { houseId, bedId } = await oneBedHouse();
    const requestId = await waitingRequest();
    const offer = await offers.offer(requestId, { houseId }, coordinator, origin);
    expect(offer.status).toBe('held');
    expect(await openAllocations(bedId)).toBe(1);

    // (Judged by this offer alone: a runner fires whatever else on this test database is due too.)
    const before = new Date(new Date(offer.holdExpiresAt).getTime() - 1);
    await runnerAt(before, dataSource).fireDue();
    expect(await expiredEventsOf(offer.offerId)).toBe(0);
    expect((await offers.view(offer.offerId, coordinator)).status).toBe('held');

    const after = new Date(new Date(offer.holdExpiresAt).getTime() + 1_000);
    await Promise.all([runnerAt(after, dataSource).fireDue(), runnerAt(after, secondDataSource).fireDue()]);
    await runnerAt(new Date(after.getTime() + 60_000), secondDataSource).fireDue();

    expect(await expiredEventsOf(offer.offerId)).toBe(1);
    // The house announced its counts at each change: added (free), offered (held), expired (free again).
    expect(await capacityOf(houseId)).toEqual([
      { free: 1, held: 0 },
      { free: 0, held: 1 },
      { free: 1, held: 0 },
    ]);
    expect((await offers.view(offer.offerId, coordinator)).status).toBe('expired');
    expect(await openAllocations(bedId)).toBe(0);
    expect((await requests.detail(requestId, coordinator)).status).toBe('waiting');

    const again = await offers.offer(requestId, { houseId }, coordinator, origin);
    expect(again.status).toBe('held');
    expect(again.beds.map((bed) => bed.bedId)).toEqual([bedId]);
  });

  it('never both expires and is accepted: an answer cancels the timer, and an expired hold cannot be accepted', async () => {
    const { houseId } = await oneBedHouse();
    const accepted = await offers.offer(await waitingRequest(), { houseId }, coordinator, origin);
    await offers.accept(accepted.offerId, provider, origin);
    const later = new Date(new Date(accepted.holdExpiresAt).getTime() + 1_000);
    await runnerAt(later, dataSource).fireDue();
    expect(await expiredEventsOf(accepted.offerId)).toBe(0);
    expect((await offers.view(accepted.offerId, provider)).status).toBe('accepted');

    const second = await oneBedHouse();
    const expired = await offers.offer(
      await waitingRequest(),
      { houseId: second.houseId },
      coordinator,
      origin,
    );
    await runnerAt(new Date(new Date(expired.holdExpiresAt).getTime() + 1_000), secondDataSource).fireDue();
    await expect(offers.accept(expired.offerId, provider, origin)).rejects.toMatchObject({
      response: { statusCode: 409, currentStatus: 'expired' },
    });
    expect(await expiredEventsOf(expired.offerId)).toBe(1);
  });

  it('races an answer against the firing without a deadlock, and exactly one of them wins', async () => {
    for (let round = 0; round < 5; round++) {
      const { houseId } = await oneBedHouse();
      const offer = await offers.offer(await waitingRequest(), { houseId }, coordinator, origin);
      // The answer is judged against the real clock, so the hold is moved to have just ended for the runner
      // while the answer still sees it running.
      const at = new Date(new Date(offer.holdExpiresAt).getTime() + 1);
      const [answer] = await Promise.allSettled([
        offers.decline(offer.offerId, { reason: 'staffing' }, provider, origin),
        runnerAt(at, secondDataSource).fireDue(),
      ]);
      const status = (await offers.view(offer.offerId, coordinator)).status;
      const expiredEvents = await expiredEventsOf(offer.offerId);
      if (answer.status === 'fulfilled') {
        expect({ status, expiredEvents }).toEqual({ status: 'declined', expiredEvents: 0 });
      } else {
        expect({ status, expiredEvents }).toEqual({ status: 'expired', expiredEvents: 1 });
      }
    }
  });
});
