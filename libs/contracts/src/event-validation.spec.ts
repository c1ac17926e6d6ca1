import { randomUUID } from 'node:crypto';
import { buildEvent, type EventOrigin } from './build-event';
import { EVENT_CATALOGUE, type EventType, type PayloadOf } from './catalogue';
import { decodeEvent, describeValidationErrors } from './event-validation';
import { isDeadlineOverdue, NRM_CLOCK_KINDS } from './events/referral.events';

const origin: EventOrigin = { service: 'test', correlationId: randomUUID(), causationId: randomUUID() };

/** One valid payload per catalogued type, for the given journey. */
const ids = { requestId: randomUUID(), offerId: randomUUID(), houseId: randomUUID() };

/** Valid payloads with `journeyId` as each one's subject (for a house's event, its house id). */
function validPayloads(journeyId: string): { [T in EventType]: PayloadOf<T> } {
  return {
    'waypoint.identification.potential-victim-identified.v1': {
      journeyId,
      identifiedAt: '2026-04-01T09:30:00.000Z',
      ageGroup: 'adult',
      exploitationTypes: ['labour', 'criminal'],
      countyLines: false,
      exploitedIn: 'uk',
      indicators: ['PHY-01', 'SIT-04'],
      area: 'birmingham',
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
      area: 'birmingham',
      referringAgency: 'west-midlands-police',
    },
    'waypoint.referral.duty-to-notify-recorded.v1': {
      journeyId,
      notificationId: randomUUID(),
      notifiedAt: '2026-04-01T09:30:00.000Z',
      area: 'coventry',
      notifyingAgency: 'coventry-city-council',
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
      clock: 'reasonable-grounds-due',
      dueOn: '2026-04-10',
      caseVersion: 1,
      referringAgency: 'west-midlands-police',
    },
    'waypoint.placement.placement-requested.v1': {
      journeyId,
      requestId: ids.requestId,
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
      requestId: ids.requestId,
      offerId: ids.offerId,
      houseId: ids.houseId,
      providerAgency: 'hope-housing',
      area: 'coventry',
      offeredByAgency: 'msvcc-referral-line',
      offeredAt: '2026-04-09T11:00:00.000Z',
      holdExpiresAt: '2026-04-09T15:00:00.000Z',
    },
    'waypoint.placement.placement-offer-accepted.v1': {
      journeyId,
      requestId: ids.requestId,
      offerId: ids.offerId,
      houseId: ids.houseId,
      providerAgency: 'hope-housing',
      area: 'coventry',
      acceptedAt: '2026-04-09T12:00:00.000Z',
    },
    'waypoint.placement.placement-offer-declined.v1': {
      journeyId,
      requestId: ids.requestId,
      offerId: ids.offerId,
      houseId: ids.houseId,
      providerAgency: 'hope-housing',
      area: 'coventry',
      declinedAt: '2026-04-09T12:00:00.000Z',
      reason: 'needs-not-met',
    },
    'waypoint.placement.placement-offer-expired.v1': {
      journeyId,
      requestId: ids.requestId,
      offerId: ids.offerId,
      houseId: ids.houseId,
      providerAgency: 'hope-housing',
      area: 'coventry',
      expiredAt: '2026-04-09T15:00:00.000Z',
    },
    'waypoint.placement.placement-moved-in.v1': {
      journeyId,
      requestId: ids.requestId,
      offerId: ids.offerId,
      houseId: ids.houseId,
      providerAgency: 'hope-housing',
      area: 'coventry',
      movedInOn: '2026-04-10',
      plannedMoveOutOn: null,
    },
    'waypoint.placement.placement-moved-out.v1': {
      journeyId,
      requestId: ids.requestId,
      offerId: ids.offerId,
      houseId: ids.houseId,
      providerAgency: 'hope-housing',
      area: 'coventry',
      movedOutOn: '2026-06-01',
      reason: 'planned-move-on',
      destination: 'local-authority-housing',
    },
    'waypoint.placement.placement-move-out-planned.v1': {
      journeyId,
      requestId: ids.requestId,
      offerId: ids.offerId,
      houseId: ids.houseId,
      providerAgency: 'hope-housing',
      area: 'coventry',
      plannedMoveOutOn: '2026-05-01',
    },
    'waypoint.placement.placement-request-withdrawn.v1': {
      journeyId,
      requestId: ids.requestId,
      withdrawnByAgency: 'west-midlands-police',
      reason: 'no-longer-needed',
      withdrawnAt: '2026-04-09T13:00:00.000Z',
    },
    // A house's event: its subject is the house, so the id given here is the house's.
    'waypoint.placement.house-capacity-changed.v1': {
      houseId: journeyId,
      providerAgency: 'hope-housing',
      area: 'coventry',
      free: 3,
      held: 1,
      occupied: 2,
      outOfService: 0,
      countedAt: '2026-04-09T13:00:00.000Z',
    },
  };
}

const IDENTIFIED = 'waypoint.identification.potential-victim-identified.v1';

/** A valid identified event as parsed JSON, so a test can break exactly one thing in it. */
function identifiedEventJson(): Record<string, unknown> & { data: Record<string, unknown> } {
  const journeyId = randomUUID();
  const { event } = buildEvent(IDENTIFIED, journeyId, validPayloads(journeyId)[IDENTIFIED], origin);
  return JSON.parse(JSON.stringify(event)) as Record<string, unknown> & { data: Record<string, unknown> };
}

function reasonOf(raw: Buffer | string | null): string {
  const decoded = decodeEvent(raw);
  if (decoded.ok) throw new Error('expected the event to be refused, but it was accepted');
  return decoded.reason;
}

describe('decodeEvent', () => {
  const sut = decodeEvent;

  it.each(Object.keys(EVENT_CATALOGUE) as EventType[])('accepts a valid %s built by buildEvent', (type) => {
    const journeyId = randomUUID();
    const { event } = buildEvent(type, journeyId, validPayloads(journeyId)[type], origin);

    const decoded = sut(Buffer.from(JSON.stringify(event), 'utf8'));

    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.event).toMatchObject({ id: event.id, type, subject: journeyId });
    expect(decoded.event.data).toBeInstanceOf(EVENT_CATALOGUE[type].payload);
    expect({ ...decoded.event.data }).toEqual(event.data);
  });

  describe('waypoint.referral.nrm-case-updated.v1', () => {
    const UPDATED = 'waypoint.referral.nrm-case-updated.v1';

    function updatedJson(data: Record<string, unknown>): string {
      const journeyId = randomUUID();
      const { event } = buildEvent(UPDATED, journeyId, validPayloads(journeyId)[UPDATED], origin);
      return JSON.stringify({ ...event, data: { ...(event.data as object), ...data } });
    }

    it('accepts a null nextDeadline (the case counts towards nothing) and no outcome', () => {
      expect(sut(updatedJson({ nextDeadline: null, outcome: undefined })).ok).toBe(true);
    });

    it('refuses a nextDeadline of an unknown kind, naming the nested field', () => {
      expect(reasonOf(updatedJson({ nextDeadline: { kind: 'soon', dueOn: '2026-05-08' } }))).toContain(
        'data.nextDeadline.kind: isIn',
      );
    });

    it('refuses a missing nextDeadline, so a consumer never mistakes it for "unchanged"', () => {
      expect(reasonOf(updatedJson({ nextDeadline: undefined }))).toContain('data.nextDeadline');
    });

    it('refuses "overdue" as a kind of deadline: it is a reading of the RG target, carried by no event', () => {
      expect(
        reasonOf(updatedJson({ nextDeadline: { kind: 'reasonable-grounds-overdue', dueOn: '2026-05-08' } })),
      ).toContain('data.nextDeadline.kind: isIn');
    });
  });

  describe('waypoint.referral.nrm-clock-reached.v1', () => {
    const REACHED = 'waypoint.referral.nrm-clock-reached.v1';

    it.each(NRM_CLOCK_KINDS)('accepts the %s clock', (clock) => {
      const journeyId = randomUUID();
      const { event } = buildEvent(
        REACHED,
        journeyId,
        { ...validPayloads(journeyId)[REACHED], clock },
        origin,
      );
      expect(sut(JSON.stringify(event)).ok).toBe(true);
    });
  });

  it('accepts the message value as a string as well as a Buffer', () => {
    expect(sut(JSON.stringify(identifiedEventJson())).ok).toBe(true);
  });

  it('refuses an empty message value', () => {
    expect(reasonOf(null)).toBe('empty message value');
  });

  it('refuses a value that is not JSON', () => {
    expect(reasonOf('{"specversion": "1.0",')).toMatch(/^value is not JSON: /);
  });

  it.each([
    ['a JSON array', '[]'],
    ['a JSON string', '"hello"'],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
  ])('refuses %s as not a JSON object', (_, raw) => {
    expect(reasonOf(raw)).toBe('value is not a JSON object');
  });

  it.each([
    ['id', 'id: isUuid'],
    ['source', 'source: isString'],
    ['type', 'type: isString'],
    ['subject', 'subject: isUuid'],
    ['time', 'time: isIso8601'],
    ['datacontenttype', 'datacontenttype: equals'],
    ['correlationid', 'correlationid: isUuid'],
    ['data', 'data: isDefined'],
    ['specversion', 'specversion: equals'],
  ])('refuses an envelope without %s, naming it', (field, rule) => {
    const event = identifiedEventJson();
    delete event[field];

    const reason = reasonOf(JSON.stringify(event));

    expect(reason).toMatch(/^invalid envelope: /);
    expect(reason).toContain(rule);
  });

  it('refuses a CloudEvents specversion other than 1.0', () => {
    const event = { ...identifiedEventJson(), specversion: '0.3' };

    expect(reasonOf(JSON.stringify(event))).toBe('invalid envelope: specversion: equals');
  });

  it('refuses a causationid that is not a UUID', () => {
    const event = { ...identifiedEventJson(), causationid: 'request-42' };

    expect(reasonOf(JSON.stringify(event))).toBe('invalid envelope: causationid: isUuid');
  });

  it('refuses a type name that is not literal and versioned', () => {
    const event = { ...identifiedEventJson(), type: 'PotentialVictimIdentified' };

    expect(reasonOf(JSON.stringify(event))).toBe('invalid envelope: type: matches');
  });

  it('refuses a well-formed but uncatalogued event type', () => {
    const event = {
      ...identifiedEventJson(),
      type: 'waypoint.identification.potential-victim-identified.v9',
    };

    expect(reasonOf(JSON.stringify(event))).toBe(
      'unknown event type: waypoint.identification.potential-victim-identified.v9',
    );
  });

  it('refuses a payload with a property the contract does not declare', () => {
    const event = identifiedEventJson();
    event.data.fullName = 'Jane Doe';

    expect(reasonOf(JSON.stringify(event))).toBe(
      `invalid ${IDENTIFIED} payload: data.fullName: whitelistValidation`,
    );
  });

  it('refuses a value outside a closed vocabulary, naming the path', () => {
    const event = identifiedEventJson();
    event.data.ageGroup = 'teenager';

    expect(reasonOf(JSON.stringify(event))).toBe(`invalid ${IDENTIFIED} payload: data.ageGroup: isIn`);
  });

  it('refuses a value of the wrong type, naming the path', () => {
    const event = identifiedEventJson();
    event.data.countyLines = 'yes';

    expect(reasonOf(JSON.stringify(event))).toBe(
      `invalid ${IDENTIFIED} payload: data.countyLines: isBoolean`,
    );
  });

  it('names every broken payload field, not just the first', () => {
    const event = identifiedEventJson();
    event.data.ageGroup = 'teenager';
    event.data.exploitationTypes = ['labour', 'labour', 'piracy'];

    const reason = reasonOf(JSON.stringify(event));

    expect(reason).toContain('data.ageGroup: isIn');
    expect(reason).toContain('data.exploitationTypes: arrayUnique');
    expect(reason).toContain('data.exploitationTypes: isIn');
  });

  it('refuses data that is not an object', () => {
    const event = { ...identifiedEventJson(), data: ['labour'] };

    expect(reasonOf(JSON.stringify(event))).toBe('invalid envelope: data: isObject');
  });

  // The journey read model keys the timeline by `subject`, while referral opens the case for
  // `data.journeyId`: if the two may differ, the services silently disagree about whose event this is.
  it('refuses an event whose subject is not the journey id its payload names', () => {
    const event = { ...identifiedEventJson(), subject: randomUUID() };

    expect(sut(JSON.stringify(event)).ok).toBe(false);
  });
});

describe('describeValidationErrors', () => {
  const sut = describeValidationErrors;

  it('flattens nested errors into path: rule lines under the prefix', () => {
    const lines = sut(
      [
        {
          property: 'outer',
          constraints: { isObject: 'outer must be an object' },
          children: [{ property: 'inner', constraints: { isIn: 'x', isString: 'y' }, children: [] }],
        },
      ],
      'data',
    );

    expect(lines).toEqual(['data.outer: isObject', 'data.outer.inner: isIn', 'data.outer.inner: isString']);
  });

  it('uses the bare property name when there is no prefix', () => {
    expect(sut([{ property: 'PORT', constraints: { isInt: 'PORT must be an integer' } }])).toEqual([
      'PORT: isInt',
    ]);
  });
});

describe('isDeadlineOverdue', () => {
  const sut = isDeadlineOverdue;

  it.each(['reasonable-grounds-due', 'place-of-safety-decision-due'])(
    'is true of a decision (%s) only once its last day is behind today',
    (kind) => {
      expect(sut({ kind, dueOn: '2026-12-02' }, '2026-12-03')).toBe(true);
      expect(sut({ kind, dueOn: '2026-12-03' }, '2026-12-03')).toBe(false);
    },
  );

  it.each(['reconsideration-window-closes', 'recovery-period-minimum-reached'])(
    'is never true of %s, a date that simply arrives',
    (kind) => {
      expect(sut({ kind, dueOn: '2026-01-01' }, '2026-12-03')).toBe(false);
    },
  );
});

describe('a house event (subject: the house)', () => {
  const CAPACITY = 'waypoint.placement.house-capacity-changed.v1';

  it('is keyed and subjected by its house id', () => {
    const houseId = randomUUID();
    const built = buildEvent(CAPACITY, houseId, validPayloads(houseId)[CAPACITY], origin);
    expect(built).toMatchObject({
      key: houseId,
      topic: 'waypoint.placement.capacity',
      event: { subject: houseId },
    });
  });

  it('is refused when its subject is not its house id, at both ends', () => {
    const houseId = randomUUID();
    expect(() => buildEvent(CAPACITY, randomUUID(), validPayloads(houseId)[CAPACITY], origin)).toThrow(
      /houseId/,
    );
    const { event } = buildEvent(CAPACITY, houseId, validPayloads(houseId)[CAPACITY], origin);
    const decoded = decodeEvent(JSON.stringify({ ...event, subject: randomUUID() }));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toContain("payload's houseId");
  });
});
