import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /identifications?awaiting=place-of-safety-decision lists an agency's undecided adults, newest
 * first. Only a few records are ever undecided at once, so a partial index keeps it small.
 */
export class IndexUndecidedByAgency1763900000140 implements MigrationInterface {
  name = 'IndexUndecidedByAgency1763900000140';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE INDEX potential_victim_undecided_by_agency
        ON potential_victim (first_responder_agency, identified_at DESC)
        WHERE consent = 'undecided'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX potential_victim_undecided_by_agency`);
  }
}
