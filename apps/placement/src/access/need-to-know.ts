import type { Principal } from '@waypoint/auth';

/*
 * Who may see what in placement (docs/domain.md, "Safe houses and placement"). Roles are checked first,
 * by each route's @Authorised; these rules decide, for a caller whose role may use the route, whether
 * this record is theirs to see. A record that is not gets a 404, never a 403: whether a journey has a
 * placement request, or a house takes people, is itself need-to-know.
 */

/** The referral line: every request and every provider's vacancy. */
export const isCoordinator = (caller: Principal): boolean => caller.role === 'placement-coordinator';

/** A provider's own staff (and its administrators) keep its directory and answer its offers. */
export function isProviderStaff(caller: Principal, providerAgency: string): boolean {
  return (
    (caller.role === 'safe-house-staff' || caller.role === 'administrator') &&
    caller.agency === providerAgency
  );
}

export function canSeeHouse(caller: Principal, house: { providerAgency: string }): boolean {
  return isCoordinator(caller) || isProviderStaff(caller, house.providerAgency);
}

/** An offer of the request in the caller's provider, from the hold until the stay ends. */
export interface ProviderInvolvement {
  providerAgency: string;
  /** The offer is held, accepted or a stay in progress. */
  open: boolean;
}

export interface RequestAccessFacts {
  requestingAgency: string;
  offers: readonly ProviderInvolvement[];
}

/**
 * A request is seen by the coordinators, by the agency that raised it, and by a provider while an offer of
 * it to that provider is open (to decide, they need the household's needs and risk notes).
 */
export function canSeeRequest(caller: Principal, request: RequestAccessFacts): boolean {
  if (isCoordinator(caller)) return true;
  if (caller.role !== 'safe-house-staff' && caller.agency === request.requestingAgency) return true;
  return request.offers.some((offer) => offer.open && isProviderStaff(caller, offer.providerAgency));
}

export interface OfferAccessFacts {
  providerAgency: string;
  requestingAgency: string;
}

export function canSeeOffer(caller: Principal, offer: OfferAccessFacts): boolean {
  return (
    isCoordinator(caller) ||
    isProviderStaff(caller, offer.providerAgency) ||
    (caller.role !== 'safe-house-staff' && caller.agency === offer.requestingAgency)
  );
}

export type AddressPurpose = 'provider-staff' | 'coordinator' | 'bringing-the-survivor';

/**
 * Why the caller may read a house's address, or null if they may not: the provider's staff, the
 * coordinators, and the agency bringing the survivor while an accepted offer at the house waits for
 * the move-in (after it, the survivor is there and the address need not travel further).
 */
export function addressPurposeOf(
  caller: Principal,
  house: { providerAgency: string },
  acceptedAwaitingArrivalFor: readonly string[],
): AddressPurpose | null {
  if (isProviderStaff(caller, house.providerAgency)) return 'provider-staff';
  if (isCoordinator(caller)) return 'coordinator';
  if (caller.role !== 'safe-house-staff' && acceptedAwaitingArrivalFor.includes(caller.agency)) {
    return 'bringing-the-survivor';
  }
  return null;
}
