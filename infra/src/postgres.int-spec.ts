import { Client } from 'pg';
import { testDatabaseUrl } from '../../test/support/test-environment';
import { SERVICES, type ServiceName } from './profiles';

async function connectAs(role: ServiceName, databaseOf: ServiceName): Promise<void> {
  const url = new URL(testDatabaseUrl(databaseOf));
  url.username = `waypoint_${role}`;
  url.password = `waypoint_${role}`;
  const client = new Client({ connectionString: url.toString() });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('database isolation between services', () => {
  const pairs = SERVICES.flatMap((role) => SERVICES.map((database) => [role, database] as const));

  it.each(pairs.filter(([role, database]) => role !== database))(
    "refuses the %s service's role a connection to the %s database",
    async (role, database) => {
      await expect(connectAs(role, database)).rejects.toThrow(/permission denied for database/);
    },
  );

  it.each(SERVICES)("lets the %s service's role use its own database", async (service) => {
    await expect(connectAs(service, service)).resolves.toBeUndefined();
  });
});
