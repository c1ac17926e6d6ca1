import { parseLocalDate } from '@waypoint/calendar';
import { commandErrorsFromService, commandFormsOf, parseCommandForm } from './case-commands';

const today = parseLocalDate('2026-12-02');
const RG = 'record-reasonable-grounds-decision';

describe('parseCommandForm', () => {
  it('turns a positive RG decision form into the referral command body', () => {
    expect(
      parseCommandForm(
        {
          kind: RG,
          outcome: 'positive',
          'decidedOn-day': '1',
          'decidedOn-month': '12',
          'decidedOn-year': '2026',
          _csrf: 't',
        },
        [RG, 'suspend'],
        today,
      ),
    ).toMatchObject({ ok: true, body: { kind: RG, outcome: 'positive', decidedOn: '2026-12-01' } });
  });

  it('refuses an empty form with a message per question, linked to its input, keeping what was typed', () => {
    const parsed = parseCommandForm({ kind: RG, 'decidedOn-year': '2026' }, [RG], today);
    expect(parsed).toEqual({
      ok: false,
      typed: {
        kind: RG,
        choices: { outcome: '' },
        dates: { decidedOn: { day: '', month: '', year: '2026' } },
      },
      errors: [
        {
          field: 'outcome',
          href: `${RG}-outcome`,
          text: 'Select whether the Reasonable Grounds decision was positive or negative',
        },
        {
          field: 'decidedOn',
          href: `${RG}-decidedOn-day`,
          text: 'The date of the decision must include a day and month',
          parts: ['day', 'month'],
        },
      ],
    });
  });

  it('refuses a date in the future', () => {
    const parsed = parseCommandForm(
      { kind: 'suspend', 'suspendedOn-day': '25', 'suspendedOn-month': '12', 'suspendedOn-year': '2026' },
      ['suspend'],
      today,
    );
    expect(parsed).toMatchObject({
      ok: false,
      errors: [{ field: 'suspendedOn', text: 'The date they went missing must be today or in the past' }],
    });
  });

  it('refuses a command the case does not allow now', () => {
    const parsed = parseCommandForm(
      { kind: 'withdraw', 'withdrawnOn-day': '1', 'withdrawnOn-month': '12', 'withdrawnOn-year': '2026' },
      [RG],
      today,
    );
    expect(parsed).toMatchObject({ ok: false, errors: [{ field: 'kind', href: 'withdraw' }] });
  });

  it('refuses an unknown kind', () => {
    expect(parseCommandForm({ kind: 'delete-everything' }, [RG], today)).toMatchObject({
      ok: false,
      errors: [{ field: 'kind', href: 'case-actions' }],
    });
  });
});

describe("referral's 400 on a command", () => {
  it('is shown against the input it names, in the words of the question', () => {
    expect(
      commandErrorsFromService(RG, [
        {
          field: 'decidedOn',
          rule: 'isIn',
          message: 'decidedOn 2020-01-01 is before the case was submitted on 2026-11-30',
        },
      ]),
    ).toEqual([
      {
        field: 'decidedOn',
        href: `${RG}-decidedOn-day`,
        text: 'The date of the decision, 1 January 2020, is before the case was submitted on 30 November 2026',
      },
    ]);
    expect(
      commandErrorsFromService(RG, [
        { field: 'decidedOn', rule: 'isIn', message: 'decidedOn must not be after today' },
      ]),
    ).toMatchObject([{ text: 'The date of the decision must not be after today' }]);
  });
});

describe('commandFormsOf', () => {
  it('offers exactly the allowed commands, in order, ignoring kinds it does not know', () => {
    expect(commandFormsOf(['suspend', RG, 'teleport']).map((form) => form.kind)).toEqual(['suspend', RG]);
  });

  it('shows the refused form as typed, with its errors, and the others empty', () => {
    const forms = commandFormsOf([RG, 'withdraw'], {
      typed: {
        kind: RG,
        choices: { outcome: 'positive' },
        dates: { decidedOn: { day: '40', month: '1', year: '2026' } },
      },
      byField: { decidedOn: { text: 'The date of the decision must be a real date' } },
    });
    const [rg, withdraw] = forms;
    expect(rg.questions[0]).toMatchObject({
      id: `${RG}-outcome`,
      items: [{ value: 'positive', checked: true }, { checked: false }],
    });
    expect(rg.questions[1]).toMatchObject({
      typed: { day: '40', month: '1', year: '2026' },
      error: { text: 'The date of the decision must be a real date' },
    });
    expect(withdraw.questions[0]).toMatchObject({
      typed: { day: '', month: '', year: '' },
      error: undefined,
    });
    expect(withdraw.warning).toBe(true);
  });
});
