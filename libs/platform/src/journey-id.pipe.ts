import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** Parses a UUID route parameter, answering in the same field-naming shape as body validation. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => {
      const message = `${field} must be a UUID`;
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: [message],
        errors: [{ field, rule: 'isUuid', message }],
      });
    },
  });
}
