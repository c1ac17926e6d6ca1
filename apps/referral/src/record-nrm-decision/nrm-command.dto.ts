import { ApiProperty, getSchemaPath, type SchemaObject } from '@nestjs/swagger';
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

/** Documents `kind` as the one value that selects this command's DTO (the discriminator of the body's oneOf). */
function CommandKind<K extends NrmCaseCommandKind>(kind: K) {
  return (target: abstract new () => CommandDto<K>): void => {
    const prototype = target.prototype as CommandDto<K>;
    ApiProperty({ enum: [kind], example: kind, description: 'Which command this is' })(prototype, 'kind');
  };
}

/** A civil date (London) on which the thing happened; never after today. */
function ApiCivilDate(what: string): PropertyDecorator {
  return ApiProperty({
    type: 'string',
    format: 'date',
    description: `${what} (YYYY-MM-DD, London civil date); not after today, and not before the case's last change`,
    example: '2026-11-20',
  });
}

function ApiDecisionOutcome(): PropertyDecorator {
  return ApiProperty({ enum: [...DECISION_OUTCOMES], enumName: 'DecisionOutcome', example: 'positive' });
}

@CommandKind('record-reasonable-grounds-decision')
export class RecordReasonableGroundsDecisionDto extends CommandDto<'record-reasonable-grounds-decision'> {
  @ApiDecisionOutcome()
  @IsIn(DECISION_OUTCOMES)
  outcome!: DecisionOutcome;

  @ApiCivilDate('The day the Reasonable Grounds decision was made')
  @IsLocalDate()
  @IsNotAfterToday()
  decidedOn!: string;
}

@CommandKind('record-conclusive-grounds-decision')
export class RecordConclusiveGroundsDecisionDto extends CommandDto<'record-conclusive-grounds-decision'> {
  @ApiDecisionOutcome()
  @IsIn(DECISION_OUTCOMES)
  outcome!: DecisionOutcome;

  @ApiCivilDate('The day the Conclusive Grounds decision was made')
  @IsLocalDate()
  @IsNotAfterToday()
  decidedOn!: string;
}

@CommandKind('suspend')
export class SuspendDto extends CommandDto<'suspend'> {
  @ApiCivilDate('The day the person went missing')
  @IsLocalDate()
  @IsNotAfterToday()
  suspendedOn!: string;
}

@CommandKind('resume')
export class ResumeDto extends CommandDto<'resume'> {
  @ApiCivilDate('The day the person was found or re-engaged')
  @IsLocalDate()
  @IsNotAfterToday()
  resumedOn!: string;
}

@CommandKind('withdraw')
export class WithdrawDto extends CommandDto<'withdraw'> {
  @ApiCivilDate('The day the referral was withdrawn')
  @IsLocalDate()
  @IsNotAfterToday()
  withdrawnOn!: string;
}

@CommandKind('disqualify')
export class DisqualifyDto extends CommandDto<'disqualify'> {
  @ApiProperty({ enum: [...DISQUALIFICATION_GROUNDS], enumName: 'DisqualificationGrounds' })
  @IsIn(DISQUALIFICATION_GROUNDS)
  grounds!: DisqualificationGrounds;

  @ApiCivilDate('The day of the disqualification decision')
  @IsLocalDate()
  @IsNotAfterToday()
  decidedOn!: string;
}

@CommandKind('request-reconsideration')
export class RequestReconsiderationDto extends CommandDto<'request-reconsideration'> {
  @ApiCivilDate('The day reconsideration of the negative decision was requested')
  @IsLocalDate()
  @IsNotAfterToday()
  requestedOn!: string;
}

@CommandKind('record-reconsideration-result')
export class RecordReconsiderationResultDto extends CommandDto<'record-reconsideration-result'> {
  @ApiProperty({ enum: [...RECONSIDERATION_RESULTS], enumName: 'ReconsiderationResult' })
  @IsIn(RECONSIDERATION_RESULTS)
  result!: ReconsiderationResult;

  @ApiCivilDate('The day of the reconsideration result')
  @IsLocalDate()
  @IsNotAfterToday()
  decidedOn!: string;
}

@CommandKind('refer-to-child-pilot-panel')
export class ReferToChildPilotPanelDto extends CommandDto<'refer-to-child-pilot-panel'> {
  @ApiCivilDate('The day the case was referred to the child pilot panel')
  @IsLocalDate()
  @IsNotAfterToday()
  referredOn!: string;
}

/** One DTO per command kind; the mapped type makes a new kind fail to compile until it has one. */
export const COMMAND_DTOS: { readonly [K in NrmCaseCommandKind]: new () => CommandDto<K> } = {
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

/** The request body's schema: one of the command DTOs, chosen by `kind` (what parseNrmCommand does). */
export function nrmCommandBodySchema(): SchemaObject {
  const kinds = Object.entries(COMMAND_DTOS) as [NrmCaseCommandKind, new () => object][];
  return {
    oneOf: kinds.map(([, dto]) => ({ $ref: getSchemaPath(dto) })),
    discriminator: {
      propertyName: 'kind',
      mapping: Object.fromEntries(kinds.map(([kind, dto]) => [kind, getSchemaPath(dto)])),
    },
  };
}

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
