import type { OfferRecord } from './offers.repository';

export interface OfferView {
  offerId: string;
  requestId: string;
  journeyId: string;
  houseId: string;
  houseName: string;
  houseArea: OfferRecord['houseArea'];
  roomName: string;
  beds: OfferRecord['beds'];
  providerAgency: string;
  requestingAgency: string;
  offeredByAgency: string;
  offeredAt: string;
  holdExpiresAt: string;
  status: OfferRecord['status'];
  answeredAt: string | null;
  declineReason: OfferRecord['declineReason'];
  movedInOn: string | null;
  plannedMoveOutOn: string | null;
  movedOutOn: string | null;
  moveOutReason: OfferRecord['moveOutReason'];
  moveOutDestination: OfferRecord['moveOutDestination'];
  household: OfferRecord['household'];
}

/** Who offered is kept in the service's audit; the answer names agencies only. */
export function offerViewOf(offer: OfferRecord): OfferView {
  return {
    offerId: offer.offerId,
    requestId: offer.requestId,
    journeyId: offer.journeyId,
    houseId: offer.houseId,
    houseName: offer.houseName,
    houseArea: offer.houseArea,
    roomName: offer.roomName,
    beds: offer.beds,
    providerAgency: offer.providerAgency,
    requestingAgency: offer.requestingAgency,
    offeredByAgency: offer.offeredByAgency,
    offeredAt: offer.offeredAt.toISOString(),
    holdExpiresAt: offer.holdExpiresAt.toISOString(),
    status: offer.status,
    answeredAt: offer.answeredAt?.toISOString() ?? null,
    declineReason: offer.declineReason,
    movedInOn: offer.movedInOn,
    plannedMoveOutOn: offer.plannedMoveOutOn,
    movedOutOn: offer.movedOutOn,
    moveOutReason: offer.moveOutReason,
    moveOutDestination: offer.moveOutDestination,
    household: offer.household,
  };
}
