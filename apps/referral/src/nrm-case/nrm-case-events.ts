import type { LocalDate } from '@waypoint/calendar';
import type {
  DecisionMaker,
  DecisionOutcome,
  DecisionStage,
  DisqualificationGrounds,
  NrmCaseStatus,
  ReconsiderationResult,
  ResumableStatus,
} from './nrm-case-model';

/*
 * What happened to a case, with the dates a journey view or a scheduler needs. Deliberately no personal data and
 * no `recordedBy`: these facts leave the referral service, the audit trail does not.
 */
export type NrmCaseEventBody =
  | {
      readonly type: 'reasonable-grounds-decided';
      readonly outcome: DecisionOutcome;
      readonly decidedOn: LocalDate;
      readonly decidedBy: DecisionMaker;
      /** Negative only: the last day a reconsideration may be requested, and the end of move-on support. */
      readonly reconsiderationWindowClosesOn?: LocalDate;
      readonly moveOnSupportEndsOn?: LocalDate;
    }
  | {
      readonly type: 'recovery-period-started';
      readonly startedOn: LocalDate;
      readonly minimumEndsOn: LocalDate;
    }
  | {
      readonly type: 'conclusive-grounds-decided';
      readonly outcome: DecisionOutcome;
      readonly decidedOn: LocalDate;
      readonly decidedBy: DecisionMaker;
      readonly moveOnSupportEndsOn: LocalDate;
      /** Negative only. */
      readonly reconsiderationWindowClosesOn?: LocalDate;
    }
  | {
      readonly type: 'case-suspended';
      readonly suspendedOn: LocalDate;
      readonly suspendedFrom: ResumableStatus;
    }
  | { readonly type: 'case-resumed'; readonly resumedOn: LocalDate; readonly resumedTo: ResumableStatus }
  | {
      readonly type: 'case-withdrawn';
      readonly withdrawnOn: LocalDate;
      readonly previousStatus: NrmCaseStatus;
    }
  | {
      readonly type: 'case-disqualified';
      readonly grounds: DisqualificationGrounds;
      readonly decidedOn: LocalDate;
      readonly decidedBy: DecisionMaker;
    }
  | {
      readonly type: 'reconsideration-requested';
      readonly of: DecisionStage;
      readonly requestedOn: LocalDate;
    }
  | {
      readonly type: 'reconsideration-decided';
      readonly of: DecisionStage;
      readonly result: ReconsiderationResult;
      readonly decidedOn: LocalDate;
      readonly decidedBy: DecisionMaker;
      /** The status the result leaves the case in. */
      readonly status: NrmCaseStatus;
      /** A negative CG overturned: the positive decision's move-on support. */
      readonly moveOnSupportEndsOn?: LocalDate;
    }
  | { readonly type: 'referred-to-child-pilot-panel'; readonly referredOn: LocalDate };

export type NrmCaseEventType = NrmCaseEventBody['type'];

export interface NrmCaseEventEnvelope {
  readonly caseId: string;
  readonly journeyId: string;
  /** The case version the event produced: orders a case's events and deduplicates redelivery. */
  readonly caseVersion: number;
}

export type NrmCaseEvent = NrmCaseEventEnvelope & NrmCaseEventBody;
