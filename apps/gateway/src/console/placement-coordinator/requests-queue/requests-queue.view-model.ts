import {
  HOUSEHOLD_TYPE_LABELS,
  SHORT_PLACEMENT_KIND_LABELS,
  daysText,
  dependantsText,
  formatLocalDate,
  journeyReference,
  labelOf,
  agencyText,
  requestStatusTagOf,
  urgencyTagOf,
  type PlacementRequestAnswer,
  type Tag,
} from '../../kit';

export interface QueueRow {
  requestId: string;
  href: string;
  reference: string;
  urgency: Tag;
  kind: string;
  household: string;
  neededFrom: string;
  waited: string;
  status: Tag;
  requestingAgency: string;
}

/**
 * The queue in the service's order (most urgent, then longest waiting: placement's waiting-list rule), never
 * re-sorted here, so the console and the service can never disagree about who is next.
 */
export function queueRowsOf(requests: readonly PlacementRequestAnswer[]): QueueRow[] {
  return requests.map((request) => ({
    requestId: request.requestId,
    href: `/placement/requests/${encodeURIComponent(request.requestId)}`,
    reference: journeyReference(request.journeyId),
    urgency: urgencyTagOf(request.urgency),
    kind: labelOf(SHORT_PLACEMENT_KIND_LABELS, request.kind),
    household:
      request.dependants.length === 0
        ? labelOf(HOUSEHOLD_TYPE_LABELS, request.householdType)
        : `${labelOf(HOUSEHOLD_TYPE_LABELS, request.householdType)}: ${dependantsText(request.dependants).toLowerCase()}`,
    neededFrom: formatLocalDate(request.neededFrom),
    waited: daysText(request.daysWaiting),
    status: requestStatusTagOf(request.status),
    requestingAgency: agencyText(request.requestingAgency),
  }));
}
