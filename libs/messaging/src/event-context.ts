import type { CloudEvent, EventOrigin, EventType, PayloadOf } from '@waypoint/contracts';
import type { EntityManager } from 'typeorm';

/**
 * What an event handler gets beside the payload: the envelope, and the transaction its effect
 * must be written in (the inbox row for this event commits in the same transaction).
 */
export class EventContext<T extends EventType = EventType> {
  constructor(
    readonly event: CloudEvent<PayloadOf<T>, T>,
    readonly manager: EntityManager,
    readonly service: string,
  ) {}

  /** Origin for events this handler emits: same correlation, caused by this event. */
  originOfReaction(): EventOrigin {
    return { service: this.service, correlationId: this.event.correlationid, causationId: this.event.id };
  }
}
