import { Injectable } from '@nestjs/common';
import type { Area } from '@waypoint/contracts';
import type { WrappedKey } from '@waypoint/sealing';
import { DataSource, type EntityManager } from 'typeorm';

export interface JourneyContext {
  journeyId: string;
  exploitationArea: Area | null;
  negativeDecisionOn: string | null;
  positiveConclusiveGroundsOn: string | null;
  personalDataErasedAt: Date | null;
}

/**
 * What placement knows of each journey, learnt from other services' events (never read from their
 * databases): the agencies involved, the area of exploitation, the NRM decisions a stay's planned end
 * follows, and whether the personal data was erased.
 */
@Injectable()
export class JourneyKnowledgeRepository {
  constructor(private readonly dataSource: DataSource) {}

  async involve(manager: EntityManager, journeyId: string, agency: string, since: Date): Promise<void> {
    await manager.query(
      `INSERT INTO journey_agency (journey_id, agency, involved_since) VALUES ($1, $2, $3)
       ON CONFLICT (journey_id, agency) DO NOTHING`,
      [journeyId, agency, since],
    );
  }

  async isInvolved(
    journeyId: string,
    agency: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM journey_agency WHERE journey_id = $1 AND agency = $2',
      [journeyId, agency],
    );
    return rows.length > 0;
  }

  async noteExploitationArea(manager: EntityManager, journeyId: string, area: Area): Promise<void> {
    await manager.query(
      `INSERT INTO journey_context (journey_id, exploitation_area) VALUES ($1, $2)
       ON CONFLICT (journey_id) DO UPDATE SET exploitation_area = COALESCE(journey_context.exploitation_area, EXCLUDED.exploitation_area)`,
      [journeyId, area],
    );
  }

  async noteDecision(
    manager: EntityManager,
    journeyId: string,
    decision: { negativeOn: string } | { positiveConclusiveGroundsOn: string },
  ): Promise<void> {
    const [column, value] =
      'negativeOn' in decision
        ? ['negative_decision_on', decision.negativeOn]
        : ['positive_conclusive_grounds_on', decision.positiveConclusiveGroundsOn];
    await manager.query(
      `INSERT INTO journey_context (journey_id, ${column}) VALUES ($1, $2)
       ON CONFLICT (journey_id) DO UPDATE SET ${column} = EXCLUDED.${column}`,
      [journeyId, value],
    );
  }

  async context(
    journeyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<JourneyContext | null> {
    const rows = await manager.query<
      {
        journey_id: string;
        exploitation_area: Area | null;
        negative_decision_on: string | null;
        positive_conclusive_grounds_on: string | null;
        personal_data_erased_at: Date | null;
      }[]
    >(
      `SELECT journey_id, exploitation_area, to_char(negative_decision_on, 'YYYY-MM-DD') AS negative_decision_on,
         to_char(positive_conclusive_grounds_on, 'YYYY-MM-DD') AS positive_conclusive_grounds_on, personal_data_erased_at
       FROM journey_context WHERE journey_id = $1`,
      [journeyId],
    );
    const row = rows[0];
    return row
      ? {
          journeyId: row.journey_id,
          exploitationArea: row.exploitation_area,
          negativeDecisionOn: row.negative_decision_on,
          positiveConclusiveGroundsOn: row.positive_conclusive_grounds_on,
          personalDataErasedAt: row.personal_data_erased_at,
        }
      : null;
  }

  async journeyKey(manager: EntityManager, journeyId: string): Promise<WrappedKey | null> {
    const rows = await manager.query<{ wrapped_key: Buffer; key_version: number }[]>(
      'SELECT wrapped_key, key_version FROM journey_key WHERE journey_id = $1',
      [journeyId],
    );
    const row = rows[0];
    return row ? { wrappedKey: row.wrapped_key, masterKeyVersion: row.key_version } : null;
  }

  async storeJourneyKey(manager: EntityManager, journeyId: string, wrapped: WrappedKey): Promise<void> {
    await manager.query(
      'INSERT INTO journey_key (journey_id, wrapped_key, key_version) VALUES ($1, $2, $3)',
      [journeyId, wrapped.wrappedKey, wrapped.masterKeyVersion],
    );
  }

  /**
   * Crypto-shredding: the journey's key is destroyed and its sealed risk notes dropped, so nothing
   * placement holds about the person can be opened again, by anyone.
   */
  async shred(manager: EntityManager, journeyId: string, erasedAt: Date): Promise<void> {
    await manager.query('DELETE FROM journey_key WHERE journey_id = $1', [journeyId]);
    await manager.query('UPDATE placement_request SET risk_notes_sealed = NULL WHERE journey_id = $1', [
      journeyId,
    ]);
    await manager.query(
      `INSERT INTO journey_context (journey_id, personal_data_erased_at) VALUES ($1, $2)
       ON CONFLICT (journey_id) DO UPDATE SET personal_data_erased_at = EXCLUDED.personal_data_erased_at`,
      [journeyId, erasedAt],
    );
  }
}
