import * as path from 'node:path';
import { DEV_BROKER, TEST_BROKER, type BrokerSpec } from './kafka-broker';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const LOCAL_DIR = path.join(REPO_ROOT, '.local');
export const KEYS_DIR = path.join(LOCAL_DIR, 'keys');

/** The services that own case data and talk to each other over Kafka. */
export const EVENT_SERVICES = ['identification', 'referral', 'journey', 'placement'] as const;
/** Every process of the mesh: the event services and the gateway in front of them. */
export const SERVICES = [...EVENT_SERVICES, 'gateway'] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * A profile is one isolated copy of the infrastructure: its own broker and its own databases,
 * so `npm test` and `npm run bench` never disturb a mesh started with `npm start`.
 */
export interface Profile {
  name: 'dev' | 'test' | 'bench';
  broker: BrokerSpec;
  databasePrefix: string;
  ports: Record<ServiceName, number>;
}

export const PROFILES: Record<Profile['name'], Profile> = {
  dev: {
    name: 'dev',
    broker: DEV_BROKER,
    databasePrefix: 'waypoint_',
    ports: { gateway: 3100, identification: 3101, referral: 3102, journey: 3103, placement: 3104 },
  },
  test: {
    name: 'test',
    broker: TEST_BROKER,
    databasePrefix: 'waypoint_test_',
    ports: { gateway: 4100, identification: 4101, referral: 4102, journey: 4103, placement: 4104 },
  },
  bench: {
    name: 'bench',
    broker: { name: 'bench', port: 39092, controllerPort: 39093 },
    databasePrefix: 'waypoint_bench_',
    ports: { gateway: 5100, identification: 5101, referral: 5102, journey: 5103, placement: 5104 },
  },
};

export const DEFAULT_PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function pgAdminUrl(): string {
  return process.env.PG_ADMIN_URL ?? DEFAULT_PG_ADMIN_URL;
}

/**
 * The test profile, or a parallel copy of it: WAYPOINT_TEST_SLOT=N (1-9) shifts every port by
 * N*100 and suffixes the database prefix, so two test runs on one machine never share state.
 */
export function testProfile(slot = Number(process.env.WAYPOINT_TEST_SLOT ?? 0)): Profile {
  if (!Number.isInteger(slot) || slot < 0 || slot > 9) throw new Error('WAYPOINT_TEST_SLOT must be 0-9');
  if (slot === 0) return PROFILES.test;
  const base = PROFILES.test;
  const shift = slot * 100;
  return {
    name: 'test',
    broker: {
      name: `test${slot}`,
      port: base.broker.port + shift,
      controllerPort: base.broker.controllerPort + shift,
    },
    databasePrefix: `waypoint_test${slot}_`,
    ports: {
      gateway: base.ports.gateway + shift,
      identification: base.ports.identification + shift,
      referral: base.ports.referral + shift,
      journey: base.ports.journey + shift,
      placement: base.ports.placement + shift,
    },
  };
}
