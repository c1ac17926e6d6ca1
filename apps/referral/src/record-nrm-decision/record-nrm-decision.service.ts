import { statutoryClockTimers } from '../statutory-clocks/statutory-clock-timers';
import { commitUnitOfWork, syncScheduledEvents } from '@waypoint/messaging';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@waypoint/auth';
import {
  buildEvent,
  type EventOrigin,
  type NrmCaseChangeV1,
  type NrmCaseOutcomeV1,
  type NrmCaseStatusV1,
} from '@waypoint/contracts';
import { londonDateOf, type LocalDate } from '@waypoint/calendar';
import { DataSource } from 'typeorm';
import { NRM_CASE_CONTEXT } from '../nrm-case-context';
import {
  decide,
  nextDeadlineOf,
  type CaseDeadline,
  type NrmCaseCommand,
  type NrmCaseContext,
  type NrmCaseEvent,
  type NrmCaseState,
} from '../nrm-case/nrm-case';
import { ReferralRepository } from '../referral.repository';
import { FieldsRejected, NotInThisState } from '@waypoint/platform';

export interface NrmCaseView {
  journeyId: string;
  caseId: string;
  status: NrmCaseStatusV1;
  version: number;
  state: NrmCaseState;
  /** The same next deadline as referral's GET answers and the event (nrm-case-clocks.ts), on the day the command was applied. */
  nextDeadline: CaseDeadline | null;
}

interface ChangeSummary {
  change: NrmCaseChangeV1;
  occurredOn: string;
  outcome?: NrmCaseOutcomeV1;
}

/**
 * What the integration event says changed. The first event of an accepted command is the change itself; any
 * later ones are its consequences (the recovery period a positive RG decision starts), which the new status and
 * next deadline already carry.
 */
export function summaryOf(events: readonly NrmCaseEvent[]): ChangeSummary {
  const [event] = events;
  if (event === undefined) throw new Error('an accepted NRM case command produced no event');
  switch (event.type) {
    case 'reasonable-grounds-decided':
    case 'conclusive-grounds-decided':
      return { change: event.type, occurredOn: event.decidedOn, outcome: event.outcome };
    case 'reconsideration-decided':
      return { change: event.type, occurredOn: event.decidedOn, outcome: event.result };
    case 'case-disqualified':
      return { change: event.type, occurredOn: event.decidedOn };
    case 'case-suspended':
      return { change: event.type, occurredOn: event.suspendedOn };
    case 'case-resumed':
      return { change: event.type, occurredOn: event.resumedOn };
    case 'case-withdrawn':
      return { change: event.type, occurredOn: event.withdrawnOn };
    case 'reconsideration-requested':
      return { change: event.type, occurredOn: event.requestedOn };
    case 'referred-to-child-pilot-panel':
      return { change: event.type, occurredOn: event.referredOn };
    case 'recovery-period-started':
      throw new Error('recovery-period-started is a consequence, never the first event of a command');
  }
}

export function viewOf(state: NrmCaseState, today: LocalDate): NrmCaseView {
  return {
    journeyId: state.journeyId,
    caseId: state.caseId,
    status: state.status,
    version: state.version,
    state,
    nextDeadline: nextDeadlineOf(state, today),
  };
}

@Injectable()
export class RecordNrmDecision {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referrals: ReferralRepository,
    @Inject(NRM_CASE_CONTEXT) private readonly context: NrmCaseContext,
  ) {}

  /** Applies one command to the agency's case; a refused command writes nothing. */
  async execute(
    journeyId: string,
    command: NrmCaseCommand,
    by: Principal,
    origin: EventOrigin,
  ): Promise<NrmCaseView> {
    return commitUnitOfWork(this.dataSource, async (manager) => {
      const record = await this.referrals.lockCaseForAgency(manager, journeyId, by.agency);
      // 404 for other agencies too: whether a case exists is itself need-to-know.
      if (!record) throw new NotFoundException(`no NRM case for journey ${journeyId} in your agency`);
      const decision = decide(record.state, command, this.context);
      if (!decision.ok) {
        const { error } = decision;
        if (error.kind === 'illegal-transition') {
          throw new NotInThisState(error.message, { currentStatus: error.currentStatus });
        }
        throw FieldsRejected.because(error.field, 'nrmCaseRule', error.message);
      }
      const { state } = decision;
      const summary = summaryOf(decision.events);
      const today = londonDateOf(new Date());
      // The event carries the date only: whether it is overdue is a reading against a later day.
      const nextDeadline = nextDeadlineOf(state, today);
      const event = buildEvent(
        'waypoint.referral.nrm-case-updated.v1',
        journeyId,
        {
          journeyId,
          caseId: state.caseId,
          caseVersion: state.version,
          status: state.status,
          ...summary,
          nextDeadline: nextDeadline && { kind: nextDeadline.kind, dueOn: nextDeadline.dueOn },
          referringAgency: record.referringAgency,
        },
        origin,
      );
      await this.referrals.updateCase(manager, record.version, state, [event]);
      await syncScheduledEvents(
        manager,
        state.caseId,
        statutoryClockTimers(state, record.referringAgency, origin),
      );
      return viewOf(state, today);
    });
  }
}
