import { Injectable } from '@nestjs/common';
import type { Principal } from '@waypoint/auth';
import type { OutgoingEvent } from '@waypoint/contracts';
import { OutboxWriter } from '@waypoint/messaging';
import { DataSource } from 'typeorm';
import {
  PersonalDataAccessRecord,
  PersonalDetailsRecord,
  PotentialVictimRecord,
} from './identification.entities';

export type PersonalDetails = Omit<PersonalDetailsRecord, 'journeyId'>;

@Injectable()
export class IdentificationRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The record, its personal details and its events commit together or not at all. */
  async record(
    victim: PotentialVictimRecord,
    details: PersonalDetailsRecord | null,
    events: OutgoingEvent[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(PotentialVictimRecord, victim);
      if (details) await manager.insert(PersonalDetailsRecord, details);
      await this.outbox.append(manager, events);
    });
  }

  /** The identifying agency's view; any read of personal details is audited in the same transaction. */
  async findForAgency(
    journeyId: string,
    reader: Principal,
  ): Promise<{ victim: PotentialVictimRecord; personalDetails: PersonalDetails | null } | null> {
    return this.dataSource.transaction(async (manager) => {
      const victim = await manager.findOneBy(PotentialVictimRecord, {
        journeyId,
        firstResponderAgency: reader.agency,
      });
      if (!victim) return null;
      const details = await manager.findOneBy(PersonalDetailsRecord, { journeyId });
      if (!details) return { victim, personalDetails: null };
      await manager.insert(PersonalDataAccessRecord, {
        journeyId,
        subject: reader.subject,
        agency: reader.agency,
        purpose: 'view-identification',
      });
      const { fullName, dateOfBirth, nationality, contact } = details;
      return { victim, personalDetails: { fullName, dateOfBirth, nationality, contact } };
    });
  }
}
