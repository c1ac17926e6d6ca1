import { v7 as uuidv7 } from 'uuid';
import { topicOf, type EventType, type PayloadOf } from './catalogue';
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

export function buildEvent<T extends EventType>(
  type: T,
  journeyId: string,
  data: PayloadOf<T>,
  origin: EventOrigin,
  time: Date = new Date(),
): OutgoingEvent {
  assertValidPayload(type, data);
  if ((data as { journeyId?: unknown }).journeyId !== journeyId) {
    throw new Error(`refusing to publish ${type}: subject ${journeyId} is not the payload's journeyId`);
  }
  const event: CloudEvent<PayloadOf<T>, T> = {
    specversion: '1.0',
    id: uuidv7(),
    source: `/waypoint/${origin.service}`,
    type,
    subject: journeyId,
    time: time.toISOString(),
    datacontenttype: 'application/json',
    correlationid: origin.correlationId,
    ...(origin.causationId ? { causationid: origin.causationId } : {}),
    data: { ...data },
  };
  return { topic: topicOf(type), key: journeyId, event };
}
