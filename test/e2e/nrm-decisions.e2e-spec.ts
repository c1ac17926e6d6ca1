/**
 * Recording NRM decisions end to end: a first responder records a Reasonable Grounds decision on
 * the case referral opened, and the journey moves to the recovery period with its statutory
 * minimum as the next deadline. Refused commands (wrong status, bad body, other agency, wrong
 * role) answer 4xx and write nothing.
 */
import { addCalendarDays, londonDateOf, type LocalDate } from '@waypoint/calendar';
import { TOPICS } from '@waypoint/contracts';
import { eventually } from '../support/mesh';
import {
  bearer,
  countRows,
  EVENT,
  http,
  identificationOf,
  readTopicsFromBeginning,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  withDatabase,
  type ErrorBody,
  type IdentificationRecorded,
  type JourneyView,
  type NrmCaseCommandAnswer,
} from './support/e2e';

const CASE_UPDATED = 'waypoint.referral.nrm-case-updated.v1';

const mesh = useExclusiveMesh();
const agency = uniqueAgency('west-midlands-police');
let token: string;
let journeyId: string;
let submittedOn: LocalDate;
let caseId: string;

function command(body: unknown, as = token) {
  return http<NrmCaseCommandAnswer & ErrorBody & { currentStatus?: string }>(
    'POST',
    `${urlsOf(mesh()).referral}/referrals/${journeyId}/commands`,
    { token: as, body },
  );
}

function journey() {
  return http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, { token });
}

async function caseRow(): Promise<{ status: string; version: number; state: { version: number } }> {
  return withDatabase('referral', async (client) => {
    const { rows } = await client.query<{ status: string; version: number; state: { version: number } }>(
      'SELECT status, version, state FROM nrm_case WHERE journey_id = $1',
      [journeyId],
    );
    expect(rows).toHaveLength(1);
    return rows[0];
  });
}

/** Case updates waiting in the outbox (the relay deletes each row once Kafka has it). */
function caseUpdatesInOutbox(): Promise<number> {
  return countRows('referral', 'outbox_message', 'event_type = $1 AND message_key = $2', [
    CASE_UPDATED,
    journeyId,
  ]);
}

/** Case updates for this journey on the referral topic, as any consumer would read them. */
async function caseUpdatesPublished(): Promise<{ data: Record<string, unknown> }[]> {
  const messages = await readTopicsFromBeginning([TOPICS.referral]);
  return messages
    .filter((message) => message.key === journeyId)
    .map((message) => JSON.parse(message.value) as { type: string; data: Record<string, unknown> })
    .filter((event) => event.type === CASE_UPDATED);
}

/** A refusal leaves the case as it was and queues no event (the topic is checked once, at the end). */
async function expectNothingWritten(version: number): Promise<void> {
  expect(await caseRow()).toMatchObject({ version, state: { version } });
  expect(await caseUpdatesInOutbox()).toBe(0);
}

beforeAll(async () => {
  token = await bearer('first-responder', agency);
  const identified = await http<IdentificationRecorded>(
    'POST',
    `${urlsOf(mesh()).identification}/identifications`,
    { token, body: identificationOf({ consent: 'given' }) },
  );
  expect({ status: identified.status, body: identified.body }).toMatchObject({ status: 201 });
  journeyId = identified.body.journeyId;
  submittedOn = londonDateOf(new Date(identified.body.identifiedAt));
  await eventually(
    async () => {
      const answer = await journey();
      return answer.status === 200 && answer.body.timeline.some((event) => event.type === EVENT.nrmReferral)
        ? true
        : undefined;
    },
    { what: `the NRM referral of journey ${journeyId}` },
  );
});

describe('the opened case', () => {
  it('holds the state machine state at version 1, awaiting Reasonable Grounds', async () => {
    expect(await caseRow()).toMatchObject({
      status: 'awaiting-reasonable-grounds',
      version: 1,
      state: { version: 1, status: 'awaiting-reasonable-grounds', submittedOn, decisions: [] },
    });
  });
});

describe('refused commands', () => {
  it('answers 400 naming kind for an unknown command, and writes nothing', async () => {
    const answer = await command({ kind: 'approve', decidedOn: submittedOn });

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    await expectNothingWritten(1);
  });

  it('answers 400 naming the field for a bad outcome, and writes nothing', async () => {
    const answer = await command({
      kind: 'record-reasonable-grounds-decision',
      outcome: 'maybe',
      decidedOn: submittedOn,
    });

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'outcome', rule: 'isIn' })]);
    await expectNothingWritten(1);
  });

  it('answers 400 naming decidedOn for a date after today, and writes nothing', async () => {
    const answer = await command({
      kind: 'record-reasonable-grounds-decision',
      outcome: 'positive',
      decidedOn: addCalendarDays(londonDateOf(new Date()), 2),
    });

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'decidedOn' })]);
    await expectNothingWritten(1);
  });

  it('answers 400 naming decidedOn for a date before the referral, and writes nothing', async () => {
    const answer = await command({
      kind: 'record-reasonable-grounds-decision',
      outcome: 'positive',
      decidedOn: addCalendarDays(submittedOn, -1),
    });

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'decidedOn' })]);
    await expectNothingWritten(1);
  });

  it('answers 404 to another agency, as if there were no case, and writes nothing', async () => {
    const other = await bearer('first-responder', uniqueAgency('other-police'));
    const answer = await command(
      { kind: 'record-reasonable-grounds-decision', outcome: 'positive', decidedOn: submittedOn },
      other,
    );

    expect(answer.status).toBe(404);
    await expectNothingWritten(1);
  });

  it('answers 403 to a commissioner of the same agency, and writes nothing', async () => {
    const commissioner = await bearer('commissioner', agency);
    const answer = await command(
      { kind: 'record-reasonable-grounds-decision', outcome: 'positive', decidedOn: submittedOn },
      commissioner,
    );

    expect(answer.status).toBe(403);
    await expectNothingWritten(1);
  });
});

describe('a positive Reasonable Grounds decision', () => {
  let answer: Awaited<ReturnType<typeof command>>;
  const minimumEndsOn = () => addCalendarDays(submittedOn, 30);

  beforeAll(async () => {
    answer = await command({
      kind: 'record-reasonable-grounds-decision',
      outcome: 'positive',
      decidedOn: submittedOn,
    });
    caseId = answer.body.caseId;
  });

  it('answers 200 with the case in its recovery period', () => {
    expect({ status: answer.status, body: answer.body }).toMatchObject({
      status: 200,
      body: {
        journeyId,
        status: 'recovery-period',
        version: 2,
        nextDeadline: { kind: 'recovery-period-minimum-reached', dueOn: minimumEndsOn(), overdue: false },
      },
    });
  });

  it('stores the new state with status and version in step', async () => {
    expect(await caseRow()).toMatchObject({
      status: 'recovery-period',
      version: 2,
      state: { status: 'recovery-period', version: 2, recoveryPeriodMinimumEndsOn: minimumEndsOn() },
    });
  });

  it('moves the journey to the recovery period with its minimum as the next deadline within 20 s', async () => {
    const settled = await eventually(
      async () => {
        const read = await journey();
        return read.status === 200 && read.body.stage === 'recovery-period' ? read.body : undefined;
      },
      { timeoutMs: 20_000, what: `journey ${journeyId} in the recovery period` },
    );

    expect(settled.nextDeadline).toEqual({
      kind: 'recovery-period-minimum-reached',
      dueOn: minimumEndsOn(),
      overdue: false,
    });
    const update = settled.timeline.find((event) => event.type === CASE_UPDATED);
    expect(update).toMatchObject({
      agency,
      summary: {
        change: 'reasonable-grounds-decided',
        status: 'recovery-period',
        occurredOn: submittedOn,
        outcome: 'positive',
      },
    });
  });

  it('refuses a second Reasonable Grounds decision with 409 naming the current status, and writes nothing', async () => {
    const second = await command({
      kind: 'record-reasonable-grounds-decision',
      outcome: 'negative',
      decidedOn: submittedOn,
    });

    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      currentStatus: 'recovery-period',
      message: [expect.stringContaining('recovery-period')],
    });
    await expectNothingWritten(2);
  });
});

describe('the referral topic', () => {
  it('carries exactly one case update for the journey, with no personal data and no recordedBy', async () => {
    const updates = await eventually(
      async () => {
        const published = await caseUpdatesPublished();
        return published.length > 0 ? published : undefined;
      },
      { what: `the case update of journey ${journeyId} on ${TOPICS.referral}` },
    );

    expect(updates.map((update) => update.data)).toEqual([
      {
        journeyId,
        caseId,
        caseVersion: 2,
        status: 'recovery-period',
        change: 'reasonable-grounds-decided',
        occurredOn: submittedOn,
        outcome: 'positive',
        nextDeadline: { kind: 'recovery-period-minimum-reached', dueOn: addCalendarDays(submittedOn, 30) },
        referringAgency: agency,
      },
    ]);
  });
});
