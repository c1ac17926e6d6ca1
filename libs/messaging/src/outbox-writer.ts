import { Injectable } from '@nestjs/common';
import type { OutgoingEvent } from '@waypoint/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Appends events to the outbox inside the caller's transaction, so a state change and the
 * events announcing it commit or roll back together.
 */
@Injectable()
export class OutboxWriter {
  async append(manager: EntityManager, events: OutgoingEvent[]): Promise<void> {
    if (events.length === 0) return;
    const params: string[] = [];
    const rows = events.map(({ topic, key, event }, i) => {
      params.push(event.id, event.type, topic, key, JSON.stringify(event));
      const b = i * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
    });
    await manager.query(
      `INSERT INTO outbox_message (event_id, event_type, topic, message_key, payload) VALUES ${rows.join(', ')}`,
      params,
    );
  }
}
