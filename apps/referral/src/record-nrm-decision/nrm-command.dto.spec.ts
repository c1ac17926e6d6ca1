import 'reflect-metadata';
import { addCalendarDays, londonDateOf } from '@waypoint/calendar';
import { NRM_CASE_COMMAND_KINDS, type NrmCaseCommandKind } from '../nrm-case/nrm-case';
import { parseNrmCommand, type ParsedCommand } from './nrm-command.dto';

const today = londonDateOf(new Date());
const tomorrow = addCalendarDays(today, 1);

/** A valid body of every kind, so each test breaks exactly one thing. */
const VALID: { [K in NrmCaseCommandKind]: Record<string, unknown> } = {
  'record-reasonable-grounds-decision': { outcome: 'positive', decidedOn: '2026-04-08' },
  'record-conclusive-grounds-decision': { outcome: 'negative', decidedOn: '2026-04-08' },
  suspend: { suspendedOn: '2026-04-08' },
  resume: { resumedOn: '2026-04-08' },
  withdraw: { withdrawnOn: '2026-04-08' },
  disqualify: { grounds: 'bad-faith', decidedOn: '2026-04-08' },
  'request-reconsideration': { requestedOn: '2026-04-08' },
  'record-reconsideration-result': { result: 'overturned', decidedOn: '2026-04-08' },
  'refer-to-child-pilot-panel': { referredOn: '2026-04-08' },
};

const DATE_FIELD: { [K in NrmCaseCommandKind]: string } = {
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

function bodyOf(kind: NrmCaseCommandKind, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { kind, ...VALID[kind], ...overrides };
}

function fieldsOf(parsed: ParsedCommand): string[] {
  if (parsed.ok) throw new Error('expected the command to be refused, but it was accepted');
  return parsed.problems.map((problem) => problem.field);
}

describe('parseNrmCommand', () => {
  const sut = parseNrmCommand;

  it.each(NRM_CASE_COMMAND_KINDS)('accepts a valid %s and stamps recordedBy from the caller', (kind) => {
    const parsed = sut(bodyOf(kind), 'user-7');

    expect(parsed).toEqual({ ok: true, command: { ...bodyOf(kind), recordedBy: 'user-7' } });
  });

  it.each(NRM_CASE_COMMAND_KINDS)("accepts today's date for %s", (kind) => {
    expect(sut(bodyOf(kind, { [DATE_FIELD[kind]]: today }), 'user-7').ok).toBe(true);
  });

  it.each(NRM_CASE_COMMAND_KINDS)('refuses a date after today (London) for %s, naming the field', (kind) => {
    const parsed = sut(bodyOf(kind, { [DATE_FIELD[kind]]: tomorrow }), 'user-7');

    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ field: DATE_FIELD[kind], rule: 'isNotAfterToday' }],
    });
  });

  it.each(NRM_CASE_COMMAND_KINDS)('refuses %s without its date, naming the field', (kind) => {
    expect(fieldsOf(sut(bodyOf(kind, { [DATE_FIELD[kind]]: undefined }), 'user-7'))).toEqual([
      DATE_FIELD[kind],
    ]);
  });

  it.each(['2026-02-30', '2026-4-8', '08/04/2026', '2026-04-08T10:00:00Z', 20260408])(
    'refuses the date %p as not a real YYYY-MM-DD date',
    (date) => {
      expect(sut(bodyOf('record-reasonable-grounds-decision', { decidedOn: date }), 'user-7')).toMatchObject({
        ok: false,
        problems: [{ field: 'decidedOn', rule: 'isLocalDate' }],
      });
    },
  );

  it.each([undefined, 'maybe', 'POSITIVE'])('refuses the outcome %p, naming outcome', (outcome) => {
    expect(fieldsOf(sut(bodyOf('record-reasonable-grounds-decision', { outcome }), 'user-7'))).toEqual([
      'outcome',
    ]);
  });

  it('refuses unknown disqualification grounds, naming grounds', () => {
    expect(fieldsOf(sut(bodyOf('disqualify', { grounds: 'rudeness' }), 'user-7'))).toEqual(['grounds']);
  });

  it('refuses an unknown reconsideration result, naming result', () => {
    expect(fieldsOf(sut(bodyOf('record-reconsideration-result', { result: 'maybe' }), 'user-7'))).toEqual([
      'result',
    ]);
  });

  it.each([undefined, 'approve', 42, null])('refuses the kind %p, naming kind', (kind) => {
    const parsed = sut({ ...VALID['record-reasonable-grounds-decision'], kind }, 'user-7');

    expect(parsed).toMatchObject({ ok: false, problems: [{ field: 'kind', rule: 'isIn' }] });
  });

  it.each([null, [], 'record-reasonable-grounds-decision', 7])('refuses the body %p, naming kind', (body) => {
    expect(fieldsOf(sut(body, 'user-7'))).toEqual(['kind']);
  });

  it("refuses another kind's field, so a body is never half-read", () => {
    const parsed = sut(bodyOf('suspend', { outcome: 'positive' }), 'user-7');

    expect(parsed).toMatchObject({ ok: false, problems: [{ field: 'outcome', rule: 'unknownProperty' }] });
  });

  it('refuses recordedBy in the body: who recorded the command comes from the token', () => {
    expect(fieldsOf(sut(bodyOf('withdraw', { recordedBy: 'someone-else' }), 'user-7'))).toEqual([
      'recordedBy',
    ]);
  });
});
