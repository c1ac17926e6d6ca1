import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { gatewayDataSourceOptions } from '../../apps/gateway/src/database';
import { identificationDataSourceOptions } from '../../apps/identification/src/database';
import { journeyDataSourceOptions } from '../../apps/journey/src/database';
import { placementDataSourceOptions } from '../../apps/placement/src/database';
import { referralDataSourceOptions } from '../../apps/referral/src/database';
import { SERVICES, type Profile, type ServiceName } from './profiles';

export interface DatabaseSpec {
  service: ServiceName;
  database: string;
  role: string;
  url: string;
}

const DATA_SOURCE_OPTIONS: Record<ServiceName, (url: string) => DataSourceOptions> = {
  identification: identificationDataSourceOptions,
  referral: referralDataSourceOptions,
  journey: journeyDataSourceOptions,
  placement: placementDataSourceOptions,
  gateway: gatewayDataSourceOptions,
};

/**
 * One database and one role per service. The role is named for the service alone, so the same
 * role owns that service's database in every profile and no other database in any.
 */
export function databaseSpecs(profile: Profile, adminUrl: string): DatabaseSpec[] {
  const admin = new URL(adminUrl);
  return SERVICES.map((service) => {
    const role = `waypoint_${service}`;
    const database = `${profile.databasePrefix}${service}`;
    const url = new URL(adminUrl);
    url.username = role;
    // Development password only (the local server trusts loopback); real deployments inject secrets.
    url.password = role;
    url.pathname = `/${database}`;
    url.host = admin.host;
    return { service, database, role, url: url.toString() };
  });
}

async function canConnect(adminUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Starts the machine's own PostgreSQL cluster if it is installed but down (Debian layout). */
export async function ensurePostgresRunning(adminUrl: string, log: (line: string) => void): Promise<void> {
  if (await canConnect(adminUrl)) return;
  const versions = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
  if (versions.length === 0) {
    throw new Error(
      `PostgreSQL is not reachable at ${new URL(adminUrl).host} and no local cluster is installed`,
    );
  }
  log(`starting local PostgreSQL ${versions[0]}`);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0], 'main', 'start'], {
    stdio: 'inherit',
  });
  for (let attempt = 0; attempt < 30; attempt++) {
    if (await canConnect(adminUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error('PostgreSQL did not become reachable');
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** Creates roles and databases (idempotent); `fresh` drops the databases first (test runs). */
export async function provisionDatabases(
  adminUrl: string,
  specs: DatabaseSpec[],
  options: { fresh?: boolean } = {},
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const spec of specs) {
      const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [spec.role]);
      if (role.rowCount === 0) {
        await client.query(`CREATE ROLE ${ident(spec.role)} LOGIN PASSWORD ${literal(spec.role)}`);
      }
      if (options.fresh) await client.query(`DROP DATABASE IF EXISTS ${ident(spec.database)} WITH (FORCE)`);
      const database = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [spec.database]);
      if (database.rowCount === 0) {
        await client.query(`CREATE DATABASE ${ident(spec.database)} OWNER ${ident(spec.role)}`);
      }
      // Only the owning service's role may connect: no cross grants, not even read-only.
      await client.query(`REVOKE ALL ON DATABASE ${ident(spec.database)} FROM PUBLIC`);
      await client.query(
        `GRANT CONNECT, TEMPORARY ON DATABASE ${ident(spec.database)} TO ${ident(spec.role)}`,
      );
    }
  } finally {
    await client.end();
  }
}

/** Runs the service's committed migrations as the service's own role. */
export async function migrate(spec: DatabaseSpec): Promise<string[]> {
  const dataSource = new DataSource({ ...DATA_SOURCE_OPTIONS[spec.service](spec.url), logging: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
