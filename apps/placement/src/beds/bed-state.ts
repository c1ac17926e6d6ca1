/*
 * A bed's state is never typed in or counted by hand (hand-kept vacancy goes stale: "referred to
 * shelters that don't actually have room"). It is derived, at an instant, from the bed's history:
 * its out-of-service periods and its allocations (a hold for an offer, then the stay). The
 * database holds at most one open allocation per bed (migration 1765000000500), whatever the
 * application does; this function only reads what is there.
 */

export const BED_STATES = ['free', 'held', 'occupied', 'out-of-service'] as const;
export type BedState = (typeof BED_STATES)[number];

export interface OutOfServicePeriod {
  /** First day out of service (London civil date). */
  from: string;
  /** Last day out of service; null while it has no end. */
  until: string | null;
}

/** One offer's claim on a bed: held from the offer, occupied from move-in, open until released. */
export interface BedAllocation {
  heldAt: Date;
  movedInAt: Date | null;
  /** When the hold or stay ended: declined, expired, withdrawn, moved out. null while open. */
  releasedAt: Date | null;
}

export interface BedHistory {
  outOfService: readonly OutOfServicePeriod[];
  allocations: readonly BedAllocation[];
}

const isOpenAt = (allocation: BedAllocation, at: Date): boolean =>
  allocation.heldAt <= at && (allocation.releasedAt === null || allocation.releasedAt > at);

/**
 * The bed's state at `at` (and `today`, the London civil date of `at`). A bed with an open
 * allocation is held or occupied even inside an out-of-service period: the person in it comes
 * first, and the period only stops new offers.
 */
export function bedStateAt(history: BedHistory, at: Date, today: string): BedState {
  const open = history.allocations.find((allocation) => isOpenAt(allocation, at));
  if (open) return open.movedInAt !== null && open.movedInAt <= at ? 'occupied' : 'held';
  const outOfService = history.outOfService.some(
    (period) => period.from <= today && (period.until === null || period.until >= today),
  );
  return outOfService ? 'out-of-service' : 'free';
}

export type BedCounts = Record<BedState, number>;

/** A house's (or a provider's) beds by state: the vacancy board's figures, derived the same way. */
export function countByState(states: readonly BedState[]): BedCounts {
  const counts: BedCounts = { free: 0, held: 0, occupied: 0, 'out-of-service': 0 };
  for (const state of states) counts[state] += 1;
  return counts;
}

/** Where an open allocation's offer stands: a hold until move-in, then a stay. */
export type OpenAllocationStatus = 'held' | 'accepted' | 'moved-in';

/**
 * The bed's state now, from what the live query reads: its open allocation's offer status (if any) and
 * whether an out-of-service period covers today. The same precedence as bedStateAt: a person held or
 * staying comes before the period.
 */
export function liveBedState(
  openAllocation: OpenAllocationStatus | null,
  outOfServiceToday: boolean,
): BedState {
  if (openAllocation === 'moved-in') return 'occupied';
  if (openAllocation !== null) return 'held';
  return outOfServiceToday ? 'out-of-service' : 'free';
}
