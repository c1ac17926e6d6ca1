import type { OutgoingEvent } from '@waypoint/contracts';

export interface SqlFragment {
  /** `INSERT INTO outbox_message … VALUES …` with placeholders numbered from `firstParameter`. */
  sql: string;
  params: unknown[];
}

/** The outbox INSERT for these events, to run in the same transaction (or statement) as the state change. */
export function outboxInsert(events: OutgoingEvent[], firstParameter = 1): SqlFragment {
  const params: unknown[] = [];
  const rows = events.map(({ topic, key, event }, i) => {
    params.push(event.id, event.type, topic, key, JSON.stringify(event));
    const b = firstParameter + i * 5;
    return `($${b}, $${b + 1}, $${b + 2}, $${b + 3}, $${b + 4})`;
  });
  return {
    sql: `INSERT INTO outbox_message (event_id, event_type, topic, message_key, payload) VALUES ${rows.join(', ')}`,
    params,
  };
}
