import { londonDateOf, type LocalDate } from '@waypoint/calendar';
import type { AgeGroup, Area, CompetentAuthority } from '@waypoint/contracts';
import { nextDeadlineOf, type CaseDeadline, type NrmCaseStatus } from '../nrm-case/nrm-case';
import type { DutyToNotifyRecord, NrmCaseRecord } from '../referral.entities';

/** One line of a first responder's case list: no personal details exist here to show. */
export interface ReferralSummary {
  journeyId: string;
  route: 'nrm' | 'duty-to-notify';
  /** The NRM case's status; absent for a Duty to Notify, which has none. */
  status?: NrmCaseStatus;
  /** A Duty to Notify is only ever made for an adult (a child is always referred). */
  ageGroup: AgeGroup;
  area: Area;
  competentAuthority?: CompetentAuthority;
  /** The day the NRM referral was submitted, or the Duty to Notify made (London). */
  submittedOn: string;
  nextDeadline: Pick<CaseDeadline, 'kind' | 'dueOn'> | null;
  overdue: boolean;
}

export function summariseCase(nrmCase: NrmCaseRecord, today: LocalDate): ReferralSummary {
  const deadline = nextDeadlineOf(nrmCase.state, today);
  return {
    journeyId: nrmCase.journeyId,
    route: 'nrm',
    status: nrmCase.status,
    ageGroup: nrmCase.ageGroup,
    area: nrmCase.area,
    competentAuthority: nrmCase.competentAuthority,
    submittedOn: nrmCase.submittedOn,
    nextDeadline: deadline ? { kind: deadline.kind, dueOn: deadline.dueOn } : null,
    overdue: deadline?.overdue ?? false,
  };
}

export function summariseDutyToNotify(notice: DutyToNotifyRecord): ReferralSummary {
  return {
    journeyId: notice.journeyId,
    route: 'duty-to-notify',
    ageGroup: 'adult',
    area: notice.area,
    submittedOn: londonDateOf(notice.notifiedAt),
    nextDeadline: null,
    overdue: false,
  };
}

/** Newest first; equal days keep overdue cases on top so they are not missed. */
export function byMostRecent(a: ReferralSummary, b: ReferralSummary): number {
  if (a.submittedOn !== b.submittedOn) return a.submittedOn < b.submittedOn ? 1 : -1;
  return Number(b.overdue) - Number(a.overdue);
}
