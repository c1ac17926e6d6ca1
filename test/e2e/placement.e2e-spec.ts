/**
 * Safe-house placement on the running mesh (real Kafka, real Postgres): the directory with its sealed
 * addresses, a request raised by an involved agency, matching, offers held in the database so a bed
 * can never be booked twice, the provider's answer, the stay, and what the journey and the topic
 * show of it (docs/domain.md, "Safe houses and placement").
 */
import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ROLES, type Role } from '@waypoint/auth';
import { addCalendarDays, londonDateOf, parseLocalDate } from '@waypoint/calendar';
import { TOPICS } from '@waypoint/contracts';
import { eventually } from '../support/mesh';
import {
  bearer,
  countRows,
  http,
  identificationOf,
  readTopicsFromBeginning,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  withDatabase,
  type ErrorBody,
  type HouseAddress,
  type HouseView,
  type IdentificationRecorded,
  type JourneyEventType,
  type JourneyView,
  type NrmCaseCommandAnswer,
  type PlacementConflict,
  type PlacementMatches,
  type PlacementOffer,
  type PlacementRequestDetail,
  type PlacementRequestQueue,
  type PersonalDetailsForProvider,
  type ReferralView,
} from './support/e2e';

const mesh = useExclusiveMesh();
const police = uniqueAgency('placement-police');
const provider = uniqueAgency('rowan-trust');
const otherProvider = uniqueAgency('elm-housing');
const COORDINATORS = 'msvcc-referral-line';
const RISK_NOTE = `Known associate watches the Digbeth coach station ${randomUUID().slice(0, 8)}`;
const SEALED_STREET = `${randomUUID().slice(0, 6)} Sealed Lane`;

let officer: string;
let providerStaff: string;
let otherProviderStaff: string;
let coordinator: string;

const placement = (path: string): string => `${urlsOf(mesh()).placement}${path}`;

beforeAll(async () => {
  officer = await bearer('first-responder', police);
  providerStaff = await bearer('safe-house-staff', provider);
  otherProviderStaff = await bearer('safe-house-staff', otherProvider);
  coordinator = await bearer('placement-coordinator', COORDINATORS);
});

interface HouseShape {
  area?: string;
  householdTypes?: string[];
  beds?: { label: string; kind: 'single' | 'double' | 'cot' }[];
  token?: string;
  street?: string;
}

async function addHouse(shape: HouseShape = {}): Promise<HouseView> {
  const answer = await http<HouseView>('POST', placement('/houses'), {
    token: shape.token ?? providerStaff,
    body: {
      name: `House ${randomUUID().slice(0, 8)}`,
      area: shape.area ?? 'solihull',
      householdTypes: shape.householdTypes ?? ['women'],
      accessibility: ['step-free-access'],
      languages: ['en', 'sq'],
      address: { line1: shape.street ?? SEALED_STREET, town: 'Solihull', postcode: 'B91 3QB' },
      rooms: [{ name: 'Room 1', beds: shape.beds ?? [{ label: 'Bed 1', kind: 'single' }] }],
    },
  });
  expect(answer.status).toBe(201);
  return answer.body;
}

async function identify(): Promise<string> {
  const answer = await http<IdentificationRecorded>(
    'POST',
    `${urlsOf(mesh()).identification}/identifications`,
    {
      token: officer,
      body: identificationOf({ area: 'birmingham', personalDetails: { fullName: 'Placement Person' } }),
    },
  );
  expect(answer.status).toBe(201);
  return answer.body.journeyId;
}

function requestBody(journeyId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    journeyId,
    kind: 'safe-house',
    urgency: 'urgent',
    householdType: 'women',
    dependants: [],
    accessibilityNeeds: [],
    languages: ['sq'],
    pregnant: false,
    avoidAreas: [],
    neededFrom: londonDateOf(new Date()),
    ...overrides,
  };
}

/** Placement learns of the journey from identification's event: until then it answers 404, and writes nothing. */
async function requestPlace(
  journeyId: string,
  overrides: Record<string, unknown> = {},
): Promise<PlacementRequestDetail> {
  return eventually(
    async () => {
      const answer = await http<PlacementRequestDetail>('POST', placement('/placement-requests'), {
        token: officer,
        body: requestBody(journeyId, overrides),
      });
      if (answer.status === 404) return undefined;
      expect(answer.status).toBe(201);
      return answer.body;
    },
    { what: `a placement request for ${journeyId}` },
  );
}

async function journeyShowing(journeyId: string, types: JourneyEventType[]): Promise<JourneyView> {
  return eventually(
    async () => {
      const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, {
        token: officer,
      });
      if (answer.status !== 200) return undefined;
      const seen = answer.body.timeline.map((entry) => entry.type);
      return types.every((type) => seen.includes(type)) ? answer.body : undefined;
    },
    { what: `journey ${journeyId} showing ${types.join(', ')}` },
  );
}

describe('the directory', () => {
  it('derives each bed state, seals the address, and shows it only to those allowed, auditing each read', async () => {
    const house = await addHouse({
      beds: [
        { label: 'Bed 1', kind: 'double' },
        { label: 'Cot', kind: 'cot' },
      ],
    });
    expect(house.bedCounts).toEqual({ free: 2, held: 0, occupied: 0, 'out-of-service': 0 });
    const [double] = house.rooms[0].beds;
    const today = londonDateOf(new Date());
    const out = await http<HouseView>('POST', placement(`/houses/${house.houseId}/out-of-service`), {
      token: providerStaff,
      body: { bedId: double.bedId, from: today, reason: 'repairs' },
    });
    expect(out.status).toBe(201);
    expect(out.body.bedCounts).toEqual({ free: 1, held: 0, occupied: 0, 'out-of-service': 1 });
    expect(out.body.outOfService).toEqual([
      expect.objectContaining({ bedId: double.bedId, from: today, until: null, reason: 'repairs' }),
    ]);

    const stored = await withDatabase('placement', async (client) => {
      const { rows } = await client.query<{ sealed: Buffer }>(
        'SELECT address_sealed AS sealed FROM house WHERE house_id = $1',
        [house.houseId],
      );
      return rows[0].sealed.toString('latin1');
    });
    expect(stored).not.toContain(SEALED_STREET);

    const own = await http<HouseAddress>('GET', placement(`/houses/${house.houseId}/address`), {
      token: providerStaff,
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ line1: SEALED_STREET, postcode: 'B91 3QB' });
    expect(
      (await http('GET', placement(`/houses/${house.houseId}/address`), { token: coordinator })).status,
    ).toBe(200);
    expect(
      (await http('GET', placement(`/houses/${house.houseId}/address`), { token: otherProviderStaff }))
        .status,
    ).toBe(404);
    expect(
      (await http('GET', placement(`/houses/${house.houseId}/address`), { token: officer })).status,
    ).toBe(404);
    expect(
      (await http('GET', placement(`/houses/${house.houseId}`), { token: otherProviderStaff })).status,
    ).toBe(404);
    expect((await http('GET', placement(`/houses/${house.houseId}`), { token: officer })).status).toBe(403);
    expect(
      await countRows('placement', 'sealed_read', "subject_kind = 'house-address' AND subject_id = $1", [
        house.houseId,
      ]),
    ).toBe(2);

    // The provider corrects the details and the address: re-sealed, and only its own staff may.
    const details = {
      name: house.name,
      area: house.area,
      householdTypes: ['women', 'pregnant-women-and-new-mothers'],
      accessibility: [],
      languages: ['en'],
      address: { line1: '2 Corrected Row', town: 'Solihull', postcode: 'B91 3QB' },
    };
    const notTheirs = await http('PUT', placement(`/houses/${house.houseId}`), {
      token: otherProviderStaff,
      body: details,
    });
    expect(notTheirs.status).toBe(404);
    const badUpdate = await http<ErrorBody>('PUT', placement(`/houses/${house.houseId}`), {
      token: providerStaff,
      body: { ...details, rooms: [] },
    });
    expect(badUpdate.status).toBe(400);
    expect(badUpdate.body.errors?.map((error) => error.field)).toEqual(['rooms']);
    const updated = await http<HouseView>('PUT', placement(`/houses/${house.houseId}`), {
      token: providerStaff,
      body: details,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.householdTypes).toEqual(['women', 'pregnant-women-and-new-mothers']);
    expect(updated.body.rooms[0].beds).toHaveLength(2);
    const reread = await http<HouseAddress>('GET', placement(`/houses/${house.houseId}/address`), {
      token: providerStaff,
    });
    expect(reread.body.line1).toBe('2 Corrected Row');
  });

  it('refuses a bad house with a 400 naming the field, and writes nothing', async () => {
    const before = await countRows('placement', 'house');
    const answer = await http<ErrorBody>('POST', placement('/houses'), {
      token: providerStaff,
      body: {
        name: 'Bad House',
        area: 'atlantis',
        householdTypes: ['women'],
        accessibility: [],
        languages: ['English'],
        address: { line1: '1 Road', town: 'Town', postcode: 'nope' },
        rooms: [{ name: 'Room 1', beds: [{ label: 'Bed 1', kind: 'bunk' }] }],
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.field).sort()).toEqual(
      ['address.postcode', 'area', 'languages', 'rooms.0.beds.0.kind'].sort(),
    );
    expect(await countRows('placement', 'house')).toBe(before);
  });
});

describe('double booking', () => {
  it('many coordinators offering the last bed at the same moment: one hold, every other answer 409 naming the bed state, nothing else written', async () => {
    const house = await addHouse({ area: 'warwickshire' });
    const bedId = house.rooms[0].beds[0].bedId;
    const journeys = await Promise.all(Array.from({ length: 8 }, () => identify()));
    const requests = await Promise.all(journeys.map((journeyId) => requestPlace(journeyId)));
    const coordinators = await Promise.all(
      requests.map((_, index) =>
        bearer('placement-coordinator', COORDINATORS).then((token) => ({ token, index })),
      ),
    );

    const answers = await Promise.all(
      requests.map((request, index) =>
        http<PlacementOffer | PlacementConflict>(
          'POST',
          placement(`/placement-requests/${request.requestId}/offers`),
          {
            token: coordinators[index].token,
            body: { houseId: house.houseId },
          },
        ),
      ),
    );

    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    for (const refused of answers.filter((answer) => answer.status === 409)) {
      expect(refused.body).toMatchObject({ bedId, bedState: 'held' });
    }
    const requestIds = requests.map((request) => request.requestId);
    expect(
      await countRows('placement', 'bed_allocation', 'bed_id = $1 AND released_at IS NULL', [bedId]),
    ).toBe(1);
    expect(await countRows('placement', 'offer', 'request_id = ANY($1::uuid[])', [requestIds])).toBe(1);
    expect(
      await countRows(
        'placement',
        'placement_request',
        "request_id = ANY($1::uuid[]) AND status = 'waiting'",
        [requestIds],
      ),
    ).toBe(7);
    // Published: one offered event for these journeys on the topic (the outbox is emptied as it publishes).
    const offeredEvents = await eventually(
      async () => {
        const messages = await readTopicsFromBeginning([TOPICS.placement]);
        const offered = messages.filter(
          (message) =>
            journeys.includes(message.key) &&
            message.value.includes('"waypoint.placement.placement-offered.v1"'),
        );
        return offered.length > 0 ? offered : undefined;
      },
      { what: 'the offered event on the topic' },
    );
    expect(offeredEvents).toHaveLength(1);
    expect(await countRows('placement', 'scheduled_event', 'journey_id = ANY($1::uuid[])', [journeys])).toBe(
      1,
    );
  });
});

describe('a placement from identification to move-out', () => {
  it('follows every step; the journey shows them and the provider; the address reaches the agency bringing the survivor only until move-in', async () => {
    const house = await addHouse({ area: 'coventry' });
    // A house in the area of exploitation, for the matching to rule out with its reason.
    const nearby = await addHouse({ area: 'birmingham', token: otherProviderStaff });
    const journeyId = await identify();

    const referral = await eventually(
      async () => {
        const answer = await http<ReferralView>('GET', `${urlsOf(mesh()).referral}/referrals/${journeyId}`, {
          token: officer,
        });
        return answer.status === 200 ? answer.body : undefined;
      },
      { what: 'the NRM case' },
    );
    expect(referral.route).toBe('nrm');
    const decided = await http<NrmCaseCommandAnswer>(
      'POST',
      `${urlsOf(mesh()).referral}/referrals/${journeyId}/commands`,
      {
        token: officer,
        body: {
          kind: 'record-reasonable-grounds-decision',
          outcome: 'positive',
          decidedOn: londonDateOf(new Date()),
        },
      },
    );
    expect(decided.status).toBe(200);

    const request = await requestPlace(journeyId, { riskNotes: RISK_NOTE });
    const requestedJourney = await journeyShowing(journeyId, ['waypoint.placement.placement-requested.v1']);
    expect(requestedJourney.placement).toEqual({
      status: 'requested',
      nextDate: { kind: 'needed-from', on: londonDateOf(new Date()) },
    });
    expect(request).toMatchObject({
      status: 'waiting',
      exploitationArea: 'birmingham',
      riskNotes: RISK_NOTE,
    });
    expect(request.avoidAreas).toContain('birmingham');

    const queue = await http<PlacementRequestQueue>('GET', placement('/placement-requests'), {
      token: coordinator,
    });
    expect(queue.body.requests.map((entry) => entry.requestId)).toContain(request.requestId);
    const ownQueue = await http<PlacementRequestQueue>('GET', placement('/placement-requests'), {
      token: officer,
    });
    expect(ownQueue.body.requests.every((entry) => entry.requestingAgency === police)).toBe(true);

    const matches = await http<PlacementMatches>(
      'GET',
      placement(`/placement-requests/${request.requestId}/matches`),
      {
        token: coordinator,
      },
    );
    expect(matches.status).toBe(200);
    expect(matches.body.eligible.map((match) => match.houseId)).toContain(house.houseId);
    const excluded = matches.body.excluded.find((entry) => entry.houseId === nearby.houseId);
    expect(excluded?.reasons.map((reason) => reason.reason)).toContain('avoided-area');

    expect(
      (await http('GET', placement(`/placement-requests/${request.requestId}`), { token: providerStaff }))
        .status,
    ).toBe(404);
    const offered = await http<PlacementOffer>(
      'POST',
      placement(`/placement-requests/${request.requestId}/offers`),
      {
        token: coordinator,
        body: { houseId: house.houseId },
      },
    );
    expect(offered.status).toBe(201);
    const offerId = offered.body.offerId;

    const incoming = await http<{ offers: PlacementOffer[] }>('GET', placement('/offers'), {
      token: providerStaff,
    });
    expect(incoming.body.offers.map((offer) => offer.offerId)).toContain(offerId);
    const seenByProvider = await http<PlacementRequestDetail>(
      'GET',
      placement(`/placement-requests/${request.requestId}`),
      {
        token: providerStaff,
      },
    );
    expect(seenByProvider.body.riskNotes).toBe(RISK_NOTE);
    expect(
      (await http('POST', placement(`/offers/${offerId}/accept`), { token: otherProviderStaff })).status,
    ).toBe(404);
    expect(
      (await http('GET', placement(`/houses/${house.houseId}/address`), { token: officer })).status,
    ).toBe(404);

    const personalDetails = `${urlsOf(mesh()).identification}/identifications/${journeyId}/personal-details`;
    expect((await http('GET', personalDetails, { token: providerStaff })).status).toBe(404);

    const accepted = await http<PlacementOffer>('POST', placement(`/offers/${offerId}/accept`), {
      token: providerStaff,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const bringing = await http<HouseAddress>('GET', placement(`/houses/${house.houseId}/address`), {
      token: officer,
    });
    expect(bringing.status).toBe(200);
    expect(bringing.body.line1).toBe(SEALED_STREET);
    // Identification learns of the acceptance from placement's event and opens the details to the provider.
    const opened = await eventually(
      async () => {
        const answer = await http<PersonalDetailsForProvider>('GET', personalDetails, {
          token: providerStaff,
        });
        return answer.status === 200 ? answer.body : undefined;
      },
      { what: "the provider's access to the personal details" },
    );
    expect(opened.personalDetails?.fullName).toBe('Placement Person');
    expect((await http('GET', personalDetails, { token: otherProviderStaff })).status).toBe(404);

    const today = londonDateOf(new Date());
    const movedIn = await http<PlacementOffer>('POST', placement(`/offers/${offerId}/move-in`), {
      token: providerStaff,
      body: { movedInOn: today },
    });
    expect(movedIn.status).toBe(200);
    expect(movedIn.body).toMatchObject({ status: 'moved-in', movedInOn: today, plannedMoveOutOn: null });
    const placedJourney = await eventually(
      async () => {
        const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, {
          token: officer,
        });
        return answer.body.placement?.status === 'moved-in' ? answer.body : undefined;
      },
      { what: 'the journey showing the stay' },
    );
    expect(placedJourney.placement).toEqual({ status: 'moved-in', nextDate: null });

    // A positive CG: the stay's planned end follows the NRM (45 days of move-on), and the journey shows it.
    const cg = await http<NrmCaseCommandAnswer>(
      'POST',
      `${urlsOf(mesh()).referral}/referrals/${journeyId}/commands`,
      {
        token: officer,
        body: { kind: 'record-conclusive-grounds-decision', outcome: 'positive', decidedOn: today },
      },
    );
    expect(cg.status).toBe(200);
    const plannedEnd = addCalendarDays(parseLocalDate(today), 45);
    const replanned = await eventually(
      async () => {
        const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, {
          token: officer,
        });
        return answer.body.placement?.nextDate ? answer.body : undefined;
      },
      { what: 'the journey showing the planned move-out' },
    );
    expect(replanned.placement).toEqual({
      status: 'moved-in',
      nextDate: { kind: 'planned-move-out', on: plannedEnd },
    });
    const stay = await http<PlacementOffer>('GET', placement(`/offers/${offerId}`), { token: providerStaff });
    expect(stay.body.plannedMoveOutOn).toBe(plannedEnd);
    expect(
      (await http('GET', placement(`/houses/${house.houseId}/address`), { token: officer })).status,
    ).toBe(404);
    const occupied = await http<HouseView>('GET', placement(`/houses/${house.houseId}`), {
      token: providerStaff,
    });
    expect(occupied.body.bedCounts.occupied).toBe(1);

    const movedOut = await http<PlacementOffer>('POST', placement(`/offers/${offerId}/move-out`), {
      token: providerStaff,
      body: { movedOutOn: today, reason: 'planned-move-on', destination: 'local-authority-housing' },
    });
    expect(movedOut.status).toBe(200);
    expect(movedOut.body).toMatchObject({
      status: 'moved-out',
      moveOutDestination: 'local-authority-housing',
    });
    await eventually(
      async () =>
        (await http('GET', personalDetails, { token: providerStaff })).status === 404 ? true : undefined,
      { what: "the provider's access ending at move-out" },
    );
    expect(
      await countRows(
        'identification',
        'personal_data_access',
        "journey_id = $1 AND purpose = 'safe-house-placement'",
        [journeyId],
      ),
    ).toBeGreaterThanOrEqual(1);
    const freed = await http<HouseView>('GET', placement(`/houses/${house.houseId}`), {
      token: providerStaff,
    });
    expect(freed.body.bedCounts.free).toBe(1);

    const journey = await journeyShowing(journeyId, [
      'waypoint.placement.placement-requested.v1',
      'waypoint.placement.placement-offered.v1',
      'waypoint.placement.placement-offer-accepted.v1',
      'waypoint.placement.placement-moved-in.v1',
      'waypoint.placement.placement-move-out-planned.v1',
      'waypoint.placement.placement-moved-out.v1',
    ]);
    expect(journey.agencies).toEqual(expect.arrayContaining([police, COORDINATORS, provider]));
    expect(journey.placement).toEqual({ status: 'moved-out', nextDate: null });
    expect(journey.agencies).not.toContain(otherProvider);
    expect(
      await countRows('placement', 'sealed_read', "subject_kind = 'risk-notes' AND subject_id = $1", [
        request.requestId,
      ]),
    ).toBeGreaterThanOrEqual(2);
    expect(
      await countRows(
        'placement',
        'sealed_read',
        "subject_kind = 'house-address' AND subject_id = $1 AND reader_agency = $2",
        [house.houseId, police],
      ),
    ).toBe(1);
  });

  it('refuses a request with bad fields, 400 naming each, and a journey placement does not know, 404; nothing is written or published', async () => {
    const journeyId = await identify();
    await requestPlace(journeyId, { urgency: 'planned' });
    const before = await countRows('placement', 'placement_request');
    // The accepted request's event leaves the outbox first, so an empty outbox afterwards means nothing new.
    await eventually(
      async () => ((await countRows('placement', 'outbox_message')) === 0 ? true : undefined),
      {
        what: 'the outbox drained',
      },
    );
    const [badJourney, unknownJourney]: string[] = [randomUUID(), randomUUID()];
    const bad = await http<ErrorBody>('POST', placement('/placement-requests'), {
      token: officer,
      body: requestBody(badJourney, {
        urgency: 'whenever',
        dependants: [{ age: 40 }],
        neededFrom: '2026-02-30',
      }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((error) => error.field).sort()).toEqual([
      'dependants.0.age',
      'neededFrom',
      'urgency',
    ]);
    const unknown = await http<ErrorBody>('POST', placement('/placement-requests'), {
      token: officer,
      body: requestBody(unknownJourney),
    });
    expect(unknown.status).toBe(404);
    const twice = await http<ErrorBody>('POST', placement('/placement-requests'), {
      token: officer,
      body: requestBody(journeyId),
    });
    expect(twice.status).toBe(409);
    const notInvolved = await http<ErrorBody>('POST', placement('/placement-requests'), {
      token: await bearer('first-responder', uniqueAgency('elsewhere-police')),
      body: requestBody(journeyId),
    });
    expect(notInvolved.status).toBe(404);
    expect(await countRows('placement', 'placement_request')).toBe(before);
    expect(await countRows('placement', 'outbox_message')).toBe(0);
    const published = await readTopicsFromBeginning([TOPICS.placement]);
    expect(published.filter((message) => [badJourney, unknownJourney].includes(message.key))).toEqual([]);
    expect(
      published.filter(
        (message) =>
          message.key === journeyId && message.value.includes('"waypoint.placement.placement-requested.v1"'),
      ),
    ).toHaveLength(1);
  });
});

describe('the placement topic', () => {
  it('holds no address and no free text, read from the beginning', async () => {
    const messages = await readTopicsFromBeginning([TOPICS.placement, TOPICS.placementCapacity]);
    expect(messages.filter((message) => message.topic === TOPICS.placement).length).toBeGreaterThan(0);
    // Each house announced its counts by state, keyed by house.
    const capacity = messages.filter((message) => message.topic === TOPICS.placementCapacity);
    expect(capacity.length).toBeGreaterThan(0);
    for (const message of capacity) {
      const event = JSON.parse(message.value) as { subject: string; data: Record<string, unknown> };
      expect(event.subject).toBe(message.key);
      expect(Object.keys(event.data).sort()).toEqual(
        ['area', 'countedAt', 'free', 'held', 'houseId', 'occupied', 'outOfService', 'providerAgency'].sort(),
      );
    }
    const everything = messages.map((message) => message.value).join('\n');
    expect(everything).not.toContain(SEALED_STREET);
    expect(everything).not.toContain('B91 3QB');
    expect(everything).not.toContain(RISK_NOTE);
    expect(everything).not.toContain('Digbeth');
    expect(everything).not.toContain('Placement Person');
  });
});

describe('who may call what', () => {
  /*
   * The table is the service's own: every operation of its served document (which apps/placement's
   * openapi.int-spec proves is exactly the routes it registers) with the roles it admits. Each is called
   * by a token of every role, on ids nobody has and an empty body: a role it does not admit gets 403
   * before anything else; a role it admits never does (it gets 200, 400, 404 or 409).
   */
  it('refuses every role a route does not admit with 403, and no role it admits', async () => {
    const document = (await http<OpenAPIObject>('GET', placement('/openapi.json'), { token: coordinator }))
      .body;
    const mismatches: string[] = [];
    let calls = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of ['get', 'post', 'put', 'delete'] as const) {
        const operation = (item as Record<string, { 'x-waypoint-roles'?: Role[] } | undefined>)[method];
        const admitted = operation?.['x-waypoint-roles'];
        if (!admitted) continue;
        const concrete = path.replace(/\{[^}]+\}/g, () => randomUUID());
        for (const role of ROLES) {
          const answer = await http(method.toUpperCase() as 'GET', placement(concrete), {
            token: await bearer(role, uniqueAgency('role-table')),
            ...(method === 'get' ? {} : { body: {} }),
          });
          calls += 1;
          const refused = answer.status === 403;
          if (refused === admitted.includes(role)) {
            mismatches.push(`${method} ${path} as ${role}: ${answer.status} (admits ${admitted.join(', ')})`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(17 * ROLES.length);
  });
});
