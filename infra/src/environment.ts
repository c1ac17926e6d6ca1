import { ensureDevelopmentKeyPair, type KeyPairFiles } from '@waypoint/auth';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { brokersOf, isBrokerReady, startBroker, stopBroker } from './kafka-broker';
import {
  databaseSpecs,
  ensurePostgresRunning,
  migrate,
  provisionDatabases,
  type DatabaseSpec,
} from './postgres';
import { KEYS_DIR, LOCAL_DIR, pgAdminUrl, type Profile } from './profiles';
import { ensureTopics } from './topics';

export interface PreparedInfrastructure {
  profile: Profile;
  brokers: string;
  adminUrl: string;
  databases: DatabaseSpec[];
  keys: KeyPairFiles & { personalDataMasterKeyPath: string; placementSealingKeyPath: string };
  /** Stops what this call started (and nothing it found already running). */
  stop(): Promise<void>;
}

export interface PrepareOptions {
  /** Drop and recreate the profile's databases, and start its broker on empty storage if it is down. */
  fresh?: boolean;
  /** Use this broker instead of starting the profile's own (e.g. a testcontainers Kafka). */
  brokers?: string;
  adminUrl?: string;
  log?: (line: string) => void;
}

/** Everything a profile needs before services start: Postgres, Kafka, topics, databases, keys. */
export async function prepareInfrastructure(
  profile: Profile,
  options: PrepareOptions = {},
): Promise<PreparedInfrastructure> {
  const log = options.log ?? ((line: string) => console.log(`[infra] ${line}`));
  const adminUrl = options.adminUrl ?? pgAdminUrl();
  await ensurePostgresRunning(adminUrl, log);

  let brokers = options.brokers;
  let startedBroker = false;
  if (!brokers) {
    brokers = brokersOf(profile.broker);
    if (!(await isBrokerReady(brokers))) {
      if (options.fresh)
        rmSync(path.join(LOCAL_DIR, 'kafka', profile.broker.name, 'data'), { recursive: true, force: true });
      log(
        `starting Kafka broker '${profile.broker.name}' on ${brokers} (first run downloads its jars from Maven Central)`,
      );
      const started = Date.now();
      ({ startedByUs: startedBroker } = await startBroker(profile.broker));
      log(`Kafka ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else {
      log(`using the Kafka broker already running on ${brokers}`);
    }
  }
  const created = await ensureTopics(brokers);
  if (created.length > 0) log(`created topics: ${created.join(', ')}`);

  const keys = {
    ...ensureDevelopmentKeyPair(KEYS_DIR),
    personalDataMasterKeyPath: ensureDevelopmentMasterKey('personal-data-master.key'),
    placementSealingKeyPath: ensureDevelopmentMasterKey('placement-sealing.key'),
  };
  // Identification's migrations seal any plaintext personal details left by older versions.
  process.env.PERSONAL_DATA_MASTER_KEY_PATH ??= keys.personalDataMasterKeyPath;
  const databases = databaseSpecs(profile, adminUrl);
  await provisionDatabases(adminUrl, databases, { fresh: options.fresh });
  for (const spec of databases) {
    const applied = await migrate(spec);
    if (applied.length > 0) log(`${spec.database}: applied ${applied.join(', ')}`);
  }
  const brokerSpec = profile.broker;
  return {
    profile,
    brokers,
    adminUrl,
    databases,
    keys,
    stop: async () => {
      if (startedBroker) {
        log(`stopping Kafka broker '${brokerSpec.name}'`);
        await stopBroker(brokerSpec);
      }
    },
  };
}

/**
 * A development master key (32 random bytes, base64), created once in the git-ignored keys folder:
 * identification's for personal details, placement's for addresses and risk notes. Two keys, so
 * neither service can open the other's values. Real deployments provide theirs from a secret store.
 */
function ensureDevelopmentMasterKey(file: string): string {
  const keyPath = path.join(KEYS_DIR, file);
  if (!existsSync(keyPath)) {
    mkdirSync(KEYS_DIR, { recursive: true, mode: 0o700 });
    writeFileSync(keyPath, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  }
  return keyPath;
}
