import { v7 as uuidv7 } from 'uuid';
import { subjectFieldOf, topicOf, type EventType, type PayloadOf } from './catalogue';
import type { CloudEvent } from './cloud-event';
import { assertValidPayload } from './event-validation';

export interface EventOrigin {
  /** The producing service, e.g. `identification`; becomes `source` `/waypoint/<service>`. */
  service: string;
  correlationId: string;
  /** The request or event that caused this one. */
  causationId?: string;
}

export interface OutgoingEvent {
  topic: string;
  key: string;
  event: CloudEvent;
}

/** `subjectId`: the journey id, or for a house's event (catalogue `subject: 'houseId'`) the house id. */
export function buildEvent<T extends EventType>(
  type: T,
  subjectId: string,
  data: PayloadOf<T>,
  origin: EventOrigin,
  time: Date = new Date(),
): OutgoingEvent {
  assertValidPayload(type, data);
  const field = subjectFieldOf(type);
  if ((data as unknown as Record<string, unknown>)[field] !== subjectId) {
    throw new Error(`refusing to publish ${type}: subject ${subjectId} is not the payload's ${field}`);
  }
  const event: CloudEvent<PayloadOf<T>, T> = {
    specversion: '1.0',
    id: uuidv7(),
    source: `/waypoint/${origin.service}`,
    type,
    subject: subjectId,
    time: time.toISOString(),
    datacontenttype: 'application/json',
    correlationid: origin.correlationId,
    ...(origin.causationId ? { causationid: origin.causationId } : {}),
    data: { ...data },
  };
  return { topic: topicOf(type), key: subjectId, event };
}
