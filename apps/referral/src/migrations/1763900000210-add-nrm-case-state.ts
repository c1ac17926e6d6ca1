import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The NRM case state machine's state, kept whole in `state`; `status` and `version` repeat parts of it as
 * columns so that queries and the optimistic-concurrency check need not read into the JSON.
 */
export class AddNrmCaseState1763900000210 implements MigrationInterface {
  name = 'AddNrmCaseState1763900000210';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE nrm_case ADD COLUMN state jsonb, ADD COLUMN version int NOT NULL DEFAULT 1`,
    );
    // Every existing case was only ever opened, so its state is what openNrmCase would have produced.
    await runner.query(`
      UPDATE nrm_case SET state = jsonb_build_object(
        'caseId', case_id,
        'journeyId', journey_id,
        'ageGroup', age_group,
        'competentAuthority', competent_authority,
        'decisionMaker', competent_authority,
        'submittedOn', to_char(submitted_on, 'YYYY-MM-DD'),
        'reasonableGroundsDueOn', to_char(reasonable_grounds_due_on, 'YYYY-MM-DD'),
        'status', status,
        'decisions', '[]'::jsonb,
        'lastChangedOn', to_char(submitted_on, 'YYYY-MM-DD'),
        'version', version)`);
    await runner.query(`
      ALTER TABLE nrm_case
        ALTER COLUMN state SET NOT NULL,
        ADD CONSTRAINT nrm_case_state_in_step CHECK (
          state->>'status' = status AND (state->>'version')::int = version AND version >= 1)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE nrm_case DROP COLUMN state, DROP COLUMN version');
  }
}
