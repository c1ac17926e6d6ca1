import type {
  CloudEvent,
  JourneyEventType,
  NrmCaseStatusV1,
  NrmDeadlineKindV1,
  PayloadOf,
} from '@waypoint/contracts';
import { londonDateOf } from '@waypoint/calendar';

export type JourneyStage = 'identified' | 'duty-to-notify-only' | NrmCaseStatusV1;

const REFERRAL_RANK = 20;

/**
 * Later stages outrank earlier ones, so events applied out of order still settle on the right stage. An NRM
 * case can move back and forth (suspended and resumed), so after the referral its updates rank by case version
 * instead (see `rank`); these entries are the floor, above the referral, for a stage reached by an update.
 */
export const STAGE_RANK: Record<JourneyStage, number> = {
  identified: 10,
  'awaiting-reasonable-grounds': REFERRAL_RANK,
  'duty-to-notify-only': REFERRAL_RANK,
  suspended: REFERRAL_RANK + 1,
  'recovery-period': REFERRAL_RANK + 1,
  'negative-reasonable-grounds': REFERRAL_RANK + 1,
  'reconsideration-requested': REFERRAL_RANK + 1,
  'positive-conclusive-grounds': REFERRAL_RANK + 1,
  'negative-conclusive-grounds': REFERRAL_RANK + 1,
  disqualified: REFERRAL_RANK + 1,
  withdrawn: REFERRAL_RANK + 1,
};

export interface Deadline {
  kind: NrmDeadlineKindV1 | 'place-of-safety-decision-due';
  dueOn: string;
}

/** Where the survivor's safe-house placement stands, beside the NRM stage. */
export const PLACEMENT_STAGES = [
  'requested',
  'offered',
  'accepted',
  'moved-in',
  'moved-out',
  'withdrawn',
] as const;
export type PlacementStage = (typeof PLACEMENT_STAGES)[number];

/** The next placement date: the first night needed, the end of a hold on a bed, the planned move-out. */
export const PLACEMENT_DATE_KINDS = ['needed-from', 'hold-expires', 'planned-move-out'] as const;
export type PlacementDateKind = (typeof PLACEMENT_DATE_KINDS)[number];

export interface PlacementChange {
  status: PlacementStage;
  next: { kind: PlacementDateKind; on: string } | null;
}

/** How one event changes a journey. Summaries hold no personal data: nothing here identifies anyone. */
export interface JourneyChange {
  /** undefined: the event is a timeline entry only (a clock reached) and changes no stage. */
  stage?: JourneyStage;
  agency: string;
  summary: Record<string, unknown>;
  /** undefined: leave the next deadline as it is; null: the stage has no deadline. */
  deadline?: Deadline | null;
  /** Overrides STAGE_RANK[stage] when the event itself says how late it is (an NRM case's version). */
  rank?: number;
  /**
   * false: the entry names `agency` but does not make it involved (a provider offered a bed it has
   * not accepted sees nothing of the journey). Involved by default.
   */
  involves?: boolean;
  /** undefined: the placement stage is unchanged (every non-placement event). */
  placement?: PlacementChange;
}

export function rankOf(change: JourneyChange): number {
  if (change.rank !== undefined) return change.rank;
  return change.stage === undefined ? 0 : STAGE_RANK[change.stage];
}

type Projector<T extends JourneyEventType> = (data: PayloadOf<T>) => JourneyChange;

const PROJECTORS: { [T in JourneyEventType]: Projector<T> } = {
  'waypoint.identification.potential-victim-identified.v1': (data) => ({
    stage: 'identified',
    agency: data.firstResponderAgency,
    summary: {
      ageGroup: data.ageGroup,
      exploitationTypes: data.exploitationTypes,
      countyLines: data.countyLines,
      exploitedIn: data.exploitedIn,
      area: data.area,
      consent: data.consent,
    },
  }),
  'waypoint.identification.place-of-safety-offered.v1': (data) => ({
    stage: 'identified',
    agency: data.firstResponderAgency,
    summary: { placeOfSafety: true, area: data.area, decisionDueOn: data.decisionDueOn },
    deadline: { kind: 'place-of-safety-decision-due', dueOn: data.decisionDueOn },
  }),
  // The Duty to Notify the referral records in answer moves the stage.
  'waypoint.identification.place-of-safety-lapsed.v1': (data) => ({
    agency: data.firstResponderAgency,
    summary: { placeOfSafetyLapsed: true, decisionDueOn: data.decisionDueOn },
  }),
  // The NRM referral it leads to arrives as its own event and moves the stage.
  'waypoint.identification.consent-given-later.v1': (data) => ({
    agency: data.firstResponderAgency,
    summary: { consent: 'given', area: data.area },
  }),
  // The journey never held personal details; it records that they are gone and stays as history.
  'waypoint.identification.personal-data-erased.v1': (data) => ({
    agency: data.firstResponderAgency,
    summary: { personalDataErased: true },
  }),
  'waypoint.referral.nrm-referral-submitted.v1': (data) => ({
    stage: 'awaiting-reasonable-grounds',
    agency: data.referringAgency,
    summary: {
      competentAuthority: data.competentAuthority,
      submittedOn: data.submittedOn,
      reasonableGroundsDueOn: data.reasonableGroundsDueOn,
    },
    // Same vocabulary as nrm-case-updated.v1's deadlines, so the journey names one clock one way.
    deadline: { kind: 'reasonable-grounds-due', dueOn: data.reasonableGroundsDueOn },
  }),
  'waypoint.referral.duty-to-notify-recorded.v1': (data) => ({
    stage: 'duty-to-notify-only',
    agency: data.notifyingAgency,
    summary: { anonymous: true, area: data.area },
    deadline: null,
  }),
  'waypoint.referral.nrm-case-updated.v1': (data) => ({
    stage: data.status,
    agency: data.referringAgency,
    summary: {
      change: data.change,
      status: data.status,
      occurredOn: data.occurredOn,
      ...(data.outcome === undefined ? {} : { outcome: data.outcome }),
    },
    deadline: data.nextDeadline && { kind: data.nextDeadline.kind, dueOn: data.nextDeadline.dueOn },
    // The referral opened the case at version 1: every update outranks it, and each update the one before.
    rank: REFERRAL_RANK + data.caseVersion,
  }),
  // A statutory date arriving changes neither the stage nor the next deadline (the case's own
  // updates do): it is a dated entry on the timeline, e.g. "RG decision overdue".
  'waypoint.referral.nrm-clock-reached.v1': (data) => ({
    agency: data.referringAgency,
    summary: { clock: data.clock, dueOn: data.dueOn },
  }),
  // Placement runs beside the NRM and moves no NRM stage; its entries never hold an address or
  // the request's free text, which the events do not carry.
  'waypoint.placement.placement-requested.v1': (data) => ({
    agency: data.requestingAgency,
    summary: {
      kind: data.kind,
      urgency: data.urgency,
      householdType: data.householdType,
      dependants: data.dependants,
      neededFrom: data.neededFrom,
    },
    placement: { status: 'requested', next: { kind: 'needed-from', on: data.neededFrom } },
  }),
  'waypoint.placement.placement-offered.v1': (data) => ({
    agency: data.offeredByAgency,
    summary: { providerAgency: data.providerAgency, area: data.area, holdExpiresAt: data.holdExpiresAt },
    placement: {
      status: 'offered',
      next: { kind: 'hold-expires', on: londonDateOf(new Date(data.holdExpiresAt)) },
    },
  }),
  'waypoint.placement.placement-offer-accepted.v1': (data) => ({
    agency: data.providerAgency,
    summary: { area: data.area },
    placement: { status: 'accepted', next: null },
  }),
  'waypoint.placement.placement-offer-declined.v1': (data) => ({
    agency: data.providerAgency,
    summary: { reason: data.reason },
    involves: false,
    // The request waits for another offer.
    placement: { status: 'requested', next: null },
  }),
  'waypoint.placement.placement-offer-expired.v1': (data) => ({
    agency: data.providerAgency,
    summary: { expiredAt: data.expiredAt },
    involves: false,
    placement: { status: 'requested', next: null },
  }),
  'waypoint.placement.placement-moved-in.v1': (data) => ({
    agency: data.providerAgency,
    summary: { movedInOn: data.movedInOn, plannedMoveOutOn: data.plannedMoveOutOn, area: data.area },
    placement: {
      status: 'moved-in',
      next: data.plannedMoveOutOn === null ? null : { kind: 'planned-move-out', on: data.plannedMoveOutOn },
    },
  }),
  'waypoint.placement.placement-move-out-planned.v1': (data) => ({
    agency: data.providerAgency,
    summary: { plannedMoveOutOn: data.plannedMoveOutOn },
    placement: {
      status: 'moved-in',
      next: data.plannedMoveOutOn === null ? null : { kind: 'planned-move-out', on: data.plannedMoveOutOn },
    },
  }),
  'waypoint.placement.placement-moved-out.v1': (data) => ({
    agency: data.providerAgency,
    summary: { movedOutOn: data.movedOutOn, reason: data.reason, destination: data.destination },
    placement: { status: 'moved-out', next: null },
  }),
  'waypoint.placement.placement-request-withdrawn.v1': (data) => ({
    agency: data.withdrawnByAgency,
    summary: { reason: data.reason },
    placement: { status: 'withdrawn', next: null },
  }),
};

export function projectEvent<T extends JourneyEventType>(event: CloudEvent<PayloadOf<T>, T>): JourneyChange {
  return (PROJECTORS[event.type] as Projector<T>)(event.data);
}

export function journeyEventTypes(): JourneyEventType[] {
  return Object.keys(PROJECTORS) as JourneyEventType[];
}
