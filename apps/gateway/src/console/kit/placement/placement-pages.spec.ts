import { houseFixture, offerFixture, requestFixture } from './placement-fixtures';
import {
  bedCountCellsOf,
  houseDetailsRows,
  outOfServiceLinesOf,
  requestNeedsRows,
  requestStatusTagOf,
  roomsOf,
  urgencyTagOf,
} from './placement.view-model';
import { formErrorsOf } from '../forms/form-errors';
import { renderPage } from '../rendering/page-renderer';
import type { SignedInUser } from '../../../sessions/signed-in-user';

const response = { locals: { cspNonce: 'test-nonce' } } as never;
const userOf = (role: 'placement-coordinator' | 'safe-house-staff' | 'first-responder'): SignedInUser => ({
  userId: 'user-1',
  email: 'sam@example.org',
  displayName: 'Sam Staff',
  agencyName: 'Rowan Trust',
  principal: { subject: 'user-1', role, agency: 'rowan-trust' },
  csrfToken: 'csrf-123',
});

describe('the placement pages render', () => {
  it('a request with its matches and an error summary, every form carrying the CSRF token', () => {
    const request = requestFixture();
    const html = renderPage(response, 'placement-coordinator/placement-request/placement-request', {
      title: 'Placement request for case 0B6E1F9C',
      user: userOf('placement-coordinator'),
      navigation: 'placement-requests',
      errors: formErrorsOf([{ field: 'houseId', href: 'matches', text: 'A bed was taken' }]),
      requestId: request.requestId,
      urgency: urgencyTagOf(request.urgency),
      status: requestStatusTagOf(request.status),
      needsRows: requestNeedsRows(request),
      riskNotes: request.riskNotes,
      offers: [],
      matches: {
        eligible: [
          {
            houseId: 'h',
            houseName: 'Rowan House',
            provider: 'Rowan trust',
            area: 'Solihull',
            room: 'Room 1',
            beds: 1,
            because: ['Fits'],
          },
        ],
        excluded: [
          {
            houseName: 'Elm House',
            provider: 'Elm',
            reasons: [{ reason: 'No free bed', detail: 'None free' }],
          },
        ],
      },
      canOffer: true,
      canWithdraw: true,
      withdrawItems: [{ value: 'other', text: 'Another reason', checked: false }],
    });
    expect(html).toContain('There is a problem');
    expect(html).toContain('Offer a place');
    expect(html).toContain('None free');
    expect(html.match(/name="_csrf" value="csrf-123"/g)?.length).toBe(3);
  });

  it("a safe house's page with its forms, and the incoming offers", () => {
    const house = houseFixture();
    const html = renderPage(response, 'safe-house/my-houses/house', {
      title: house.name,
      user: userOf('safe-house-staff'),
      navigation: 'houses',
      houseId: house.houseId,
      details: houseDetailsRows(house),
      counts: bedCountCellsOf(house.bedCounts),
      rooms: roomsOf(house),
      outOfService: outOfServiceLinesOf(house),
      form: {
        beds: [{ value: '', text: 'Select a bed', selected: true }],
        reasons: [],
        typed: { bedId: '', reason: '', from: {}, until: {} },
      },
      bedForm: {
        rooms: [{ value: house.rooms[0].roomId, text: 'Room 1 (3 beds now)', checked: false }],
        newRoom: { value: 'new-room', text: 'A new room', checked: false },
        kinds: [{ value: 'single', text: 'Single', checked: false }],
        typed: { room: '', newRoomName: '', label: '', kind: '' },
      },
      example: '2 12 2026',
    });
    expect(html).toContain('Show address');
    expect(html).toContain(`href="/safe-house/houses/${house.houseId}/edit"`);
    expect(html).toContain('Add bed');
    expect(html).toContain('govuk-radios__divider');
    expect(html.match(/name="_csrf" value="csrf-123"/g)?.length).toBe(4);
    expect(html).toContain('Set the last day');
    expect(html).toMatch(/govuk-service-navigation__item--active">[\s\S]*?My houses/);
    const offers = renderPage(response, 'safe-house/offers/offers', {
      title: 'Incoming offers',
      user: userOf('safe-house-staff'),
      navigation: 'offers',
      offers: [
        { offerId: offerFixture().offerId, reference: '0B6E1F9C', rows: [], reasonId: 'r', reasons: [] },
      ],
    });
    expect(offers).toContain('Accept offer');
    expect(offers).toContain('Decline offer');
  });

  it('the request-a-place form', () => {
    const html = renderPage(response, 'first-responder/request-placement/request-placement', {
      title: 'Request a place',
      user: userOf('first-responder'),
      navigation: 'cases',
      journeyId: 'j',
      reference: 'J',
      choices: {
        kind: [],
        urgency: [],
        householdType: [],
        accessibilityNeeds: [],
        languages: [],
        pregnant: [],
        avoidAreas: [],
      },
      example: '2 12 2026',
    });
    expect(html).toContain('Send request');
    expect(html).toContain('neededFrom-day');
  });
});
