import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A journey's placement stage runs beside its NRM stage (a survivor is placed while the case is decided),
 * so it has its own columns; `placement_at` is the time of the placement event that set them, so events
 * applied out of order settle on the latest.
 */
export class AddPlacementStage1765000000310 implements MigrationInterface {
  name = 'AddPlacementStage1765000000310';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE journey
        ADD COLUMN placement_status text,
        ADD COLUMN placement_next_kind text,
        ADD COLUMN placement_next_on date,
        ADD COLUMN placement_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE journey DROP COLUMN placement_status, DROP COLUMN placement_next_kind,
        DROP COLUMN placement_next_on, DROP COLUMN placement_at`);
  }
}
