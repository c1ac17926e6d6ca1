import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The placement coordinator (the contract's 24-hour referral line, which matches requests to safe-house
 * beds) is a role of its own: it sees every request and every provider's vacancy, which no other role does.
 */
export class AllowPlacementCoordinatorRole1765000000420 implements MigrationInterface {
  name = 'AllowPlacementCoordinatorRole1765000000420';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE app_user DROP CONSTRAINT app_user_role_check');
    await runner.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('first-responder', 'advocate',
        'safe-house-staff', 'placement-coordinator', 'support-worker', 'commissioner', 'administrator'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE app_user DROP CONSTRAINT app_user_role_check');
    await runner.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('first-responder', 'advocate',
        'safe-house-staff', 'support-worker', 'commissioner', 'administrator'))`);
  }
}
