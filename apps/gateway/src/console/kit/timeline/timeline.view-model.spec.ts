import { eventKindOf, timelineOf, type TimelineEntry } from './timeline.view-model';

describe('a journey timeline', () => {
  const entry = (type: string, occurredAt: string, summary: Record<string, unknown>): TimelineEntry => ({
    eventId: occurredAt,
    type: `waypoint.${type}.v1` as TimelineEntry['type'],
    occurredAt,
    recordedAt: occurredAt,
    agency: 'west-midlands-police',
    summary,
  });

  it('reads newest first, in words, with the recovery period and its minimum end', () => {
    const items = timelineOf(
      {
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

describe('event kinds', () => {
  it('are the type without its source and version', () => {
    expect(eventKindOf('waypoint.referral.nrm-case-updated.v1')).toBe('nrm-case-updated');
    expect(eventKindOf('waypoint.identification.place-of-safety-offered.v12')).toBe(
      'place-of-safety-offered',
    );
  });
});
