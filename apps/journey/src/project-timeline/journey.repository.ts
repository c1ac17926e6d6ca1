import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CloudEvent } from '@waypoint/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { JourneyEventRecord, JourneyRecord } from '../journey.entities';
import { rankOf, type JourneyChange } from './journey-projection';

/** The journey read model: one upsert of the journey and one timeline row per event. */
@Injectable()
export class JourneyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(journeyId: string): Promise<{ journey: JourneyRecord; timeline: JourneyEventRecord[] } | null> {
    // One snapshot for both reads, so the stage and deadline always match the timeline shown.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const journey = await manager.findOneBy(JourneyRecord, { journeyId });
      if (!journey) return null;
      const timeline = await manager.find(JourneyEventRecord, {
        where: { journeyId },
        order: { occurredAt: 'ASC', eventId: 'ASC' },
      });
      return { journey, timeline };
    });
  }

  async apply(manager: EntityManager, event: CloudEvent, change: JourneyChange): Promise<void> {
    const setsDeadline = change.deadline !== undefined;
    // One statement per event: the timeline row's foreign key is checked at the end of the
    // statement, by which time the journey row from the first CTE exists.
    await manager.query(
      `WITH upserted AS (
         INSERT INTO journey AS j (journey_id, stage, stage_rank, agencies, next_deadline_kind, next_deadline_on, opened_at, updated_at,
           placement_status, placement_next_kind, placement_next_on, placement_at)
         VALUES ($1, COALESCE($2, 'identified'), $3, CASE WHEN $13 THEN ARRAY[$4::text] ELSE ARRAY[]::text[] END, $5, $6::date, $7, clock_timestamp(),
           $15, $16, $17::date, CASE WHEN $14 THEN $7::timestamptz END)
         ON CONFLICT (journey_id) DO UPDATE SET
           stage = CASE WHEN $2::text IS NOT NULL AND EXCLUDED.stage_rank >= j.stage_rank THEN EXCLUDED.stage ELSE j.stage END,
           stage_rank = GREATEST(EXCLUDED.stage_rank, j.stage_rank),
           agencies = CASE WHEN NOT $13 OR $4 = ANY (j.agencies) THEN j.agencies ELSE j.agencies || $4::text END,
           next_deadline_kind = CASE WHEN $8 AND EXCLUDED.stage_rank >= j.stage_rank THEN EXCLUDED.next_deadline_kind ELSE j.next_deadline_kind END,
           next_deadline_on = CASE WHEN $8 AND EXCLUDED.stage_rank >= j.stage_rank THEN EXCLUDED.next_deadline_on ELSE j.next_deadline_on END,
           opened_at = LEAST(j.opened_at, EXCLUDED.opened_at),
           placement_status = CASE WHEN $14 AND (j.placement_at IS NULL OR $7::timestamptz >= j.placement_at) THEN $15 ELSE j.placement_status END,
           placement_next_kind = CASE WHEN $14 AND (j.placement_at IS NULL OR $7::timestamptz >= j.placement_at) THEN $16 ELSE j.placement_next_kind END,
           placement_next_on = CASE WHEN $14 AND (j.placement_at IS NULL OR $7::timestamptz >= j.placement_at) THEN $17::date ELSE j.placement_next_on END,
           placement_at = CASE WHEN $14 THEN GREATEST(j.placement_at, $7::timestamptz) ELSE j.placement_at END,
           updated_at = clock_timestamp())
       INSERT INTO journey_event (event_id, journey_id, type, occurred_at, agency, summary, correlation_id)
       VALUES ($9, $1, $10, $7, $4, $11, $12)`,
      [
        event.subject,
        // A timeline-only change (rank 0) never reaches an existing journey's stage; the
        // COALESCE only matters if it were the journey's first event, which ordering rules out.
        change.stage ?? null,
        rankOf(change),
        change.agency,
        change.deadline?.kind ?? null,
        change.deadline?.dueOn ?? null,
        event.time,
        setsDeadline,
        event.id,
        event.type,
        JSON.stringify(change.summary),
        event.correlationid,
        change.involves ?? true,
        change.placement !== undefined,
        change.placement?.status ?? null,
        change.placement?.next?.kind ?? null,
        change.placement?.next?.on ?? null,
      ],
    );
  }
}
