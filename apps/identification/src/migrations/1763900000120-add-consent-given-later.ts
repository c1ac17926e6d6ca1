import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When an adult who first declined gave consent later (null: consent as recorded at identification). */
export class AddConsentGivenLater1763900000120 implements MigrationInterface {
  name = 'AddConsentGivenLater1763900000120';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE potential_victim ADD COLUMN consent_given_later_at timestamptz');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE potential_victim DROP COLUMN consent_given_later_at');
  }
}
