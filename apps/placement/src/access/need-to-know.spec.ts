import type { Principal, Role } from '@waypoint/auth';
import { addressPurposeOf, canSeeHouse, canSeeOffer, canSeeRequest } from './need-to-know';

const caller = (role: Role, agency: string): Principal => ({ subject: `${role}-1`, role, agency });

describe('need-to-know in placement', () => {
  const house = { providerAgency: 'rowan-trust' };

  it('shows a house to coordinators and its own provider, to no one else', () => {
    expect(canSeeHouse(caller('placement-coordinator', 'referral-line'), house)).toBe(true);
    expect(canSeeHouse(caller('safe-house-staff', 'rowan-trust'), house)).toBe(true);
    expect(canSeeHouse(caller('administrator', 'rowan-trust'), house)).toBe(true);
    expect(canSeeHouse(caller('safe-house-staff', 'other-provider'), house)).toBe(false);
    expect(canSeeHouse(caller('first-responder', 'rowan-trust'), house)).toBe(false);
    expect(canSeeHouse(caller('commissioner', 'rowan-trust'), house)).toBe(false);
  });

  it('shows a request to coordinators, the raising agency, and a provider only while its offer is open', () => {
    const request = { requestingAgency: 'west-midlands-police', offers: [] };
    expect(canSeeRequest(caller('placement-coordinator', 'referral-line'), request)).toBe(true);
    expect(canSeeRequest(caller('first-responder', 'west-midlands-police'), request)).toBe(true);
    expect(canSeeRequest(caller('advocate', 'west-midlands-police'), request)).toBe(true);
    expect(canSeeRequest(caller('first-responder', 'staffordshire-police'), request)).toBe(false);
    expect(canSeeRequest(caller('safe-house-staff', 'rowan-trust'), request)).toBe(false);

    const offered = { ...request, offers: [{ providerAgency: 'rowan-trust', open: true }] };
    expect(canSeeRequest(caller('safe-house-staff', 'rowan-trust'), offered)).toBe(true);
    expect(canSeeRequest(caller('safe-house-staff', 'other-provider'), offered)).toBe(false);
    const declined = { ...request, offers: [{ providerAgency: 'rowan-trust', open: false }] };
    expect(canSeeRequest(caller('safe-house-staff', 'rowan-trust'), declined)).toBe(false);
  });

  it("never treats safe-house staff of the raising agency's name as the raiser", () => {
    const request = { requestingAgency: 'bcss', offers: [] };
    expect(canSeeRequest(caller('safe-house-staff', 'bcss'), request)).toBe(false);
    expect(
      canSeeOffer(caller('safe-house-staff', 'bcss'), { providerAgency: 'x', requestingAgency: 'bcss' }),
    ).toBe(false);
  });

  it('gives the address to the provider, the coordinators, and the agency bringing the survivor until move-in', () => {
    expect(addressPurposeOf(caller('safe-house-staff', 'rowan-trust'), house, [])).toBe('provider-staff');
    expect(addressPurposeOf(caller('placement-coordinator', 'referral-line'), house, [])).toBe('coordinator');
    expect(
      addressPurposeOf(caller('first-responder', 'west-midlands-police'), house, ['west-midlands-police']),
    ).toBe('bringing-the-survivor');
    expect(addressPurposeOf(caller('first-responder', 'west-midlands-police'), house, [])).toBeNull();
    expect(addressPurposeOf(caller('safe-house-staff', 'other'), house, ['other'])).toBeNull();
    expect(addressPurposeOf(caller('commissioner', 'rowan-trust'), house, [])).toBeNull();
  });
});
