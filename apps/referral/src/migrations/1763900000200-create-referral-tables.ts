import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReferralTables1763900000200 implements MigrationInterface {
  name = 'CreateReferralTables1763900000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE nrm_case (
        case_id uuid PRIMARY KEY,
        journey_id uuid NOT NULL UNIQUE,
        status text NOT NULL,
        competent_authority text NOT NULL CHECK (competent_authority IN ('SCA', 'IECA')),
        submitted_at timestamptz NOT NULL,
        submitted_on date NOT NULL,
        reasonable_grounds_due_on date NOT NULL CHECK (reasonable_grounds_due_on > submitted_on),
        age_group text NOT NULL,
        area text NOT NULL,
        exploitation_types text[] NOT NULL,
        referring_agency text NOT NULL
      )`);
    await runner.query(
      'CREATE INDEX nrm_case_agency_idx ON nrm_case (referring_agency, reasonable_grounds_due_on)',
    );
    await runner.query(`
      CREATE TABLE duty_to_notify (
        notification_id uuid PRIMARY KEY,
        journey_id uuid NOT NULL UNIQUE,
        notified_at timestamptz NOT NULL,
        area text NOT NULL,
        exploitation_types text[] NOT NULL,
        notifying_agency text NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE duty_to_notify');
    await runner.query('DROP TABLE nrm_case');
  }
}
