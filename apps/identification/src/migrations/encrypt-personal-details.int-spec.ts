import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, type QueryRunner } from 'typeorm';
import { testDatabaseUrl } from '../../../../test/support/test-environment';
import { identificationDataSourceOptions } from '../database';
import { PersonalDataCipher } from '../personal-data/personal-data-cipher';
import { CreateIdentificationTables1763900000100 } from './1763900000100-create-identification-tables';
import { EncryptPersonalDetails1763900000110 } from './1763900000110-encrypt-personal-details';

// Real Postgres: the identification database, in a scratch schema inside a rolled-back transaction.

let dataSource: DataSource;
const masterKey = randomBytes(32).toString('base64');
const keyPath = join(mkdtempSync(join(tmpdir(), 'waypoint-it-')), 'master.key');
writeFileSync(keyPath, masterKey, { mode: 0o600 });

beforeAll(async () => {
  dataSource = new DataSource(identificationDataSourceOptions(testDatabaseUrl('identification'), 2));
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource.destroy();
});

async function inScratchSchema(work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const schema = `it_${randomUUID().replace(/-/g, '')}`;
    await runner.query(`CREATE SCHEMA ${schema}`);
    await runner.query(`SET LOCAL search_path TO ${schema}`);
    await new CreateIdentificationTables1763900000100().up(runner);
    await work(runner);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

async function insertPlaintext(runner: QueryRunner, journeyId: string): Promise<void> {
  await runner.query(
    `INSERT INTO potential_victim (journey_id, identified_at, recorded_by, first_responder_agency,
       first_responder_organisation_type, area, age_group, exploitation_types, county_lines, exploited_in, indicators, consent)
     VALUES ($1, now(), 'fr-1', 'coventry-council', 'local-authority', 'coventry', 'adult', ARRAY['labour'], false, 'uk',
       ARRAY[]::text[], 'given')`,
    [journeyId],
  );
  await runner.query(
    `INSERT INTO personal_details (journey_id, full_name, date_of_birth, nationality, contact)
     VALUES ($1, 'Plain Text', '1970-01-02', 'Nowhere', NULL)`,
    [journeyId],
  );
}

describe('EncryptPersonalDetails migration', () => {
  const previous = process.env.PERSONAL_DATA_MASTER_KEY_PATH;
  afterEach(() => {
    if (previous === undefined) delete process.env.PERSONAL_DATA_MASTER_KEY_PATH;
    else process.env.PERSONAL_DATA_MASTER_KEY_PATH = previous;
  });

  it('seals existing plaintext rows under new per-journey keys and drops the plaintext columns', async () => {
    process.env.PERSONAL_DATA_MASTER_KEY_PATH = keyPath;
    await inScratchSchema(async (runner) => {
      const journeyId = randomUUID();
      await insertPlaintext(runner, journeyId);

      await new EncryptPersonalDetails1763900000110().up(runner);

      const [row] = (await runner.query(
        `SELECT d.*, k.master_key_version, k.wrapped_key FROM personal_details d JOIN journey_data_key k USING (journey_id)`,
      )) as { sealed: Buffer; master_key_version: number; wrapped_key: Buffer; full_name?: unknown }[];
      expect(row).not.toHaveProperty('full_name');
      expect(row.sealed.includes(Buffer.from('Plain Text'))).toBe(false);
      const cipher = PersonalDataCipher.fromBase64(masterKey);
      const dataKey = cipher.unwrapJourneyKey(journeyId, {
        masterKeyVersion: row.master_key_version,
        wrappedKey: row.wrapped_key,
      });
      expect(cipher.openDetails(journeyId, dataKey, row.sealed)).toEqual({
        fullName: 'Plain Text',
        dateOfBirth: '1970-01-02',
        nationality: 'Nowhere',
        contact: null,
      });
    });
  });

  it('refuses to run over plaintext rows without the master key, rather than drop or keep them', async () => {
    delete process.env.PERSONAL_DATA_MASTER_KEY_PATH;
    await inScratchSchema(async (runner) => {
      await insertPlaintext(runner, randomUUID());

      await expect(new EncryptPersonalDetails1763900000110().up(runner)).rejects.toThrow(
        '1 personal_details rows are in plaintext',
      );
    });
  });
});
