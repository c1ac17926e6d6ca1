import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An adult offered a place of safety records consent 'undecided' and has until
 * place_of_safety_decision_due_on to decide; the date stays as a record once they have.
 */
export class AddPlaceOfSafety1763900000130 implements MigrationInterface {
  name = 'AddPlaceOfSafety1763900000130';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE potential_victim
        ADD COLUMN place_of_safety_decision_due_on date,
        DROP CONSTRAINT potential_victim_consent_check,
        ADD CONSTRAINT potential_victim_consent_check
          CHECK (consent IN ('given', 'declined', 'undecided', 'not-required-child')),
        ADD CONSTRAINT potential_victim_undecided_has_due_date
          CHECK (consent <> 'undecided' OR place_of_safety_decision_due_on IS NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE potential_victim
        DROP CONSTRAINT potential_victim_undecided_has_due_date,
        DROP CONSTRAINT potential_victim_consent_check,
        ADD CONSTRAINT potential_victim_consent_check
          CHECK (consent IN ('given', 'declined', 'not-required-child')),
        DROP COLUMN place_of_safety_decision_due_on`);
  }
}
