import { randomUUID } from 'node:crypto';
import { WorkingDayCalendar, type LocalDate } from '@waypoint/calendar';
import { buildEvent } from '@waypoint/contracts';
import { ScheduledEventRunner, syncScheduledEvents } from '@waypoint/messaging';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../../../../test/support/test-environment';
import { referralDataSourceOptions } from '../database';
import {
  decide,
  openNrmCase,
  parseStatutoryPeriods,
  type NrmCaseCommand,
  type NrmCaseContext,
  type NrmCaseState,
} from '../nrm-case/nrm-case';
import { ReferralRepository } from '../referral.repository';
import { statutoryClockTimers } from './statutory-clock-timers';

// Real Postgres (the referral service's own database, migrated by global setup). Time is the
// runners' injected clock; everything else is what the service runs.

const AGENCY = 'coventry-council';
const context: NrmCaseContext = {
  calendar: WorkingDayCalendar.forDivision('england-and-wales'),
  periods: parseStatutoryPeriods(),
};
const origin = { service: 'it', correlationId: randomUUID() };

let dataSource: DataSource;
let secondDataSource: DataSource;
let repository: ReferralRepository;
const journeys: string[] = [];

beforeAll(async () => {
  dataSource = new DataSource(referralDataSourceOptions(testDatabaseUrl('referral'), 4));
  secondDataSource = new DataSource(referralDataSourceOptions(testDatabaseUrl('referral'), 4));
  await Promise.all([dataSource.initialize(), secondDataSource.initialize()]);
  repository = new ReferralRepository(dataSource);
});

afterAll(async () => {
  // Nothing of this file may reach Kafka or fire later, should a service run on this database.
  await dataSource.query('DELETE FROM outbox_message WHERE message_key = ANY($1::text[])', [journeys]);
  await dataSource.query('DELETE FROM scheduled_event WHERE journey_id = ANY($1::uuid[])', [journeys]);
  await dataSource.query('DELETE FROM nrm_case WHERE journey_id = ANY($1::uuid[])', [journeys]);
  await Promise.all([dataSource.destroy(), secondDataSource.destroy()]);
});

/** Opens a case the way the referral consumer does: the case, its event and its clocks in one statement. */
async function openCase(submittedOn: string): Promise<NrmCaseState> {
  const state = openNrmCase(
    {
      caseId: randomUUID(),
      journeyId: randomUUID(),
      ageGroup: 'adult',
      competentAuthority: 'SCA',
      submittedOn: submittedOn as LocalDate,
    },
    context,
  );
  journeys.push(state.journeyId);
  await dataSource.transaction((manager) =>
    repository.openCase(
      manager,
      {
        caseId: state.caseId,
        journeyId: state.journeyId,
        status: state.status,
        competentAuthority: state.competentAuthority,
        submittedAt: new Date(`${submittedOn}T10:00:00.000Z`),
        submittedOn: state.submittedOn,
        reasonableGroundsDueOn: state.reasonableGroundsDueOn,
        ageGroup: state.ageGroup,
        area: 'coventry',
        exploitationTypes: ['labour'],
        referringAgency: AGENCY,
        state,
        version: state.version,
      },
      [
        buildEvent(
          'waypoint.referral.nrm-referral-submitted.v1',
          state.journeyId,
          {
            journeyId: state.journeyId,
            caseId: state.caseId,
            competentAuthority: state.competentAuthority,
            submittedAt: `${submittedOn}T10:00:00.000Z`,
            submittedOn: state.submittedOn,
            reasonableGroundsDueOn: state.reasonableGroundsDueOn,
            ageGroup: state.ageGroup,
            area: 'coventry',
            referringAgency: AGENCY,
          },
          origin,
        ),
      ],
      statutoryClockTimers(state, AGENCY, origin),
    ),
  );
  return state;
}

/** Applies a command the way POST /referrals/:journeyId/commands does, clocks re-synced in the same transaction. */
async function apply(state: NrmCaseState, command: NrmCaseCommand): Promise<NrmCaseState> {
  const decision = decide(state, command, context);
  if (!decision.ok) throw new Error(decision.error.message);
  const change = (
    {
      'record-reasonable-grounds-decision': 'reasonable-grounds-decided',
      suspend: 'case-suspended',
      resume: 'case-resumed',
    } as const
  )[command.kind as 'record-reasonable-grounds-decision' | 'suspend' | 'resume'];
  const updated = buildEvent(
    'waypoint.referral.nrm-case-updated.v1',
    state.journeyId,
    {
      journeyId: state.journeyId,
      caseId: state.caseId,
      caseVersion: decision.state.version,
      status: decision.state.status,
      change,
      occurredOn: '2026-12-23',
      nextDeadline: null,
      referringAgency: AGENCY,
    },
    origin,
  );
  await dataSource.transaction(async (manager) => {
    await repository.updateCase(manager, state.version, decision.state, [updated]);
    await syncScheduledEvents(manager, state.caseId, statutoryClockTimers(decision.state, AGENCY, origin));
  });
  return decision.state;
}

function runnerAt(instant: string, source = dataSource): ScheduledEventRunner {
  return new ScheduledEventRunner({ service: 'it', dataSource: source, now: () => new Date(instant) });
}

/** The clock events in the outbox for a journey, in order: what the relay will publish. */
async function clocksPublished(journeyId: string): Promise<{ clock: string; dueOn: string }[]> {
  const rows = await dataSource.query<{ payload: string }[]>(
    `SELECT payload FROM outbox_message WHERE message_key = $1 AND event_type = 'waypoint.referral.nrm-clock-reached.v1'
     ORDER BY id`,
    [journeyId],
  );
  return rows.map((row) => {
    const { data } = JSON.parse(row.payload) as { data: { clock: string; dueOn: string } };
    return { clock: data.clock, dueOn: data.dueOn };
  });
}

describe('statutory clocks (scheduled events on the referral database)', () => {
  it('fires the RG-due clock at the start of its day in London, once, and not a moment before', async () => {
    // Submitted 22 Dec 2026: 25 and 28 Dec are bank holidays, so RG is due on 31 Dec.
    const state = await openCase('2026-12-22');

    await runnerAt('2026-12-30T23:59:59.999Z').fireDue();
    expect(await clocksPublished(state.journeyId)).toEqual([]);

    await runnerAt('2026-12-31T00:00:00.000Z').fireDue();
    await runnerAt('2026-12-31T09:00:00.000Z').fireDue();
    expect(await clocksPublished(state.journeyId)).toEqual([
      { clock: 'reasonable-grounds-due', dueOn: '2026-12-31' },
    ]);

    await runnerAt('2027-01-01T00:00:00.000Z').fireDue();
    expect(await clocksPublished(state.journeyId)).toEqual([
      { clock: 'reasonable-grounds-due', dueOn: '2026-12-31' },
      { clock: 'reasonable-grounds-overdue', dueOn: '2027-01-01' },
    ]);
  });

  it('fires each clock once when two instances run at the same moment', async () => {
    const states = await Promise.all(Array.from({ length: 20 }, () => openCase('2026-04-01')));
    const at = '2026-04-11T12:00:00.000Z';

    await Promise.all([runnerAt(at).fireDue(), runnerAt(at, secondDataSource).fireDue()]);

    for (const state of states) {
      // Each instance claims different rows, so the two clocks of one case may be written in either
      // order; what is promised is that each fires exactly once.
      const published = await clocksPublished(state.journeyId);
      expect(published.sort((a, b) => a.dueOn.localeCompare(b.dueOn))).toEqual([
        { clock: 'reasonable-grounds-due', dueOn: '2026-04-10' },
        { clock: 'reasonable-grounds-overdue', dueOn: '2026-04-11' },
      ]);
    }
  });

  it('neither loses nor repeats a clock across a restart: what fell due while stopped fires on start', async () => {
    const state = await openCase('2027-12-23');
    let now = new Date('2027-12-24T10:00:00.000Z');
    const first = new ScheduledEventRunner({ service: 'it', dataSource, now: () => now, maxSleepMs: 50 });
    first.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.stop();
    expect(await clocksPublished(state.journeyId)).toEqual([]);

    // Down over Christmas and New Year (27, 28 Dec and 3 Jan are substitute bank holidays).
    now = new Date('2028-01-04T08:00:00.000Z');
    const second = new ScheduledEventRunner({ service: 'it', dataSource, now: () => now, maxSleepMs: 50 });
    second.start();
    await waitFor(async () => (await clocksPublished(state.journeyId)).length === 1);
    await second.stop();

    const third = runnerAt('2028-01-04T09:00:00.000Z');
    expect(await third.fireDue()).toBe(0);
    expect(await clocksPublished(state.journeyId)).toEqual([
      { clock: 'reasonable-grounds-due', dueOn: '2028-01-04' },
    ]);
  });

  it('cancels the clocks a decision makes moot, and starts the ones it begins', async () => {
    const state = await openCase('2026-12-22');
    await apply(state, {
      kind: 'record-reasonable-grounds-decision',
      outcome: 'positive',
      decidedOn: '2026-12-23' as LocalDate,
      recordedBy: 'user-1',
    });

    await runnerAt('2027-02-01T00:00:00.000Z').fireDue();

    expect(await clocksPublished(state.journeyId)).toEqual([
      { clock: 'recovery-period-minimum-reached', dueOn: '2027-01-22' },
    ]);
  });

  it('holds the clocks while the person is missing and re-arms them on resuming', async () => {
    const opened = await openCase('2026-12-22');
    const suspended = await apply(opened, {
      kind: 'suspend',
      suspendedOn: '2026-12-23' as LocalDate,
      recordedBy: 'user-1',
    });

    await runnerAt('2026-12-31T12:00:00.000Z').fireDue();
    expect(await clocksPublished(opened.journeyId)).toEqual([]);

    await apply(suspended, {
      kind: 'resume',
      resumedOn: '2026-12-31' as LocalDate,
      recordedBy: 'user-1',
    });
    await runnerAt('2026-12-31T12:00:01.000Z').fireDue();
    expect(await clocksPublished(opened.journeyId)).toEqual([
      { clock: 'reasonable-grounds-due', dueOn: '2026-12-31' },
    ]);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
