import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateJourneyTables1763900000300 implements MigrationInterface {
  name = 'CreateJourneyTables1763900000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE journey (
        journey_id uuid PRIMARY KEY,
        stage text NOT NULL,
        stage_rank int NOT NULL,
        agencies text[] NOT NULL,
        next_deadline_kind text,
        next_deadline_on date,
        opened_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE journey_event (
        event_id uuid PRIMARY KEY,
        journey_id uuid NOT NULL REFERENCES journey (journey_id),
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        agency text NOT NULL,
        summary jsonb NOT NULL,
        correlation_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await runner.query(
      'CREATE INDEX journey_event_timeline_idx ON journey_event (journey_id, occurred_at, event_id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE journey_event');
    await runner.query('DROP TABLE journey');
  }
}
