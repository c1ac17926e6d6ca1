import type { HouseRecord, MatchBedRow } from '../directory/directory.repository';
import type { PlacementRequestRecord } from '../requests/requests.repository';
import type { MatchHouse, MatchRequest, MatchRoom } from './matching';

/** The houses as matching sees them: each bed free or not over the request's dates (bedsFree). */
export function matchHousesOf(houses: readonly HouseRecord[], beds: readonly MatchBedRow[]): MatchHouse[] {
  type Room = { roomId: string; beds: MatchRoom['beds'][number][] };
  const roomsByHouse = new Map<string, Map<string, Room>>();
  for (const bed of beds) {
    let rooms = roomsByHouse.get(bed.houseId);
    if (!rooms) roomsByHouse.set(bed.houseId, (rooms = new Map<string, Room>()));
    let room = rooms.get(bed.roomId);
    if (!room) rooms.set(bed.roomId, (room = { roomId: bed.roomId, beds: [] }));
    room.beds.push({ bedId: bed.bedId, kind: bed.kind, free: bed.freeForDates });
  }
  return houses.map((house) => ({
    houseId: house.houseId,
    providerId: house.providerAgency,
    name: house.name,
    householdTypes: house.householdTypes,
    area: house.area,
    accessibility: house.accessibility,
    languages: house.languages,
    rooms: [...(roomsByHouse.get(house.houseId)?.values() ?? [])],
  }));
}

export function matchRequestOf(request: PlacementRequestRecord): MatchRequest {
  return {
    requestId: request.requestId,
    householdType: request.householdType,
    dependants: request.dependantAges.map((age) => ({ age })),
    accessibilityNeeds: request.accessibilityNeeds,
    languages: request.languages,
    pregnant: request.pregnant,
    avoidAreas: request.avoidAreas,
    ...(request.exploitationArea ? { exploitationArea: request.exploitationArea } : {}),
  };
}

/** The dates a bed must be free over: from the later of today and the first night needed. */
export function datesNeeded(
  request: PlacementRequestRecord,
  today: string,
): { from: string; until: string | null } {
  const from = request.neededFrom > today ? request.neededFrom : today;
  return {
    from,
    until: request.neededUntil !== null && request.neededUntil >= from ? request.neededUntil : null,
  };
}
