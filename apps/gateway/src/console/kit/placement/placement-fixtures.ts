import type { HouseAnswer, OfferAnswer, PlacementRequestDetailAnswer } from './placement.view-model';

/** Answers shaped as placement gives them, for the console's unit specs; override any field per test. */
export function houseFixture(overrides: Partial<HouseAnswer> = {}): HouseAnswer {
  return {
    houseId: '11111111-1111-4111-8111-111111111111',
    name: 'Rowan House',
    providerAgency: 'rowan-trust',
    area: 'solihull',
    householdTypes: ['women'],
    accessibility: ['step-free-access'],
    languages: ['en', 'sq'],
    bedCounts: { free: 1, held: 1, occupied: 0, 'out-of-service': 1 },
    rooms: [
      {
        roomId: '22222222-2222-4222-8222-222222222222',
        name: 'Room 1',
        beds: [
          { bedId: '33333333-3333-4333-8333-333333333331', label: 'Bed 1', kind: 'single', state: 'free' },
          { bedId: '33333333-3333-4333-8333-333333333332', label: 'Bed 2', kind: 'double', state: 'held' },
          {
            bedId: '33333333-3333-4333-8333-333333333333',
            label: 'Cot',
            kind: 'cot',
            state: 'out-of-service',
          },
        ],
      },
    ],
    outOfService: [
      {
        periodId: '44444444-4444-4444-8444-444444444444',
        bedId: '33333333-3333-4333-8333-333333333333',
        from: '2026-12-01',
        until: null,
        reason: 'repairs',
      },
    ],
    ...overrides,
  };
}

export function requestFixture(
  overrides: Partial<PlacementRequestDetailAnswer> = {},
): PlacementRequestDetailAnswer {
  return {
    requestId: '55555555-5555-4555-8555-555555555555',
    journeyId: '0b6e1f9c-1111-4222-8333-944445555666',
    kind: 'safe-house',
    urgency: 'urgent',
    householdType: 'families',
    dependants: [{ age: 3 }, { age: 7 }],
    accessibilityNeeds: [],
    languages: ['sq'],
    pregnant: false,
    avoidAreas: ['birmingham', 'walsall'],
    exploitationArea: 'birmingham',
    neededFrom: '2026-12-02',
    neededUntil: null,
    requestedAt: '2026-11-30T10:00:00.000Z',
    requestingAgency: 'west-midlands-police',
    status: 'waiting',
    daysWaiting: 2,
    hasRiskNotes: true,
    riskNotes: 'Known associate watches the coach station',
    withdrawalReason: null,
    offers: [],
    ...overrides,
  };
}

export function offerFixture(overrides: Partial<OfferAnswer> = {}): OfferAnswer {
  return {
    offerId: '66666666-6666-4666-8666-666666666666',
    requestId: '55555555-5555-4555-8555-555555555555',
    journeyId: '0b6e1f9c-1111-4222-8333-944445555666',
    houseId: '11111111-1111-4111-8111-111111111111',
    houseName: 'Rowan House',
    houseArea: 'solihull',
    providerAgency: 'rowan-trust',
    requestingAgency: 'west-midlands-police',
    offeredByAgency: 'msvcc-referral-line',
    roomName: 'Room 1',
    beds: [{ bedId: '33333333-3333-4333-8333-333333333331', label: 'Bed 1', kind: 'single' }],
    status: 'held',
    offeredAt: '2026-12-02T09:00:00.000Z',
    holdExpiresAt: '2026-12-02T13:00:00.000Z',
    answeredAt: null,
    declineReason: null,
    movedInOn: null,
    movedOutOn: null,
    plannedMoveOutOn: null,
    moveOutReason: null,
    moveOutDestination: null,
    household: {
      kind: 'safe-house',
      urgency: 'urgent',
      householdType: 'families',
      dependants: [{ age: 3 }, { age: 7 }],
      accessibilityNeeds: [],
      languages: ['sq'],
      pregnant: false,
      neededFrom: '2026-12-02',
      neededUntil: null,
    },
    ...overrides,
  };
}
