import {
  addCalendarDays,
  compareLocalDates,
  type LocalDate,
  parseLocalDate,
  WorkingDayCalendar,
} from '@waypoint/calendar';
import type { AgeGroup, CompetentAuthority } from '@waypoint/contracts';
import fc from 'fast-check';
import {
  clocksOf,
  decide,
  DEFAULT_STATUTORY_PERIODS,
  type DecisionOutcome,
  type DecisionStage,
  type DisqualificationGrounds,
  NRM_CASE_COMMAND_KINDS,
  NRM_CASE_STATUSES,
  type NrmCaseClock,
  type NrmCaseCommand,
  type NrmCaseCommandKind,
  type NrmCaseCommandOf,
  type NrmCaseContext,
  type NrmCaseDecision,
  type NrmCaseError,
  type NrmCaseEvent,
  type NrmCaseOpening,
  type NrmCaseState,
  type NrmCaseStatus,
  openNrmCase,
  parseStatutoryPeriods,
  type ReconsiderationResult,
  RESUMABLE_STATUSES,
  type ResumableStatus,
  type StatutoryPeriods,
} from './nrm-case';

const calendar = WorkingDayCalendar.forDivision('england-and-wales');
const context: NrmCaseContext = { calendar, periods: DEFAULT_STATUTORY_PERIODS };
const on = (text: string): LocalDate => parseLocalDate(text);
const BY = 'caseworker-17';
const SUBMITTED = '2026-03-02'; // a Monday with no holiday within the RG target

// --- commands -----------------------------------------------------------------------------------------------

const rg = (
  outcome: DecisionOutcome,
  decidedOn: string,
): NrmCaseCommandOf<'record-reasonable-grounds-decision'> => ({
  kind: 'record-reasonable-grounds-decision',
  outcome,
  decidedOn: on(decidedOn),
  recordedBy: BY,
});
const cg = (
  outcome: DecisionOutcome,
  decidedOn: string,
): NrmCaseCommandOf<'record-conclusive-grounds-decision'> => ({
  kind: 'record-conclusive-grounds-decision',
  outcome,
  decidedOn: on(decidedOn),
  recordedBy: BY,
});
const suspend = (suspendedOn: string): NrmCaseCommandOf<'suspend'> => ({
  kind: 'suspend',
  suspendedOn: on(suspendedOn),
  recordedBy: BY,
});
const resume = (resumedOn: string): NrmCaseCommandOf<'resume'> => ({
  kind: 'resume',
  resumedOn: on(resumedOn),
  recordedBy: BY,
});
const withdraw = (withdrawnOn: string): NrmCaseCommandOf<'withdraw'> => ({
  kind: 'withdraw',
  withdrawnOn: on(withdrawnOn),
  recordedBy: BY,
});
const disqualify = (grounds: DisqualificationGrounds, decidedOn: string): NrmCaseCommandOf<'disqualify'> => ({
  kind: 'disqualify',
  grounds,
  decidedOn: on(decidedOn),
  recordedBy: BY,
});
const requestReconsideration = (requestedOn: string): NrmCaseCommandOf<'request-reconsideration'> => ({
  kind: 'request-reconsideration',
  requestedOn: on(requestedOn),
  recordedBy: BY,
});
const reconsiderationResult = (
  result: ReconsiderationResult,
  decidedOn: string,
): NrmCaseCommandOf<'record-reconsideration-result'> => ({
  kind: 'record-reconsideration-result',
  result,
  decidedOn: on(decidedOn),
  recordedBy: BY,
});
const referToPanel = (referredOn: string): NrmCaseCommandOf<'refer-to-child-pilot-panel'> => ({
  kind: 'refer-to-child-pilot-panel',
  referredOn: on(referredOn),
  recordedBy: BY,
});

/** A well-formed command of any kind, dated `date`; the variant fields take their first value. */
function commandOf(kind: NrmCaseCommandKind, date: LocalDate, recordedBy = BY): NrmCaseCommand {
  switch (kind) {
    case 'record-reasonable-grounds-decision':
    case 'record-conclusive-grounds-decision':
      return { kind, outcome: 'positive', decidedOn: date, recordedBy };
    case 'suspend':
      return { kind, suspendedOn: date, recordedBy };
    case 'resume':
      return { kind, resumedOn: date, recordedBy };
    case 'withdraw':
      return { kind, withdrawnOn: date, recordedBy };
    case 'disqualify':
      return { kind, grounds: 'public-order', decidedOn: date, recordedBy };
    case 'request-reconsideration':
      return { kind, requestedOn: date, recordedBy };
    case 'record-reconsideration-result':
      return { kind, result: 'upheld', decidedOn: date, recordedBy };
    case 'refer-to-child-pilot-panel':
      return { kind, referredOn: date, recordedBy };
  }
}

const DATE_FIELD: Record<NrmCaseCommandKind, string> = {
  'record-reasonable-grounds-decision': 'decidedOn',
  'record-conclusive-grounds-decision': 'decidedOn',
  suspend: 'suspendedOn',
  resume: 'resumedOn',
  withdraw: 'withdrawnOn',
  disqualify: 'decidedOn',
  'request-reconsideration': 'requestedOn',
  'record-reconsideration-result': 'decidedOn',
  'refer-to-child-pilot-panel': 'referredOn',
};

// --- cases ------------------------------------------------------------------------------------------------

function opened(opening: Partial<NrmCaseOpening> = {}, periods = DEFAULT_STATUTORY_PERIODS): NrmCaseState {
  return openNrmCase(
    {
      caseId: 'case-1',
      journeyId: 'journey-1',
      ageGroup: 'adult',
      competentAuthority: 'SCA',
      submittedOn: on(SUBMITTED),
      ...opening,
    },
    { calendar, periods },
  );
}

function accepted(result: NrmCaseDecision): { state: NrmCaseState; events: readonly NrmCaseEvent[] } {
  if (!result.ok) throw new Error(`expected the command to be accepted, got ${JSON.stringify(result.error)}`);
  return result;
}

function refused(result: NrmCaseDecision): NrmCaseError {
  if (result.ok) throw new Error(`expected the command to be refused, got status '${result.state.status}'`);
  return result.error;
}

function run(
  state: NrmCaseState,
  commands: readonly NrmCaseCommand[],
  periods: StatutoryPeriods = DEFAULT_STATUTORY_PERIODS,
): NrmCaseState {
  return commands.reduce(
    (current, command) => accepted(decide(current, command, { calendar, periods })).state,
    state,
  );
}

/** The commands that take a new case (submitted on SUBMITTED) to each status. */
const PATH_TO: Record<NrmCaseStatus, readonly NrmCaseCommand[]> = {
  'awaiting-reasonable-grounds': [],
  suspended: [suspend('2026-03-04')],
  'recovery-period': [rg('positive', '2026-03-06')],
  'negative-reasonable-grounds': [rg('negative', '2026-03-06')],
  'reconsideration-requested': [rg('negative', '2026-03-06'), requestReconsideration('2026-03-20')],
  'positive-conclusive-grounds': [rg('positive', '2026-03-06'), cg('positive', '2026-05-01')],
  'negative-conclusive-grounds': [rg('positive', '2026-03-06'), cg('negative', '2026-05-01')],
  disqualified: [rg('positive', '2026-03-06'), disqualify('public-order', '2026-03-20')],
  withdrawn: [withdraw('2026-03-04')],
};

const caseIn = (status: NrmCaseStatus, opening: Partial<NrmCaseOpening> = {}): NrmCaseState =>
  run(opened(opening), PATH_TO[status]);

/** Independent statement of the transition table: which commands each status accepts. */
const LEGAL: Record<NrmCaseStatus, readonly NrmCaseCommandKind[]> = {
  'awaiting-reasonable-grounds': [
    'record-reasonable-grounds-decision',
    'suspend',
    'withdraw',
    'refer-to-child-pilot-panel',
  ],
  suspended: ['resume', 'withdraw'],
  'recovery-period': ['record-conclusive-grounds-decision', 'suspend', 'withdraw', 'disqualify'],
  'negative-reasonable-grounds': ['request-reconsideration'],
  'reconsideration-requested': ['record-reconsideration-result', 'suspend', 'withdraw'],
  'positive-conclusive-grounds': [],
  'negative-conclusive-grounds': ['request-reconsideration'],
  disqualified: [],
  withdrawn: [],
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('openNrmCase', () => {
  const sut = openNrmCase;

  it('opens a case awaiting Reasonable Grounds, decided by its competent authority, at version 1', () => {
    const state = sut(
      {
        caseId: 'case-1',
        journeyId: 'journey-1',
        ageGroup: 'child',
        competentAuthority: 'IECA',
        submittedOn: on('2026-11-20'),
      },
      context,
    );

    expect(state).toEqual({
      caseId: 'case-1',
      journeyId: 'journey-1',
      ageGroup: 'child',
      competentAuthority: 'IECA',
      decisionMaker: 'IECA',
      submittedOn: '2026-11-20',
      reasonableGroundsDueOn: '2026-11-27',
      status: 'awaiting-reasonable-grounds',
      decisions: [],
      lastChangedOn: '2026-11-20',
      version: 1,
    });
  });

  it('counts the Reasonable Grounds target in the configured number of working days', () => {
    const periods = parseStatutoryPeriods({ reasonableGroundsWorkingDays: 10 });

    expect(opened({ submittedOn: on('2026-11-20') }, periods).reasonableGroundsDueOn).toBe('2026-12-04');
  });

  it('copies only the case fields from a wider record', () => {
    const record = { ...opened(), area: 'birmingham', referringAgency: 'West Midlands Police' };

    expect(Object.keys(sut(record, context))).not.toContain('area');
  });
});

describe('decide', () => {
  const sut = decide;

  describe('legal transitions', () => {
    it('starts the recovery period on a positive Reasonable Grounds decision', () => {
      const { state, events } = accepted(sut(opened(), rg('positive', '2026-03-06'), context));

      expect(state).toMatchObject({
        status: 'recovery-period',
        recoveryPeriodMinimumEndsOn: '2026-04-05',
        decisions: [
          { kind: 'reasonable-grounds', outcome: 'positive', decidedOn: '2026-03-06', recordedBy: BY },
        ],
        lastChangedOn: '2026-03-06',
        version: 2,
      });
      expect(events).toEqual([
        {
          type: 'reasonable-grounds-decided',
          caseId: 'case-1',
          journeyId: 'journey-1',
          caseVersion: 2,
          outcome: 'positive',
          decidedOn: '2026-03-06',
          decidedBy: 'SCA',
        },
        {
          type: 'recovery-period-started',
          caseId: 'case-1',
          journeyId: 'journey-1',
          caseVersion: 2,
          startedOn: '2026-03-06',
          minimumEndsOn: '2026-04-05',
        },
      ]);
    });

    it('opens the reconsideration window and move-on support on a negative Reasonable Grounds decision', () => {
      const { state, events } = accepted(sut(opened(), rg('negative', '2026-03-06'), context));

      expect(state).toMatchObject({
        status: 'negative-reasonable-grounds',
        reconsiderationWindowClosesOn: '2026-04-05',
        moveOnSupportEndsOn: '2026-03-15',
        decisions: [
          { kind: 'reasonable-grounds', outcome: 'negative', decidedOn: '2026-03-06', recordedBy: BY },
        ],
      });
      expect(state.recoveryPeriodMinimumEndsOn).toBeUndefined();
      expect(events).toEqual([
        {
          type: 'reasonable-grounds-decided',
          caseId: 'case-1',
          journeyId: 'journey-1',
          caseVersion: 2,
          outcome: 'negative',
          decidedOn: '2026-03-06',
          decidedBy: 'SCA',
          reconsiderationWindowClosesOn: '2026-04-05',
          moveOnSupportEndsOn: '2026-03-15',
        },
      ]);
    });

    it('gives 45 days of move-on support after a positive Conclusive Grounds decision', () => {
      const { state, events } = accepted(
        sut(caseIn('recovery-period'), cg('positive', '2026-05-01'), context),
      );

      expect(state).toMatchObject({
        status: 'positive-conclusive-grounds',
        moveOnSupportEndsOn: '2026-06-15',
        recoveryPeriodMinimumEndsOn: '2026-04-05',
      });
      expect(state.decisions.map((d) => [d.kind, d.decidedOn])).toEqual([
        ['reasonable-grounds', '2026-03-06'],
        ['conclusive-grounds', '2026-05-01'],
      ]);
      expect(events).toEqual([
        expect.objectContaining({
          type: 'conclusive-grounds-decided',
          outcome: 'positive',
          decidedOn: '2026-05-01',
          decidedBy: 'SCA',
          moveOnSupportEndsOn: '2026-06-15',
        }),
      ]);
    });

    it('opens the reconsideration window and move-on support on a negative Conclusive Grounds decision', () => {
      const { state, events } = accepted(
        sut(caseIn('recovery-period'), cg('negative', '2026-05-01'), context),
      );

      expect(state).toMatchObject({
        status: 'negative-conclusive-grounds',
        reconsiderationWindowClosesOn: '2026-05-31',
        moveOnSupportEndsOn: '2026-05-10',
      });
      expect(events).toEqual([
        expect.objectContaining({
          type: 'conclusive-grounds-decided',
          outcome: 'negative',
          reconsiderationWindowClosesOn: '2026-05-31',
          moveOnSupportEndsOn: '2026-05-10',
        }),
      ]);
    });

    it.each<[DisqualificationGrounds]>([['public-order'], ['bad-faith']])(
      'disqualifies a case in its recovery period on %s grounds',
      (grounds) => {
        const { state, events } = accepted(
          sut(caseIn('recovery-period'), disqualify(grounds, '2026-03-20'), context),
        );

        expect(state.status).toBe('disqualified');
        expect(state.disqualificationGrounds).toBe(grounds);
        expect(state.decisions.at(-1)).toEqual({
          kind: 'disqualification',
          grounds,
          decidedOn: '2026-03-20',
          recordedBy: BY,
        });
        expect(events).toEqual([
          expect.objectContaining({
            type: 'case-disqualified',
            grounds,
            decidedOn: '2026-03-20',
            decidedBy: 'SCA',
          }),
        ]);
      },
    );

    it.each(RESUMABLE_STATUSES)('suspends a case in %s when the person goes missing', (status) => {
      const { state, events } = accepted(sut(caseIn(status), suspend('2026-03-25'), context));

      expect(state).toMatchObject({ status: 'suspended', suspendedFrom: status, suspendedOn: '2026-03-25' });
      expect(events).toEqual([
        expect.objectContaining({ type: 'case-suspended', suspendedOn: '2026-03-25', suspendedFrom: status }),
      ]);
    });

    it.each(RESUMABLE_STATUSES)('resumes a case suspended from %s to that status', (status) => {
      const before = caseIn(status);
      const suspended = run(before, [suspend('2026-03-25')]);

      const { state, events } = accepted(sut(suspended, resume('2026-04-02'), context));

      expect(state.status).toBe(status);
      expect(state.suspendedFrom).toBeUndefined();
      expect(state.suspendedOn).toBeUndefined();
      expect(state).toEqual({ ...before, lastChangedOn: '2026-04-02', version: before.version + 2 });
      expect(events).toEqual([
        expect.objectContaining({ type: 'case-resumed', resumedOn: '2026-04-02', resumedTo: status }),
      ]);
    });

    it.each<NrmCaseStatus>([...RESUMABLE_STATUSES, 'suspended'])('withdraws a case in %s', (status) => {
      const { state, events } = accepted(sut(caseIn(status), withdraw('2026-03-25'), context));

      expect(state.status).toBe('withdrawn');
      expect(state.withdrawnOn).toBe('2026-03-25');
      expect(state.suspendedFrom).toBeUndefined();
      expect(state.pendingReconsideration).toBeUndefined();
      expect(events).toEqual([
        expect.objectContaining({
          type: 'case-withdrawn',
          withdrawnOn: '2026-03-25',
          previousStatus: status,
        }),
      ]);
    });

    it.each<[NrmCaseStatus, DecisionStage, string]>([
      ['negative-reasonable-grounds', 'reasonable-grounds', '2026-03-20'],
      ['negative-conclusive-grounds', 'conclusive-grounds', '2026-05-05'],
    ])('accepts a request to reconsider a case in %s', (status, of, requestedOn) => {
      const { state, events } = accepted(sut(caseIn(status), requestReconsideration(requestedOn), context));

      expect(state.status).toBe('reconsideration-requested');
      expect(state.pendingReconsideration).toEqual({ of, requestedOn });
      expect(events).toEqual([
        expect.objectContaining({ type: 'reconsideration-requested', of, requestedOn }),
      ]);
    });

    describe('reconsideration results', () => {
      const negativeRg = run(opened(), [rg('negative', '2026-03-06'), requestReconsideration('2026-03-20')]);
      const negativeCg = run(caseIn('negative-conclusive-grounds'), [requestReconsideration('2026-05-20')]);

      it('leaves a negative Reasonable Grounds decision standing when upheld, with its dates', () => {
        const { state, events } = accepted(
          sut(negativeRg, reconsiderationResult('upheld', '2026-04-10'), context),
        );

        expect(state).toMatchObject({
          status: 'negative-reasonable-grounds',
          reconsiderationWindowClosesOn: '2026-04-05',
          moveOnSupportEndsOn: '2026-03-15',
        });
        expect(state.pendingReconsideration).toBeUndefined();
        expect(state.decisions.at(-1)).toEqual({
          kind: 'reconsideration',
          of: 'reasonable-grounds',
          requestedOn: '2026-03-20',
          outcome: 'upheld',
          decidedOn: '2026-04-10',
          recordedBy: BY,
        });
        expect(events).toEqual([
          expect.objectContaining({
            type: 'reconsideration-decided',
            of: 'reasonable-grounds',
            result: 'upheld',
            decidedOn: '2026-04-10',
            status: 'negative-reasonable-grounds',
          }),
        ]);
      });

      it('starts the recovery period from the result date when a negative Reasonable Grounds decision is overturned', () => {
        const { state, events } = accepted(
          sut(negativeRg, reconsiderationResult('overturned', '2026-04-10'), context),
        );

        expect(state).toMatchObject({ status: 'recovery-period', recoveryPeriodMinimumEndsOn: '2026-05-10' });
        expect(state.reconsiderationWindowClosesOn).toBeUndefined();
        expect(state.moveOnSupportEndsOn).toBeUndefined();
        expect(events.map((e) => e.type)).toEqual(['reconsideration-decided', 'recovery-period-started']);
        expect(events[1]).toMatchObject({ startedOn: '2026-04-10', minimumEndsOn: '2026-05-10' });
      });

      it('then accepts a Conclusive Grounds decision, since the overturned decision counts as positive', () => {
        const overturned = run(negativeRg, [reconsiderationResult('overturned', '2026-04-10')]);

        expect(accepted(sut(overturned, cg('positive', '2026-06-01'), context)).state.status).toBe(
          'positive-conclusive-grounds',
        );
      });

      it('leaves a negative Conclusive Grounds decision standing when upheld', () => {
        const { state } = accepted(sut(negativeCg, reconsiderationResult('upheld', '2026-06-10'), context));

        expect(state).toMatchObject({
          status: 'negative-conclusive-grounds',
          moveOnSupportEndsOn: '2026-05-10',
        });
      });

      it('gives positive move-on support from the result date when a negative Conclusive Grounds decision is overturned', () => {
        const { state, events } = accepted(
          sut(negativeCg, reconsiderationResult('overturned', '2026-06-10'), context),
        );

        expect(state).toMatchObject({
          status: 'positive-conclusive-grounds',
          moveOnSupportEndsOn: '2026-07-25',
        });
        expect(state.reconsiderationWindowClosesOn).toBeUndefined();
        expect(events).toEqual([
          expect.objectContaining({
            type: 'reconsideration-decided',
            of: 'conclusive-grounds',
            result: 'overturned',
            status: 'positive-conclusive-grounds',
            moveOnSupportEndsOn: '2026-07-25',
          }),
        ]);
      });

      it('keeps a pending reconsideration through a suspension', () => {
        const resumed = run(negativeRg, [suspend('2026-03-25'), resume('2026-04-01')]);

        expect(resumed.pendingReconsideration).toEqual({
          of: 'reasonable-grounds',
          requestedOn: '2026-03-20',
        });
        expect(
          accepted(sut(resumed, reconsiderationResult('upheld', '2026-04-10'), context)).state.status,
        ).toBe('negative-reasonable-grounds');
      });
    });
  });

  describe('illegal transitions', () => {
    const refusals = NRM_CASE_STATUSES.flatMap((status) =>
      NRM_CASE_COMMAND_KINDS.filter((kind) => !LEGAL[status].includes(kind)).map(
        (kind) => [status, kind] as [NrmCaseStatus, NrmCaseCommandKind],
      ),
    );

    it('refuses something in every status: 66 of the 81 status × command pairs', () => {
      expect(new Set(refusals.map(([status]) => status)).size).toBe(NRM_CASE_STATUSES.length);
      expect(refusals).toHaveLength(66);
    });

    it.each(refusals)('refuses, in %s, %s, naming the current status', (status, kind) => {
      const state = caseIn(status);
      const command = commandOf(kind, addCalendarDays(state.lastChangedOn, 1));

      expect(refused(sut(state, command, context))).toEqual({
        kind: 'illegal-transition',
        currentStatus: status,
        command: kind,
        message: expect.stringContaining(`'${kind}' is not allowed while the case is '${status}'`) as string,
      });
    });

    it.each<[NrmCaseStatus, string]>([
      ['suspended', 'resume the case first'],
      ['withdrawn', 'the case is closed'],
      ['disqualified', 'the case is closed'],
    ])('says why the case in %s cannot move: %s', (status, hint) => {
      const state = caseIn(status);

      expect(refused(sut(state, rg('positive', '2026-05-20'), context)).message).toContain(hint);
    });

    it.each<[string, readonly NrmCaseCommand[], string, NrmCaseStatus]>([
      [
        'Reasonable Grounds',
        [
          rg('negative', '2026-03-06'),
          requestReconsideration('2026-03-20'),
          reconsiderationResult('upheld', '2026-04-01'),
        ],
        '2026-04-02',
        'negative-reasonable-grounds',
      ],
      [
        'Conclusive Grounds',
        [
          rg('positive', '2026-03-06'),
          cg('negative', '2026-05-01'),
          requestReconsideration('2026-05-05'),
          reconsiderationResult('upheld', '2026-05-15'),
        ],
        '2026-05-16',
        'negative-conclusive-grounds',
      ],
    ])('refuses a second reconsideration of a negative %s decision', (label, path, requestedOn, status) => {
      const error = refused(sut(run(opened(), path), requestReconsideration(requestedOn), context));

      expect(error).toMatchObject({ kind: 'illegal-transition', currentStatus: status });
      expect(error.message).toContain(`the negative ${label} decision was already reconsidered`);
    });

    it('refuses a transition before checking its dates', () => {
      const error = refused(sut(caseIn('withdrawn'), rg('positive', '2020-01-01'), context));

      expect(error.kind).toBe('illegal-transition');
    });
  });

  describe('date rules', () => {
    const legalFromNew: readonly [NrmCaseStatus, NrmCaseCommandKind][] = NRM_CASE_STATUSES.flatMap((status) =>
      LEGAL[status]
        .filter((kind) => kind !== 'refer-to-child-pilot-panel')
        .map((kind) => [status, kind] as [NrmCaseStatus, NrmCaseCommandKind]),
    );

    it.each(legalFromNew)('refuses, in %s, %s dated before the case was submitted', (status, kind) => {
      const state = caseIn(status);
      const command = commandOf(kind, addCalendarDays(state.submittedOn, -1));

      expect(refused(sut(state, command, context))).toEqual({
        kind: 'invalid-command',
        field: DATE_FIELD[kind],
        message: `${DATE_FIELD[kind]} 2026-03-01 is before the case was submitted on 2026-03-02`,
      });
    });

    it.each(legalFromNew.filter(([status]) => status !== 'awaiting-reasonable-grounds'))(
      'refuses, in %s, %s dated before the latest recorded change',
      (status, kind) => {
        const state = caseIn(status);
        const command = commandOf(kind, addCalendarDays(state.lastChangedOn, -1));

        expect(refused(sut(state, command, context))).toEqual({
          kind: 'invalid-command',
          field: DATE_FIELD[kind],
          message: expect.stringContaining(
            `is before the case's latest recorded change on ${state.lastChangedOn}`,
          ) as string,
        });
      },
    );

    it('accepts a decision on the day of submission and on the day of the previous change', () => {
      const state = run(opened(), [rg('positive', SUBMITTED), cg('positive', SUBMITTED)]);

      expect(state.status).toBe('positive-conclusive-grounds');
    });

    it.each<[string, string, number]>([
      ['2026-03-06', '2026-04-05', 30],
      ['2026-12-01', '2026-12-31', 30],
      ['2028-02-15', '2028-03-16', 30],
      ['2026-03-06', '2026-04-20', 45],
    ])(
      'ends the recovery period minimum of a positive RG on %s on %s (%i calendar days)',
      (decidedOn, expected, days) => {
        const periods = parseStatutoryPeriods({ recoveryPeriodDays: days });
        const state = opened({ submittedOn: on('2026-01-02') }, periods);

        const next = accepted(sut(state, rg('positive', decidedOn), { calendar, periods })).state;

        expect(next.recoveryPeriodMinimumEndsOn).toBe(expected);
      },
    );

    describe.each<[DecisionStage, readonly NrmCaseCommand[], string]>([
      ['reasonable-grounds', [rg('negative', '2026-03-06')], '2026-03-06'],
      ['conclusive-grounds', [rg('positive', '2026-03-06'), cg('negative', '2026-05-01')], '2026-05-01'],
    ])('the reconsideration window of a negative %s decision', (of, path, decidedOn) => {
      const state = run(opened(), path);
      const day = (n: number): string => addCalendarDays(on(decidedOn), n);

      it('accepts a request on the day of the decision', () => {
        expect(accepted(sut(state, requestReconsideration(day(0)), context)).state.status).toBe(
          'reconsideration-requested',
        );
      });

      it('accepts a request on calendar day 30', () => {
        expect(
          accepted(sut(state, requestReconsideration(day(30)), context)).state.pendingReconsideration,
        ).toEqual({ of, requestedOn: day(30) });
      });

      it('refuses a request on calendar day 31, naming requestedOn', () => {
        expect(refused(sut(state, requestReconsideration(day(31)), context))).toEqual({
          kind: 'invalid-command',
          field: 'requestedOn',
          message: expect.stringContaining(`after the reconsideration window closed on ${day(30)}`) as string,
        });
      });
    });

    it('counts the reconsideration window in the configured number of days', () => {
      const periods = parseStatutoryPeriods({ reconsiderationWindowDays: 14 });
      const state = run(opened(), [rg('negative', '2026-03-06')], periods);

      expect(state.reconsiderationWindowClosesOn).toBe('2026-03-20');
      expect(refused(sut(state, requestReconsideration('2026-03-21'), { calendar, periods })).kind).toBe(
        'invalid-command',
      );
    });

    it('keeps support to the recovery period minimum when a negative CG decision comes before it', () => {
      const early = run(opened(), [rg('positive', '2026-03-06'), cg('negative', '2026-03-20')]);

      expect(early.recoveryPeriodMinimumEndsOn).toBe('2026-04-05');
      expect(early.moveOnSupportEndsOn).toBe('2026-04-05');
    });

    it('counts move-on support after a negative decision in the configured number of days', () => {
      const periods = parseStatutoryPeriods({ moveOnAfterNegativeDecisionDays: 14 });

      expect(run(opened(), [rg('negative', '2026-03-06')], periods).moveOnSupportEndsOn).toBe('2026-03-20');
    });

    it('counts move-on support after a positive CG decision in the configured number of days', () => {
      const periods = parseStatutoryPeriods({ moveOnAfterPositiveConclusiveGroundsDays: 60 });
      const state = run(opened(), [rg('positive', '2026-03-06'), cg('positive', '2026-05-01')], periods);

      expect(state.moveOnSupportEndsOn).toBe('2026-06-30');
    });
  });

  describe('malformed commands', () => {
    const state = opened();

    it.each<[string, NrmCaseCommand, string]>([
      ['a blank recordedBy', { ...rg('positive', '2026-03-06'), recordedBy: '  ' }, 'recordedBy'],
      [
        'a date that does not exist',
        { ...rg('positive', '2026-03-06'), decidedOn: '2026-02-30' as LocalDate },
        'decidedOn',
      ],
      [
        'a date with a time',
        { ...suspend('2026-03-06'), suspendedOn: '2026-03-06T10:00' as LocalDate },
        'suspendedOn',
      ],
      [
        'an unknown outcome',
        { ...rg('positive', '2026-03-06'), outcome: 'maybe' as DecisionOutcome },
        'outcome',
      ],
      [
        'unknown grounds',
        { ...disqualify('public-order', '2026-03-06'), grounds: 'other' as DisqualificationGrounds },
        'grounds',
      ],
      [
        'an unknown reconsideration result',
        { ...reconsiderationResult('upheld', '2026-03-06'), result: 'partly' as ReconsiderationResult },
        'result',
      ],
      ['an unknown kind', { kind: 'reopen', recordedBy: BY } as unknown as NrmCaseCommand, 'kind'],
    ])('refuses %s, naming the field', (_label, command, field) => {
      expect(refused(sut(state, command, context))).toMatchObject({ kind: 'invalid-command', field });
    });

    it('refuses a malformed command whatever the status, before the transition check', () => {
      const error = refused(
        sut(caseIn('withdrawn'), { ...rg('positive', '2026-05-20'), recordedBy: '' }, context),
      );

      expect(error).toMatchObject({ kind: 'invalid-command', field: 'recordedBy' });
    });
  });

  describe('the child decision-making pilot panel', () => {
    it("hands a child's case awaiting Reasonable Grounds to the panel without changing its status", () => {
      const { state, events } = accepted(
        sut(opened({ ageGroup: 'child' }), referToPanel('2026-03-03'), context),
      );

      expect(state).toMatchObject({
        status: 'awaiting-reasonable-grounds',
        decisionMaker: 'child-pilot-panel',
        competentAuthority: 'SCA',
        reasonableGroundsDueOn: '2026-03-09',
      });
      expect(events).toEqual([
        expect.objectContaining({ type: 'referred-to-child-pilot-panel', referredOn: '2026-03-03' }),
      ]);
    });

    it('attributes the decisions that follow to the panel', () => {
      const panel = run(opened({ ageGroup: 'child' }), [referToPanel('2026-03-03')]);
      const { state, events } = accepted(sut(panel, rg('positive', '2026-03-06'), context));
      const concluded = accepted(sut(state, cg('negative', '2026-05-01'), context));

      expect(events[0]).toMatchObject({ type: 'reasonable-grounds-decided', decidedBy: 'child-pilot-panel' });
      expect(concluded.events[0]).toMatchObject({ decidedBy: 'child-pilot-panel' });
    });

    it("refuses an adult's case, naming ageGroup", () => {
      expect(refused(sut(opened({ ageGroup: 'adult' }), referToPanel('2026-03-03'), context))).toEqual({
        kind: 'invalid-command',
        field: 'ageGroup',
        message:
          "only a child's case can be decided by the child pilot panel; this case's ageGroup is 'adult'",
      });
    });

    it.each<NrmCaseStatus>(['recovery-period', 'negative-reasonable-grounds', 'suspended'])(
      "refuses a child's case in %s: only before the Reasonable Grounds decision, while active",
      (status) => {
        expect(
          refused(sut(caseIn(status, { ageGroup: 'child' }), referToPanel('2026-05-20'), context)),
        ).toMatchObject({
          kind: 'illegal-transition',
          currentStatus: status,
        });
      },
    );

    it('refuses a second referral', () => {
      const panel = run(opened({ ageGroup: 'child' }), [referToPanel('2026-03-03')]);

      expect(refused(sut(panel, referToPanel('2026-03-04'), context))).toMatchObject({
        kind: 'illegal-transition',
        currentStatus: 'awaiting-reasonable-grounds',
        message: expect.stringContaining('already with the child pilot panel') as string,
      });
    });
  });

  describe('a state that breaks the invariants, such as a hand-edited row', () => {
    it.each<[string, NrmCaseState, NrmCaseCommand]>([
      [
        'suspended with no status to resume to',
        { ...caseIn('suspended'), suspendedFrom: undefined },
        resume('2026-03-20'),
      ],
      [
        'awaiting a reconsideration result with no request',
        { ...caseIn('reconsideration-requested'), pendingReconsideration: undefined },
        reconsiderationResult('upheld', '2026-03-27'),
      ],
      [
        'negative with no reconsideration window',
        { ...caseIn('negative-reasonable-grounds'), reconsiderationWindowClosesOn: undefined },
        requestReconsideration('2026-03-20'),
      ],
    ])('refuses to act on a case %s, as an illegal transition', (_label, state, command) => {
      expect(refused(sut(state, command, context))).toMatchObject({
        kind: 'illegal-transition',
        currentStatus: state.status,
      });
    });
  });

  describe('versions and purity', () => {
    it('increments the version by one per accepted command and stamps it on every event', () => {
      const commands = [
        rg('negative', '2026-03-06'),
        requestReconsideration('2026-03-20'),
        suspend('2026-03-21'),
      ];
      let state = opened();
      const versions: number[] = [];
      for (const command of commands) {
        const result = accepted(sut(state, command, context));
        expect(result.events.every((event) => event.caseVersion === result.state.version)).toBe(true);
        state = result.state;
        versions.push(state.version);
      }

      expect(versions).toEqual([2, 3, 4]);
    });

    it('neither modifies the state it is given nor returns a new state when it refuses', () => {
      const state = deepFreeze(caseIn('recovery-period'));
      const snapshot = structuredClone(state);

      const ok = sut(state, cg('positive', '2026-05-01'), context);
      const refusal = sut(state, rg('positive', '2026-05-01'), context);

      expect(ok.ok).toBe(true);
      expect(refusal).toEqual({
        ok: false,
        error: expect.objectContaining({ kind: 'illegal-transition' }) as NrmCaseError,
      });
      expect(state).toEqual(snapshot);
    });
  });
});

describe('clocksOf', () => {
  const sut = clocksOf;

  const expectedClocks: Record<NrmCaseStatus, readonly NrmCaseClock[]> = {
    'awaiting-reasonable-grounds': [
      { kind: 'reasonable-grounds-due', dueOn: on('2026-03-09') },
      { kind: 'reasonable-grounds-overdue', dueOn: on('2026-03-10') },
    ],
    suspended: [],
    'recovery-period': [{ kind: 'recovery-period-minimum-reached', dueOn: on('2026-04-05') }],
    'negative-reasonable-grounds': [{ kind: 'reconsideration-window-closes', dueOn: on('2026-04-05') }],
    'reconsideration-requested': [],
    'positive-conclusive-grounds': [],
    'negative-conclusive-grounds': [{ kind: 'reconsideration-window-closes', dueOn: on('2026-05-31') }],
    disqualified: [],
    withdrawn: [],
  };

  it.each(NRM_CASE_STATUSES)('lists the clocks running in %s', (status) => {
    expect(sut(caseIn(status))).toEqual(expectedClocks[status]);
  });

  it.each<[string, string, string]>([
    ['2026-04-01', '2026-04-10', 'Easter 2026: Good Friday and Easter Monday skipped'],
    ['2026-04-02', '2026-04-13', 'the day before Good Friday'],
    [
      '2026-12-22',
      '2026-12-31',
      'Christmas 2026: the 25th and the substitute Boxing Day on the 28th skipped',
    ],
    ['2026-12-24', '2027-01-05', 'Christmas Eve 2026: Christmas, Boxing Day substitute and New Year skipped'],
  ])(
    'makes Reasonable Grounds due on the 5th working day after %s, %s (%s), and overdue the day after',
    (submittedOn, dueOn) => {
      const state = opened({ submittedOn: on(submittedOn) });

      expect(sut(state)).toEqual([
        { kind: 'reasonable-grounds-due', dueOn },
        { kind: 'reasonable-grounds-overdue', dueOn: addCalendarDays(on(dueOn), 1) },
      ]);
    },
  );

  it('brings the Reasonable Grounds clocks back, on their original dates, when a suspended case resumes', () => {
    const resumed = run(opened(), [suspend('2026-03-04'), resume('2026-03-20')]);

    expect(sut(resumed)).toEqual(expectedClocks['awaiting-reasonable-grounds']);
  });

  it('stops the reconsideration window clock once the decision has been reconsidered', () => {
    const upheld = run(opened(), [
      rg('negative', '2026-03-06'),
      requestReconsideration('2026-03-20'),
      reconsiderationResult('upheld', '2026-03-27'),
    ]);

    expect(upheld.status).toBe('negative-reasonable-grounds');
    expect(sut(upheld)).toEqual([]);
  });
});

// --- properties --------------------------------------------------------------------------------------------

interface Step {
  readonly kind: NrmCaseCommandKind;
  readonly offset: number;
  readonly outcome: DecisionOutcome;
  readonly grounds: DisqualificationGrounds;
  readonly result: ReconsiderationResult;
}

function commandFor(step: Step, state: NrmCaseState): NrmCaseCommand {
  const date = addCalendarDays(state.lastChangedOn, step.offset);
  const base = commandOf(step.kind, date);
  switch (base.kind) {
    case 'record-reasonable-grounds-decision':
    case 'record-conclusive-grounds-decision':
      return { ...base, outcome: step.outcome };
    case 'disqualify':
      return { ...base, grounds: step.grounds };
    case 'record-reconsideration-result':
      return { ...base, result: step.result };
    case 'suspend':
    case 'resume':
    case 'withdraw':
    case 'request-reconsideration':
    case 'refer-to-child-pilot-panel':
      return base;
  }
}

const stageOfNegative = (status: NrmCaseStatus): DecisionStage | undefined =>
  status === 'negative-reasonable-grounds'
    ? 'reasonable-grounds'
    : status === 'negative-conclusive-grounds'
      ? 'conclusive-grounds'
      : undefined;

/** What the model must answer, worked out from the case without the implementation's help. */
function expectedAnswer(state: NrmCaseState, command: NrmCaseCommand, date: LocalDate): string {
  const kind = command.kind;
  const stage = stageOfNegative(state.status);
  const reconsidered = state.decisions.some((d) => d.kind === 'reconsideration' && d.of === stage);
  if (!LEGAL[state.status].includes(kind)) return 'illegal-transition';
  if (kind === 'request-reconsideration' && reconsidered) return 'illegal-transition';
  if (kind === 'refer-to-child-pilot-panel' && state.decisionMaker === 'child-pilot-panel') {
    return 'illegal-transition';
  }
  if (compareLocalDates(date, state.lastChangedOn) < 0) return `invalid-command:${DATE_FIELD[kind]}`;
  if (kind === 'request-reconsideration') {
    const negative = state.decisions.findLast((d) => d.kind === stage);
    if (negative && compareLocalDates(date, addCalendarDays(negative.decidedOn, 30)) > 0) {
      return 'invalid-command:requestedOn';
    }
  }
  if (kind === 'refer-to-child-pilot-panel' && state.ageGroup !== 'child') return 'invalid-command:ageGroup';
  return 'ok';
}

/** Everything that would make a case impossible; empty for every reachable state. */
function impossibilities(state: NrmCaseState): string[] {
  const problems: string[] = [];
  const { decisions } = state;
  decisions.forEach((decision, i) => {
    if (compareLocalDates(decision.decidedOn, state.submittedOn) < 0)
      problems.push(`decision ${i} before submission`);
    if (i > 0 && compareLocalDates(decision.decidedOn, decisions[i - 1].decidedOn) < 0) {
      problems.push(`decision ${i} dated before decision ${i - 1}`);
    }
    if (compareLocalDates(decision.decidedOn, state.lastChangedOn) > 0)
      problems.push(`decision ${i} after lastChangedOn`);
  });
  const positiveRgAt = decisions.findIndex(
    (d) =>
      (d.kind === 'reasonable-grounds' && d.outcome === 'positive') ||
      (d.kind === 'reconsideration' && d.of === 'reasonable-grounds' && d.outcome === 'overturned'),
  );
  const cgAt = decisions.findIndex((d) => d.kind === 'conclusive-grounds');
  if (cgAt >= 0 && (positiveRgAt < 0 || positiveRgAt > cgAt))
    problems.push('CG decision without a prior positive RG');
  const disqualifiedAt = decisions.findIndex((d) => d.kind === 'disqualification');
  if (disqualifiedAt >= 0 && (positiveRgAt < 0 || positiveRgAt > disqualifiedAt)) {
    problems.push('disqualified without a positive RG');
  }
  for (const kind of ['reasonable-grounds', 'conclusive-grounds', 'disqualification'] as const) {
    if (decisions.filter((d) => d.kind === kind).length > 1) problems.push(`more than one ${kind} decision`);
  }
  decisions.forEach((d, i) => {
    if (d.kind !== 'reconsideration') return;
    const previous = decisions.slice(0, i).findLast((p) => p.kind === d.of);
    if (previous?.kind !== d.of || previous.outcome !== 'negative') {
      problems.push(`reconsideration ${i} of a decision that was not negative`);
    }
    if (decisions.filter((o) => o.kind === 'reconsideration' && o.of === d.of).length > 1) {
      problems.push(`${d.of} reconsidered twice`);
    }
  });
  if (state.decisionMaker === 'child-pilot-panel' && state.ageGroup !== 'child')
    problems.push('adult with the panel');
  if ((state.status === 'suspended') !== (state.suspendedFrom !== undefined))
    problems.push('suspendedFrom mismatch');
  if (compareLocalDates(state.lastChangedOn, state.submittedOn) < 0)
    problems.push('changed before submission');

  const effective = state.status === 'suspended' ? state.suspendedFrom : state.status;
  const last = decisions.at(-1);
  switch (effective) {
    case undefined:
      break;
    case 'awaiting-reasonable-grounds':
      if (decisions.length > 0) problems.push('decisions while awaiting RG');
      break;
    case 'recovery-period': {
      const positive = decisions[positiveRgAt] as (typeof decisions)[number] | undefined;
      if (!positive || cgAt >= 0) problems.push('recovery period without a positive RG, or after CG');
      else if (state.recoveryPeriodMinimumEndsOn !== addCalendarDays(positive.decidedOn, 30)) {
        problems.push('recovery minimum is not 30 days after the positive RG');
      }
      break;
    }
    case 'negative-reasonable-grounds':
    case 'negative-conclusive-grounds':
      if (!last || (last.kind !== stageOfNegative(effective) && last.kind !== 'reconsideration')) {
        problems.push(`${effective} without its decision`);
      }
      if (state.reconsiderationWindowClosesOn === undefined)
        problems.push('negative decision without a window');
      break;
    case 'reconsideration-requested':
      if (state.pendingReconsideration === undefined) problems.push('no pending reconsideration');
      break;
    case 'positive-conclusive-grounds':
      if (state.moveOnSupportEndsOn === undefined) problems.push('positive CG without move-on support');
      break;
    case 'disqualified':
      if (last?.kind !== 'disqualification' || state.disqualificationGrounds === undefined) {
        problems.push('disqualified without a disqualification');
      }
      break;
    case 'withdrawn':
      if (state.withdrawnOn === undefined) problems.push('withdrawn without a date');
      break;
  }
  if (state.moveOnSupportEndsOn !== undefined && state.recoveryPeriodMinimumEndsOn !== undefined) {
    if (compareLocalDates(state.moveOnSupportEndsOn, state.recoveryPeriodMinimumEndsOn) < 0) {
      problems.push('support ends before the recovery period minimum');
    }
  }
  return problems;
}

describe('decide, over random command sequences', () => {
  const sut = decide;

  const step: fc.Arbitrary<Step> = fc.record({
    kind: fc.constantFrom(...NRM_CASE_COMMAND_KINDS),
    offset: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -5, max: -1 })),
    outcome: fc.constantFrom<DecisionOutcome>('positive', 'negative'),
    grounds: fc.constantFrom<DisqualificationGrounds>('public-order', 'bad-faith'),
    result: fc.constantFrom<ReconsiderationResult>('upheld', 'overturned'),
  });
  const opening = fc.record({
    ageGroup: fc.constantFrom<AgeGroup>('adult', 'child'),
    competentAuthority: fc.constantFrom<CompetentAuthority>('SCA', 'IECA'),
    submittedOn: fc.integer({ min: 0, max: 700 }).map((n) => addCalendarDays(on('2026-01-01'), n)),
  });

  it('never reaches an impossible state, and accepts or refuses exactly as the transition table says', () => {
    fc.assert(
      fc.property(opening, fc.array(step, { maxLength: 25 }), (start, steps) => {
        let state = deepFreeze(opened(start));
        expect(impossibilities(state)).toEqual([]);
        for (const s of steps) {
          const command = commandFor(s, state);
          const expected = expectedAnswer(state, command, addCalendarDays(state.lastChangedOn, s.offset));
          const result = sut(state, command, context);

          if (!result.ok) {
            const { error } = result;
            expect(error.kind === 'illegal-transition' ? error.kind : `${error.kind}:${error.field}`).toBe(
              expected,
            );
            if (error.kind === 'illegal-transition') expect(error.currentStatus).toBe(state.status);
            continue;
          }
          expect(expected).toBe('ok');
          expect(result.state.version).toBe(state.version + 1);
          expect(result.events.length).toBeGreaterThan(0);
          expect(
            result.events.every(
              (e) =>
                e.caseVersion === result.state.version &&
                e.caseId === state.caseId &&
                e.journeyId === state.journeyId,
            ),
          ).toBe(true);
          expect(impossibilities(result.state)).toEqual([]);
          state = deepFreeze(result.state);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reaches every status', () => {
    const seen = new Set<NrmCaseStatus>();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let state = opened({ ageGroup: 'child' });
        seen.add(state.status);
        for (const s of steps) {
          const result = sut(state, commandFor(s, state), context);
          if (result.ok) state = result.state;
          seen.add(state.status);
        }
      }),
      { numRuns: 500, seed: 20260302 },
    );

    expect([...seen].sort()).toEqual([...NRM_CASE_STATUSES].sort());
  });

  it.each(RESUMABLE_STATUSES)(
    'returns a case suspended from %s to it, whatever the dates',
    (status: ResumableStatus) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 400 }),
          fc.integer({ min: 0, max: 400 }),
          (missingAfter, foundAfter) => {
            const before = caseIn(status);
            const suspendedOn = addCalendarDays(before.lastChangedOn, missingAfter);
            const resumedOn = addCalendarDays(suspendedOn, foundAfter);
            const suspended = accepted(sut(before, commandOf('suspend', suspendedOn), context)).state;
            const resumed = accepted(sut(suspended, commandOf('resume', resumedOn), context)).state;

            expect(resumed).toEqual({ ...before, lastChangedOn: resumedOn, version: before.version + 2 });
          },
        ),
      );
    },
  );
});
