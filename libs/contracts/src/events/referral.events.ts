// @Type (nested payloads) reads design metadata, so any importer of the catalogue needs the polyfill loaded.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate } from '../is-local-date';
import {
  AGE_GROUPS,
  AREAS,
  COMPETENT_AUTHORITIES,
  type AgeGroup,
  type Area,
  type CompetentAuthority,
} from '../vocabulary';

/** An NRM case was opened and submitted to a competent authority; the RG clock has started. */
export class NrmReferralSubmittedV1 {
  @IsUUID()
  journeyId!: string;

  @IsUUID()
  caseId!: string;

  @IsIn(COMPETENT_AUTHORITIES)
  competentAuthority!: CompetentAuthority;

  @IsISO8601({ strict: true })
  submittedAt!: string;

  /** Europe/London civil date of submission: day 0 of the statutory clock. */
  @IsLocalDate()
  submittedOn!: string;

  /** The 5th England & Wales working day after submission. */
  @IsLocalDate()
  reasonableGroundsDueOn!: string;

  @IsIn(AGE_GROUPS)
  ageGroup!: AgeGroup;

  @IsIn(AREAS)
  area!: Area;

  @IsString()
  @Length(1, 100)
  referringAgency!: string;
}

/** An adult declined an NRM referral: an anonymous Duty to Notify (MS1) record, no NRM case. */
export class DutyToNotifyRecordedV1 {
  @IsUUID()
  journeyId!: string;

  @IsUUID()
  notificationId!: string;

  @IsISO8601({ strict: true })
  notifiedAt!: string;

  @IsIn(AREAS)
  area!: Area;

  @IsString()
  @Length(1, 100)
  notifyingAgency!: string;
}

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
export type NrmCaseStatusV1 = (typeof NRM_CASE_STATUSES)[number];

export const NRM_CASE_CHANGES = [
  'reasonable-grounds-decided',
  'conclusive-grounds-decided',
  'case-suspended',
  'case-resumed',
  'case-withdrawn',
  'case-disqualified',
  'reconsideration-requested',
  'reconsideration-decided',
  'referred-to-child-pilot-panel',
] as const;
export type NrmCaseChangeV1 = (typeof NRM_CASE_CHANGES)[number];

export const NRM_CASE_OUTCOMES = ['positive', 'negative', 'upheld', 'overturned'] as const;
export type NrmCaseOutcomeV1 = (typeof NRM_CASE_OUTCOMES)[number];

/**
 * The statutory dates an NRM case counts towards, one at a time: its next deadline, wherever it is
 * shown (this event, referral's answers, the journey). "Overdue" is not a kind of deadline but a
 * reading of one against a day (isDeadlineOverdue), so it is never carried here: in v1 the
 * 'reasonable-grounds-overdue' clock could not be a case's next deadline either (it falls the day
 * after the RG target, so the target always came first), and the schema now says so.
 */
export const NRM_DEADLINE_KINDS = [
  'reasonable-grounds-due',
  'reconsideration-window-closes',
  'recovery-period-minimum-reached',
] as const;
export type NrmDeadlineKindV1 = (typeof NRM_DEADLINE_KINDS)[number];

/**
 * The clocks that fire on a case (nrm-clock-reached.v1): each deadline's day, and the day after an
 * RG target that passed without a decision.
 */
export const NRM_CLOCK_KINDS = [...NRM_DEADLINE_KINDS, 'reasonable-grounds-overdue'] as const;
export type NrmClockKindV1 = (typeof NRM_CLOCK_KINDS)[number];

/**
 * The deadlines someone owes a decision by, and so the only ones that can be overdue: the RG
 * decision (the competent authority's), and an adult's decision in a place of safety (the journey
 * shows it as its next deadline while they decide). Other dates simply arrive: a reconsideration
 * window closes, a minimum recovery period is reached.
 */
const DECISION_DEADLINES: ReadonlySet<string> = new Set([
  'reasonable-grounds-due',
  'place-of-safety-decision-due',
] satisfies (NrmDeadlineKindV1 | 'place-of-safety-decision-due')[]);

/**
 * Whether a deadline is overdue on `today` (a London civil date, YYYY-MM-DD): a decision whose last
 * day is behind today. The last day itself is never overdue: the whole of it is the decider's.
 */
export function isDeadlineOverdue(deadline: { kind: string; dueOn: string }, today: string): boolean {
  return DECISION_DEADLINES.has(deadline.kind) && deadline.dueOn < today;
}

export class NrmDeadlineV1 {
  @IsIn(NRM_DEADLINE_KINDS)
  kind!: NrmDeadlineKindV1;

  @IsLocalDate()
  dueOn!: string;
}

/**
 * A command changed an NRM case: its new status and the next statutory date it counts towards. Deliberately
 * no personal data and no record of who entered the decision; that audit stays in the referral service.
 */
export class NrmCaseUpdatedV1 {
  @IsUUID()
  journeyId!: string;

  @IsUUID()
  caseId!: string;

  /** Increases by one per change: orders a case's updates whatever order they arrive in. */
  @IsInt()
  @Min(2)
  caseVersion!: number;

  @IsIn(NRM_CASE_STATUSES)
  status!: NrmCaseStatusV1;

  @IsIn(NRM_CASE_CHANGES)
  change!: NrmCaseChangeV1;

  /** The civil date the change took effect (a decision's date, the day the person went missing, …). */
  @IsLocalDate()
  occurredOn!: string;

  @IsOptional()
  @IsIn(NRM_CASE_OUTCOMES)
  outcome?: NrmCaseOutcomeV1;

  /** null: the case counts towards no statutory date in its new status. */
  @ValidateIf((_, value) => value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => NrmDeadlineV1)
  nextDeadline!: NrmDeadlineV1 | null;

  /** The agency that made the referral, so the journey stays visible to it. */
  @IsString()
  @Length(1, 100)
  referringAgency!: string;
}

/**
 * A statutory date on an NRM case has arrived (emitted once per case, clock and date, at the start
 * of that day in London): the RG decision is due today, is overdue, the reconsideration window
 * closes today, or the minimum recovery period is reached.
 */
export class NrmClockReachedV1 {
  @IsUUID()
  journeyId!: string;

  @IsUUID()
  caseId!: string;

  @IsIn(NRM_CLOCK_KINDS)
  clock!: NrmClockKindV1;

  @IsLocalDate()
  dueOn!: string;

  /** The case version whose state started this clock. */
  @IsInt()
  @Min(1)
  caseVersion!: number;

  /** The agency that made the referral, so the journey stays visible to it. */
  @IsString()
  @Length(1, 100)
  referringAgency!: string;
}
