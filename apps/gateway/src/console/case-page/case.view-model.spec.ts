import { parseLocalDate } from '@waypoint/calendar';
import {
  consentFormOf,
  openPlaceOfSafetyOf,
  allowedCommandsOf,
  caseHeadingOf,
  caseSummaryRows,
  referralAnswerOf,
  timelineOf,
  type ReferralAnswer,
} from './case.view-model';

const journeyId = '0b6e1f9c-1111-4222-8333-944445555666';
const today = parseLocalDate('2026-12-02');

const nrm = (overrides: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): ReferralAnswer =>
  referralAnswerOf({
    route: 'nrm',
    nrmCase: {
      journeyId,
      status: 'recovery-period',
      competentAuthority: 'SCA',
      submittedOn: '2026-11-23',
      reasonableGroundsDueOn: '2026-11-30',
      ageGroup: 'adult',
      area: 'coventry',
      exploitationTypes: ['labour', 'criminal'],
      state: { decisionMaker: 'SCA', recoveryPeriodMinimumEndsOn: '2026-12-31' },
      ...overrides,
    },
    ...extra,
  })!;

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
    const rows = caseSummaryRows(
      referralAnswerOf({
        route: 'duty-to-notify',
        dutyToNotify: {
          journeyId,
          notifiedAt: '2026-12-01T10:00:00Z',
          area: 'walsall',
          exploitationTypes: ['sexual'],
        },
      })!,
    );
    expect(rows.map((row) => row.value.text)).toContain('None (anonymous notification)');
  });

  it('marks an awaiting case overdue once its RG due date has passed', () => {
    expect(caseHeadingOf(nrm({ status: 'awaiting-reasonable-grounds' }), today).overdue).toBe(true);
    expect(
      caseHeadingOf(nrm({ status: 'awaiting-reasonable-grounds', reasonableGroundsDueOn: today }), today)
        .overdue,
    ).toBe(false);
  });
});

describe('allowed commands', () => {
  it('are read from the answer or from the case', () => {
    expect(allowedCommandsOf(nrm({}, { allowedCommands: ['suspend'] }))).toEqual(['suspend']);
    expect(allowedCommandsOf(nrm({ allowedCommands: ['withdraw'] }))).toEqual(['withdraw']);
    expect(allowedCommandsOf(nrm())).toEqual([]);
  });
});

describe('the timeline', () => {
  const entry = (type: string, occurredAt: string, summary: Record<string, unknown>) => ({
    eventId: occurredAt,
    type: `waypoint.${type}.v1`,
    occurredAt,
    agency: 'west-midlands-police',
    summary,
  });

  it('reads newest first, in words, with the recovery period and its minimum end', () => {
    const items = timelineOf(
      {
        journeyId,
        stage: 'recovery-period',
        nextDeadline: null,
        timeline: [
          entry('identification.potential-victim-identified', '2026-11-23T09:00:00Z', {
            ageGroup: 'adult',
            exploitationTypes: ['labour'],
            area: 'coventry',
            consent: 'given',
          }),
          entry('referral.nrm-referral-submitted', '2026-11-23T09:00:01Z', {
            competentAuthority: 'SCA',
            submittedOn: '2026-11-23',
            reasonableGroundsDueOn: '2026-11-30',
          }),
          entry('referral.nrm-case-updated', '2026-12-01T10:00:00Z', {
            change: 'reasonable-grounds-decided',
            status: 'recovery-period',
            occurredOn: '2026-12-01',
            outcome: 'positive',
          }),
        ],
      },
      '2026-12-31',
    );
    expect(items.map((item) => [item.label.text, item.text])).toEqual([
      [
        'Reasonable Grounds decision: positive',
        'Dated 1 December 2026. Recovery period started: at least until 31 December 2026',
      ],
      [
        'Referred into the NRM',
        'Submitted to the SCA on 23 November 2026. RG decision due by 30 November 2026',
      ],
      ['Potential victim identified', 'Adult (18 or over). Labour exploitation. Coventry. Consent: given'],
    ]);
    expect(items[0]).toMatchObject({
      datetime: { timestamp: '2026-12-01T10:00:00Z', type: 'datetime' },
      byline: { text: 'west-midlands-police' },
    });
  });
});

describe('a decision still to come', () => {
  const entry = (type: string, summary: Record<string, unknown> = {}) => ({
    eventId: type,
    type: `waypoint.identification.${type}.v1`,
    occurredAt: '2026-12-01T10:00:00Z',
    agency: 'west-midlands-police',
    summary,
  });
  const journey = (stage: string, ...timeline: ReturnType<typeof entry>[]) => ({
    journeyId,
    stage,
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
