export * from './environment';
export * from './validation';
export * from './request-context';
export * from './kafka-probe';
export * from './health.controller';
export * from './platform.module';
export * from './start-service';
