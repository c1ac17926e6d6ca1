import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { gatewayDataSourceOptions } from '../../apps/gateway/src/database';
import { seedDemo, type DemoCredential } from '../../apps/gateway/src/seed/seed-demo';
import type { PreparedInfrastructure } from './environment';
import { LOCAL_DIR } from './profiles';

export const DEMO_CREDENTIALS_FILE = path.join(LOCAL_DIR, 'demo-credentials.json');

/** The demo agencies and one user per role in the profile's gateway database (idempotent). */
export async function seedDemoAccounts(infra: PreparedInfrastructure): Promise<DemoCredential[]> {
  const spec = infra.databases.find((database) => database.service === 'gateway')!;
  const dataSource = new DataSource({ ...gatewayDataSourceOptions(spec.url, 2), logging: false });
  await dataSource.initialize();
  try {
    return await seedDemo(dataSource, DEMO_CREDENTIALS_FILE);
  } finally {
    await dataSource.destroy();
  }
}
