import type { PlacementApi } from '@waypoint/clients';
import {
  ACCESSIBILITY_LABELS,
  AREA_LABELS,
  BED_KIND_LABELS,
  BED_STATE_TAGS,
  HOUSEHOLD_TYPE_LABELS,
  LANGUAGE_LABELS,
  OFFER_STATUS_TAGS,
  OUT_OF_SERVICE_REASON_LABELS,
  PLACEMENT_KIND_LABELS,
  REQUEST_STATUS_TAGS,
  URGENCY_TAGS,
  agencyText,
  daysText,
  dependantsText,
  formatLocalDate,
  formatLondonDateTime,
  labelOf,
  listLabelOf,
} from '../labels';

/**
 * The placement service's answers as the console's pages show them, for every role that sees a house, a
 * request or an offer (coordinators, safe-house staff, the agency that asked). Types are the service's own
 * OpenAPI schemas (libs/clients).
 */
export type PlacementSchemas = PlacementApi.components['schemas'];
export type HouseAnswer = PlacementSchemas['HouseViewResponse'];
export type HouseListAnswer = PlacementSchemas['HouseListResponse'];
export type BedCounts = PlacementSchemas['BedCountsResponse'];
export type PlacementRequestAnswer = PlacementSchemas['PlacementRequestResponse'];
export type PlacementRequestDetailAnswer = PlacementSchemas['PlacementRequestDetailResponse'];
export type OfferAnswer = PlacementSchemas['OfferViewResponse'];
export type MatchAnswer = PlacementSchemas['MatchResponse'];
export type BedTakenAnswer = PlacementSchemas['BedTakenResponse'];

export interface SummaryRow {
  key: { text: string };
  value: { text?: string; html?: string };
}

const row = (key: string, text: string): SummaryRow => ({ key: { text: key }, value: { text } });

export type Tag = { text: string; classes: string };

export function urgencyTagOf(urgency: string): Tag {
  return { ...((URGENCY_TAGS as Record<string, Tag>)[urgency] ?? { text: urgency, classes: '' }) };
}

export function requestStatusTagOf(status: string): Tag {
  return {
    ...((REQUEST_STATUS_TAGS as Record<string, Tag>)[status] ?? { text: status, classes: 'govuk-tag--grey' }),
  };
}

export function offerStatusTagOf(status: string): Tag {
  return {
    ...((OFFER_STATUS_TAGS as Record<string, Tag>)[status] ?? { text: status, classes: 'govuk-tag--grey' }),
  };
}

export function bedStateTagOf(state: string): Tag {
  return {
    ...((BED_STATE_TAGS as Record<string, Tag>)[state] ?? { text: state, classes: 'govuk-tag--grey' }),
  };
}

export function languagesText(codes: readonly string[]): string {
  return codes.length === 0 ? 'None given' : listLabelOf(LANGUAGE_LABELS, codes);
}

/** 'From 9 December 2026 until 12 December 2026', or 'From 9 December 2026, end not known'. */
export function datesText(neededFrom: string, neededUntil: string | null): string {
  return neededUntil
    ? `From ${formatLocalDate(neededFrom)} until ${formatLocalDate(neededUntil)}`
    : `From ${formatLocalDate(neededFrom)}, end not known`;
}

/**
 * What the household needs, as a summary list. Areas to avoid name the area of exploitation apart, since
 * placement always adds it and a coordinator must see why a near house is excluded.
 */
export function requestNeedsRows(request: PlacementRequestAnswer): SummaryRow[] {
  const avoided = request.avoidAreas.map((area) =>
    area === request.exploitationArea
      ? `${labelOf(AREA_LABELS, area)} (where they were exploited)`
      : labelOf(AREA_LABELS, area),
  );
  if (request.exploitationArea && !request.avoidAreas.includes(request.exploitationArea)) {
    avoided.unshift(`${labelOf(AREA_LABELS, request.exploitationArea)} (where they were exploited)`);
  }
  return [
    row('Kind of place', labelOf(PLACEMENT_KIND_LABELS, request.kind)),
    row('Urgency', urgencyTagOf(request.urgency).text),
    row('Household', labelOf(HOUSEHOLD_TYPE_LABELS, request.householdType)),
    row('Children coming with them', dependantsText(request.dependants)),
    row('Pregnant', request.pregnant ? 'Yes' : 'No'),
    row(
      'Accessibility needs',
      request.accessibilityNeeds.length === 0
        ? 'None'
        : listLabelOf(ACCESSIBILITY_LABELS, request.accessibilityNeeds),
    ),
    row('Languages they speak', languagesText(request.languages)),
    row('Areas to avoid', avoided.length === 0 ? 'None' : avoided.join(', ')),
    row('Dates needed', datesText(request.neededFrom, request.neededUntil)),
    row('Asked for by', agencyText(request.requestingAgency)),
    row('Asked for on', formatLondonDateTime(request.requestedAt)),
    row('Waiting for', daysText(request.daysWaiting)),
  ];
}

/** The household an offer is for, as a provider sees it before deciding. */
export function householdRowsOf(household: OfferAnswer['household']): SummaryRow[] {
  return [
    row('Kind of place', labelOf(PLACEMENT_KIND_LABELS, household.kind)),
    row('Urgency', urgencyTagOf(household.urgency).text),
    row('Household', labelOf(HOUSEHOLD_TYPE_LABELS, household.householdType)),
    row('Children coming with them', dependantsText(household.dependants)),
    row('Pregnant', household.pregnant ? 'Yes' : 'No'),
    row(
      'Accessibility needs',
      household.accessibilityNeeds.length === 0
        ? 'None'
        : listLabelOf(ACCESSIBILITY_LABELS, household.accessibilityNeeds),
    ),
    row('Languages they speak', languagesText(household.languages)),
    row('Dates needed', datesText(household.neededFrom, household.neededUntil)),
  ];
}

export interface BedCountCells {
  free: number;
  held: number;
  occupied: number;
  outOfService: number;
  total: number;
}

export function bedCountCellsOf(counts: BedCounts): BedCountCells {
  return {
    free: counts.free,
    held: counts.held,
    occupied: counts.occupied,
    outOfService: counts['out-of-service'],
    total: counts.free + counts.held + counts.occupied + counts['out-of-service'],
  };
}

export interface BedLine {
  bedId: string;
  label: string;
  kind: string;
  state: Tag;
}

export interface RoomView {
  roomId: string;
  name: string;
  beds: BedLine[];
}

export function roomsOf(house: HouseAnswer): RoomView[] {
  return house.rooms.map((room) => ({
    roomId: room.roomId,
    name: room.name,
    beds: room.beds.map((bed) => ({
      bedId: bed.bedId,
      label: bed.label,
      kind: labelOf(BED_KIND_LABELS, bed.kind),
      state: bedStateTagOf(bed.state),
    })),
  }));
}

/** Every bed by room: 'Room 1, Bed 2', the name a form's bed choice shows. */
export function bedNamesOf(house: HouseAnswer): Map<string, string> {
  const names = new Map<string, string>();
  for (const room of house.rooms)
    for (const bed of room.beds) names.set(bed.bedId, `${room.name}, ${bed.label}`);
  return names;
}

export interface OutOfServiceLine {
  periodId: string;
  bed: string;
  reason: string;
  from: string;
  until: string;
  open: boolean;
}

export function outOfServiceLinesOf(house: HouseAnswer): OutOfServiceLine[] {
  const names = bedNamesOf(house);
  return house.outOfService.map((period) => ({
    periodId: period.periodId,
    bed: names.get(period.bedId) ?? 'A bed no longer in the house',
    reason: labelOf(OUT_OF_SERVICE_REASON_LABELS, period.reason),
    from: formatLocalDate(period.from),
    until: period.until ? formatLocalDate(period.until) : 'Not known yet',
    open: period.until === null,
  }));
}

export function houseDetailsRows(house: HouseAnswer): SummaryRow[] {
  return [
    row('Provider', agencyText(house.providerAgency)),
    row('Area', labelOf(AREA_LABELS, house.area)),
    row('Who it is for', listLabelOf(HOUSEHOLD_TYPE_LABELS, house.householdTypes)),
    row(
      'Accessibility',
      house.accessibility.length === 0 ? 'None' : listLabelOf(ACCESSIBILITY_LABELS, house.accessibility),
    ),
    row('Languages staff speak', languagesText(house.languages)),
  ];
}

/** An offer as a provider or coordinator reads it: where, which beds, for whom, and until when it is held. */
export function offerRowsOf(offer: OfferAnswer): SummaryRow[] {
  const rows = [
    row('Status', offerStatusTagOf(offer.status).text),
    row('House', `${offer.houseName} (${labelOf(AREA_LABELS, offer.houseArea)})`),
    row(
      'Room and beds',
      `${offer.roomName}: ${offer.beds.map((bed) => `${bed.label} (${labelOf(BED_KIND_LABELS, bed.kind).toLowerCase()})`).join(', ')}`,
    ),
    row('Asked for by', agencyText(offer.requestingAgency)),
    row('Offered on', formatLondonDateTime(offer.offeredAt)),
  ];
  // What the provider decides on and prepares for; the risk notes stay on the request, read and audited there.
  if (offer.status === 'held' || offer.status === 'accepted')
    rows.splice(3, 0, ...householdRowsOf(offer.household));
  if (offer.status === 'held') rows.push(row('Held until', formatLondonDateTime(offer.holdExpiresAt)));
  if (offer.movedInOn) rows.push(row('Moved in on', formatLocalDate(offer.movedInOn)));
  if (offer.status === 'moved-in') {
    rows.push(
      row(
        'Planned move-out',
        offer.plannedMoveOutOn
          ? formatLocalDate(offer.plannedMoveOutOn)
          : 'Not set yet: it follows the NRM decision',
      ),
    );
  }
  if (offer.movedOutOn) rows.push(row('Moved out on', formatLocalDate(offer.movedOutOn)));
  return rows;
}
