export * from './messaging-tables.migration';
export * from './outbox-writer';
export * from './outbox-relay';
export * from './event-context';
export * from './kafka-event-server';
export * from './kafka-client';
export * from './transient-error';
export * from './pass-through-rpc-errors.filter';
