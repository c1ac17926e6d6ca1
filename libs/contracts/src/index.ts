export * from './vocabulary';
export * from './topics';
export * from './cloud-event';
export * from './catalogue';
export * from './event-validation';
export * from './build-event';
export * from './events/identification.events';
export * from './events/referral.events';
