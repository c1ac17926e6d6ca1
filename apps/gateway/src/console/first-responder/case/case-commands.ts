import type { LocalDate } from '@waypoint/calendar';
import type { ReferralApi, RequestBodyOf } from '@waypoint/clients';
import {
  errorsFromService,
  type FieldOnPage,
  formatLocalDate,
  type FormBody,
  type FormError,
  type FormErrors,
  oneValue,
  parseDateInput,
  type ServiceFieldProblem,
  type TypedDate,
} from '../../kit';

type Schemas = ReferralApi.components['schemas'];

/**
 * The NRM case commands as forms. The referral service decides which are allowed in the case's current status
 * (`allowedCommands`); this file only knows how to ask for each one. The kinds and each command's body are
 * referral's own (its OpenAPI document, generated into libs/clients): a kind referral adds without a form
 * here does not compile.
 */
export type CommandKind = Schemas['NrmCaseCommandKind'];

/** The body of referral's `POST /referrals/{journeyId}/commands`: one of its command DTOs, by `kind`. */
export type NrmCaseCommand = RequestBodyOf<ReferralApi.paths, '/referrals/{journeyId}/commands', 'post'>;

interface ChoiceQuestion {
  type: 'choice';
  name: string;
  legend: string;
  options: { value: string; text: string }[];
  /** GOV.UK: 'Select …' */
  missing: string;
}

interface DateQuestion {
  type: 'date';
  name: string;
  legend: string;
  /** How error messages name the date: 'The date of the decision'. */
  what: string;
}

type Question = ChoiceQuestion | DateQuestion;

interface CommandForm {
  title: string;
  description: string;
  button: string;
  /** Ends or refuses support: shown as a warning button. */
  warning?: boolean;
  questions: Question[];
}

const decisionOutcome = (stage: string): ChoiceQuestion => ({
  type: 'choice',
  name: 'outcome',
  legend: `What was the ${stage} decision?`,
  options: [
    { value: 'positive', text: 'Positive' },
    { value: 'negative', text: 'Negative' },
  ],
  missing: `Select whether the ${stage} decision was positive or negative`,
});

const dated = (name: string, legend: string, what: string): DateQuestion => ({
  type: 'date',
  name,
  legend,
  what,
});

export const COMMAND_FORMS: Record<CommandKind, CommandForm> = {
  'record-reasonable-grounds-decision': {
    title: 'Record the Reasonable Grounds decision',
    description:
      'A positive decision starts the recovery period (at least 30 days). A negative decision may be reconsidered if asked within 30 days.',
    button: 'Record RG decision',
    questions: [
      decisionOutcome('Reasonable Grounds'),
      dated('decidedOn', 'Date of the decision', 'The date of the decision'),
    ],
  },
  'record-conclusive-grounds-decision': {
    title: 'Record the Conclusive Grounds decision',
    description: 'A positive decision starts at least 45 days of move-on support.',
    button: 'Record CG decision',
    questions: [
      decisionOutcome('Conclusive Grounds'),
      dated('decidedOn', 'Date of the decision', 'The date of the decision'),
    ],
  },
  suspend: {
    title: 'Suspend the case',
    description: 'Use this when the person has gone missing. The case can be resumed when they are found.',
    button: 'Suspend case',
    warning: true,
    questions: [dated('suspendedOn', 'Date they went missing', 'The date they went missing')],
  },
  resume: {
    title: 'Resume the case',
    description: 'The person has been found or has got back in touch.',
    button: 'Resume case',
    questions: [dated('resumedOn', 'Date the case resumes', 'The date the case resumes')],
  },
  withdraw: {
    title: 'Withdraw the case',
    description: 'Withdrawing ends the NRM case. This cannot be undone here.',
    button: 'Withdraw case',
    warning: true,
    questions: [dated('withdrawnOn', 'Date of withdrawal', 'The date of withdrawal')],
  },
  disqualify: {
    title: 'Record a disqualification',
    description: 'The competent authority disqualified the person on public order or bad faith grounds.',
    button: 'Record disqualification',
    warning: true,
    questions: [
      {
        type: 'choice',
        name: 'grounds',
        legend: 'On what grounds?',
        options: [
          { value: 'public-order', text: 'Public order' },
          { value: 'bad-faith', text: 'Bad faith' },
        ],
        missing: 'Select the grounds for disqualification',
      },
      dated('decidedOn', 'Date of the decision', 'The date of the decision'),
    ],
  },
  'request-reconsideration': {
    title: 'Request reconsideration',
    description: 'A negative decision may be reconsidered if asked within 30 calendar days of it.',
    button: 'Record reconsideration request',
    questions: [dated('requestedOn', 'Date of the request', 'The date of the request')],
  },
  'record-reconsideration-result': {
    title: 'Record the reconsideration result',
    description: 'An overturned decision counts as positive from the date of the result.',
    button: 'Record result',
    questions: [
      {
        type: 'choice',
        name: 'result',
        legend: 'What was the result?',
        options: [
          { value: 'upheld', text: 'Upheld (the negative decision stands)' },
          { value: 'overturned', text: 'Overturned' },
        ],
        missing: 'Select whether the decision was upheld or overturned',
      },
      dated('decidedOn', 'Date of the result', 'The date of the result'),
    ],
  },
  'refer-to-child-pilot-panel': {
    title: 'Refer to the child pilot panel',
    description: "A local multi-agency panel decides this child's case instead of the Home Office.",
    button: 'Refer to panel',
    questions: [dated('referredOn', 'Date of the referral', 'The date of the referral')],
  },
};

const COMMAND_KINDS = Object.keys(COMMAND_FORMS) as readonly CommandKind[];

export function isCommandKind(value: string): value is CommandKind {
  return (COMMAND_KINDS as readonly string[]).includes(value);
}

/** What the user typed into one command's form, so a refused form is shown again as it was. */
export interface TypedCommand {
  kind: CommandKind;
  choices: Record<string, string>;
  dates: Record<string, TypedDate>;
}

export type ParsedCommand =
  | { ok: true; typed: TypedCommand; body: NrmCaseCommand }
  | { ok: false; typed?: TypedCommand; errors: FormError[] };

const fieldId = (kind: CommandKind, name: string): string => `${kind}-${name}`;

/**
 * A posted command form as referral's command body (`{ kind, ...fields }`), checked with GOV.UK messages. The
 * kind must be one the case allows now; a stale page offering a command no longer allowed is refused here, the
 * same way referral's 409 would refuse it.
 */
export function parseCommandForm(
  body: FormBody,
  allowed: readonly string[],
  today: LocalDate,
): ParsedCommand {
  const kind = oneValue(body, 'kind');
  if (!isCommandKind(kind)) {
    return {
      ok: false,
      errors: [{ field: 'kind', href: 'case-actions', text: 'Choose an action from this page' }],
    };
  }
  const typed: TypedCommand = { kind, choices: {}, dates: {} };
  const errors: FormError[] = [];
  const command: Record<string, string> = { kind };
  for (const question of COMMAND_FORMS[kind].questions) {
    if (question.type === 'choice') {
      const value = oneValue(body, question.name);
      typed.choices[question.name] = value;
      if (question.options.some((option) => option.value === value)) command[question.name] = value;
      else errors.push({ field: question.name, href: fieldId(kind, question.name), text: question.missing });
    } else {
      const parsed = parseDateInput(body, {
        name: question.name,
        what: question.what,
        required: true,
        notAfter: today,
      });
      typed.dates[question.name] = parsed.typed;
      if (!parsed.ok) {
        errors.push({ ...parsed.error, href: `${kind}-${parsed.error.href}` });
      } else if (parsed.value !== undefined) {
        command[question.name] = parsed.value;
      }
    }
  }
  if (!allowed.includes(kind)) {
    errors.unshift({
      field: 'kind',
      href: kind,
      text: `You cannot ${COMMAND_FORMS[kind].title.toLowerCase()} now: the case has moved on. The page shows what you can do next.`,
    });
  }
  if (errors.length > 0) return { ok: false, typed, errors };
  // Each field was checked against its question, whose options and dates are the command DTO's own.
  return { ok: true, typed, body: command as unknown as NrmCaseCommand };
}

/** Referral's 400 answer as errors on this command's form (each field linked to its input). */
export function commandErrorsFromService(
  kind: CommandKind,
  problems: readonly ServiceFieldProblem[],
): FormError[] {
  const fields: Record<string, FieldOnPage> = {};
  const questions = COMMAND_FORMS[kind].questions;
  for (const question of questions) {
    fields[question.name] = {
      field: question.name,
      href: question.type === 'date' ? `${fieldId(kind, question.name)}-day` : fieldId(kind, question.name),
    };
  }
  // The service words its rules for developers (field names, ISO dates); the page uses the question's words.
  const readable = problems.map((problem) => ({
    ...problem,
    message: inPlainWords(problem.message, questions),
  }));
  return errorsFromService(readable, fields, { field: 'kind', href: kind });
}

/** 'decidedOn 2020-01-01 is before …' as 'The date of the decision, 1 January 2020, is before …'. */
export function inPlainWords(message: string, questions: readonly Question[]): string {
  let text = message;
  for (const question of questions) {
    if (question.type !== 'date') continue;
    text = text.replace(new RegExp(`^${question.name} (\\d{4}-\\d{2}-\\d{2})\\b`), `${question.what}, $1,`);
    text = text.replace(new RegExp(`^${question.name}\\b`), question.what);
  }
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatLocalDate(date));
}

export interface CommandFormView {
  kind: CommandKind;
  title: string;
  description: string;
  button: string;
  warning: boolean;
  questions: (
    | (ChoiceQuestion & {
        id: string;
        items: { value: string; text: string; checked: boolean }[];
        error?: { text: string };
      })
    | (DateQuestion & { id: string; typed: TypedDate; error?: FormErrors['byField'][string] })
  )[];
}

/**
 * The forms for exactly the allowed commands, in the service's order. The form the user just sent (refused)
 * keeps what they typed and shows its errors inline; the others start empty.
 */
export function commandFormsOf(
  allowed: readonly string[],
  refused?: { typed?: TypedCommand; byField: FormErrors['byField'] },
): CommandFormView[] {
  return allowed.filter(isCommandKind).map((kind) => {
    const form = COMMAND_FORMS[kind];
    const typed = refused?.typed?.kind === kind ? refused.typed : undefined;
    const errorOf = (name: string) => (typed ? refused?.byField[name] : undefined);
    return {
      kind,
      title: form.title,
      description: form.description,
      button: form.button,
      warning: form.warning ?? false,
      questions: form.questions.map((question) =>
        question.type === 'choice'
          ? {
              ...question,
              id: fieldId(kind, question.name),
              items: question.options.map((option) => ({
                ...option,
                checked: typed?.choices[question.name] === option.value,
              })),
              error: errorOf(question.name),
            }
          : {
              ...question,
              id: fieldId(kind, question.name),
              typed: typed?.dates[question.name] ?? { day: '', month: '', year: '' },
              error: errorOf(question.name),
            },
      ),
    };
  });
}
