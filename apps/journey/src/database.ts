import {
  CreateMessagingTables1763900000000,
  DropOutboxNotifyTrigger1764000000000,
} from '@waypoint/messaging';
import type { DataSourceOptions } from 'typeorm';
import { JourneyEventRecord, JourneyRecord } from './journey.entities';
import { CreateJourneyTables1763900000300 } from './migrations/1763900000300-create-journey-tables';
import { AddPlacementStage1765000000310 } from './migrations/1765000000310-add-placement-stage';

export function journeyDataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    poolSize,
    applicationName: 'waypoint-journey',
    entities: [JourneyRecord, JourneyEventRecord],
    migrations: [
      CreateMessagingTables1763900000000,
      CreateJourneyTables1763900000300,
      DropOutboxNotifyTrigger1764000000000,
      AddPlacementStage1765000000310,
    ],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
  };
}
