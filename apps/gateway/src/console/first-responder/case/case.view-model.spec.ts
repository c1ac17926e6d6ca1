import { parseLocalDate } from '@waypoint/calendar';
import type { JourneyAnswer, TimelineEntry } from '../../kit';
import { requestFixture } from '../../kit/placement/placement-fixtures';
import {
  consentFormOf,
  openPlaceOfSafetyOf,
  allowedCommandsOf,
  caseHeadingOf,
  caseSummaryRows,
  placementOnCaseOf,
  type NrmReferralAnswer,
  type ReferralAnswer,
} from './case.view-model';

const journeyId = '0b6e1f9c-1111-4222-8333-944445555666';
const today = parseLocalDate('2026-12-02');

type NrmCase = NrmReferralAnswer['nrmCase'];

/** referral's answer for an NRM case, whole as the generated type has it. */
const nrm = (overrides: Partial<NrmCase> = {}, extra: Partial<NrmReferralAnswer> = {}): ReferralAnswer => {
  const status = overrides.status ?? 'recovery-period';
  const nrmCase: NrmCase = {
    caseId: 'case-1',
    journeyId,
    status,
    competentAuthority: 'SCA',
    submittedOn: '2026-11-23',
    submittedAt: '2026-11-23T09:00:00Z',
    reasonableGroundsDueOn: '2026-11-30',
    ageGroup: 'adult',
    area: 'coventry',
    exploitationTypes: ['labour', 'criminal'],
    referringAgency: 'west-midlands-police',
    version: 2,
    state: {
      caseId: 'case-1',
      journeyId,
      status,
      ageGroup: 'adult',
      competentAuthority: 'SCA',
      decisionMaker: 'SCA',
      decisions: [],
      lastChangedOn: '2026-12-01',
      reasonableGroundsDueOn: '2026-11-30',
      submittedOn: '2026-11-23',
      version: 2,
      recoveryPeriodMinimumEndsOn: '2026-12-31',
    },
    ...overrides,
  };
  return { route: 'nrm', nrmCase, allowedCommands: [], nextDeadline: null, ...extra };
};

describe('the case summary', () => {
  it('lists the NRM case in words, leaving out what does not apply', () => {
    expect(caseSummaryRows(nrm()).map((row) => [row.key.text, row.value.text])).toEqual([
      ['Status', 'Recovery period'],
      ['Competent authority', 'Single Competent Authority (SCA)'],
      ['Submitted on', '23 November 2026'],
      ['RG decision due', '30 November 2026'],
      ['Recovery period minimum ends', '31 December 2026'],
      ['Age group', 'Adult (18 or over)'],
      ['Area', 'Coventry'],
      ['Exploitation', 'Labour exploitation, Criminal exploitation'],
    ]);
  });

  it('says a Duty to Notify shared nothing identifying', () => {
    const rows = caseSummaryRows({
      route: 'duty-to-notify',
      dutyToNotify: {
        journeyId,
        notificationId: 'notification-1',
        notifiedAt: '2026-12-01T10:00:00Z',
        notifyingAgency: 'west-midlands-police',
        area: 'walsall',
        exploitationTypes: ['sexual'],
      },
    });
    expect(rows.map((row) => row.value.text)).toContain('None (anonymous notification)');
  });

  it('marks a case overdue when referral says so, or once its RG due date is behind today', () => {
    const awaiting = (dueOn: string, overdue: boolean) =>
      nrm(
        { status: 'awaiting-reasonable-grounds' },
        { nextDeadline: { kind: 'reasonable-grounds-due', dueOn, overdue } },
      );
    expect(caseHeadingOf(awaiting('2026-11-30', true), today).overdue).toBe(true);
    // referral's projection can lag the clock by moments: a day behind today is overdue anyway.
    expect(caseHeadingOf(awaiting('2026-11-30', false), today).overdue).toBe(true);
    expect(caseHeadingOf(awaiting(today, false), today).overdue).toBe(false);
    expect(caseHeadingOf(nrm(), today).overdue).toBe(false);
  });

  it('shows the next deadline referral gives, in words', () => {
    const rows = caseSummaryRows(
      nrm(
        {},
        { nextDeadline: { kind: 'recovery-period-minimum-reached', dueOn: '2026-12-31', overdue: false } },
      ),
    );
    expect(rows.find((row) => row.key.text === 'Next deadline')?.value.text).toMatch(/31 December 2026$/);
  });
});

describe('allowed commands', () => {
  it("are referral's, and none on a Duty to Notify", () => {
    expect(allowedCommandsOf(nrm({}, { allowedCommands: ['suspend', 'withdraw'] }))).toEqual([
      'suspend',
      'withdraw',
    ]);
    expect(allowedCommandsOf(nrm())).toEqual([]);
  });
});

describe('a decision still to come', () => {
  const entry = (type: string, summary: Record<string, unknown> = {}): TimelineEntry => ({
    eventId: type,
    type: `waypoint.identification.${type}.v1` as TimelineEntry['type'],
    occurredAt: '2026-12-01T10:00:00Z',
    recordedAt: '2026-12-01T10:00:01Z',
    agency: 'west-midlands-police',
    summary,
  });
  const journey = (stage: JourneyAnswer['stage'], ...timeline: TimelineEntry[]): JourneyAnswer => ({
    journeyId,
    stage,
    agencies: ['west-midlands-police'],
    placement: null,
    openedAt: '2026-12-01T10:00:00Z',
    nextDeadline: null,
    timeline,
  });

  it('is open while a place of safety was offered and neither decided nor lapsed', () => {
    const offered = entry('place-of-safety-offered', { decisionDueOn: '2026-12-04' });
    expect(openPlaceOfSafetyOf(journey('identified', offered))).toEqual({ decisionDueOn: '2026-12-04' });
    expect(
      openPlaceOfSafetyOf(journey('identified', offered, entry('place-of-safety-lapsed'))),
    ).toBeUndefined();
    expect(
      openPlaceOfSafetyOf(journey('identified', offered, entry('potential-victim-identified'))),
    ).toBeUndefined();
    expect(openPlaceOfSafetyOf(journey('duty-to-notify-only', offered))).toBeUndefined();
    expect(openPlaceOfSafetyOf(journey('identified'))).toBeUndefined();
    expect(openPlaceOfSafetyOf(undefined)).toBeUndefined();
  });

  it('offers both answers in a place of safety, and only consent after an anonymous notification', () => {
    expect(consentFormOf('place-of-safety').choices).toEqual(['given', 'declined']);
    expect(consentFormOf('duty-to-notify').choices).toEqual(['given']);
  });
});

describe("the case's placement", () => {
  const request = (status: string, requestedAt: string) =>
    ({ ...requestFixture({ status: status as never, requestedAt }), offers: undefined }) as never;

  it('shows the request seeking a place first, and allows no other meanwhile', () => {
    const shown = placementOnCaseOf([
      request('moved-out', '2026-10-01T10:00:00.000Z'),
      request('offered', '2026-11-30T10:00:00.000Z'),
    ]);
    expect(shown.canRequest).toBe(false);
    expect(shown.request?.status.text).toBe(
      placementOnCaseOf([request('offered', '2026-11-30T10:00:00.000Z')]).request?.status.text,
    );
  });

  it('shows a stay in progress, or else the latest request, and then allows a new one', () => {
    expect(placementOnCaseOf([request('moved-in', '2026-11-01T10:00:00.000Z')]).canRequest).toBe(true);
    const latest = placementOnCaseOf([
      request('withdrawn', '2026-09-01T10:00:00.000Z'),
      request('moved-out', '2026-11-01T10:00:00.000Z'),
    ]);
    expect(latest.request?.rows.find((entry) => entry.key.text === 'Asked for on')?.value.text).toContain(
      'November',
    );
    expect(placementOnCaseOf([])).toEqual({ request: undefined, canRequest: true, unavailable: false });
  });
});
