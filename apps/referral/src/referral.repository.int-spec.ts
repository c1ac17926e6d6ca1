import { randomUUID } from 'node:crypto';
import { WorkingDayCalendar, type LocalDate } from '@waypoint/calendar';
import { buildEvent } from '@waypoint/contracts';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../../../test/support/test-environment';
import { referralDataSourceOptions } from './database';
import { CreateReferralTables1763900000200 } from './migrations/1763900000200-create-referral-tables';
import { AddNrmCaseState1763900000210 } from './migrations/1763900000210-add-nrm-case-state';
import { decide, openNrmCase, parseStatutoryPeriods, type NrmCaseContext } from './nrm-case/nrm-case';
import { ReferralRepository } from './referral.repository';

// Real Postgres (the referral service's own database, migrated by global setup).

let dataSource: DataSource;
let sut: ReferralRepository;
const context: NrmCaseContext = {
  calendar: WorkingDayCalendar.forDivision('england-and-wales'),
  periods: parseStatutoryPeriods(),
};
const origin = { service: 'it', correlationId: randomUUID() };

beforeAll(async () => {
  dataSource = new DataSource(referralDataSourceOptions(testDatabaseUrl('referral'), 2));
  await dataSource.initialize();
  sut = new ReferralRepository(dataSource);
});

const journeysOpened: string[] = [];

afterAll(async () => {
  // Nothing of this file may reach Kafka, should a relay later run against this database.
  await dataSource.query('DELETE FROM outbox_message WHERE message_key = ANY($1::text[])', [journeysOpened]);
  await dataSource.query('DELETE FROM nrm_case WHERE journey_id = ANY($1::uuid[])', [journeysOpened]);
  await dataSource.destroy();
});

function opened() {
  return openNrmCase(
    {
      caseId: randomUUID(),
      journeyId: randomUUID(),
      ageGroup: 'adult',
      competentAuthority: 'SCA',
      submittedOn: '2026-12-22' as LocalDate,
    },
    context,
  );
}

async function open(agency: string) {
  const state = opened();
  journeysOpened.push(state.journeyId);
  await dataSource.transaction((manager) =>
    sut.openCase(
      manager,
      {
        caseId: state.caseId,
        journeyId: state.journeyId,
        status: state.status,
        competentAuthority: state.competentAuthority,
        submittedAt: new Date('2026-12-22T10:00:00.000Z'),
        submittedOn: state.submittedOn,
        reasonableGroundsDueOn: state.reasonableGroundsDueOn,
        ageGroup: state.ageGroup,
        area: 'coventry',
        exploitationTypes: ['labour'],
        referringAgency: agency,
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
            submittedAt: '2026-12-22T10:00:00.000Z',
            submittedOn: state.submittedOn,
            reasonableGroundsDueOn: state.reasonableGroundsDueOn,
            ageGroup: state.ageGroup,
            area: 'coventry',
            referringAgency: agency,
          },
          origin,
        ),
      ],
      [],
    ),
  );
  return state;
}

const positiveRg = {
  kind: 'record-reasonable-grounds-decision',
  outcome: 'positive',
  decidedOn: '2026-12-23' as LocalDate,
  recordedBy: 'user-1',
} as const;

function updatedEvent(journeyId: string, caseId: string) {
  return buildEvent(
    'waypoint.referral.nrm-case-updated.v1',
    journeyId,
    {
      journeyId,
      caseId,
      caseVersion: 2,
      status: 'recovery-period',
      change: 'reasonable-grounds-decided',
      occurredOn: '2026-12-23',
      outcome: 'positive',
      nextDeadline: { kind: 'recovery-period-minimum-reached', dueOn: '2027-01-22' },
      referringAgency: 'coventry-council',
    },
    origin,
  );
}

describe('AddNrmCaseState migration', () => {
  it('backfills each existing case with the state openNrmCase would have given it', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // A scratch schema inside a transaction that is rolled back: the real tables are never touched.
      const schema = `it_${randomUUID().replace(/-/g, '')}`;
      await runner.query(`CREATE SCHEMA ${schema}`);
      await runner.query(`SET LOCAL search_path TO ${schema}`);
      await new CreateReferralTables1763900000200().up(runner);
      const expected = opened();
      await runner.query(
        `INSERT INTO nrm_case (case_id, journey_id, status, competent_authority, submitted_at, submitted_on,
           reasonable_grounds_due_on, age_group, area, exploitation_types, referring_agency)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'coventry', ARRAY['labour'], 'coventry-council')`,
        [
          expected.caseId,
          expected.journeyId,
          expected.status,
          expected.competentAuthority,
          new Date('2026-12-22T10:00:00.000Z'),
          expected.submittedOn,
          expected.reasonableGroundsDueOn,
          expected.ageGroup,
        ],
      );

      await new AddNrmCaseState1763900000210().up(runner);

      const rows = (await runner.query('SELECT state, version FROM nrm_case')) as unknown[];
      expect(rows).toEqual([{ state: expected, version: 1 }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('ReferralRepository', () => {
  it('stores the opened state, and finds it locked for its own agency only', async () => {
    const state = await open('coventry-council');

    await dataSource.transaction(async (manager) => {
      expect(await sut.lockCaseForAgency(manager, state.journeyId, 'coventry-council')).toMatchObject({
        status: 'awaiting-reasonable-grounds',
        version: 1,
        state,
      });
      expect(await sut.lockCaseForAgency(manager, state.journeyId, 'other-agency')).toBeNull();
    });
  });

  it('updates state, status and version together, with the event in the outbox', async () => {
    const state = await open('coventry-council');
    const decision = decide(state, positiveRg, context);
    if (!decision.ok) throw new Error(decision.error.message);
    const event = updatedEvent(state.journeyId, state.caseId);

    await dataSource.transaction((manager) => sut.updateCase(manager, 1, decision.state, [event]));

    const [row] = await dataSource.query<unknown[]>(
      'SELECT status, version, state FROM nrm_case WHERE case_id = $1',
      [state.caseId],
    );
    expect(row).toEqual({ status: 'recovery-period', version: 2, state: decision.state });
    const outbox = await dataSource.query<unknown[]>(
      'SELECT event_type FROM outbox_message WHERE event_id = $1',
      [event.event.id],
    );
    expect(outbox).toEqual([{ event_type: 'waypoint.referral.nrm-case-updated.v1' }]);
  });

  it('refuses an update from a stale version and writes neither the state nor the event', async () => {
    const state = await open('coventry-council');
    const decision = decide(state, positiveRg, context);
    if (!decision.ok) throw new Error(decision.error.message);
    const event = updatedEvent(state.journeyId, state.caseId);

    await expect(
      dataSource.transaction((manager) => sut.updateCase(manager, 7, decision.state, [event])),
    ).rejects.toThrow('was not at version 7');

    const [row] = await dataSource.query<unknown[]>('SELECT version FROM nrm_case WHERE case_id = $1', [
      state.caseId,
    ]);
    expect(row).toEqual({ version: 1 });
    const outbox = await dataSource.query<unknown[]>(
      'SELECT count(*)::int AS n FROM outbox_message WHERE event_id = $1',
      [event.event.id],
    );
    expect(outbox).toEqual([{ n: 0 }]);
  });
});
