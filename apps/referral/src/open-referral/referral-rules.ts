import type { WorkingDayCalendar, LocalDate } from '@waypoint/calendar';
import type {
  AgeGroup,
  CompetentAuthority,
  ConsentDecision,
  FirstResponderOrganisationType,
} from '@waypoint/contracts';

export type ReferralRoute = 'nrm' | 'duty-to-notify';

/** Statutory guidance: RG decision target, in working days from referral. */
export const REASONABLE_GROUNDS_TARGET_WORKING_DAYS = 5;

/**
 * A child is always referred into the NRM; an adult only with informed consent. An adult who
 * declines is reported anonymously under the Duty to Notify (MSA 2015 s52, form MS1).
 */
export function referralRouteFor(ageGroup: AgeGroup, consent: ConsentDecision): ReferralRoute {
  if (ageGroup === 'child') return 'nrm';
  if (consent === 'given') return 'nrm';
  if (consent === 'declined') return 'duty-to-notify';
  throw new Error(`an adult's consent cannot be '${consent}'`);
}

/**
 * Which Home Office competent authority decides. Simplified rule, pending the later issue on
 * full NRM routing: referrals made by Home Office immigration first responders go to the
 * Immigration Enforcement Competent Authority; everything else to the Single Competent Authority.
 */
export function competentAuthorityFor(referrer: FirstResponderOrganisationType): CompetentAuthority {
  return referrer === 'home-office-immigration' ? 'IECA' : 'SCA';
}

/** Day 0 is the day of referral; the decision is due on the 5th working day after it. */
export function reasonableGroundsDueOn(submittedOn: LocalDate, calendar: WorkingDayCalendar): LocalDate {
  return calendar.addWorkingDays(submittedOn, REASONABLE_GROUNDS_TARGET_WORKING_DAYS);
}
