import {
  addCalendarDays,
  compareLocalDates,
  isLocalDate,
  type LocalDate,
  type WorkingDayCalendar,
} from '@waypoint/calendar';
import type { AgeGroup, CompetentAuthority } from '@waypoint/contracts';
import { describeValue } from './describe-value';
import type { NrmCaseEvent, NrmCaseEventBody } from './nrm-case-events';
import {
  DECISION_OUTCOMES,
  type DecisionStage,
  DISQUALIFICATION_GROUNDS,
  NRM_CASE_COMMAND_KINDS,
  type NrmCaseCommand,
  type NrmCaseCommandKind,
  type NrmCaseCommandOf,
  type NrmCaseError,
  type NrmCaseState,
  type NrmCaseStatus,
  type NrmDecision,
  RECONSIDERATION_RESULTS,
  RESUMABLE_STATUSES,
  type ResumableStatus,
} from './nrm-case-model';
import type { StatutoryPeriods } from './statutory-periods';

export * from './nrm-case-model';
export * from './nrm-case-events';
export * from './nrm-case-clocks';
export * from './statutory-periods';

export interface NrmCaseContext {
  readonly calendar: WorkingDayCalendar;
  readonly periods: StatutoryPeriods;
}

export type NrmCaseDecision =
  | { readonly ok: true; readonly state: NrmCaseState; readonly events: readonly NrmCaseEvent[] }
  | { readonly ok: false; readonly error: NrmCaseError };

export interface NrmCaseOpening {
  readonly caseId: string;
  readonly journeyId: string;
  readonly ageGroup: AgeGroup;
  readonly competentAuthority: CompetentAuthority;
  /** The London civil date of the referral: day 0 of the Reasonable Grounds target. */
  readonly submittedOn: LocalDate;
}

/** A newly submitted case. Throws `CalendarCoverageError` if the calendar cannot count the RG target. */
export function openNrmCase(opening: NrmCaseOpening, context: NrmCaseContext): NrmCaseState {
  const { caseId, journeyId, ageGroup, competentAuthority, submittedOn } = opening;
  return {
    caseId,
    journeyId,
    ageGroup,
    competentAuthority,
    decisionMaker: competentAuthority,
    submittedOn,
    reasonableGroundsDueOn: context.calendar.addWorkingDays(
      submittedOn,
      context.periods.reasonableGroundsWorkingDays,
    ),
    status: 'awaiting-reasonable-grounds',
    decisions: [],
    lastChangedOn: submittedOn,
    version: 1,
  };
}

/** Where each command is allowed; anywhere else it is an illegal transition. */
const ALLOWED_IN: { readonly [K in NrmCaseCommandKind]: readonly NrmCaseStatus[] } = {
  'record-reasonable-grounds-decision': ['awaiting-reasonable-grounds'],
  'record-conclusive-grounds-decision': ['recovery-period'],
  suspend: RESUMABLE_STATUSES,
  resume: ['suspended'],
  withdraw: [...RESUMABLE_STATUSES, 'suspended'],
  // Disqualification withholds the recovery period's protections, so there must be one to withhold.
  disqualify: ['recovery-period'],
  'request-reconsideration': ['negative-reasonable-grounds', 'negative-conclusive-grounds'],
  'record-reconsideration-result': ['reconsideration-requested'],
  // The panel takes the case over from the competent authority, so it must do so before the first decision.
  'refer-to-child-pilot-panel': ['awaiting-reasonable-grounds'],
};

/**
 * Applies one command to a case: the next state and what happened, or why not. Pure: the input state is never
 * modified, and a refused command changes nothing.
 *
 * Checks run in this order, so that the same command always fails the same way: the command's own shape (fields
 * present and well formed, whatever the case), then whether the case's status allows it (`illegal-transition`,
 * naming the status), then the rules that relate its data to the case (dates, the reconsideration window, the
 * age group).
 */
export function decide(
  state: NrmCaseState,
  command: NrmCaseCommand,
  context: NrmCaseContext,
): NrmCaseDecision {
  const malformed = malformedField(command);
  if (malformed) return refuse(malformed);

  const conflict = transitionConflict(state, command.kind);
  if (conflict) return refuse(conflict);

  const [field, date] = dateOf(command);
  const misdated = misdatedField(state, field, date);
  if (misdated) return refuse(misdated);

  const { periods } = context;
  switch (command.kind) {
    case 'record-reasonable-grounds-decision':
      return recordReasonableGrounds(state, command, periods);
    case 'record-conclusive-grounds-decision':
      return recordConclusiveGrounds(state, command, periods);
    case 'suspend':
      return suspend(state, command);
    case 'resume':
      return resume(state, command);
    case 'withdraw':
      return withdraw(state, command);
    case 'disqualify':
      return disqualify(state, command);
    case 'request-reconsideration':
      return requestReconsideration(state, command);
    case 'record-reconsideration-result':
      return recordReconsiderationResult(state, command, periods);
    case 'refer-to-child-pilot-panel':
      return referToChildPilotPanel(state, command);
  }
}

function recordReasonableGrounds(
  state: NrmCaseState,
  { outcome, decidedOn, recordedBy }: NrmCaseCommandOf<'record-reasonable-grounds-decision'>,
  periods: StatutoryPeriods,
): NrmCaseDecision {
  const decisions = [
    ...state.decisions,
    { kind: 'reasonable-grounds', outcome, decidedOn, recordedBy } as const,
  ];
  const decidedBy = state.decisionMaker;
  if (outcome === 'positive') {
    const minimumEndsOn = addCalendarDays(decidedOn, periods.recoveryPeriodDays);
    return accept(
      state,
      { ...state, status: 'recovery-period', decisions, recoveryPeriodMinimumEndsOn: minimumEndsOn },
      decidedOn,
      [
        { type: 'reasonable-grounds-decided', outcome, decidedOn, decidedBy },
        { type: 'recovery-period-started', startedOn: decidedOn, minimumEndsOn },
      ],
    );
  }
  const reconsiderationWindowClosesOn = addCalendarDays(decidedOn, periods.reconsiderationWindowDays);
  const moveOnSupportEndsOn = addCalendarDays(decidedOn, periods.moveOnAfterNegativeDecisionDays);
  return accept(
    state,
    {
      ...state,
      status: 'negative-reasonable-grounds',
      decisions,
      reconsiderationWindowClosesOn,
      moveOnSupportEndsOn,
    },
    decidedOn,
    [
      {
        type: 'reasonable-grounds-decided',
        outcome,
        decidedOn,
        decidedBy,
        reconsiderationWindowClosesOn,
        moveOnSupportEndsOn,
      },
    ],
  );
}

function recordConclusiveGrounds(
  state: NrmCaseState,
  { outcome, decidedOn, recordedBy }: NrmCaseCommandOf<'record-conclusive-grounds-decision'>,
  periods: StatutoryPeriods,
): NrmCaseDecision {
  const decisions = [
    ...state.decisions,
    { kind: 'conclusive-grounds', outcome, decidedOn, recordedBy } as const,
  ];
  const decidedBy = state.decisionMaker;
  if (outcome === 'positive') {
    const moveOnSupportEndsOn = supportEndsOn(
      state,
      decidedOn,
      periods.moveOnAfterPositiveConclusiveGroundsDays,
    );
    return accept(
      state,
      { ...state, status: 'positive-conclusive-grounds', decisions, moveOnSupportEndsOn },
      decidedOn,
      [{ type: 'conclusive-grounds-decided', outcome, decidedOn, decidedBy, moveOnSupportEndsOn }],
    );
  }
  const reconsiderationWindowClosesOn = addCalendarDays(decidedOn, periods.reconsiderationWindowDays);
  const moveOnSupportEndsOn = supportEndsOn(state, decidedOn, periods.moveOnAfterNegativeDecisionDays);
  return accept(
    state,
    {
      ...state,
      status: 'negative-conclusive-grounds',
      decisions,
      reconsiderationWindowClosesOn,
      moveOnSupportEndsOn,
    },
    decidedOn,
    [
      {
        type: 'conclusive-grounds-decided',
        outcome,
        decidedOn,
        decidedBy,
        moveOnSupportEndsOn,
        reconsiderationWindowClosesOn,
      },
    ],
  );
}

function suspend(state: NrmCaseState, { suspendedOn }: NrmCaseCommandOf<'suspend'>): NrmCaseDecision {
  const suspendedFrom = state.status;
  if (!isResumable(suspendedFrom)) return illegal(state, 'suspend', 'nothing is awaited');
  return accept(state, { ...state, status: 'suspended', suspendedFrom, suspendedOn }, suspendedOn, [
    { type: 'case-suspended', suspendedOn, suspendedFrom },
  ]);
}

function resume(state: NrmCaseState, { resumedOn }: NrmCaseCommandOf<'resume'>): NrmCaseDecision {
  const { suspendedFrom, suspendedOn: _suspendedOn, ...rest } = state;
  if (suspendedFrom === undefined) return illegal(state, 'resume', 'no status to resume to is recorded');
  return accept(state, { ...rest, status: suspendedFrom }, resumedOn, [
    { type: 'case-resumed', resumedOn, resumedTo: suspendedFrom },
  ]);
}

function withdraw(state: NrmCaseState, { withdrawnOn }: NrmCaseCommandOf<'withdraw'>): NrmCaseDecision {
  // Nothing is awaited or missing any more once the case is withdrawn.
  const {
    suspendedFrom: _suspendedFrom,
    suspendedOn: _suspendedOn,
    pendingReconsideration: _pending,
    ...rest
  } = state;
  return accept(state, { ...rest, status: 'withdrawn', withdrawnOn }, withdrawnOn, [
    { type: 'case-withdrawn', withdrawnOn, previousStatus: state.status },
  ]);
}

function disqualify(
  state: NrmCaseState,
  { grounds, decidedOn, recordedBy }: NrmCaseCommandOf<'disqualify'>,
): NrmCaseDecision {
  const decisions = [
    ...state.decisions,
    { kind: 'disqualification', grounds, decidedOn, recordedBy } as const,
  ];
  return accept(
    state,
    { ...state, status: 'disqualified', decisions, disqualificationGrounds: grounds },
    decidedOn,
    [{ type: 'case-disqualified', grounds, decidedOn, decidedBy: state.decisionMaker }],
  );
}

function requestReconsideration(
  state: NrmCaseState,
  { requestedOn }: NrmCaseCommandOf<'request-reconsideration'>,
): NrmCaseDecision {
  const of: DecisionStage =
    state.status === 'negative-reasonable-grounds' ? 'reasonable-grounds' : 'conclusive-grounds';
  const decision = latestDecision(state.decisions, of);
  const closesOn = state.reconsiderationWindowClosesOn;
  if (decision === undefined || closesOn === undefined) {
    return illegal(state, 'request-reconsideration', `no negative ${label(of)} decision is recorded`);
  }
  if (compareLocalDates(requestedOn, closesOn) > 0) {
    return refuse({
      kind: 'invalid-command',
      field: 'requestedOn',
      message:
        `requestedOn ${requestedOn} is after the reconsideration window closed on ${closesOn} ` +
        `(the negative ${label(of)} decision was made on ${decision.decidedOn})`,
    });
  }
  return accept(
    state,
    { ...state, status: 'reconsideration-requested', pendingReconsideration: { of, requestedOn } },
    requestedOn,
    [{ type: 'reconsideration-requested', of, requestedOn }],
  );
}

function recordReconsiderationResult(
  state: NrmCaseState,
  { result, decidedOn, recordedBy }: NrmCaseCommandOf<'record-reconsideration-result'>,
  periods: StatutoryPeriods,
): NrmCaseDecision {
  const { pendingReconsideration: pending, ...rest } = state;
  if (pending === undefined) {
    return illegal(state, 'record-reconsideration-result', 'no reconsideration request is recorded');
  }
  const { of, requestedOn } = pending;
  const decisions = [
    ...state.decisions,
    { kind: 'reconsideration', of, requestedOn, outcome: result, decidedOn, recordedBy } as const,
  ];
  const decided = {
    type: 'reconsideration-decided',
    of,
    result,
    decidedOn,
    decidedBy: state.decisionMaker,
  } as const;

  if (result === 'upheld') {
    // The original decision stands, with the support and dates it already set.
    const status =
      of === 'reasonable-grounds' ? 'negative-reasonable-grounds' : 'negative-conclusive-grounds';
    return accept(state, { ...rest, status, decisions }, decidedOn, [{ ...decided, status }]);
  }
  // Overturned: the case is where a positive decision on the result's date would have put it.
  const { reconsiderationWindowClosesOn: _closes, moveOnSupportEndsOn: _moveOn, ...current } = rest;
  if (of === 'reasonable-grounds') {
    const minimumEndsOn = addCalendarDays(decidedOn, periods.recoveryPeriodDays);
    return accept(
      state,
      { ...current, status: 'recovery-period', decisions, recoveryPeriodMinimumEndsOn: minimumEndsOn },
      decidedOn,
      [
        { ...decided, status: 'recovery-period' },
        { type: 'recovery-period-started', startedOn: decidedOn, minimumEndsOn },
      ],
    );
  }
  const moveOnSupportEndsOn = supportEndsOn(
    state,
    decidedOn,
    periods.moveOnAfterPositiveConclusiveGroundsDays,
  );
  return accept(
    state,
    { ...current, status: 'positive-conclusive-grounds', decisions, moveOnSupportEndsOn },
    decidedOn,
    [{ ...decided, status: 'positive-conclusive-grounds', moveOnSupportEndsOn }],
  );
}

function referToChildPilotPanel(
  state: NrmCaseState,
  { referredOn }: NrmCaseCommandOf<'refer-to-child-pilot-panel'>,
): NrmCaseDecision {
  if (state.ageGroup !== 'child') {
    return refuse({
      kind: 'invalid-command',
      field: 'ageGroup',
      message: `only a child's case can be decided by the child pilot panel; this case's ageGroup is '${state.ageGroup}'`,
    });
  }
  return accept(state, { ...state, decisionMaker: 'child-pilot-panel' }, referredOn, [
    { type: 'referred-to-child-pilot-panel', referredOn },
  ]);
}

/** Whether the case's status (and what it has already been through) allows the command at all. */
function transitionConflict(state: NrmCaseState, command: NrmCaseCommandKind): NrmCaseError | undefined {
  const conflict = (reason: string | undefined): NrmCaseError => illegalTransition(state, command, reason);
  if (!ALLOWED_IN[command].includes(state.status)) return conflict(statusHint(state.status));
  if (command === 'request-reconsideration') {
    const of = state.status === 'negative-reasonable-grounds' ? 'reasonable-grounds' : 'conclusive-grounds';
    if (state.decisions.some((d) => d.kind === 'reconsideration' && d.of === of)) {
      return conflict(`the negative ${label(of)} decision was already reconsidered`);
    }
  }
  if (command === 'refer-to-child-pilot-panel' && state.decisionMaker === 'child-pilot-panel') {
    return conflict('the case is already with the child pilot panel');
  }
  return undefined;
}

function accept(
  previous: NrmCaseState,
  next: NrmCaseState,
  on: LocalDate,
  bodies: readonly NrmCaseEventBody[],
): NrmCaseDecision {
  const version = previous.version + 1;
  const { caseId, journeyId } = previous;
  return {
    ok: true,
    state: { ...next, lastChangedOn: on, version },
    events: bodies.map((body) => ({ caseId, journeyId, caseVersion: version, ...body })),
  };
}

function refuse(error: NrmCaseError): NrmCaseDecision {
  return { ok: false, error };
}

function illegalTransition(state: NrmCaseState, command: NrmCaseCommandKind, reason?: string): NrmCaseError {
  const why = reason === undefined ? '' : `: ${reason}`;
  return {
    kind: 'illegal-transition',
    currentStatus: state.status,
    command,
    message: `'${command}' is not allowed while the case is '${state.status}'${why}`,
  };
}

// Only reached from a state that breaks the model's invariants (for example a row edited by hand).
function illegal(state: NrmCaseState, command: NrmCaseCommandKind, reason: string): NrmCaseDecision {
  return refuse(illegalTransition(state, command, reason));
}

function statusHint(status: NrmCaseStatus): string | undefined {
  switch (status) {
    case 'suspended':
      return 'the person is missing; resume the case first';
    case 'withdrawn':
    case 'disqualified':
      return 'the case is closed';
    case 'awaiting-reasonable-grounds':
    case 'recovery-period':
    case 'negative-reasonable-grounds':
    case 'reconsideration-requested':
    case 'positive-conclusive-grounds':
    case 'negative-conclusive-grounds':
      return undefined;
  }
}

/**
 * The recovery period lasts at least its statutory minimum even when the CG decision comes early, so support
 * after a CG decision ends on the later of the move-on period's end and the minimum.
 */
function supportEndsOn(state: NrmCaseState, decidedOn: LocalDate, moveOnDays: number): LocalDate {
  const moveOnEndsOn = addCalendarDays(decidedOn, moveOnDays);
  const minimum = state.recoveryPeriodMinimumEndsOn;
  return minimum !== undefined && compareLocalDates(minimum, moveOnEndsOn) > 0 ? minimum : moveOnEndsOn;
}

function latestDecision(decisions: readonly NrmDecision[], kind: DecisionStage): NrmDecision | undefined {
  return decisions.findLast((d) => d.kind === kind);
}

function isResumable(status: NrmCaseStatus): status is ResumableStatus {
  return (RESUMABLE_STATUSES as readonly NrmCaseStatus[]).includes(status);
}

function label(stage: DecisionStage): string {
  return stage === 'reasonable-grounds' ? 'Reasonable Grounds' : 'Conclusive Grounds';
}

function dateOf(command: NrmCaseCommand): readonly [field: string, date: LocalDate] {
  switch (command.kind) {
    case 'record-reasonable-grounds-decision':
    case 'record-conclusive-grounds-decision':
    case 'disqualify':
    case 'record-reconsideration-result':
      return ['decidedOn', command.decidedOn];
    case 'suspend':
      return ['suspendedOn', command.suspendedOn];
    case 'resume':
      return ['resumedOn', command.resumedOn];
    case 'withdraw':
      return ['withdrawnOn', command.withdrawnOn];
    case 'request-reconsideration':
      return ['requestedOn', command.requestedOn];
    case 'refer-to-child-pilot-panel':
      return ['referredOn', command.referredOn];
  }
}

/** Dates run forward: nothing happens to a case before it was submitted, or before what was last recorded. */
function misdatedField(state: NrmCaseState, field: string, date: LocalDate): NrmCaseError | undefined {
  if (compareLocalDates(date, state.submittedOn) < 0) {
    return {
      kind: 'invalid-command',
      field,
      message: `${field} ${date} is before the case was submitted on ${state.submittedOn}`,
    };
  }
  if (compareLocalDates(date, state.lastChangedOn) < 0) {
    return {
      kind: 'invalid-command',
      field,
      message: `${field} ${date} is before the case's latest recorded change on ${state.lastChangedOn}`,
    };
  }
  return undefined;
}

const oneOf = (allowed: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && allowed.includes(value);

/**
 * Commands reach the domain from HTTP bodies, so their shape is checked here too rather than trusted from the
 * types: a forged or stale client must get a field-naming refusal, not a corrupted case.
 */
function malformedField(command: NrmCaseCommand): NrmCaseError | undefined {
  const invalid = (field: string, message: string): NrmCaseError => ({
    kind: 'invalid-command',
    field,
    message,
  });
  if (!oneOf(NRM_CASE_COMMAND_KINDS, command.kind)) {
    return invalid('kind', `unknown command ${describeValue(command.kind)}`);
  }
  if (typeof command.recordedBy !== 'string' || command.recordedBy.trim() === '') {
    return invalid('recordedBy', 'recordedBy must name the user recording the command');
  }
  const [field, date] = dateOf(command);
  if (!isLocalDate(date)) {
    return invalid(field, `${field} must be a real date YYYY-MM-DD, got ${describeValue(date)}`);
  }
  switch (command.kind) {
    case 'record-reasonable-grounds-decision':
    case 'record-conclusive-grounds-decision':
      return oneOf(DECISION_OUTCOMES, command.outcome)
        ? undefined
        : invalid('outcome', `outcome must be one of ${DECISION_OUTCOMES.join(', ')}`);
    case 'disqualify':
      return oneOf(DISQUALIFICATION_GROUNDS, command.grounds)
        ? undefined
        : invalid('grounds', `grounds must be one of ${DISQUALIFICATION_GROUNDS.join(', ')}`);
    case 'record-reconsideration-result':
      return oneOf(RECONSIDERATION_RESULTS, command.result)
        ? undefined
        : invalid('result', `result must be one of ${RECONSIDERATION_RESULTS.join(', ')}`);
    case 'suspend':
    case 'resume':
    case 'withdraw':
    case 'request-reconsideration':
    case 'refer-to-child-pilot-panel':
      return undefined;
  }
}

/**
 * The commands a user may record on the case today: those its status allows (the same rules `decide` applies),
 * less those the case's own data already rules out (a reconsideration after its window closed, the child pilot
 * panel for an adult). This is what the console offers; `decide` still judges each command as it comes.
 */
export function allowedCommands(state: NrmCaseState, today: LocalDate): NrmCaseCommandKind[] {
  return NRM_CASE_COMMAND_KINDS.filter((kind) => {
    if (transitionConflict(state, kind)) return false;
    if (kind === 'refer-to-child-pilot-panel') return state.ageGroup === 'child';
    if (kind === 'request-reconsideration') {
      return (
        state.reconsiderationWindowClosesOn !== undefined &&
        compareLocalDates(today, state.reconsiderationWindowClosesOn) <= 0
      );
    }
    return true;
  });
}
