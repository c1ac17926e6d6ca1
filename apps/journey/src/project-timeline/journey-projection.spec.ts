import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  EVENT_CATALOGUE,
  isJourneyEventType,
  type JourneyEventType,
  type CloudEvent,
  type EventType,
  type PayloadOf,
} from '@waypoint/contracts';
import {
  journeyEventTypes,
  projectEvent,
  rankOf,
  STAGE_RANK,
  type JourneyChange,
} from './journey-projection';

const PERSONAL_DATA_HINTS = [
  'name',
  'birth',
  'dob',
  'nationality',
  'contact',
  'address',
  'phone',
  'email',
  'notes',
];

const journeyId = randomUUID();
const requestId = randomUUID();
const offerId = randomUUID();
const houseId = randomUUID();
const origin = { service: 'test', correlationId: randomUUID() };

const payloads: { [T in JourneyEventType]: PayloadOf<T> } = {
  'waypoint.identification.potential-victim-identified.v1': {
    journeyId,
    identifiedAt: '2026-04-01T09:30:00.000Z',
    ageGroup: 'adult',
    exploitationTypes: ['labour', 'sexual'],
    countyLines: false,
    exploitedIn: 'uk-and-overseas',
    indicators: ['PHY-03', 'SIT-07'],
    area: 'sandwell',
    firstResponderAgency: 'west-midlands-police',
    firstResponderOrganisationType: 'police',
    consent: 'given',
  },
  'waypoint.identification.place-of-safety-offered.v1': {
    journeyId,
    identifiedAt: '2026-04-01T09:30:00.000Z',
    decisionDueOn: '2026-04-08',
    area: 'sandwell',
    firstResponderAgency: 'west-midlands-police',
  },
  'waypoint.identification.place-of-safety-lapsed.v1': {
    journeyId,
    decisionDueOn: '2026-04-08',
    exploitationTypes: ['labour'],
    area: 'sandwell',
    firstResponderAgency: 'west-midlands-police',
  },
  'waypoint.identification.consent-given-later.v1': {
    journeyId,
    consentGivenAt: '2026-04-03T10:00:00.000Z',
    exploitationTypes: ['labour'],
    area: 'sandwell',
    firstResponderAgency: 'west-midlands-police',
    firstResponderOrganisationType: 'police',
  },
  'waypoint.identification.personal-data-erased.v1': {
    journeyId,
    erasedAt: '2026-04-02T10:00:00.000Z',
    firstResponderAgency: 'west-midlands-police',
  },
  'waypoint.referral.nrm-referral-submitted.v1': {
    journeyId,
    caseId: randomUUID(),
    competentAuthority: 'SCA',
    submittedAt: '2026-04-01T09:30:00.000Z',
    submittedOn: '2026-04-01',
    reasonableGroundsDueOn: '2026-04-10',
    ageGroup: 'adult',
    area: 'sandwell',
    referringAgency: 'west-midlands-police',
  },
  'waypoint.referral.duty-to-notify-recorded.v1': {
    journeyId,
    notificationId: randomUUID(),
    notifiedAt: '2026-04-01T09:30:00.000Z',
    area: 'dudley',
    notifyingAgency: 'dudley-council',
  },
  'waypoint.referral.nrm-case-updated.v1': {
    journeyId,
    caseId: randomUUID(),
    caseVersion: 2,
    status: 'recovery-period',
    change: 'reasonable-grounds-decided',
    occurredOn: '2026-04-08',
    outcome: 'positive',
    nextDeadline: { kind: 'recovery-period-minimum-reached', dueOn: '2026-05-08' },
    referringAgency: 'west-midlands-police',
  },
  'waypoint.referral.nrm-clock-reached.v1': {
    journeyId,
    caseId: randomUUID(),
    clock: 'reasonable-grounds-overdue',
    dueOn: '2026-04-11',
    caseVersion: 1,
    referringAgency: 'west-midlands-police',
  },
  'waypoint.placement.placement-requested.v1': {
    journeyId,
    requestId,
    requestingAgency: 'west-midlands-police',
    kind: 'safe-house',
    urgency: 'urgent',
    householdType: 'women',
    dependants: 1,
    neededFrom: '2026-04-10',
    requestedAt: '2026-04-09T10:00:00.000Z',
  },
  'waypoint.placement.placement-offered.v1': {
    journeyId,
    requestId,
    offerId,
    houseId,
    providerAgency: 'hope-housing',
    area: 'coventry',
    offeredByAgency: 'msvcc-referral-line',
    offeredAt: '2026-04-09T11:00:00.000Z',
    holdExpiresAt: '2026-04-09T15:00:00.000Z',
  },
  'waypoint.placement.placement-offer-accepted.v1': {
    journeyId,
    requestId,
    offerId,
    houseId,
    providerAgency: 'hope-housing',
    area: 'coventry',
    acceptedAt: '2026-04-09T12:00:00.000Z',
  },
  'waypoint.placement.placement-offer-declined.v1': {
    journeyId,
    requestId,
    offerId,
    houseId,
    providerAgency: 'hope-housing',
    area: 'coventry',
    declinedAt: '2026-04-09T12:00:00.000Z',
    reason: 'needs-not-met',
  },
  'waypoint.placement.placement-offer-expired.v1': {
    journeyId,
    requestId,
    offerId,
    houseId,
    providerAgency: 'hope-housing',
    area: 'coventry',
    expiredAt: '2026-04-09T15:00:00.000Z',
  },
  'waypoint.placement.placement-moved-in.v1': {
    journeyId,
    requestId,
    offerId,
    houseId,
    providerAgency: 'hope-housing',
    area: 'coventry',
    movedInOn: '2026-04-10',
    plannedMoveOutOn: null,
  },
  'waypoint.placement.placement-move-out-planned.v1': {
    journeyId,
    requestId,
    offerId,
    houseId,
    providerAgency: 'hope-housing',
    area: 'coventry',
    plannedMoveOutOn: '2026-05-01',
  },
  'waypoint.placement.placement-moved-out.v1': {
    journeyId,
    requestId,
    offerId,
    houseId,
    providerAgency: 'hope-housing',
    area: 'coventry',
    movedOutOn: '2026-06-01',
    reason: 'planned-move-on',
    destination: 'local-authority-housing',
  },
  'waypoint.placement.placement-request-withdrawn.v1': {
    journeyId,
    requestId,
    withdrawnByAgency: 'west-midlands-police',
    reason: 'no-longer-needed',
    withdrawnAt: '2026-04-09T13:00:00.000Z',
  },
};

const expected: { [T in JourneyEventType]: JourneyChange } = {
  'waypoint.identification.potential-victim-identified.v1': {
    stage: 'identified',
    agency: 'west-midlands-police',
    summary: {
      ageGroup: 'adult',
      exploitationTypes: ['labour', 'sexual'],
      countyLines: false,
      exploitedIn: 'uk-and-overseas',
      area: 'sandwell',
      consent: 'given',
    },
  },
  'waypoint.identification.place-of-safety-offered.v1': {
    stage: 'identified',
    agency: 'west-midlands-police',
    summary: { placeOfSafety: true, area: 'sandwell', decisionDueOn: '2026-04-08' },
    deadline: { kind: 'place-of-safety-decision-due', dueOn: '2026-04-08' },
  },
  'waypoint.identification.place-of-safety-lapsed.v1': {
    agency: 'west-midlands-police',
    summary: { placeOfSafetyLapsed: true, decisionDueOn: '2026-04-08' },
  },
  'waypoint.identification.consent-given-later.v1': {
    agency: 'west-midlands-police',
    summary: { consent: 'given', area: 'sandwell' },
  },
  'waypoint.identification.personal-data-erased.v1': {
    agency: 'west-midlands-police',
    summary: { personalDataErased: true },
  },
  'waypoint.referral.nrm-referral-submitted.v1': {
    stage: 'awaiting-reasonable-grounds',
    agency: 'west-midlands-police',
    summary: { competentAuthority: 'SCA', submittedOn: '2026-04-01', reasonableGroundsDueOn: '2026-04-10' },
    deadline: { kind: 'reasonable-grounds-due', dueOn: '2026-04-10' },
  },
  'waypoint.referral.duty-to-notify-recorded.v1': {
    stage: 'duty-to-notify-only',
    agency: 'dudley-council',
    summary: { anonymous: true, area: 'dudley' },
    deadline: null,
  },
  'waypoint.referral.nrm-case-updated.v1': {
    stage: 'recovery-period',
    agency: 'west-midlands-police',
    summary: {
      change: 'reasonable-grounds-decided',
      status: 'recovery-period',
      occurredOn: '2026-04-08',
      outcome: 'positive',
    },
    deadline: { kind: 'recovery-period-minimum-reached', dueOn: '2026-05-08' },
    rank: 22,
  },
  'waypoint.referral.nrm-clock-reached.v1': {
    agency: 'west-midlands-police',
    summary: { clock: 'reasonable-grounds-overdue', dueOn: '2026-04-11' },
  },
  'waypoint.placement.placement-requested.v1': {
    agency: 'west-midlands-police',
    summary: {
      kind: 'safe-house',
      urgency: 'urgent',
      householdType: 'women',
      dependants: 1,
      neededFrom: '2026-04-10',
    },
    placement: { status: 'requested', next: { kind: 'needed-from', on: '2026-04-10' } },
  },
  'waypoint.placement.placement-offered.v1': {
    agency: 'msvcc-referral-line',
    summary: { providerAgency: 'hope-housing', area: 'coventry', holdExpiresAt: '2026-04-09T15:00:00.000Z' },
    placement: { status: 'offered', next: { kind: 'hold-expires', on: '2026-04-09' } },
  },
  'waypoint.placement.placement-offer-accepted.v1': {
    agency: 'hope-housing',
    summary: { area: 'coventry' },
    placement: { status: 'accepted', next: null },
  },
  // Declined or expired, the provider is named on the timeline but sees nothing of the journey.
  'waypoint.placement.placement-offer-declined.v1': {
    agency: 'hope-housing',
    summary: { reason: 'needs-not-met' },
    involves: false,
    placement: { status: 'requested', next: null },
  },
  'waypoint.placement.placement-offer-expired.v1': {
    agency: 'hope-housing',
    summary: { expiredAt: '2026-04-09T15:00:00.000Z' },
    involves: false,
    placement: { status: 'requested', next: null },
  },
  'waypoint.placement.placement-moved-in.v1': {
    agency: 'hope-housing',
    summary: { movedInOn: '2026-04-10', plannedMoveOutOn: null, area: 'coventry' },
    placement: { status: 'moved-in', next: null },
  },
  'waypoint.placement.placement-move-out-planned.v1': {
    agency: 'hope-housing',
    summary: { plannedMoveOutOn: '2026-05-01' },
    placement: { status: 'moved-in', next: { kind: 'planned-move-out', on: '2026-05-01' } },
  },
  'waypoint.placement.placement-moved-out.v1': {
    agency: 'hope-housing',
    summary: { movedOutOn: '2026-06-01', reason: 'planned-move-on', destination: 'local-authority-housing' },
    placement: { status: 'moved-out', next: null },
  },
  'waypoint.placement.placement-request-withdrawn.v1': {
    agency: 'west-midlands-police',
    summary: { reason: 'no-longer-needed' },
    placement: { status: 'withdrawn', next: null },
  },
};

function eventOf<T extends JourneyEventType>(
  type: T,
  data: Partial<PayloadOf<T>> = {},
): CloudEvent<PayloadOf<T>, T> {
  return buildEvent(type, journeyId, { ...payloads[type], ...data }, origin).event as CloudEvent<
    PayloadOf<T>,
    T
  >;
}

const UPDATED = 'waypoint.referral.nrm-case-updated.v1';

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

const types = (Object.keys(EVENT_CATALOGUE) as EventType[]).filter(isJourneyEventType);

describe('projectEvent', () => {
  const sut = projectEvent;

  it.each(types)('projects %s to its stage, agency, summary and deadline', (type) => {
    expect(sut(eventOf(type))).toStrictEqual(expected[type]);
  });

  it('leaves the next deadline untouched on identification (undefined, not null)', () => {
    const change = sut(eventOf('waypoint.identification.potential-victim-identified.v1'));

    expect(change).not.toHaveProperty('deadline');
  });

  it.each(types)('keeps personal data out of the %s summary', (type) => {
    const change = sut(eventOf(type));

    expect(
      keysOf(change.summary).filter((key) =>
        PERSONAL_DATA_HINTS.some((hint) => key.toLowerCase().includes(hint)),
      ),
    ).toEqual([]);
  });

  it('does not copy the indicators seen into the shared timeline', () => {
    expect(sut(eventOf('waypoint.identification.potential-victim-identified.v1')).summary).not.toHaveProperty(
      'indicators',
    );
  });
});

describe('projectEvent of a statutory clock', () => {
  it('changes neither the stage nor the next deadline: it outranks nothing', () => {
    const change = projectEvent(eventOf('waypoint.referral.nrm-clock-reached.v1'));

    expect(change).not.toHaveProperty('stage');
    expect(change).not.toHaveProperty('deadline');
    expect(rankOf(change)).toBeLessThan(STAGE_RANK.identified);
  });
});

describe('projectEvent of an NRM case update', () => {
  const sut = projectEvent;

  it('clears the next deadline when the case counts towards nothing (null, not undefined)', () => {
    const change = sut(
      eventOf(UPDATED, { status: 'suspended', change: 'case-suspended', nextDeadline: null }),
    );

    expect(change).toHaveProperty('deadline', null);
  });

  it('leaves the outcome out of the summary when the change has none', () => {
    const change = sut(
      eventOf(UPDATED, {
        status: 'suspended',
        change: 'case-suspended',
        outcome: undefined,
        nextDeadline: null,
      }),
    );

    expect(change.summary).not.toHaveProperty('outcome');
  });

  it('ranks each update above the referral and above every earlier update, whatever its stage', () => {
    const suspended = sut(
      eventOf(UPDATED, { caseVersion: 3, status: 'suspended', change: 'case-suspended' }),
    );
    const resumed = sut(
      eventOf(UPDATED, { caseVersion: 4, status: 'recovery-period', change: 'case-resumed' }),
    );
    const referred = sut(eventOf('waypoint.referral.nrm-referral-submitted.v1'));

    expect(rankOf(suspended)).toBeGreaterThan(rankOf(referred));
    expect(rankOf(resumed)).toBeGreaterThan(rankOf(suspended));
  });
});

describe('journeyEventTypes', () => {
  it('subscribes to every catalogued event type', () => {
    expect([...journeyEventTypes()].sort()).toEqual([...types].sort());
  });
});

describe('STAGE_RANK', () => {
  it('ranks identified below every referral stage, so a late identification never moves a journey back', () => {
    expect(STAGE_RANK.identified).toBeLessThan(STAGE_RANK['awaiting-reasonable-grounds']);
    expect(STAGE_RANK.identified).toBeLessThan(STAGE_RANK['duty-to-notify-only']);
  });

  it('ranks every NRM case stage above the referral that opened the case', () => {
    for (const [stage, rank] of Object.entries(STAGE_RANK)) {
      if (
        stage === 'identified' ||
        stage === 'awaiting-reasonable-grounds' ||
        stage === 'duty-to-notify-only'
      )
        continue;
      expect(rank).toBeGreaterThan(STAGE_RANK['awaiting-reasonable-grounds']);
    }
  });

  it('ranks every stage a projection can produce', () => {
    for (const type of types) {
      const { stage } = projectEvent(eventOf(type));
      if (stage !== undefined) expect(Number.isInteger(STAGE_RANK[stage])).toBe(true);
    }
  });
});

describe('projectEvent of a placement event', () => {
  it('moves the placement stage and its next date, never the NRM stage', () => {
    const stages = (
      [
        ['waypoint.placement.placement-requested.v1', {}],
        ['waypoint.placement.placement-offered.v1', {}],
        ['waypoint.placement.placement-offer-declined.v1', {}],
        ['waypoint.placement.placement-offer-expired.v1', {}],
        ['waypoint.placement.placement-offer-accepted.v1', {}],
        ['waypoint.placement.placement-moved-in.v1', { plannedMoveOutOn: '2026-06-01' }],
        ['waypoint.placement.placement-moved-out.v1', {}],
        ['waypoint.placement.placement-request-withdrawn.v1', {}],
      ] as const
    ).map(([type, data]) => {
      const change = projectEvent(eventOf(type, data as never));
      expect(change).not.toHaveProperty('stage');
      return [type.split('.')[2], change.placement];
    });

    expect(Object.fromEntries(stages)).toEqual({
      'placement-requested': { status: 'requested', next: { kind: 'needed-from', on: '2026-04-10' } },
      // 15:00 UTC on 9 April is 16:00 in London: the same civil date.
      'placement-offered': { status: 'offered', next: { kind: 'hold-expires', on: '2026-04-09' } },
      'placement-offer-declined': { status: 'requested', next: null },
      'placement-offer-expired': { status: 'requested', next: null },
      'placement-offer-accepted': { status: 'accepted', next: null },
      'placement-moved-in': { status: 'moved-in', next: { kind: 'planned-move-out', on: '2026-06-01' } },
      'placement-moved-out': { status: 'moved-out', next: null },
      'placement-request-withdrawn': { status: 'withdrawn', next: null },
    });
  });

  it('leaves the placement stage alone for every non-placement event', () => {
    expect(
      projectEvent(eventOf('waypoint.identification.potential-victim-identified.v1')),
    ).not.toHaveProperty('placement');
    expect(projectEvent(eventOf('waypoint.referral.nrm-clock-reached.v1'))).not.toHaveProperty('placement');
  });
});
