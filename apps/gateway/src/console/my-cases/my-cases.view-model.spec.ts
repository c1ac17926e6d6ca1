import { parseLocalDate } from '@waypoint/calendar';
import { casesOf, isOverdue, myCasesRows, type ReferralCaseSummary } from './my-cases.view-model';

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
    const [row] = myCasesRows([summary()], today);
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
          nextDeadline: { kind: 'reasonable-grounds-overdue', dueOn: '2026-12-30' },
        }),
        summary({ journeyId: 'soon', nextDeadline: { kind: 'reasonable-grounds-due', dueOn: '2026-12-03' } }),
      ],
      today,
    );
    expect(rows.map((row) => row.journeyId)).toEqual(['late', 'soon', 'later', 'none']);
  });
});

describe('casesOf', () => {
  it('reads the list and drops entries that are not cases', () => {
    expect(casesOf({ cases: [summary(), { route: 'nrm' }, null] })).toHaveLength(1);
    expect(casesOf({ nope: [] })).toBeUndefined();
  });
});
