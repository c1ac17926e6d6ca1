import { Injectable } from '@nestjs/common';
import type { OutgoingEvent } from '@waypoint/contracts';
import { outboxInsert, scheduledEventsInsert, type ScheduledEvent } from '@waypoint/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import type { NrmCaseState } from './nrm-case/nrm-case';
import { DutyToNotifyRecord, NrmCaseRecord } from './referral.entities';

export type ReferralRecord =
  { route: 'nrm'; nrmCase: NrmCaseRecord } | { route: 'duty-to-notify'; dutyToNotify: DutyToNotifyRecord };

@Injectable()
export class ReferralRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes inside the consumer's transaction, beside its inbox row; one statement on the hot path. */
  async openCase(
    manager: EntityManager,
    nrmCase: NrmCaseRecord,
    events: OutgoingEvent[],
    timers: readonly ScheduledEvent[],
  ): Promise<void> {
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
      JSON.stringify(nrmCase.state),
      nrmCase.version,
    ];
    const clocks = scheduledEventsInsert(nrmCase.caseId, timers, params.length + 1);
    const outbox = outboxInsert(events, params.length + clocks.params.length + 1);
    await manager.query(
      `WITH opened AS (INSERT INTO nrm_case (case_id, journey_id, status, competent_authority, submitted_at, submitted_on,
         reasonable_grounds_due_on, age_group, area, exploitation_types, referring_agency, state, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)),
       clocks AS (${clocks.sql}) ${outbox.sql}`,
      [...params, ...clocks.params, ...outbox.params],
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

  /** The agency's case, locked until the transaction ends so concurrent commands apply one after another. */
  async lockCaseForAgency(
    manager: EntityManager,
    journeyId: string,
    agency: string,
  ): Promise<NrmCaseRecord | null> {
    return manager
      .getRepository(NrmCaseRecord)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.journey_id = :journeyId AND c.referring_agency = :agency', { journeyId, agency })
      .getOne();
  }

  /** Stores the case's next state and the events announcing it, in the caller's transaction. */
  async updateCase(
    manager: EntityManager,
    previousVersion: number,
    state: NrmCaseState,
    events: OutgoingEvent[],
  ): Promise<void> {
    const params: unknown[] = [
      state.caseId,
      previousVersion,
      JSON.stringify(state),
      state.status,
      state.version,
    ];
    const outbox = outboxInsert(events, params.length + 1);
    const rows: unknown = await manager.query(
      `WITH updated AS (UPDATE nrm_case SET state = $3, status = $4, version = $5
         WHERE case_id = $1 AND version = $2 RETURNING case_id) ${outbox.sql}
       RETURNING (SELECT count(*) FROM updated)::int AS updated`,
      [...params, ...outbox.params],
    );
    const updated = (rows as { updated: number }[])[0]?.updated;
    // The row is locked, so this only fails if the invariant "one writer per case" is broken.
    if (updated !== 1) throw new Error(`nrm_case ${state.caseId} was not at version ${previousVersion}`);
  }

  async hasDutyToNotify(manager: EntityManager, journeyId: string): Promise<boolean> {
    return manager.existsBy(DutyToNotifyRecord, { journeyId });
  }

  /**
   * The agency's NRM cases and its Duty to Notify records that never became a case, newest first. A list, not a
   * search: `limit` bounds it, and the caller says when it was cut.
   */
  async listForAgency(
    agency: string,
    limit: number,
  ): Promise<{ cases: NrmCaseRecord[]; dutyToNotify: DutyToNotifyRecord[] }> {
    const manager = this.dataSource.manager;
    const cases = await manager.find(NrmCaseRecord, {
      where: { referringAgency: agency },
      order: { submittedAt: 'DESC' },
      take: limit,
    });
    const dutyToNotify = await manager
      .createQueryBuilder(DutyToNotifyRecord, 'notice')
      .where('notice.notifying_agency = :agency', { agency })
      .andWhere('NOT EXISTS (SELECT 1 FROM nrm_case c WHERE c.journey_id = notice.journey_id)')
      .orderBy('notice.notified_at', 'DESC')
      .take(limit)
      .getMany();
    return { cases, dutyToNotify };
  }

  async findForAgency(journeyId: string, agency: string): Promise<ReferralRecord | null> {
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
