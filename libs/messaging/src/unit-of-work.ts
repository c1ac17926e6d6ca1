import type { DataSource, EntityManager } from 'typeorm';
import { outboxCommitted } from './outbox-relay';

/** Something that runs one autocommitted statement: a DataSource, or an EntityManager outside a transaction. */
export interface StatementRunner {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

/**
 * Runs `work` in one transaction: the state change and the outbox rows announcing it commit or
 * roll back together. Once it has committed, this process's outbox relay is woken, so the events
 * leave within milliseconds instead of at the relay's next idle poll. Waking after a rollback or
 * after a transaction that wrote no outbox rows costs one empty SELECT, never a lost event.
 */
export async function commitUnitOfWork<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const result = await dataSource.transaction(work);
  outboxCommitted();
  return result;
}

/**
 * One autocommitted statement that writes a state change together with its outbox rows (a
 * data-modifying CTE ending in the outbox INSERT): the hot paths' one round trip, with the same
 * wake-up as {@link commitUnitOfWork}.
 */
export async function commitStatement<T = unknown>(
  runner: StatementRunner,
  sql: string,
  params: unknown[],
): Promise<T> {
  const result = await runner.query<T>(sql, params);
  outboxCommitted();
  return result;
}
