import {
  AREA_LABELS,
  HOUSEHOLD_TYPE_LABELS,
  agencyText,
  bedCountCellsOf,
  daysText,
  formatLondonDateTime,
  journeyReference,
  labelOf,
  listLabelOf,
  urgencyTagOf,
  type BedCountCells,
  type HouseAnswer,
  type PlacementRequestAnswer,
  type PlacementSchemas,
  type Tag,
} from '../../kit';

export interface VacancyHouseRow {
  href: string;
  name: string;
  area: string;
  householdTypes: string;
  counts: BedCountCells;
}

export interface ProviderGroup {
  provider: string;
  houses: VacancyHouseRow[];
  counts: BedCountCells;
}

/**
 * The board by provider, then house, in the service's order (by provider and name). Every figure is
 * placement's count of derived bed states, never summed from anything the console keeps.
 */
export function vacancyBoardOf(houses: readonly HouseAnswer[]): ProviderGroup[] {
  const groups = new Map<string, ProviderGroup>();
  for (const house of houses) {
    let group = groups.get(house.providerAgency);
    if (!group) {
      group = {
        provider: agencyText(house.providerAgency),
        houses: [],
        counts: { free: 0, held: 0, occupied: 0, outOfService: 0, total: 0 },
      };
      groups.set(house.providerAgency, group);
    }
    const counts = bedCountCellsOf(house.bedCounts);
    group.houses.push({
      href: `/placement/vacancies/${encodeURIComponent(house.houseId)}`,
      name: house.name,
      area: labelOf(AREA_LABELS, house.area),
      householdTypes: listLabelOf(HOUSEHOLD_TYPE_LABELS, house.householdTypes),
      counts,
    });
    for (const key of ['free', 'held', 'occupied', 'outOfService', 'total'] as const) {
      group.counts[key] += counts[key];
    }
  }
  return [...groups.values()];
}

export interface FittingRequestRow {
  href: string;
  reference: string;
  urgency: Tag;
  waitingSince: string;
  waited: string;
  because: string[];
}

type FittingRequest = PlacementSchemas['FittingRequestResponse'];

/**
 * The house's waiting list in placement's order. The fitting answer names requests by id only; the queue
 * (fetched alongside) gives each its case reference, and a request missing from it still shows, by its id.
 */
export function fittingRowsOf(
  fitting: readonly FittingRequest[],
  queue: readonly PlacementRequestAnswer[],
  now: Date,
): FittingRequestRow[] {
  const byId = new Map(queue.map((request) => [request.requestId, request]));
  return fitting.map((entry) => {
    const request = byId.get(entry.requestId);
    const days = Math.max(
      0,
      Math.floor((now.getTime() - new Date(entry.waitingSince).getTime()) / 86_400_000),
    );
    return {
      href: `/placement/requests/${encodeURIComponent(entry.requestId)}`,
      reference: request ? journeyReference(request.journeyId) : entry.requestId.slice(0, 8).toUpperCase(),
      urgency: urgencyTagOf(entry.urgency),
      waitingSince: formatLondonDateTime(entry.waitingSince),
      waited: request ? daysText(request.daysWaiting) : daysText(days),
      because: [...entry.because],
    };
  });
}
