import { PLACEMENT_URGENCIES, type PlacementUrgency } from '@waypoint/contracts';
import { type EligibleHouse, type MatchHouse, type MatchRequest, matchRequest } from './matching';

/** Most urgent first. */
export const URGENCIES = PLACEMENT_URGENCIES;
export type Urgency = PlacementUrgency;

export interface WaitingEntry {
  readonly requestId: string;
  readonly urgency: Urgency;
  /** When the need for a place was identified: the longer the wait, the sooner the offer. */
  readonly waitingSince: Date;
}

/** A request on the waiting list: what to match, and where it stands in the queue. */
export interface WaitingRequest extends MatchRequest, WaitingEntry {}

export interface FittingRequest extends WaitingEntry {
  /** The room and beds the house would give this request, and why it ranks as it does. */
  readonly placement: EligibleHouse;
}

/**
 * The waiting list in the order places are offered: most urgent first, then the longest waiting, then
 * requestId, so two requests raised in the same millisecond still come out in one order. A new array; the
 * input is left as it was. Throws on an invalid date, which would otherwise sort anywhere.
 */
export function prioritise<T extends WaitingEntry>(requests: readonly T[]): T[] {
  const keyed = requests.map((request) => {
    const since = request.waitingSince.getTime();
    if (Number.isNaN(since)) throw new RangeError(`request ${request.requestId} has an invalid waitingSince`);
    return { request, rank: URGENCIES.indexOf(request.urgency), since };
  });
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.since - b.since ||
      (a.request.requestId < b.request.requestId ? -1 : a.request.requestId > b.request.requestId ? 1 : 0),
  );
  return keyed.map(({ request }) => request);
}

/**
 * When a bed in `house` becomes free: the waiting requests the house can now take, in priority order,
 * each with the room and beds it would use. `house` is the house as it is now (the freed bed free).
 * Each request is matched on its own against the house, so the answer says who could be offered the
 * bed, not a combined allocation: offering it to the first takes beds the others were counted on.
 */
export function requestsFitting(house: MatchHouse, waiting: readonly WaitingRequest[]): FittingRequest[] {
  const fitting: FittingRequest[] = [];
  for (const request of prioritise(waiting)) {
    const [placement] = matchRequest(request, [house]).eligible;
    if (placement !== undefined) {
      const { requestId, urgency, waitingSince } = request;
      fitting.push({ requestId, urgency, waitingSince, placement });
    }
  }
  return fitting;
}
