import { parseLocalDate } from '@waypoint/calendar';
import {
  isOverdue,
  myCasesRows,
  type AwaitingDecisionSummary,
  type ReferralCaseSummary,
} from './my-cases.view-model';

const today = parseLocalDate('2026-12-02');

function summary(overrides: Partial<ReferralCaseSummary> = {}): ReferralCaseSummary {
  return {
    journeyId: '0b6e1f9c-1111-4222-8333-944445555666',
    route: 'nrm',
    status: 'awaiting-reasonable-grounds',
    ageGroup: 'adult',
    area: 'birmingham',
    competentAuthority: 'SCA',
    submittedOn: '2026-11-30',
    nextDeadline: { kind: 'reasonable-grounds-due', dueOn: '2026-12-07' },
    overdue: false,
    ...overrides,
  };
}

function deciding(overrides: Partial<AwaitingDecisionSummary> = {}): AwaitingDecisionSummary {
  return {
    journeyId: '7c1d2e3f-aaaa-4bbb-8ccc-dddd00001111',
    // 23:30 UTC on 30 Nov is 23:30 GMT: still 30 Nov in London.
    identifiedAt: '2026-11-30T23:30:00.000Z',
    ageGroup: 'adult',
    area: 'walsall',
    placeOfSafetyDecisionDueOn: '2026-12-03',
    overdue: false,
    ...overrides,
  };
}

describe('overdue', () => {
  it('believes the service', () => {
    expect(isOverdue({ overdue: true, nextDeadline: null }, today)).toBe(true);
  });

  it('is overdue once an RG due date is behind today, even if the list has not caught up', () => {
    expect(
      isOverdue(
        { overdue: false, nextDeadline: { kind: 'reasonable-grounds-due', dueOn: '2026-12-01' } },
        today,
      ),
    ).toBe(true);
    expect(
      isOverdue({ overdue: false, nextDeadline: { kind: 'reasonable-grounds-due', dueOn: today } }, today),
    ).toBe(false);
  });

  it('is never overdue for dates that simply arrive', () => {
    expect(
      isOverdue(
        { overdue: false, nextDeadline: { kind: 'recovery-period-minimum-reached', dueOn: '2026-11-01' } },
        today,
      ),
    ).toBe(false);
  });
});

describe('my cases rows', () => {
  it('shows a case in words: reference, labels, status tag, next deadline', () => {
    const [row] = myCasesRows([summary()], [], today);
    expect(row).toEqual({
      journeyId: '0b6e1f9c-1111-4222-8333-944445555666',
      href: '/cases/0b6e1f9c-1111-4222-8333-944445555666',
      reference: '0B6E1F9C',
      ageGroup: 'Adult',
      area: 'Birmingham',
      status: { text: 'Awaiting RG decision', classes: '' },
      submittedOn: { text: '30 November 2026', sortValue: '2026-11-30' },
      nextDeadline: { text: 'RG decision due: 7 December 2026', sortValue: '2026-12-07' },
      overdue: false,
    });
  });

  it('shows a Duty to Notify record with a grey tag and no deadline', () => {
    const [row] = myCasesRows(
      [summary({ route: 'duty-to-notify', status: undefined, nextDeadline: null })],
      [],
      today,
    );
    expect(row.status).toEqual({ text: 'Duty to Notify only', classes: 'govuk-tag--grey' });
    expect(row.nextDeadline.text).toBe('None');
  });

  it('puts overdue cases first, then the nearest deadline, then cases with nothing due', () => {
    const rows = myCasesRows(
      [
        summary({ journeyId: 'none', nextDeadline: null }),
        summary({
          journeyId: 'later',
          nextDeadline: { kind: 'reasonable-grounds-due', dueOn: '2026-12-20' },
        }),
        summary({
          journeyId: 'late',
          overdue: true,
          nextDeadline: { kind: 'reasonable-grounds-due', dueOn: '2026-12-30' },
        }),
        summary({ journeyId: 'soon', nextDeadline: { kind: 'reasonable-grounds-due', dueOn: '2026-12-03' } }),
      ],
      [],
      today,
    );
    expect(rows.map((row) => row.journeyId)).toEqual(['late', 'soon', 'later', 'none']);
  });
});

describe('adults deciding in a place of safety', () => {
  it('shows one as deciding, not yet referred, with the decision due date', () => {
    const [row] = myCasesRows([], [deciding()], today);
    expect(row).toEqual({
      journeyId: '7c1d2e3f-aaaa-4bbb-8ccc-dddd00001111',
      href: '/cases/7c1d2e3f-aaaa-4bbb-8ccc-dddd00001111',
      reference: '7C1D2E3F',
      ageGroup: 'Adult',
      area: 'Walsall',
      status: { text: 'Deciding (place of safety)', classes: 'govuk-tag--yellow' },
      submittedOn: { text: 'Not yet', sortValue: '2026-11-30' },
      nextDeadline: { text: 'Decision due: 3 December 2026', sortValue: '2026-12-03' },
      overdue: false,
    });
  });

  it('is overdue when identification says so, or once the last day is behind today in London', () => {
    expect(myCasesRows([], [deciding({ overdue: true })], today)[0].overdue).toBe(true);
    expect(myCasesRows([], [deciding({ placeOfSafetyDecisionDueOn: '2026-12-01' })], today)[0].overdue).toBe(
      true,
    );
    // The whole last day is theirs.
    expect(myCasesRows([], [deciding({ placeOfSafetyDecisionDueOn: today })], today)[0].overdue).toBe(false);
  });

  it('sorts them with the referrals: overdue first, then the nearest deadline', () => {
    const rows = myCasesRows(
      [
        summary({
          journeyId: 'rg-later',
          nextDeadline: { kind: 'reasonable-grounds-due', dueOn: '2026-12-08' },
        }),
        summary({
          journeyId: 'rg-late',
          overdue: true,
          nextDeadline: { kind: 'reasonable-grounds-due', dueOn: '2026-11-27' },
        }),
        summary({ journeyId: 'dtn', route: 'duty-to-notify', status: undefined, nextDeadline: null }),
      ],
      [
        deciding({ journeyId: 'deciding-soon', placeOfSafetyDecisionDueOn: '2026-12-04' }),
        deciding({ journeyId: 'deciding-late', placeOfSafetyDecisionDueOn: '2026-11-26', overdue: true }),
        deciding({ journeyId: 'deciding-today', placeOfSafetyDecisionDueOn: '2026-12-02' }),
      ],
      today,
    );
    expect(rows.map((row) => row.journeyId)).toEqual([
      'deciding-late',
      'rg-late',
      'deciding-today',
      'deciding-soon',
      'rg-later',
      'dtn',
    ]);
  });

  it('shows a journey once: still deciding after a lapse made the Duty to Notify, the row is the decision', () => {
    const journeyId = '7c1d2e3f-aaaa-4bbb-8ccc-dddd00001111';
    const rows = myCasesRows(
      [summary({ journeyId, route: 'duty-to-notify', status: undefined, nextDeadline: null })],
      [deciding({ journeyId, placeOfSafetyDecisionDueOn: '2026-11-30', overdue: true })],
      today,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].status.text).toBe('Deciding (place of safety)');
    expect(rows[0].overdue).toBe(true);
  });
});
