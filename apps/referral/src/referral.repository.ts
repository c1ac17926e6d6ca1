import { Injectable } from '@nestjs/common';
import type { OutgoingEvent } from '@waypoint/contracts';
import { OutboxWriter } from '@waypoint/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import { DutyToNotifyRecord, NrmCaseRecord } from './referral.entities';

export type ReferralView =
  { route: 'nrm'; nrmCase: NrmCaseRecord } | { route: 'duty-to-notify'; dutyToNotify: DutyToNotifyRecord };

@Injectable()
export class ReferralRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Writes inside the consumer's transaction, beside its inbox row. */
  async openCase(manager: EntityManager, nrmCase: NrmCaseRecord, events: OutgoingEvent[]): Promise<void> {
    await manager.insert(NrmCaseRecord, nrmCase);
    await this.outbox.append(manager, events);
  }

  async recordDutyToNotify(
    manager: EntityManager,
    record: DutyToNotifyRecord,
    events: OutgoingEvent[],
  ): Promise<void> {
    await manager.insert(DutyToNotifyRecord, record);
    await this.outbox.append(manager, events);
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
