import { ParseUUIDPipe } from '@nestjs/common';
import { FieldsRejected } from './refusals';

/** Parses a UUID route parameter, answering in the same field-naming shape as body validation. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => FieldsRejected.because(field, 'isUuid', `${field} must be a UUID`),
  });
}
