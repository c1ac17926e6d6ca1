import type { LocalDate } from '@waypoint/calendar';
import type { AgeGroup, CompetentAuthority } from '@waypoint/contracts';

/*
 * The NRM case model (docs/domain.md, "NRM decisions and periods").
 *
 *   awaiting-reasonable-grounds ─RG positive─▶ recovery-period ─CG positive─▶ positive-conclusive-grounds
 *     │                                          ├─CG negative─▶ negative-conclusive-grounds
 *     │                                          └─disqualify──▶ disqualified
 *     └─RG negative─▶ negative-reasonable-grounds
 *
 *   negative-…-grounds ─request within the window─▶ reconsideration-requested
 *     ─upheld─▶ back to the negative status (each negative decision is reconsidered at most once)
 *     ─overturned─▶ recovery-period (RG) or positive-conclusive-grounds (CG), from the result's date
 *
 *   awaiting-reasonable-grounds, recovery-period, reconsideration-requested (a decision is awaited):
 *     ─suspend (person missing)─▶ suspended ─resume─▶ the status it was suspended from
 *     ─withdraw─▶ withdrawn (also from suspended)
 *
 *   refer-to-child-pilot-panel: a child's case awaiting RG; changes who decides, not the status.
 *
 * There is no separate "awaiting conclusive grounds" status: the recovery period starts with the positive RG
 * decision and lasts until the CG decision, so the two would always coincide. Its statutory minimum is a date on
 * the case (`recoveryPeriodMinimumEndsOn`) rather than a status, because reaching it changes no permitted command.
 */
export const NRM_CASE_STATUSES = [
  'awaiting-reasonable-grounds',
  'suspended',
  'recovery-period',
  'negative-reasonable-grounds',
  'reconsideration-requested',
  'positive-conclusive-grounds',
  'negative-conclusive-grounds',
  'disqualified',
  'withdrawn',
] as const;
export type NrmCaseStatus = (typeof NRM_CASE_STATUSES)[number];

/** The statuses in which a decision is awaited, so the person going missing holds the case. */
export const RESUMABLE_STATUSES = [
  'awaiting-reasonable-grounds',
  'recovery-period',
  'reconsideration-requested',
] as const satisfies readonly NrmCaseStatus[];
export type ResumableStatus = (typeof RESUMABLE_STATUSES)[number];

export type DecisionStage = 'reasonable-grounds' | 'conclusive-grounds';
export type DecisionOutcome = 'positive' | 'negative';
export const DECISION_OUTCOMES = ['positive', 'negative'] as const satisfies readonly DecisionOutcome[];
export type ReconsiderationResult = 'upheld' | 'overturned';
export const RECONSIDERATION_RESULTS = [
  'upheld',
  'overturned',
] as const satisfies readonly ReconsiderationResult[];
export type DisqualificationGrounds = 'public-order' | 'bad-faith';
export const DISQUALIFICATION_GROUNDS = [
  'public-order',
  'bad-faith',
] as const satisfies readonly DisqualificationGrounds[];

/** Children's cases at the pilot sites are decided by a local multi-agency panel instead of the Home Office. */
export type DecisionMaker = CompetentAuthority | 'child-pilot-panel';

interface RecordedDecision {
  readonly decidedOn: LocalDate;
  /** The user who recorded the decision in Waypoint (the decision itself is made by the case's decision maker). */
  readonly recordedBy: string;
}

export type NrmDecision =
  | (RecordedDecision & { readonly kind: DecisionStage; readonly outcome: DecisionOutcome })
  | (RecordedDecision & {
      readonly kind: 'reconsideration';
      readonly of: DecisionStage;
      readonly requestedOn: LocalDate;
      readonly outcome: ReconsiderationResult;
    })
  | (RecordedDecision & { readonly kind: 'disqualification'; readonly grounds: DisqualificationGrounds });

export interface PendingReconsideration {
  readonly of: DecisionStage;
  readonly requestedOn: LocalDate;
}

export interface NrmCaseState {
  readonly caseId: string;
  readonly journeyId: string;
  readonly ageGroup: AgeGroup;
  readonly competentAuthority: CompetentAuthority;
  readonly decisionMaker: DecisionMaker;
  readonly submittedOn: LocalDate;
  /** The RG target set at referral; kept through a suspension, since it measures the decision from referral. */
  readonly reasonableGroundsDueOn: LocalDate;
  readonly status: NrmCaseStatus;
  /** Oldest first; dates never decrease. */
  readonly decisions: readonly NrmDecision[];
  /** Set by the positive RG decision (or a negative one overturned) and kept afterwards as a record. */
  readonly recoveryPeriodMinimumEndsOn?: LocalDate;
  /** The last day on which the current negative decision may be reconsidered (inclusive). */
  readonly reconsiderationWindowClosesOn?: LocalDate;
  /** Present while a reconsideration awaits its result (including while that case is suspended). */
  readonly pendingReconsideration?: PendingReconsideration;
  /**
   * The last day of support after a decision that ends the recovery period or refuses it. Never before
   * `recoveryPeriodMinimumEndsOn`, because the recovery period lasts at least that long even when the CG decision
   * comes early.
   */
  readonly moveOnSupportEndsOn?: LocalDate;
  /** Present only while suspended: the status a resumption returns to. */
  readonly suspendedFrom?: ResumableStatus;
  readonly suspendedOn?: LocalDate;
  readonly disqualificationGrounds?: DisqualificationGrounds;
  readonly withdrawnOn?: LocalDate;
  /**
   * The date of the latest accepted command. Later commands may not be dated before it, so the history reads in
   * order (a decision cannot predate the suspension it was recorded after).
   */
  readonly lastChangedOn: LocalDate;
  /** 1 when opened, +1 per accepted command: the optimistic-concurrency token. */
  readonly version: number;
}

interface CommandBase {
  /** The user recording the command, from the authenticated request. */
  readonly recordedBy: string;
}

export type NrmCaseCommand =
  | (CommandBase & {
      readonly kind: 'record-reasonable-grounds-decision';
      readonly outcome: DecisionOutcome;
      readonly decidedOn: LocalDate;
    })
  | (CommandBase & {
      readonly kind: 'record-conclusive-grounds-decision';
      readonly outcome: DecisionOutcome;
      readonly decidedOn: LocalDate;
    })
  /** The person has gone missing. */
  | (CommandBase & { readonly kind: 'suspend'; readonly suspendedOn: LocalDate })
  /** The person has been found or has re-engaged. */
  | (CommandBase & { readonly kind: 'resume'; readonly resumedOn: LocalDate })
  | (CommandBase & { readonly kind: 'withdraw'; readonly withdrawnOn: LocalDate })
  | (CommandBase & {
      readonly kind: 'disqualify';
      readonly grounds: DisqualificationGrounds;
      readonly decidedOn: LocalDate;
    })
  | (CommandBase & { readonly kind: 'request-reconsideration'; readonly requestedOn: LocalDate })
  | (CommandBase & {
      readonly kind: 'record-reconsideration-result';
      readonly result: ReconsiderationResult;
      readonly decidedOn: LocalDate;
    })
  | (CommandBase & { readonly kind: 'refer-to-child-pilot-panel'; readonly referredOn: LocalDate });

export type NrmCaseCommandKind = NrmCaseCommand['kind'];
export type NrmCaseCommandOf<K extends NrmCaseCommandKind> = Extract<NrmCaseCommand, { kind: K }>;

export const NRM_CASE_COMMAND_KINDS = [
  'record-reasonable-grounds-decision',
  'record-conclusive-grounds-decision',
  'suspend',
  'resume',
  'withdraw',
  'disqualify',
  'request-reconsideration',
  'record-reconsideration-result',
  'refer-to-child-pilot-panel',
] as const satisfies readonly NrmCaseCommandKind[];

export type NrmCaseError =
  /** The command is not allowed in the case's current status (HTTP 409). */
  | {
      readonly kind: 'illegal-transition';
      readonly currentStatus: NrmCaseStatus;
      readonly command: NrmCaseCommandKind;
      readonly message: string;
    }
  /** The command is malformed or breaks a rule about its own data, such as a date (HTTP 400/422). */
  | { readonly kind: 'invalid-command'; readonly field: string; readonly message: string };
