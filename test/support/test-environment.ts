import { mintTokenFromFile, type Role } from '@waypoint/auth';
import type { PreparedInfrastructure } from '../../infra/src/environment';
import type { DatabaseSpec } from '../../infra/src/postgres';
import { SERVICES, testProfile, type ServiceName } from '../../infra/src/profiles';
import { TEST_ENV } from '../setup/test-infrastructure';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test through jest's int or e2e project`);
  return value;
}

export const testBrokers = (): string => required(TEST_ENV.brokers);
export const testAdminUrl = (): string => required(TEST_ENV.adminUrl);
export const testDatabaseUrl = (service: ServiceName): string => required(TEST_ENV.databaseUrl(service));
export const isLocalInfrastructure = (): boolean => process.env[TEST_ENV.infraKind] === 'local';

export function tokenFor(role: Role, agency: string, subject = `${role}-${agency}`): Promise<string> {
  return mintTokenFromFile(required(TEST_ENV.privateKeyPath), { role, agency, subject });
}

/** The infrastructure global setup prepared, rebuilt in a test worker from what it published. */
export function testInfrastructure(): PreparedInfrastructure {
  const databases: DatabaseSpec[] = SERVICES.map((service) => {
    const url = testDatabaseUrl(service);
    return { service, url, database: new URL(url).pathname.slice(1), role: `waypoint_${service}` };
  });
  return {
    profile: testProfile(),
    brokers: testBrokers(),
    adminUrl: testAdminUrl(),
    databases,
    keys: {
      privateKeyPath: required(TEST_ENV.privateKeyPath),
      publicKeyPath: required(TEST_ENV.publicKeyPath),
      personalDataMasterKeyPath: required(TEST_ENV.personalDataMasterKeyPath),
      placementSealingKeyPath: required(TEST_ENV.placementSealingKeyPath),
    },
    stop: async () => undefined,
  };
}
