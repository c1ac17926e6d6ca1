import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROLES } from '@waypoint/auth';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../../../../test/support/test-environment';
import { hashPassword, verifyPassword } from '../accounts/password-hashing';
import { gatewayDataSourceOptions } from '../database';
import { DEMO_AGENCIES, seedDemo } from './seed-demo';

// Real Postgres (the gateway's own database, migrated by global setup).

describe('seedDemo', () => {
  const sut = seedDemo;
  let dataSource: DataSource;
  const credentialsFile = path.join(os.tmpdir(), `waypoint-it-demo-${randomUUID()}`, 'demo-credentials.json');

  beforeAll(async () => {
    dataSource = new DataSource({
      ...gatewayDataSourceOptions(testDatabaseUrl('gateway'), 2),
      logging: false,
    });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const hashOf = async (email: string): Promise<string> =>
    (
      await dataSource.query<{ password_hash: string }[]>(
        'SELECT password_hash FROM app_user WHERE email = $1',
        [email],
      )
    )[0].password_hash;

  it('creates the demo agencies and one user per role whose stored password verifies, in a 0600 file', async () => {
    const credentials = await sut(dataSource, credentialsFile);

    expect(credentials.map((user) => user.role).sort()).toEqual([...ROLES].sort());
    const agencies = await dataSource.query<{ id: string; name: string }[]>('SELECT id, name FROM agency');
    expect(agencies).toEqual(expect.arrayContaining(DEMO_AGENCIES.map((agency) => ({ ...agency }))));
    expect(agencies.find((agency) => agency.id === 'west-midlands-police')?.name).toBe(
      'West Midlands Police (demo)',
    );
    for (const user of credentials) {
      expect(user.password.length).toBeGreaterThanOrEqual(12);
      await expect(verifyPassword(await hashOf(user.email), user.password)).resolves.toBe(true);
    }
    expect(statSync(credentialsFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(credentialsFile, 'utf8'))).toEqual({ users: credentials });
  });

  it('is idempotent: a second run keeps the same users and passwords', async () => {
    const first = await sut(dataSource, credentialsFile);
    const hashes = await Promise.all(first.map((user) => hashOf(user.email)));

    const second = await sut(dataSource, credentialsFile);

    expect(second).toEqual(first);
    expect(await Promise.all(second.map((user) => hashOf(user.email)))).toEqual(hashes);
    const [{ count }] = await dataSource.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM app_user WHERE email LIKE '%@demo.waypoint.test'`,
    );
    expect(Number(count)).toBe(ROLES.length);
  });

  it("gives an account whose password was changed the file's password again, so what is printed works", async () => {
    const [user] = await sut(dataSource, credentialsFile);
    await dataSource.query('UPDATE app_user SET password_hash = $2 WHERE email = $1', [
      user.email,
      await hashPassword('somebody changed it'),
    ]);

    await sut(dataSource, credentialsFile);

    await expect(verifyPassword(await hashOf(user.email), user.password)).resolves.toBe(true);
  });
});
