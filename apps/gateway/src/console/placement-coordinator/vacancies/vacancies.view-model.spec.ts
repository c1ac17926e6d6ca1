import { houseFixture, requestFixture } from '../../kit/placement/placement-fixtures';
import { queueRowsOf } from '../requests-queue/requests-queue.view-model';
import { fittingRowsOf, vacancyBoardOf } from './vacancies.view-model';

describe('the vacancy board', () => {
  it('groups houses by provider, with each house’s and each provider’s counts', () => {
    const board = vacancyBoardOf([
      houseFixture(),
      houseFixture({
        houseId: 'b',
        name: 'Birch House',
        bedCounts: { free: 2, held: 0, occupied: 3, 'out-of-service': 0 },
      }),
      houseFixture({ houseId: 'c', name: 'Elm House', providerAgency: 'elm-housing' }),
    ]);
    expect(board.map((group) => [group.provider, group.houses.map((house) => house.name)])).toEqual([
      ['Rowan trust', ['Rowan House', 'Birch House']],
      ['Elm housing', ['Elm House']],
    ]);
    expect(board[0].counts).toEqual({ free: 3, held: 1, occupied: 3, outOfService: 1, total: 8 });
    expect(board[0].houses[0].href).toBe('/placement/vacancies/11111111-1111-4111-8111-111111111111');
  });

  it('names each fitting request by its case, in placement’s order', () => {
    const request = requestFixture();
    const rows = fittingRowsOf(
      [
        {
          requestId: request.requestId,
          urgency: 'urgent',
          waitingSince: request.requestedAt,
          roomId: 'r',
          bedIds: ['b'],
          because: ['A room to themselves'],
        },
      ],
      [request],
      new Date('2026-12-02T12:00:00Z'),
    );
    expect(rows).toEqual([
      {
        href: `/placement/requests/${request.requestId}`,
        reference: '0B6E1F9C',
        urgency: { text: 'Urgent', classes: 'govuk-tag--orange' },
        waitingSince: '30 November 2026 at 10:00am',
        waited: '2 days',
        because: ['A room to themselves'],
      },
    ]);
  });
});

describe('the requests queue', () => {
  it('keeps placement’s order and says how long each has waited', () => {
    const rows = queueRowsOf([
      requestFixture({ urgency: 'emergency', daysWaiting: 0 }),
      requestFixture({ requestId: 'second', daysWaiting: 12, dependants: [], householdType: 'women' }),
    ]);
    expect(rows.map((row) => [row.urgency.text, row.waited, row.household])).toEqual([
      ['Emergency', 'Less than a day', 'Families (a parent with children): 2 children, aged 3 and 7'],
      ['Urgent', '12 days', 'Women'],
    ]);
  });
});
