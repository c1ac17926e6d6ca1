import { readFileSync } from 'node:fs';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PersonalDataCipher } from '../personal-data/personal-data-cipher';

interface PlaintextRow {
  journey_id: string;
  full_name: string | null;
  date_of_birth: string | null;
  nationality: string | null;
  contact: string | null;
}

/**
 * Personal details move from plaintext columns to one sealed value per journey under the
 * journey's own data key (see PersonalDataCipher). Rows already stored are sealed here, which
 * needs the master key: the migration refuses to run over plaintext rows without it rather than
 * drop or keep them in the clear.
 */
export class EncryptPersonalDetails1763900000110 implements MigrationInterface {
  name = 'EncryptPersonalDetails1763900000110';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE journey_data_key (
        journey_id uuid PRIMARY KEY REFERENCES potential_victim (journey_id) ON DELETE CASCADE,
        master_key_version int NOT NULL,
        wrapped_key bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await runner.query(
      'ALTER TABLE personal_details ADD COLUMN sealed bytea, ADD COLUMN erased_at timestamptz',
    );
    const rows = (await runner.query(
      'SELECT journey_id, full_name, date_of_birth::text, nationality, contact FROM personal_details',
    )) as PlaintextRow[];
    if (rows.length > 0) {
      const keyPath = process.env.PERSONAL_DATA_MASTER_KEY_PATH;
      if (!keyPath) {
        throw new Error(
          `${rows.length} personal_details rows are in plaintext: set PERSONAL_DATA_MASTER_KEY_PATH to seal them`,
        );
      }
      const cipher = PersonalDataCipher.fromBase64(readFileSync(keyPath, 'utf8'));
      for (const row of rows) {
        const { dataKey, wrapped } = cipher.newJourneyKey(row.journey_id);
        const sealed = cipher.sealDetails(row.journey_id, dataKey, {
          fullName: row.full_name,
          dateOfBirth: row.date_of_birth,
          nationality: row.nationality,
          contact: row.contact,
        });
        await runner.query(
          'INSERT INTO journey_data_key (journey_id, master_key_version, wrapped_key) VALUES ($1, $2, $3)',
          [row.journey_id, wrapped.masterKeyVersion, wrapped.wrappedKey],
        );
        await runner.query('UPDATE personal_details SET sealed = $2 WHERE journey_id = $1', [
          row.journey_id,
          sealed,
        ]);
      }
    }
    await runner.query(
      'ALTER TABLE personal_details DROP COLUMN full_name, DROP COLUMN date_of_birth, DROP COLUMN nationality, DROP COLUMN contact',
    );
    // Either sealed details, or erased (sealed destroyed): never neither, never both.
    await runner.query(
      'ALTER TABLE personal_details ADD CONSTRAINT personal_details_sealed_or_erased CHECK ((sealed IS NULL) <> (erased_at IS NULL))',
    );
  }

  async down(): Promise<void> {
    // Decrypting back into plaintext columns is not something to automate.
    throw new Error('EncryptPersonalDetails1763900000110 is not reversible');
  }
}
