import {
  CreateMessagingTables1763900000000,
  CreateScheduledEvents1764000000100,
  DropOutboxNotifyTrigger1764000000000,
} from '@waypoint/messaging';
import type { DataSourceOptions } from 'typeorm';
import {
  JourneyDataKeyRecord,
  PersonalDataAccessRecord,
  PersonalDetailsRecord,
  PotentialVictimRecord,
} from './identification.entities';
import { CreateIdentificationTables1763900000100 } from './migrations/1763900000100-create-identification-tables';
import { EncryptPersonalDetails1763900000110 } from './migrations/1763900000110-encrypt-personal-details';
import { AddConsentGivenLater1763900000120 } from './migrations/1763900000120-add-consent-given-later';
import { AddPlaceOfSafety1763900000130 } from './migrations/1763900000130-add-place-of-safety';
import { IndexUndecidedByAgency1763900000140 } from './migrations/1763900000140-index-undecided-by-agency';
import { CreatePlacementAccessGrant1765000000150 } from './migrations/1765000000150-create-placement-access-grant';

export function identificationDataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    poolSize,
    applicationName: 'waypoint-identification',
    entities: [PotentialVictimRecord, PersonalDetailsRecord, JourneyDataKeyRecord, PersonalDataAccessRecord],
    migrations: [
      CreateMessagingTables1763900000000,
      CreateIdentificationTables1763900000100,
      EncryptPersonalDetails1763900000110,
      AddConsentGivenLater1763900000120,
      AddPlaceOfSafety1763900000130,
      IndexUndecidedByAgency1763900000140,
      DropOutboxNotifyTrigger1764000000000,
      CreateScheduledEvents1764000000100,
      CreatePlacementAccessGrant1765000000150,
    ],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
  };
}
