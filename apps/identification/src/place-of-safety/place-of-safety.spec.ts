import { randomUUID } from 'node:crypto';
import { WorkingDayCalendar, type LocalDate } from '@waypoint/calendar';
import type { PotentialVictimRecord } from '../identification.entities';
import {
  PLACE_OF_SAFETY_WORKING_DAYS,
  placeOfSafetyDecisionDueOn,
  placeOfSafetyDecisionOverdue,
  placeOfSafetyLapseTimer,
} from './place-of-safety';

const calendar = WorkingDayCalendar.forDivision('england-and-wales');
const origin = { service: 'identification', correlationId: randomUUID() };

function victimIdentifiedAt(identifiedAt: string): PotentialVictimRecord {
  return {
    journeyId: randomUUID(),
    identifiedAt: new Date(identifiedAt),
    recordedBy: 'officer-1',
    firstResponderAgency: 'west-midlands-police',
    firstResponderOrganisationType: 'police',
    area: 'dudley',
    ageGroup: 'adult',
    exploitationTypes: ['labour'],
    countyLines: false,
    exploitedIn: 'uk',
    indicators: [],
    consent: 'undecided',
  };
}

describe('the place-of-safety decision window', () => {
  it('is 3 working days', () => {
    expect(PLACE_OF_SAFETY_WORKING_DAYS).toBe(3);
  });

  it.each([
    // [identified at (UTC), last day to decide, why]
    ['2026-03-10T10:00:00Z', '2026-03-13', 'an ordinary week: Tue -> Fri'],
    ['2026-03-13T10:00:00Z', '2026-03-18', 'over a weekend: Fri -> Wed'],
    [
      '2026-04-02T10:00:00Z',
      '2026-04-09',
      'over Easter 2026: Good Friday 3 Apr and Easter Monday 6 Apr skipped',
    ],
    ['2026-12-23T10:00:00Z', '2026-12-30', 'over Christmas 2026: 25 Dec and the substitute 28 Dec skipped'],
    [
      '2027-12-23T10:00:00Z',
      '2027-12-30',
      'over Christmas 2027: the substitute days Mon 27 and Tue 28 Dec skipped',
    ],
    ['2027-12-30T10:00:00Z', '2028-01-05', 'over New Year 2028: the substitute Mon 3 Jan skipped'],
    // 23:30 UTC on 9 Mar is 23:30 GMT, still 9 Mar in London; 23:30 UTC on 1 Jul is 00:30 BST on 2 Jul.
    ['2026-03-09T23:30:00Z', '2026-03-12', 'late evening in winter counts from that London day'],
    [
      '2026-07-01T23:30:00Z',
      '2026-07-07',
      'after midnight in London (BST) counts from the next day: Thu 2 Jul -> Tue 7 Jul',
    ],
  ])('identified %s: decide by %s (%s)', (identifiedAt, dueOn) => {
    expect(placeOfSafetyDecisionDueOn(new Date(identifiedAt), calendar)).toBe(dueOn);
  });

  it('lapses at the start of the day after the last day, London time (BST and GMT)', () => {
    const summer = victimIdentifiedAt('2026-04-02T10:00:00Z');
    expect(placeOfSafetyLapseTimer(summer, '2026-04-09' as LocalDate, origin).dueAt.toISOString()).toBe(
      '2026-04-09T23:00:00.000Z',
    );
    const winter = victimIdentifiedAt('2026-12-23T10:00:00Z');
    expect(placeOfSafetyLapseTimer(winter, '2026-12-30' as LocalDate, origin).dueAt.toISOString()).toBe(
      '2026-12-31T00:00:00.000Z',
    );
  });

  it('is overdue only once the last day to decide is behind today in London', () => {
    expect(placeOfSafetyDecisionOverdue('2026-04-09', '2026-04-08' as LocalDate)).toBe(false);
    expect(placeOfSafetyDecisionOverdue('2026-04-09', '2026-04-09' as LocalDate)).toBe(false);
    expect(placeOfSafetyDecisionOverdue('2026-04-09', '2026-04-10' as LocalDate)).toBe(true);
    expect(placeOfSafetyDecisionOverdue('2026-12-31', '2027-01-01' as LocalDate)).toBe(true);
  });

  it('carries no personal details and is keyed once per journey and due date', () => {
    const victim = victimIdentifiedAt('2026-04-02T10:00:00Z');
    const timer = placeOfSafetyLapseTimer(victim, '2026-04-09' as LocalDate, origin);
    expect(timer.key).toBe(`${victim.journeyId}:place-of-safety-lapsed:2026-04-09`);
    expect(Object.keys(timer.data).sort()).toEqual(
      ['area', 'decisionDueOn', 'exploitationTypes', 'firstResponderAgency', 'journeyId'].sort(),
    );
  });
});
