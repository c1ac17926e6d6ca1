export * from './messaging-tables.migration';
export { outboxInsert, type SqlFragment } from './outbox-insert';
// Not outboxCommitted: the relay is woken by the one helper that commits (unit-of-work.ts).
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export * from './unit-of-work';
export * from './event-context';
export * from './on-event.decorator';
export * from './kafka-event-server';
export * from './kafka-client';
export * from './transient-error';
export * from './pass-through-rpc-errors.filter';
export * from './scheduled-events';
