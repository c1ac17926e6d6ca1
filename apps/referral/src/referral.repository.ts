import { Injectable } from '@nestjs/common';
import type { OutgoingEvent } from '@waypoint/contracts';
import { outboxInsert } from '@waypoint/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import { DutyToNotifyRecord, NrmCaseRecord } from './referral.entities';

export type ReferralView =
  { route: 'nrm'; nrmCase: NrmCaseRecord } | { route: 'duty-to-notify'; dutyToNotify: DutyToNotifyRecord };

@Injectable()
export class ReferralRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes inside the consumer's transaction, beside its inbox row; one statement on the hot path. */
  async openCase(manager: EntityManager, nrmCase: NrmCaseRecord, events: OutgoingEvent[]): Promise<void> {
    const params: unknown[] = [
      nrmCase.caseId,
      nrmCase.journeyId,
      nrmCase.status,
      nrmCase.competentAuthority,
      nrmCase.submittedAt,
      nrmCase.submittedOn,
      nrmCase.reasonableGroundsDueOn,
      nrmCase.ageGroup,
      nrmCase.area,
      nrmCase.exploitationTypes,
      nrmCase.referringAgency,
    ];
    const outbox = outboxInsert(events, params.length + 1);
    await manager.query(
      `WITH opened AS (INSERT INTO nrm_case (case_id, journey_id, status, competent_authority, submitted_at, submitted_on,
         reasonable_grounds_due_on, age_group, area, exploitation_types, referring_agency)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)) ${outbox.sql}`,
      [...params, ...outbox.params],
    );
  }

  async recordDutyToNotify(
    manager: EntityManager,
    record: DutyToNotifyRecord,
    events: OutgoingEvent[],
  ): Promise<void> {
    const params: unknown[] = [
      record.notificationId,
      record.journeyId,
      record.notifiedAt,
      record.area,
      record.exploitationTypes,
      record.notifyingAgency,
    ];
    const outbox = outboxInsert(events, params.length + 1);
    await manager.query(
      `WITH notified AS (INSERT INTO duty_to_notify (notification_id, journey_id, notified_at, area, exploitation_types,
         notifying_agency) VALUES ($1, $2, $3, $4, $5, $6)) ${outbox.sql}`,
      [...params, ...outbox.params],
    );
  }

  async findForAgency(journeyId: string, agency: string): Promise<ReferralView | null> {
    const nrmCase = await this.dataSource.manager.findOneBy(NrmCaseRecord, {
      journeyId,
      referringAgency: agency,
    });
    if (nrmCase) return { route: 'nrm', nrmCase };
    const dutyToNotify = await this.dataSource.manager.findOneBy(DutyToNotifyRecord, {
      journeyId,
      notifyingAgency: agency,
    });
    return dutyToNotify ? { route: 'duty-to-notify', dutyToNotify } : null;
  }
}
