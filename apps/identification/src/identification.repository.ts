import { Injectable } from '@nestjs/common';
import type { Principal } from '@waypoint/auth';
import type { OutgoingEvent } from '@waypoint/contracts';
import {
  commitStatement,
  outboxInsert,
  scheduledEventsInsert,
  type ScheduledEvent,
} from '@waypoint/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import {
  JourneyDataKeyRecord,
  PersonalDataAccessRecord,
  PersonalDetailsRecord,
  PotentialVictimRecord,
} from './identification.entities';
import { PersonalDataCipher } from './personal-data/personal-data-cipher';

/** What a first responder enters and reads; stored only sealed. */
export interface PersonalDetails {
  fullName: string;
  dateOfBirth: string | null;
  nationality: string | null;
  contact: string | null;
}

export type PersonalDetailsState =
  { status: 'none' } | { status: 'held'; details: PersonalDetails } | { status: 'erased'; erasedAt: Date };

export type AccessPurpose =
  | 'view-identification'
  | 'correct-personal-details'
  | 'erase-personal-data'
  /** A safe-house provider looking after the survivor (an accepted placement, until move-out). */
  | 'safe-house-placement';

@Injectable()
export class IdentificationRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /**
   * The record, its sealed personal details, the journey's wrapped key and its events commit
   * together or not at all: one statement (data-modifying CTEs), one round trip on the request path.
   */
  async record(
    victim: PotentialVictimRecord,
    details: PersonalDetails | null,
    events: OutgoingEvent[],
    timers: readonly ScheduledEvent[] = [],
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
      victim.placeOfSafetyDecisionDueOn ?? null,
    ];
    const ctes = [
      `victim AS (INSERT INTO potential_victim (journey_id, identified_at, recorded_by, first_responder_agency,
         first_responder_organisation_type, area, age_group, exploitation_types, county_lines, exploited_in,
         indicators, consent, place_of_safety_decision_due_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::date))`,
    ];
    if (details) {
      const { dataKey, wrapped } = this.cipher.newJourneyKey(victim.journeyId);
      const [version, wrappedKey, sealed] = [params.length + 1, params.length + 2, params.length + 3];
      params.push(
        wrapped.masterKeyVersion,
        wrapped.wrappedKey,
        this.cipher.sealDetails(victim.journeyId, dataKey, details),
      );
      ctes.push(
        `data_key AS (INSERT INTO journey_data_key (journey_id, master_key_version, wrapped_key)
           VALUES ($1, $${version}, $${wrappedKey}))`,
        `details AS (INSERT INTO personal_details (journey_id, sealed) VALUES ($1, $${sealed}))`,
      );
    }
    if (timers.length > 0) {
      const timer = scheduledEventsInsert(victim.journeyId, timers, params.length + 1);
      params.push(...timer.params);
      ctes.push(`timers AS (${timer.sql})`);
    }
    const outbox = outboxInsert(events, params.length + 1);
    await commitStatement(this.dataSource, `WITH ${ctes.join(', ')} ${outbox.sql}`, [
      ...params,
      ...outbox.params,
    ]);
  }

  /**
   * An agency's adults still deciding on a place of safety, newest first (the partial index
   * potential_victim_undecided_by_agency). Reads potential_victim only: no personal details.
   */
  async undecidedForAgency(
    agency: string,
    limit: number,
  ): Promise<
    Pick<
      PotentialVictimRecord,
      'journeyId' | 'identifiedAt' | 'ageGroup' | 'area' | 'placeOfSafetyDecisionDueOn'
    >[]
  > {
    return this.dataSource.getRepository(PotentialVictimRecord).find({
      select: {
        journeyId: true,
        identifiedAt: true,
        ageGroup: true,
        area: true,
        placeOfSafetyDecisionDueOn: true,
      },
      where: { firstResponderAgency: agency, consent: 'undecided' },
      order: { identifiedAt: 'DESC', journeyId: 'ASC' },
      take: limit,
    });
  }

  /** The identifying agency's record, locked for the rest of the transaction; null for any other agency. */
  async lockForAgency(
    manager: EntityManager,
    journeyId: string,
    agency: string,
  ): Promise<PotentialVictimRecord | null> {
    return manager
      .getRepository(PotentialVictimRecord)
      .createQueryBuilder('v')
      .setLock('pessimistic_write')
      .where('v.journey_id = :journeyId AND v.first_responder_agency = :agency', { journeyId, agency })
      .getOne();
  }

  /** Opens the journey's details; a read of personal details is audited in the caller's transaction. */
  async personalDetailsOf(
    manager: EntityManager,
    journeyId: string,
    reader: Principal,
    purpose: AccessPurpose,
  ): Promise<PersonalDetailsState> {
    const row = await manager.findOneBy(PersonalDetailsRecord, { journeyId });
    if (!row) return { status: 'none' };
    if (row.erasedAt) return { status: 'erased', erasedAt: row.erasedAt };
    const key = await manager.findOneByOrFail(JourneyDataKeyRecord, { journeyId });
    await this.audit(manager, journeyId, reader, purpose);
    const dataKey = this.cipher.unwrapJourneyKey(journeyId, key);
    return {
      status: 'held',
      details: this.cipher.openDetails<PersonalDetails>(journeyId, dataKey, row.sealed!),
    };
  }

  /** When the journey's personal data was erased, or null; opens nothing, so audits nothing. */
  async erasedAtOf(manager: EntityManager, journeyId: string): Promise<Date | null> {
    const row = await manager.findOne(PersonalDetailsRecord, {
      where: { journeyId },
      select: ['journeyId', 'erasedAt'],
    });
    return row?.erasedAt ?? null;
  }

  /** Replaces the details, sealed under the journey's key (a first key if it had none). */
  async replacePersonalDetails(
    manager: EntityManager,
    journeyId: string,
    details: PersonalDetails,
    by: Principal,
  ): Promise<void> {
    let key = await manager.findOneBy(JourneyDataKeyRecord, { journeyId });
    let dataKey: Buffer;
    if (key) {
      dataKey = this.cipher.unwrapJourneyKey(journeyId, key);
    } else {
      const fresh = this.cipher.newJourneyKey(journeyId);
      dataKey = fresh.dataKey;
      key = { journeyId, ...fresh.wrapped };
      await manager.insert(JourneyDataKeyRecord, key);
    }
    await manager.query(
      `INSERT INTO personal_details (journey_id, sealed) VALUES ($1, $2)
       ON CONFLICT (journey_id) DO UPDATE SET sealed = EXCLUDED.sealed`,
      [journeyId, this.cipher.sealDetails(journeyId, dataKey, details)],
    );
    await this.audit(manager, journeyId, by, 'correct-personal-details');
  }

  /**
   * Crypto-shredding: the journey's data key is deleted, so no copy of the sealed details (in
   * this database, a replica or a backup taken after this point) can be opened again, and the
   * sealed value itself is dropped. The caller's events commit with it.
   */
  async erasePersonalData(
    manager: EntityManager,
    journeyId: string,
    erasedAt: Date,
    by: Principal,
    events: OutgoingEvent[],
  ): Promise<void> {
    await manager.delete(JourneyDataKeyRecord, { journeyId });
    await manager.query(
      `INSERT INTO personal_details (journey_id, sealed, erased_at) VALUES ($1, NULL, $2)
       ON CONFLICT (journey_id) DO UPDATE SET sealed = NULL, erased_at = EXCLUDED.erased_at`,
      [journeyId, erasedAt],
    );
    await this.audit(manager, journeyId, by, 'erase-personal-data');
    const outbox = outboxInsert(events);
    if (events.length > 0) await manager.query(outbox.sql, outbox.params);
  }

  private async audit(
    manager: EntityManager,
    journeyId: string,
    who: Principal,
    purpose: AccessPurpose,
  ): Promise<void> {
    await manager.insert(PersonalDataAccessRecord, {
      journeyId,
      subject: who.subject,
      agency: who.agency,
      purpose,
    });
  }
}
