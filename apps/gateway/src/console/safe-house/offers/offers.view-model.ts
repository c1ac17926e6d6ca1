import { DECLINE_REASONS, type DeclineReason } from '@waypoint/contracts';
import {
  DECLINE_REASON_LABELS,
  choiceItemsOf,
  journeyReference,
  offerRowsOf,
  oneOf,
  type FormBody,
  type FormError,
  type OfferAnswer,
  type SummaryRow,
} from '../../kit';

/** Each offer's form fields are prefixed by it, so one page can hold a form per offer. */
export const offerField = (offerId: string, name: string): string => `offer-${offerId}-${name}`;

export type ParsedDecline = { ok: true; reason: DeclineReason } | { ok: false; error: FormError };

/** A decline needs a reason category (placement keeps no free text about why). */
export function parseDeclineForm(body: FormBody, offerId: string): ParsedDecline {
  const reason = oneOf(body, 'reason', DECLINE_REASONS);
  return reason
    ? { ok: true, reason }
    : {
        ok: false,
        error: {
          field: offerField(offerId, 'reason'),
          href: offerField(offerId, 'reason'),
          text: 'Select why you are declining the offer',
        },
      };
}

export interface OfferCard {
  offerId: string;
  reference: string;
  rows: SummaryRow[];
  reasonId: string;
  reasons: { value: string; text: string; checked: boolean }[];
}

export function offerCardsOf(offers: readonly OfferAnswer[]): OfferCard[] {
  return offers.map((offer) => ({
    offerId: offer.offerId,
    reference: journeyReference(offer.journeyId),
    rows: offerRowsOf(offer),
    reasonId: offerField(offer.offerId, 'reason'),
    reasons: choiceItemsOf(DECLINE_REASON_LABELS, undefined),
  }));
}
