import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A safe-house provider may open a survivor's personal details from its acceptance of the placement
 * until the stay ends (docs/domain.md, "Safe houses and placement"). Learnt from placement's events;
 * one row per accepted offer, revoked when that stay ends or the request is withdrawn.
 */
export class CreatePlacementAccessGrant1765000000150 implements MigrationInterface {
  name = 'CreatePlacementAccessGrant1765000000150';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE placement_access_grant (
        offer_id uuid PRIMARY KEY,
        request_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        agency text NOT NULL,
        granted_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query(
      'CREATE INDEX placement_access_grant_open_idx ON placement_access_grant (journey_id, agency) WHERE revoked_at IS NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE placement_access_grant');
  }
}
