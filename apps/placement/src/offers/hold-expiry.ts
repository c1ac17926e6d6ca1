import type { EventOrigin, PayloadOf } from '@waypoint/contracts';
import { outboxInsert, type ScheduledEvent, type ScheduledEventEffects } from '@waypoint/messaging';
import { houseCapacityEvent } from '../directory/house-capacity';

type ExpiryTimer = ScheduledEvent<'waypoint.placement.placement-offer-expired.v1'>;

/** The one timer of a held offer: keyed by offer, so re-syncing never arms a second. */
export function holdExpiryTimer(
  facts: Omit<PayloadOf<'waypoint.placement.placement-offer-expired.v1'>, 'expiredAt'>,
  holdExpiresAt: Date,
  origin: EventOrigin,
): ExpiryTimer {
  return {
    key: `offer:${facts.offerId}:hold-expires`,
    dueAt: holdExpiresAt,
    type: 'waypoint.placement.placement-offer-expired.v1',
    journeyId: facts.journeyId,
    data: { ...facts, expiredAt: holdExpiresAt.toISOString() },
    origin,
  };
}

export const holdExpiresAt = (offeredAt: Date, holdMinutes: number): Date =>
  new Date(offeredAt.getTime() + holdMinutes * 60_000);

/**
 * What a hold expiring does, in the runner's transaction beside the event's outbox row: the offer ends
 * as expired, its beds are free again, and the request goes back to waiting. An offer answered meanwhile
 * (the answer cancels the timer, but may have committed just before the runner claimed it) is left
 * alone and its timer reported moot, so the expiry is announced exactly when it happened, once. The
 * house's new counts are announced beside it.
 */
export const releaseExpiredHolds: ScheduledEventEffects = async (manager, firing, now) => {
  const moot = new Set<string>();
  for (const timer of firing) {
    if (timer.type !== 'waypoint.placement.placement-offer-expired.v1') continue;
    const { offerId, houseId } = timer.payload as PayloadOf<'waypoint.placement.placement-offer-expired.v1'>;
    const ended = await manager.query<{ offer_id: string }[]>(
      `WITH ended AS (
         UPDATE offer SET status = 'expired', ended_at = $2 WHERE offer_id = $1 AND status = 'held'
         RETURNING offer_id, request_id),
       released AS (
         UPDATE bed_allocation SET released_at = $2
         WHERE offer_id IN (SELECT offer_id FROM ended) AND released_at IS NULL),
       waiting_again AS (
         UPDATE placement_request SET status = 'waiting'
         WHERE request_id IN (SELECT request_id FROM ended) AND status = 'offered')
       SELECT offer_id FROM ended`,
      [offerId, now],
    );
    if (ended.length === 0) {
      moot.add(timer.key);
      continue;
    }
    const capacity = outboxInsert([await houseCapacityEvent(manager, houseId, timer.origin, now)]);
    await manager.query(capacity.sql, capacity.params);
  }
  return moot;
};
