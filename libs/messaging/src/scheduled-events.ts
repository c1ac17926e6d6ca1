import { Logger } from '@nestjs/common';
import {
  assertValidPayload,
  buildEvent,
  type EventOrigin,
  type EventType,
  type PayloadOf,
} from '@waypoint/contracts';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { outboxInsert, type SqlFragment } from './outbox-insert';
import { backoffMs, sleep } from './transient-error';
import { commitUnitOfWork } from './unit-of-work';

/**
 * Durable timers: an event to publish at a future instant (a statutory clock, a decision window
 * lapsing). Stored in the service's own database beside its outbox, so scheduling commits with
 * the state change that makes it necessary, and firing commits with the outbox row it produces.
 */
export class CreateScheduledEvents1764000000100 implements MigrationInterface {
  name = 'CreateScheduledEvents1764000000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE scheduled_event (
        schedule_key text PRIMARY KEY,
        schedule_group text NOT NULL,
        due_at timestamptz NOT NULL,
        event_type text NOT NULL,
        journey_id uuid NOT NULL,
        payload jsonb NOT NULL,
        origin jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        fired_at timestamptz,
        cancelled_at timestamptz
      )`);
    await runner.query(`
      CREATE INDEX scheduled_event_pending ON scheduled_event (due_at)
      WHERE fired_at IS NULL AND cancelled_at IS NULL`);
    await runner.query('CREATE INDEX scheduled_event_group ON scheduled_event (schedule_group)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE scheduled_event');
  }
}

export interface ScheduledEvent<T extends EventType = EventType> {
  /**
   * Identifies this firing for ever: a key that has fired never fires again, so the key must
   * change when the firing means something new (e.g. include the due date).
   */
  key: string;
  dueAt: Date;
  type: T;
  journeyId: string;
  data: PayloadOf<T>;
  origin: EventOrigin;
}

/**
 * The INSERT for new timers of `group` (a data-modifying statement, so it can also be a CTE of a
 * hot path's single statement). A key that exists and has not fired is re-armed with the new
 * due instant; a key that has fired is left alone: it never fires twice.
 */
export function scheduledEventsInsert(
  group: string,
  timers: readonly ScheduledEvent[],
  firstParameter = 1,
): SqlFragment {
  for (const timer of timers) assertValidPayload(timer.type, timer.data);
  const p = (offset: number): string => `$${firstParameter + offset}`;
  return {
    sql: `INSERT INTO scheduled_event AS s (schedule_key, schedule_group, due_at, event_type, journey_id, payload, origin)
      SELECT key, ${p(0)}::text, due_at, event_type, journey_id, payload, origin
      FROM unnest(${p(1)}::text[], ${p(2)}::timestamptz[], ${p(3)}::text[], ${p(4)}::uuid[], ${p(5)}::jsonb[], ${p(6)}::jsonb[])
        AS t(key, due_at, event_type, journey_id, payload, origin)
      ON CONFLICT (schedule_key) DO UPDATE SET cancelled_at = NULL, due_at = EXCLUDED.due_at,
        payload = EXCLUDED.payload, origin = EXCLUDED.origin
      WHERE s.fired_at IS NULL`,
    params: [
      group,
      timers.map((timer) => timer.key),
      timers.map((timer) => timer.dueAt.toISOString()),
      timers.map((timer) => timer.type),
      timers.map((timer) => timer.journeyId),
      timers.map((timer) => JSON.stringify(timer.data)),
      timers.map((timer) => JSON.stringify(timer.origin)),
    ],
  };
}

/**
 * Makes `group`'s pending timers exactly `wanted`, in the caller's transaction: timers no longer
 * wanted are cancelled, new ones added, cancelled ones wanted again re-armed. Timers that already
 * fired are left alone, which is what makes re-syncing after every change safe.
 */
export async function syncScheduledEvents(
  manager: EntityManager,
  group: string,
  wanted: readonly ScheduledEvent[],
): Promise<void> {
  const insert = scheduledEventsInsert(group, wanted);
  await manager.query(
    `UPDATE scheduled_event SET cancelled_at = clock_timestamp()
     WHERE schedule_group = $1 AND fired_at IS NULL AND cancelled_at IS NULL AND NOT (schedule_key = ANY($2::text[]))`,
    [group, wanted.map((timer) => timer.key)],
  );
  if (wanted.length > 0) await manager.query(insert.sql, insert.params);
}

/** Cancels every pending timer of `group` (e.g. the journey's data was erased). */
export async function cancelScheduledEvents(manager: EntityManager, group: string): Promise<void> {
  await syncScheduledEvents(manager, group, []);
}

interface DueRow {
  schedule_key: string;
  event_type: EventType;
  journey_id: string;
  payload: object;
  origin: EventOrigin;
  due_at: Date;
}

/** A timer about to fire, as its effects see it. */
export interface FiringTimer {
  readonly key: string;
  readonly type: EventType;
  readonly journeyId: string;
  readonly payload: object;
  /** The request or event that scheduled it: the origin of what firing it causes. */
  readonly origin: EventOrigin;
}

/**
 * What firing a timer does besides publishing its event (a hold ending frees its bed), in the same
 * transaction as the outbox row, so the change and its announcement commit together or not at all.
 * Returns the keys of the timers that no longer mean anything (the hold was answered meanwhile): those
 * are cancelled instead of published. Lock order matters: the runner holds the timer row first, so
 * anyone changing what a timer is about must also lock (or cancel) the timer before that row.
 */
export type ScheduledEventEffects = (
  manager: EntityManager,
  firing: readonly FiringTimer[],
  now: Date,
) => Promise<ReadonlySet<string>>;

export interface ScheduledEventRunnerOptions {
  service: string;
  dataSource: DataSource;
  effects?: ScheduledEventEffects;
  /** The clock timers are judged against; tests move it. */
  now?: () => Date;
  /** Longest sleep between looks at the table (a replica may have scheduled something sooner). */
  maxSleepMs?: number;
  batchSize?: number;
}

/**
 * Fires due timers: each is claimed with FOR UPDATE SKIP LOCKED and, in the same transaction,
 * turned into an outbox row and marked fired. Two runners (replicas) therefore never fire one
 * timer twice, and a timer due while every runner was down fires when one starts.
 */
export class ScheduledEventRunner {
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly maxSleepMs: number;
  private readonly batchSize: number;
  private stopping = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private fired = 0;

  constructor(private readonly options: ScheduledEventRunnerOptions) {
    this.logger = new Logger(`ScheduledEventRunner:${options.service}`);
    this.now = options.now ?? (() => new Date());
    this.maxSleepMs = options.maxSleepMs ?? 1_000;
    this.batchSize = options.batchSize ?? 100;
  }

  get firedCount(): number {
    return this.fired;
  }

  start(): void {
    this.stopping = false;
    this.loop = this.run();
  }

  /** Lets the firing in progress commit, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  /** Fires every timer due now; returns how many fired. */
  async fireDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const fired = await this.fireBatch();
      total += fired;
      if (fired < this.batchSize) return total;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        await this.fireDue();
        failures = 0;
        await this.sleep(await this.msUntilNextDue());
      } catch (error) {
        failures += 1;
        const delay = backoffMs(failures, 200, 10_000);
        this.logger.warn(`timers paused (${(error as Error).message}); retrying in ${delay} ms`);
        await this.sleep(delay);
      }
    }
  }

  private async fireBatch(): Promise<number> {
    const now = this.now();
    const fired = await commitUnitOfWork(this.options.dataSource, async (manager) => {
      const rows = await manager.query<DueRow[]>(
        `SELECT schedule_key, event_type, journey_id, payload, origin, due_at FROM scheduled_event
         WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1
         ORDER BY due_at, schedule_key LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), this.batchSize],
      );
      if (rows.length === 0) return 0;
      const moot = this.options.effects
        ? await this.options.effects(
            manager,
            rows.map((row) => ({
              key: row.schedule_key,
              type: row.event_type,
              journeyId: row.journey_id,
              payload: row.payload,
              origin: row.origin,
            })),
            now,
          )
        : new Set<string>();
      if (moot.size > 0) {
        await manager.query(
          'UPDATE scheduled_event SET cancelled_at = $2 WHERE schedule_key = ANY($1::text[])',
          [[...moot], now.toISOString()],
        );
      }
      const firing = rows.filter((row) => !moot.has(row.schedule_key));
      if (firing.length === 0) return rows.length;
      const events = firing.map((row) =>
        buildEvent(row.event_type, row.journey_id, row.payload as PayloadOf<EventType>, row.origin, now),
      );
      const outbox = outboxInsert(events);
      await manager.query(outbox.sql, outbox.params);
      await manager.query('UPDATE scheduled_event SET fired_at = $2 WHERE schedule_key = ANY($1::text[])', [
        firing.map((row) => row.schedule_key),
        now.toISOString(),
      ]);
      return rows.length;
    });
    this.fired += fired;
    return fired;
  }

  private async msUntilNextDue(): Promise<number> {
    const rows = await this.options.dataSource.query<{ next: Date | null }[]>(
      'SELECT min(due_at) AS next FROM scheduled_event WHERE fired_at IS NULL AND cancelled_at IS NULL',
    );
    const next = rows[0]?.next;
    if (!next) return this.maxSleepMs;
    // At least a few ms: a due timer still here is held by another runner's transaction.
    return Math.max(10, Math.min(this.maxSleepMs, new Date(next).getTime() - this.now().getTime()));
  }

  private async sleep(ms: number): Promise<void> {
    if (this.stopping) return;
    await Promise.race([sleep(ms), new Promise<void>((resolve) => (this.wake = resolve))]);
  }
}
