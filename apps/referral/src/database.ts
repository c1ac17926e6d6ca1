import {
  CreateMessagingTables1763900000000,
  CreateScheduledEvents1764000000100,
  DropOutboxNotifyTrigger1764000000000,
} from '@waypoint/messaging';
import type { DataSourceOptions } from 'typeorm';
import { CreateReferralTables1763900000200 } from './migrations/1763900000200-create-referral-tables';
import { AddNrmCaseState1763900000210 } from './migrations/1763900000210-add-nrm-case-state';
import { IndexDutyToNotifyByAgency1763900000220 } from './migrations/1763900000220-index-duty-to-notify-by-agency';
import { DutyToNotifyRecord, NrmCaseRecord } from './referral.entities';

export function referralDataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    poolSize,
    applicationName: 'waypoint-referral',
    entities: [NrmCaseRecord, DutyToNotifyRecord],
    migrations: [
      CreateMessagingTables1763900000000,
      CreateReferralTables1763900000200,
      AddNrmCaseState1763900000210,
      IndexDutyToNotifyByAgency1763900000220,
      DropOutboxNotifyTrigger1764000000000,
      CreateScheduledEvents1764000000100,
    ],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
  };
}
