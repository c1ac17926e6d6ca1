import type { LocalDate } from '@waypoint/calendar';
import {
  MOVE_OUT_DESTINATIONS,
  MOVE_OUT_REASONS,
  type MoveOutDestination,
  type MoveOutReason,
} from '@waypoint/contracts';
import {
  MOVE_OUT_DESTINATION_LABELS,
  MOVE_OUT_REASON_LABELS,
  choiceItemsOf,
  journeyReference,
  offerRowsOf,
  oneOf,
  parseDateInput,
  type FormBody,
  type FormError,
  type OfferAnswer,
  type SummaryRow,
  type TypedDate,
} from '../../kit';

/** Each stay's form fields are prefixed by its offer, so one page holds a form per arrival or resident. */
export const stayField = (offerId: string, name: string): string => `offer-${offerId}-${name}`;

const withPrefix = (error: FormError, offerId: string): FormError => ({
  ...error,
  field: stayField(offerId, error.field),
  href: stayField(offerId, error.href),
});

export type ParsedMoveIn =
  { ok: true; movedInOn: LocalDate } | { ok: false; errors: FormError[]; typed: TypedDate };

/** The day they arrived: required, and not in the future (placement also refuses a day before the offer). */
export function parseMoveInForm(body: FormBody, offerId: string, today: LocalDate): ParsedMoveIn {
  const date = parseDateInput(body, {
    name: 'movedInOn',
    what: 'The day they moved in',
    required: true,
    notAfter: today,
  });
  if (!date.ok) return { ok: false, errors: [withPrefix(date.error, offerId)], typed: date.typed };
  if (!date.value) {
    return {
      ok: false,
      errors: [
        withPrefix(
          { field: 'movedInOn', href: 'movedInOn-day', text: 'Enter the day they moved in' },
          offerId,
        ),
      ],
      typed: date.typed,
    };
  }
  return { ok: true, movedInOn: date.value };
}

export interface TypedMoveOut {
  movedOutOn: TypedDate;
  reason: string;
  destination: string;
}

export type ParsedMoveOut =
  | { ok: true; body: { movedOutOn: LocalDate; reason: MoveOutReason; destination: MoveOutDestination } }
  | { ok: false; errors: FormError[]; typed: TypedMoveOut };

/** The day they left, why (MOVE_OUT_REASONS) and where to (MOVE_OUT_DESTINATIONS): all three required. */
export function parseMoveOutForm(body: FormBody, offerId: string, today: LocalDate): ParsedMoveOut {
  const date = parseDateInput(body, {
    name: 'movedOutOn',
    what: 'The day they moved out',
    required: true,
    notAfter: today,
  });
  const reason = oneOf(body, 'reason', MOVE_OUT_REASONS);
  const destination = oneOf(body, 'destination', MOVE_OUT_DESTINATIONS);
  const typed: TypedMoveOut = {
    movedOutOn: date.typed,
    reason: reason ?? '',
    destination: destination ?? '',
  };
  const errors: FormError[] = [];
  if (!date.ok) errors.push(withPrefix(date.error, offerId));
  if (!reason) {
    errors.push(withPrefix({ field: 'reason', href: 'reason', text: 'Select why they moved out' }, offerId));
  }
  if (!destination) {
    errors.push(
      withPrefix({ field: 'destination', href: 'destination', text: 'Select where they moved to' }, offerId),
    );
  }
  if (!date.ok || !date.value || !reason || !destination) return { ok: false, errors, typed };
  return { ok: true, body: { movedOutOn: date.value, reason, destination } };
}

export interface StayCard {
  offerId: string;
  reference: string;
  rows: SummaryRow[];
  ids: { movedInOn: string; movedOutOn: string; reason: string; destination: string };
  typedDate?: TypedDate;
  reasons: { value: string; text: string; checked: boolean }[];
  destinations: { value: string; text: string; checked: boolean }[];
}

/** Arrivals and residents as cards; the one whose form was refused keeps what was typed. */
export function stayCardsOf(
  offers: readonly OfferAnswer[],
  refused?: { offerId: string; date?: TypedDate; moveOut?: TypedMoveOut },
): StayCard[] {
  return offers.map((offer) => {
    const mine = refused?.offerId === offer.offerId ? refused : undefined;
    return {
      offerId: offer.offerId,
      reference: journeyReference(offer.journeyId),
      rows: offerRowsOf(offer),
      ids: {
        movedInOn: stayField(offer.offerId, 'movedInOn'),
        movedOutOn: stayField(offer.offerId, 'movedOutOn'),
        reason: stayField(offer.offerId, 'reason'),
        destination: stayField(offer.offerId, 'destination'),
      },
      typedDate: mine?.moveOut?.movedOutOn ?? mine?.date,
      reasons: choiceItemsOf(MOVE_OUT_REASON_LABELS, mine?.moveOut?.reason),
      destinations: choiceItemsOf(MOVE_OUT_DESTINATION_LABELS, mine?.moveOut?.destination),
    };
  });
}
