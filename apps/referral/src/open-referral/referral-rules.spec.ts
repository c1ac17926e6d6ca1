import { dayOfWeek, parseLocalDate, WorkingDayCalendar } from '@waypoint/calendar';
import {
  CONSENT_DECISIONS,
  FIRST_RESPONDER_ORGANISATION_TYPES,
  type FirstResponderOrganisationType,
} from '@waypoint/contracts';
import {
  competentAuthorityFor,
  REASONABLE_GROUNDS_TARGET_WORKING_DAYS,
  reasonableGroundsDueOn,
  referralRouteFor,
} from './referral-rules';

describe('referralRouteFor', () => {
  const sut = referralRouteFor;

  it.each(CONSENT_DECISIONS)(
    "refers a child into the NRM whatever the consent field says ('%s')",
    (consent) => {
      expect(sut('child', consent)).toBe('nrm');
    },
  );

  it('refers an adult who gave informed consent into the NRM', () => {
    expect(sut('adult', 'given')).toBe('nrm');
  });

  it('records an adult who declined under the Duty to Notify, not in the NRM', () => {
    expect(sut('adult', 'declined')).toBe('duty-to-notify');
  });

  it("refuses an adult whose consent is recorded as 'not-required-child'", () => {
    expect(() => sut('adult', 'not-required-child')).toThrow(
      "an adult's consent cannot be 'not-required-child'",
    );
  });
});

describe('competentAuthorityFor', () => {
  const sut = competentAuthorityFor;

  it('sends a Home Office immigration referral to the Immigration Enforcement Competent Authority', () => {
    expect(sut('home-office-immigration')).toBe('IECA');
  });

  it.each(
    FIRST_RESPONDER_ORGANISATION_TYPES.filter(
      (type): type is Exclude<FirstResponderOrganisationType, 'home-office-immigration'> =>
        type !== 'home-office-immigration',
    ),
  )('sends a referral from %s to the Single Competent Authority', (referrer) => {
    expect(sut(referrer)).toBe('SCA');
  });
});

describe('reasonableGroundsDueOn', () => {
  const sut = reasonableGroundsDueOn;
  const calendar = WorkingDayCalendar.forDivision('england-and-wales');

  it('targets the 5th working day', () => {
    expect(REASONABLE_GROUNDS_TARGET_WORKING_DAYS).toBe(5);
  });

  it.each([
    ['2026-11-20', '2026-11-27', 'a Friday with no holidays: the following Friday'],
    ['2026-04-01', '2026-04-10', 'a Wednesday before Easter: Good Friday and Easter Monday skipped'],
    [
      '2026-12-22',
      '2026-12-31',
      'Christmas 2026: the 25th and the substitute Boxing Day on the 28th skipped',
    ],
    [
      '2027-12-23',
      '2028-01-04',
      'Christmas 2027 and the substitute New Year holiday on 3 January 2028 skipped',
    ],
    ['2026-11-21', '2026-11-27', 'a Saturday: day 0 need not be a working day'],
  ])('due on the 5th working day after %s is %s (%s)', (submittedOn, expected) => {
    expect(sut(parseLocalDate(submittedOn), calendar)).toBe(expected);
  });

  it('always falls on a working day, exactly five working days on', () => {
    for (const submittedOn of ['2026-12-18', '2026-12-24', '2027-03-25', '2027-12-24', '2027-12-31']) {
      const due = sut(parseLocalDate(submittedOn), calendar);

      expect(dayOfWeek(due)).toBeLessThan(6);
      expect(calendar.isWorkingDay(due)).toBe(true);
      expect(calendar.workingDaysBetween(parseLocalDate(submittedOn), due)).toBe(5);
    }
  });
});
