import type { DataSourceOptions } from 'typeorm';
import { CreateAccountTables1763900000400 } from './migrations/1763900000400-create-account-tables';
import { IndexSignInAttemptsByEmail1763900000410 } from './migrations/1763900000410-index-sign-in-attempts-by-email';
import { AllowPlacementCoordinatorRole1765000000420 } from './migrations/1765000000420-allow-placement-coordinator-role';

/** The gateway's own database: agencies, users, sessions and the sign-in audit. No outbox: it publishes nothing. */
export function gatewayDataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    poolSize,
    applicationName: 'waypoint-gateway',
    entities: [],
    migrations: [
      CreateAccountTables1763900000400,
      IndexSignInAttemptsByEmail1763900000410,
      AllowPlacementCoordinatorRole1765000000420,
    ],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
  };
}
