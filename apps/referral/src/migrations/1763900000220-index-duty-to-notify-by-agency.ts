import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A first responder's case list reads their agency's Duty to Notify records newest first. */
export class IndexDutyToNotifyByAgency1763900000220 implements MigrationInterface {
  name = 'IndexDutyToNotifyByAgency1763900000220';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX duty_to_notify_agency_idx ON duty_to_notify (notifying_agency, notified_at DESC)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX duty_to_notify_agency_idx');
  }
}
