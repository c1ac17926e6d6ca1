import { londonDateOf } from '@waypoint/calendar';
import { IsLocalDate } from '@waypoint/contracts';
import { fieldProblems, type FieldProblem } from '@waypoint/platform';
import { plainToInstance } from 'class-transformer';
import {
  IsIn,
  registerDecorator,
  validateSync,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import {
  DECISION_OUTCOMES,
  DISQUALIFICATION_GROUNDS,
  NRM_CASE_COMMAND_KINDS,
  RECONSIDERATION_RESULTS,
  type DecisionOutcome,
  type DisqualificationGrounds,
  type NrmCaseCommand,
  type NrmCaseCommandKind,
  type ReconsiderationResult,
} from '../nrm-case/nrm-case';

/**
 * Nothing is recorded as happening after today in London: a future date is a typing slip, and would let a
 * statutory clock start before the event it measures from. `today` is read per validation, never cached.
 */
export function IsNotAfterToday(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isNotAfterToday',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} must not be after today (${londonDateOf(new Date())} in London)`,
        ...options,
      },
      validator: {
        // Only judged once the value is a well-formed date; IsLocalDate reports anything else.
        validate: (value: unknown) =>
          typeof value !== 'string' ||
          !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
          value <= londonDateOf(new Date()),
      },
    });
  };
}

abstract class CommandDto<K extends NrmCaseCommandKind> {
  @IsIn(NRM_CASE_COMMAND_KINDS)
  kind!: K;
}

export class RecordReasonableGroundsDecisionDto extends CommandDto<'record-reasonable-grounds-decision'> {
  @IsIn(DECISION_OUTCOMES)
  outcome!: DecisionOutcome;

  @IsLocalDate()
  @IsNotAfterToday()
  decidedOn!: string;
}

export class RecordConclusiveGroundsDecisionDto extends CommandDto<'record-conclusive-grounds-decision'> {
  @IsIn(DECISION_OUTCOMES)
  outcome!: DecisionOutcome;

  @IsLocalDate()
  @IsNotAfterToday()
  decidedOn!: string;
}

export class SuspendDto extends CommandDto<'suspend'> {
  @IsLocalDate()
  @IsNotAfterToday()
  suspendedOn!: string;
}

export class ResumeDto extends CommandDto<'resume'> {
  @IsLocalDate()
  @IsNotAfterToday()
  resumedOn!: string;
}

export class WithdrawDto extends CommandDto<'withdraw'> {
  @IsLocalDate()
  @IsNotAfterToday()
  withdrawnOn!: string;
}

export class DisqualifyDto extends CommandDto<'disqualify'> {
  @IsIn(DISQUALIFICATION_GROUNDS)
  grounds!: DisqualificationGrounds;

  @IsLocalDate()
  @IsNotAfterToday()
  decidedOn!: string;
}

export class RequestReconsiderationDto extends CommandDto<'request-reconsideration'> {
  @IsLocalDate()
  @IsNotAfterToday()
  requestedOn!: string;
}

export class RecordReconsiderationResultDto extends CommandDto<'record-reconsideration-result'> {
  @IsIn(RECONSIDERATION_RESULTS)
  result!: ReconsiderationResult;

  @IsLocalDate()
  @IsNotAfterToday()
  decidedOn!: string;
}

export class ReferToChildPilotPanelDto extends CommandDto<'refer-to-child-pilot-panel'> {
  @IsLocalDate()
  @IsNotAfterToday()
  referredOn!: string;
}

/** One DTO per command kind; the mapped type makes a new kind fail to compile until it has one. */
const COMMAND_DTOS: { readonly [K in NrmCaseCommandKind]: new () => CommandDto<K> } = {
  'record-reasonable-grounds-decision': RecordReasonableGroundsDecisionDto,
  'record-conclusive-grounds-decision': RecordConclusiveGroundsDecisionDto,
  suspend: SuspendDto,
  resume: ResumeDto,
  withdraw: WithdrawDto,
  disqualify: DisqualifyDto,
  'request-reconsideration': RequestReconsiderationDto,
  'record-reconsideration-result': RecordReconsiderationResultDto,
  'refer-to-child-pilot-panel': ReferToChildPilotPanelDto,
};

const STRICT = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

export type ParsedCommand =
  | { readonly ok: true; readonly command: NrmCaseCommand }
  | { readonly ok: false; readonly problems: FieldProblem[] };

/**
 * An HTTP body as one NRM case command, validated by the DTO its `kind` names. `recordedBy` comes from the
 * authenticated request, never from the body (the body may not carry it: it is not a recognised field).
 */
export function parseNrmCommand(body: unknown, recordedBy: string): ParsedCommand {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      problems: [{ field: 'kind', rule: 'isObject', message: 'the body must be a JSON object with a kind' }],
    };
  }
  const kind = (body as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(NRM_CASE_COMMAND_KINDS as readonly string[]).includes(kind)) {
    return {
      ok: false,
      problems: [
        {
          field: 'kind',
          rule: 'isIn',
          message: `kind must be one of the following values: ${NRM_CASE_COMMAND_KINDS.join(', ')}`,
        },
      ],
    };
  }
  const dtoClass: new () => object = COMMAND_DTOS[kind as NrmCaseCommandKind];
  const dto = plainToInstance(dtoClass, body);
  const problems = fieldProblems(validateSync(dto, STRICT));
  if (problems.length > 0) return { ok: false, problems };
  // The DTO for this kind has validated exactly this command's fields.
  return { ok: true, command: { ...dto, recordedBy } as NrmCaseCommand };
}
