import { prepareInfrastructure, type PreparedInfrastructure } from '../../infra/src/environment';
import { testProfile } from '../../infra/src/profiles';

/** What global setup hands to test files, through process.env (the only channel to jest workers). */
export const TEST_ENV = {
  brokers: 'WAYPOINT_TEST_KAFKA_BROKERS',
  adminUrl: 'WAYPOINT_TEST_PG_ADMIN_URL',
  privateKeyPath: 'WAYPOINT_TEST_PRIVATE_KEY_PATH',
  publicKeyPath: 'WAYPOINT_TEST_PUBLIC_KEY_PATH',
  personalDataMasterKeyPath: 'WAYPOINT_TEST_PERSONAL_DATA_MASTER_KEY_PATH',
  placementSealingKeyPath: 'WAYPOINT_TEST_PLACEMENT_SEALING_KEY_PATH',
  infraKind: 'WAYPOINT_TEST_INFRA_KIND',
  databaseUrl: (service: string) => `WAYPOINT_TEST_DATABASE_URL_${service.toUpperCase()}`,
  serviceUrl: (service: string) => `WAYPOINT_TEST_SERVICE_URL_${service.toUpperCase()}`,
} as const;

interface StartedContainer {
  stop(): Promise<unknown>;
}

interface TestInfrastructureState {
  infra: PreparedInfrastructure;
  containers: StartedContainer[];
}

const STATE_KEY = '__waypointTestInfrastructure';
type GlobalWithState = typeof globalThis & { [STATE_KEY]?: TestInfrastructureState };

async function dockerEngineAvailable(): Promise<boolean> {
  if (process.env.WAYPOINT_TEST_NO_DOCKER === '1') return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/**
 * Real Kafka and Postgres for the integration and end-to-end tiers: testcontainers where a
 * Docker engine exists, otherwise the project's own broker (infra/) and the machine's Postgres.
 * Either way the services get the same variables and run the same code.
 */
export async function provideTestInfrastructure(): Promise<TestInfrastructureState> {
  const global = globalThis as GlobalWithState;
  if (global[STATE_KEY]) return global[STATE_KEY];
  const containers: StartedContainer[] = [];
  let brokers: string | undefined;
  let adminUrl: string | undefined;
  if (await dockerEngineAvailable()) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const [postgres, kafka] = await Promise.all([
      new PostgreSqlContainer('postgres:15-alpine').start(),
      new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start(),
    ]);
    containers.push(postgres, kafka);
    brokers = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
    adminUrl = postgres.getConnectionUri();
  }
  const infra = await prepareInfrastructure(testProfile(), { fresh: true, brokers, adminUrl });
  process.env[TEST_ENV.brokers] = infra.brokers;
  process.env[TEST_ENV.adminUrl] = infra.adminUrl;
  process.env[TEST_ENV.privateKeyPath] = infra.keys.privateKeyPath;
  process.env[TEST_ENV.publicKeyPath] = infra.keys.publicKeyPath;
  process.env[TEST_ENV.personalDataMasterKeyPath] = infra.keys.personalDataMasterKeyPath;
  process.env[TEST_ENV.placementSealingKeyPath] = infra.keys.placementSealingKeyPath;
  process.env[TEST_ENV.infraKind] = containers.length > 0 ? 'containers' : 'local';
  for (const spec of infra.databases) process.env[TEST_ENV.databaseUrl(spec.service)] = spec.url;
  global[STATE_KEY] = { infra, containers };
  return global[STATE_KEY];
}

export async function releaseTestInfrastructure(): Promise<void> {
  const global = globalThis as GlobalWithState;
  const state = global[STATE_KEY];
  if (!state) return;
  global[STATE_KEY] = undefined;
  await state.infra.stop();
  await Promise.all(state.containers.map((container) => container.stop()));
}
