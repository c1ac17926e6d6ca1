import {
  CreateMessagingTables1763900000000,
  CreateScheduledEvents1764000000100,
  DropOutboxNotifyTrigger1764000000000,
} from '@waypoint/messaging';
import type { DataSourceOptions } from 'typeorm';
import { CreatePlacementTables1765000000500 } from './migrations/1765000000500-create-placement-tables';

/** No entities: placement's reads and writes are SQL in its repositories (the bed rules are the database's). */
export function placementDataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    poolSize,
    applicationName: 'waypoint-placement',
    entities: [],
    migrations: [
      CreateMessagingTables1763900000000,
      DropOutboxNotifyTrigger1764000000000,
      CreateScheduledEvents1764000000100,
      CreatePlacementTables1765000000500,
    ],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
  };
}
