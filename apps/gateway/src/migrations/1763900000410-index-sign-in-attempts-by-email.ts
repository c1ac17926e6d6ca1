import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in reads the recent attempts for an email (by its hash) to lock unknown emails too. */
export class IndexSignInAttemptsByEmail1763900000410 implements MigrationInterface {
  name = 'IndexSignInAttemptsByEmail1763900000410';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX sign_in_attempt_email_idx ON sign_in_attempt (email_sha256, attempted_at DESC)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX sign_in_attempt_email_idx');
  }
}
