import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { FieldsRejected } from './refusals';

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule: rule === 'whitelistValidation' ? 'unknownProperty' : rule,
      message: rule === 'whitelistValidation' ? `${field} is not a recognised field` : message,
    }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * Strict validation at the HTTP edge: unknown properties are refused rather than silently
 * dropped, and every answer names the field and the rule it broke.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new FieldsRejected(fieldProblems(errors)),
  });
}
