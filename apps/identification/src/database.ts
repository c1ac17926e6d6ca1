import {
  CreateMessagingTables1763900000000,
  DropOutboxNotifyTrigger1764000000000,
} from '@waypoint/messaging';
import type { DataSourceOptions } from 'typeorm';
import {
  PersonalDataAccessRecord,
  PersonalDetailsRecord,
  PotentialVictimRecord,
} from './identification.entities';
import { CreateIdentificationTables1763900000100 } from './migrations/1763900000100-create-identification-tables';

export function identificationDataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    poolSize,
    applicationName: 'waypoint-identification',
    entities: [PotentialVictimRecord, PersonalDetailsRecord, PersonalDataAccessRecord],
    migrations: [
      CreateMessagingTables1763900000000,
      CreateIdentificationTables1763900000100,
      DropOutboxNotifyTrigger1764000000000,
    ],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
  };
}
