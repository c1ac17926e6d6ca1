import { WITHDRAWAL_REASONS, type WithdrawalReason } from '@waypoint/contracts';
import {
  AREA_LABELS,
  EXCLUSION_REASON_LABELS,
  WITHDRAWAL_REASON_LABELS,
  agencyText,
  formatLondonDateTime,
  isUuid,
  labelOf,
  offerStatusTagOf,
  oneOf,
  oneValue,
  serviceMessageOf,
  type BedTakenAnswer,
  type FormBody,
  type FormError,
  type MatchAnswer,
  type OfferAnswer,
  type PlacementRequestDetailAnswer,
  type Tag,
} from '../../kit';

export interface EligibleHouseView {
  houseId: string;
  houseName: string;
  provider: string;
  area: string;
  room: string;
  beds: number;
  because: string[];
}

export interface ExcludedHouseView {
  houseName: string;
  provider: string;
  reasons: { reason: string; detail: string }[];
}

export interface MatchesView {
  eligible: EligibleHouseView[];
  excluded: ExcludedHouseView[];
}

/** Matching's answer, in its own order (best first); every excluded house keeps every reason it gave. */
export function matchesViewOf(matches: MatchAnswer): MatchesView {
  return {
    eligible: matches.eligible.map((house) => ({
      houseId: house.houseId,
      houseName: house.houseName,
      provider: agencyText(house.providerAgency),
      area: labelOf(AREA_LABELS, house.area),
      room: house.roomName,
      beds: house.bedIds.length,
      because: [...house.because],
    })),
    excluded: matches.excluded.map((house) => ({
      houseName: house.houseName,
      provider: agencyText(house.providerAgency),
      reasons: house.reasons.map((reason) => ({
        reason: labelOf(EXCLUSION_REASON_LABELS, reason.reason),
        detail: reason.detail,
      })),
    })),
  };
}

export interface OfferLine {
  offerId: string;
  house: string;
  room: string;
  status: Tag;
  offeredAt: string;
  answer: string;
}

export function offerLinesOf(offers: readonly OfferAnswer[]): OfferLine[] {
  return offers.map((offer) => ({
    offerId: offer.offerId,
    house: `${offer.houseName} (${agencyText(offer.providerAgency)})`,
    room: offer.roomName,
    status: offerStatusTagOf(offer.status),
    offeredAt: formatLondonDateTime(offer.offeredAt),
    answer:
      offer.status === 'held'
        ? `Held until ${formatLondonDateTime(offer.holdExpiresAt)}`
        : offer.answeredAt
          ? `Answered ${formatLondonDateTime(offer.answeredAt)}`
          : '',
  }));
}

/** Offers are made only while the request waits; it can be withdrawn while it still seeks a place. */
export function actionsOf(request: PlacementRequestDetailAnswer): {
  canOffer: boolean;
  canWithdraw: boolean;
} {
  return {
    canOffer: request.status === 'waiting',
    canWithdraw: ['waiting', 'offered', 'accepted'].includes(request.status),
  };
}

export type ParsedOffer = { ok: true; houseId: string } | { ok: false; error: FormError };

export function parseOfferForm(body: FormBody): ParsedOffer {
  const houseId = oneValue(body, 'houseId');
  return isUuid(houseId)
    ? { ok: true, houseId }
    : {
        ok: false,
        error: { field: 'houseId', href: 'matches', text: 'Choose a house from the eligible houses' },
      };
}

export type ParsedWithdrawal = { ok: true; reason: WithdrawalReason } | { ok: false; error: FormError };

export function parseWithdrawForm(body: FormBody): ParsedWithdrawal {
  const reason = oneOf(body, 'reason', WITHDRAWAL_REASONS);
  return reason
    ? { ok: true, reason }
    : {
        ok: false,
        error: { field: 'reason', href: 'reason', text: 'Select why the request is being withdrawn' },
      };
}

/**
 * Placement's 409 on an offer in a coordinator's words: another offer took a bed first, the house cannot
 * take the household now (its reasons), or the request is no longer waiting. Nothing was written.
 */
export function offerRefusedBecause(conflict: BedTakenAnswer, houseName: string | undefined): FormError {
  const house = houseName ?? 'The house';
  let text: string;
  let href = 'matches';
  if (conflict.bedId) {
    text = `${house} could not be offered: a bed was taken by another offer a moment ago. The matches below are as they are now.`;
  } else if (conflict.reasons && conflict.reasons.length > 0) {
    const details = conflict.reasons
      .map((reason) => reason.detail ?? reason.reason)
      .filter((detail): detail is string => Boolean(detail));
    text = `${house} cannot take them now: ${details.join('; ')}. The matches below are as they are now.`;
  } else if (conflict.currentStatus) {
    text = `No offer was made: the request is no longer waiting (it is ${conflict.currentStatus.replace(/-/g, ' ')}).`;
    // No matches are shown for a request that is not waiting: the summary links to its needs instead.
    href = 'request-needs';
  } else {
    text = `No offer was made: ${serviceMessageOf(conflict)}`;
  }
  return { field: 'houseId', href, text };
}

export function withdrawItemsOf(
  chosen: string | undefined,
): { value: string; text: string; checked: boolean }[] {
  return WITHDRAWAL_REASONS.map((value) => ({
    value,
    text: WITHDRAWAL_REASON_LABELS[value],
    checked: value === chosen,
  }));
}
