import { randomUUID } from 'node:crypto';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { buildEvent, type EventOrigin } from './build-event';
import type { PayloadOf } from './catalogue';
import { TOPICS } from './topics';

const IDENTIFIED = 'waypoint.identification.potential-victim-identified.v1';
const DUTY_TO_NOTIFY = 'waypoint.referral.duty-to-notify-recorded.v1';

function identified(journeyId: string): PayloadOf<typeof IDENTIFIED> {
  return {
    journeyId,
    identifiedAt: '2026-04-01T09:30:00.000Z',
    ageGroup: 'child',
    exploitationTypes: ['criminal'],
    countyLines: true,
    exploitedIn: 'uk',
    indicators: [],
    area: 'wolverhampton',
    firstResponderAgency: 'wolverhampton-children-services',
    firstResponderOrganisationType: 'local-authority',
    consent: 'not-required-child',
  };
}

function dutyToNotify(journeyId: string): PayloadOf<typeof DUTY_TO_NOTIFY> {
  return {
    journeyId,
    notificationId: randomUUID(),
    notifiedAt: '2026-04-01T09:30:00.000Z',
    area: 'walsall',
    notifyingAgency: 'west-midlands-police',
  };
}

describe('buildEvent', () => {
  const sut = buildEvent;
  const journeyId = randomUUID();
  const correlationId = randomUUID();
  const causationId = randomUUID();
  const origin: EventOrigin = { service: 'identification', correlationId, causationId };
  const at = new Date('2026-04-01T09:30:00.000Z');

  it('produces a CloudEvents 1.0 structured envelope', () => {
    const { id: _, ...envelope } = sut(IDENTIFIED, journeyId, identified(journeyId), origin, at).event;

    expect(envelope).toEqual({
      specversion: '1.0',
      source: '/waypoint/identification',
      type: IDENTIFIED,
      subject: journeyId,
      time: '2026-04-01T09:30:00.000Z',
      datacontenttype: 'application/json',
      correlationid: correlationId,
      causationid: causationId,
      data: identified(journeyId),
    });
  });

  it('gives each event a fresh UUIDv7 id', () => {
    const first = sut(IDENTIFIED, journeyId, identified(journeyId), origin).event.id;
    const second = sut(IDENTIFIED, journeyId, identified(journeyId), origin).event.id;

    expect(isUuid(first)).toBe(true);
    expect(uuidVersion(first)).toBe(7);
    expect(uuidVersion(second)).toBe(7);
    expect(second).not.toBe(first);
  });

  it('keys the message by journey id on the producing service topic', () => {
    expect(sut(IDENTIFIED, journeyId, identified(journeyId), origin)).toMatchObject({
      topic: TOPICS.identification,
      key: journeyId,
    });
    expect(
      sut(DUTY_TO_NOTIFY, journeyId, dutyToNotify(journeyId), { ...origin, service: 'referral' }),
    ).toMatchObject({ topic: TOPICS.referral, key: journeyId, event: { source: '/waypoint/referral' } });
  });

  it('omits causationid when the event has no cause', () => {
    const { event } = sut(IDENTIFIED, journeyId, identified(journeyId), {
      service: 'identification',
      correlationId,
    });

    expect(event).not.toHaveProperty('causationid');
    expect(event.correlationid).toBe(correlationId);
  });

  it('stamps the current time when none is given', () => {
    const before = Date.now();
    const { event } = sut(IDENTIFIED, journeyId, identified(journeyId), origin);

    expect(Date.parse(event.time)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(event.time)).toBeLessThanOrEqual(Date.now());
  });

  it('copies the payload so later changes to the caller object do not alter the event', () => {
    const data = identified(journeyId);
    const { event } = sut(IDENTIFIED, journeyId, data, origin);
    data.area = 'coventry';

    expect(event.data).not.toBe(data);
    expect(event.data).toHaveProperty('area', 'wolverhampton');
  });

  it('refuses a payload that breaks its contract, naming the path', () => {
    const data = { ...identified(journeyId), ageGroup: 'teenager' } as unknown as PayloadOf<
      typeof IDENTIFIED
    >;

    expect(() => sut(IDENTIFIED, journeyId, data, origin)).toThrow(
      `refusing to publish invalid ${IDENTIFIED}: data.ageGroup: isIn`,
    );
  });

  it('refuses a payload carrying an undeclared property, so personal data cannot slip into Kafka', () => {
    const data = { ...identified(journeyId), fullName: 'Jane Doe' } as PayloadOf<typeof IDENTIFIED>;

    expect(() => sut(IDENTIFIED, journeyId, data, origin)).toThrow(/data\.fullName: whitelistValidation/);
  });

  it('refuses a payload missing a required field', () => {
    const { notifyingAgency: _, ...data } = dutyToNotify(journeyId);

    expect(() => sut(DUTY_TO_NOTIFY, journeyId, data as PayloadOf<typeof DUTY_TO_NOTIFY>, origin)).toThrow(
      /data\.notifyingAgency: isString/,
    );
  });

  // subject and data.journeyId are two copies of one fact; consumers read one or the other.
  it('refuses a subject that differs from the journey id in the payload', () => {
    expect(() => sut(IDENTIFIED, randomUUID(), identified(journeyId), origin)).toThrow();
  });
});
