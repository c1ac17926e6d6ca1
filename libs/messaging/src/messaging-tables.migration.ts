import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and inbox every service keeps in its own database. Shared as one migration class
 * so each app lists it in its own migrations instead of copying the SQL.
 */
export class CreateMessagingTables1763900000000 implements MigrationInterface {
  name = 'CreateMessagingTables1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox_message (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        event_type text NOT NULL,
        topic text NOT NULL,
        message_key text NOT NULL,
        payload text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    // Statement-level so a multi-row insert wakes the relay once; NOTIFY is delivered on commit,
    // so the relay never sees rows of a transaction that rolled back.
    await runner.query(`
      CREATE FUNCTION waypoint_notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('waypoint_outbox', ''); RETURN NULL; END $$`);
    await runner.query(`
      CREATE TRIGGER outbox_message_notify AFTER INSERT ON outbox_message
      FOR EACH STATEMENT EXECUTE FUNCTION waypoint_notify_outbox()`);
    await runner.query(`
      CREATE TABLE inbox_message (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE inbox_message');
    await runner.query('DROP TRIGGER outbox_message_notify ON outbox_message');
    await runner.query('DROP FUNCTION waypoint_notify_outbox()');
    await runner.query('DROP TABLE outbox_message');
  }
}

/**
 * The relay is now woken in-process (outboxCommitted) and by a short idle poll: every NOTIFY
 * takes a server-wide lock at commit, which capped the commit rate of the whole Postgres server
 * (measured ~850 commits/s with it, 1,170–1,770 without, on the 2-core bench machine).
 */
export class DropOutboxNotifyTrigger1764000000000 implements MigrationInterface {
  name = 'DropOutboxNotifyTrigger1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER IF EXISTS outbox_message_notify ON outbox_message');
    await runner.query('DROP FUNCTION IF EXISTS waypoint_notify_outbox()');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION waypoint_notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('waypoint_outbox', ''); RETURN NULL; END $$`);
    await runner.query(`
      CREATE TRIGGER outbox_message_notify AFTER INSERT ON outbox_message
      FOR EACH STATEMENT EXECUTE FUNCTION waypoint_notify_outbox()`);
  }
}
