import { londonDateOf } from '@waypoint/calendar';
import { buildEvent, type EventOrigin, type OutgoingEvent } from '@waypoint/contracts';
import type { EntityManager } from 'typeorm';
import { countByState, liveBedState } from '../beds/bed-state';
import { DirectoryRepository } from './directory.repository';

/**
 * The house's beds by state, counted inside the transaction that changed them, as the event that
 * announces it (house-capacity-changed.v1, keyed by house): commissioners' occupancy figures come from
 * these, never from a hand-kept count.
 */
export async function houseCapacityEvent(
  manager: EntityManager,
  houseId: string,
  origin: EventOrigin,
  at: Date = new Date(),
): Promise<OutgoingEvent> {
  const directory = new DirectoryRepository(manager.connection);
  const house = await directory.house(houseId, manager);
  if (!house) throw new Error(`no house ${houseId} to count`);
  const today = londonDateOf(at);
  const beds = await directory.beds({ houseIds: [houseId] }, today, { from: today, until: today }, manager);
  const counts = countByState(beds.map((bed) => liveBedState(bed.openAllocation, bed.outOfServiceToday)));
  return buildEvent(
    'waypoint.placement.house-capacity-changed.v1',
    houseId,
    {
      houseId,
      providerAgency: house.providerAgency,
      area: house.area,
      free: counts.free,
      held: counts.held,
      occupied: counts.occupied,
      outOfService: counts['out-of-service'],
      countedAt: at.toISOString(),
    },
    origin,
    at,
  );
}
