import { BadRequestException, ConflictException } from '@nestjs/common';
import type { FieldProblem } from './validation';

/**
 * Every refusal a Waypoint process answers has one body: the status again, its name, the
 * message(s), and for a body at fault the field and rule of each problem. Documented once in
 * openapi/error-responses.ts (ErrorResponse, ValidationErrorResponse).
 */
export interface RefusalBody {
  statusCode: number;
  error: string;
  message: string[];
  errors?: FieldProblem[];
  [detail: string]: unknown;
}

export function refusalBody(
  statusCode: number,
  error: string,
  problems: readonly FieldProblem[],
): RefusalBody {
  return { statusCode, error, message: problems.map((problem) => problem.message), errors: [...problems] };
}

/** 400: these fields are wrong. Each problem names the field (dotted when nested) and the rule it broke. */
export class FieldsRejected extends BadRequestException {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(refusalBody(400, 'Bad Request', problems));
  }

  /** One field wrong, by one rule. */
  static because(field: string, rule: string, message: string): FieldsRejected {
    return new FieldsRejected([{ field, rule, message }]);
  }
}

/**
 * 409: the request is well formed, but what it acts on is not in a state that allows it (a case
 * already decided, details already erased). `details` adds what a client needs to recover, such
 * as the state it is in now.
 */
export class NotInThisState extends ConflictException {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super({ statusCode: 409, error: 'Conflict', message: [message], ...details } satisfies RefusalBody);
  }
}
