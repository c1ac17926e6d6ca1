import { Injectable } from '@nestjs/common';
import type { Principal } from '@waypoint/auth';
import type { OutgoingEvent } from '@waypoint/contracts';
import { outboxCommitted, outboxInsert } from '@waypoint/messaging';
import { DataSource } from 'typeorm';
import {
  PersonalDataAccessRecord,
  PersonalDetailsRecord,
  PotentialVictimRecord,
} from './identification.entities';

export type PersonalDetails = Omit<PersonalDetailsRecord, 'journeyId'>;

@Injectable()
export class IdentificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The record, its personal details and its events commit together or not at all: one
   * statement (data-modifying CTEs), so one round trip on the request path instead of five.
   */
  async record(
    victim: PotentialVictimRecord,
    details: PersonalDetailsRecord | null,
    events: OutgoingEvent[],
  ): Promise<void> {
    const params: unknown[] = [
      victim.journeyId,
      victim.identifiedAt,
      victim.recordedBy,
      victim.firstResponderAgency,
      victim.firstResponderOrganisationType,
      victim.area,
      victim.ageGroup,
      victim.exploitationTypes,
      victim.countyLines,
      victim.exploitedIn,
      victim.indicators,
      victim.consent,
    ];
    const ctes = [
      `victim AS (INSERT INTO potential_victim (journey_id, identified_at, recorded_by, first_responder_agency,
         first_responder_organisation_type, area, age_group, exploitation_types, county_lines, exploited_in,
         indicators, consent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12))`,
    ];
    if (details) {
      params.push(details.fullName, details.dateOfBirth, details.nationality, details.contact);
      ctes.push(`details AS (INSERT INTO personal_details (journey_id, full_name, date_of_birth, nationality, contact)
         VALUES ($1, $13, $14::date, $15, $16))`);
    }
    const outbox = outboxInsert(events, params.length + 1);
    await this.dataSource.query(`WITH ${ctes.join(', ')} ${outbox.sql}`, [...params, ...outbox.params]);
    outboxCommitted();
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
