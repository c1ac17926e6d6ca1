import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('journey')
export class JourneyRecord {
  @PrimaryColumn('uuid', { name: 'journey_id' })
  journeyId!: string;

  @Column('text')
  stage!: string;

  @Column('int', { name: 'stage_rank' })
  stageRank!: number;

  @Column('text', { array: true })
  agencies!: string[];

  @Column('text', { name: 'next_deadline_kind', nullable: true })
  nextDeadlineKind!: string | null;

  @Column('date', { name: 'next_deadline_on', nullable: true })
  nextDeadlineOn!: string | null;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Column('text', { name: 'placement_status', nullable: true })
  placementStatus!: string | null;

  @Column('text', { name: 'placement_next_kind', nullable: true })
  placementNextKind!: string | null;

  @Column('date', { name: 'placement_next_on', nullable: true })
  placementNextOn!: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

@Entity('journey_event')
export class JourneyEventRecord {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('uuid', { name: 'journey_id' })
  journeyId!: string;

  @Column('text')
  type!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('text')
  agency!: string;

  @Column('jsonb')
  summary!: Record<string, unknown>;

  @Column('uuid', { name: 'correlation_id' })
  correlationId!: string;

  /** When the event became visible here; the benchmark's end-to-end latency is measured to it. */
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
