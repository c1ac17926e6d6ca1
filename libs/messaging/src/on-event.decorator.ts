import { EventPattern } from '@nestjs/microservices';
import type { EventType, PayloadOf } from '@waypoint/contracts';
import type { EventContext } from './event-context';

/**
 * `unknown` when the handler's payload parameter is exactly the catalogue's payload for its types,
 * otherwise a property no method has. Both directions are checked because payload classes are
 * compared by shape: a payload whose fields are a subset of another's would pass a one-way check.
 */
type SamePayload<Declared, Catalogued> = [Declared] extends [Catalogued]
  ? [Catalogued] extends [Declared]
    ? unknown
    : { payloadIsNotTheCataloguesFor: Catalogued }
  : { payloadIsNotTheCataloguesFor: Catalogued };

/** `unknown` when the handler can take the context of its types' events, otherwise a property no method has. */
type TakesContextOf<Declared, T extends EventType> = [EventContext<T>] extends [Declared]
  ? unknown
  : { contextIsNotFor: T };

type HandlerCheck<M, T extends EventType> = M extends (payload: infer P, context: infer C) => unknown
  ? SamePayload<P, PayloadOf<T>> & TakesContextOf<C, T>
  : never;

/**
 * Declares a Kafka event handler (libs/messaging's KafkaEventServer calls it with the validated
 * payload and the context of the transaction its effect belongs to) and links the type strings to
 * the handler's parameters at compile time: a handler for `…identified.v1` that takes another
 * event's payload, or a context of another event, does not compile.
 */
export function OnEvent<T extends EventType>(...types: T[]) {
  if (types.length === 0) throw new Error('OnEvent needs at least one event type');
  return <M extends (payload: never, context: never) => Promise<void> | void>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M> & HandlerCheck<M, T>,
  ): void => {
    EventPattern(types.length === 1 ? types[0] : types)(target, key, descriptor);
  };
}
