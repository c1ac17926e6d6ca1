import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  EVENT_CATALOGUE,
  type CloudEvent,
  type EventType,
  type PayloadOf,
} from '@waypoint/contracts';
import { journeyEventTypes, projectEvent, STAGE_RANK, type JourneyChange } from './journey-projection';

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
const origin = { service: 'test', correlationId: randomUUID() };

const payloads: { [T in EventType]: PayloadOf<T> } = {
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
};

const expected: { [T in EventType]: JourneyChange } = {
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
  'waypoint.referral.nrm-referral-submitted.v1': {
    stage: 'awaiting-reasonable-grounds',
    agency: 'west-midlands-police',
    summary: { competentAuthority: 'SCA', submittedOn: '2026-04-01', reasonableGroundsDueOn: '2026-04-10' },
    deadline: { kind: 'reasonable-grounds-decision', dueOn: '2026-04-10' },
  },
  'waypoint.referral.duty-to-notify-recorded.v1': {
    stage: 'duty-to-notify-only',
    agency: 'dudley-council',
    summary: { anonymous: true, area: 'dudley' },
    deadline: null,
  },
};

function eventOf<T extends EventType>(type: T): CloudEvent<PayloadOf<T>, T> {
  return buildEvent(type, journeyId, payloads[type], origin).event as CloudEvent<PayloadOf<T>, T>;
}

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

const types = Object.keys(EVENT_CATALOGUE) as EventType[];

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

  it('ranks every stage a projection can produce', () => {
    for (const type of types) {
      expect(Number.isInteger(STAGE_RANK[projectEvent(eventOf(type)).stage])).toBe(true);
    }
  });
});
