import { ApiProperty } from '@nestjs/swagger';

/**
 * Every error answer's shape: Nest's own exceptions (401, 403, 404) carry `message` as a string,
 * the platform's and the services' own answers carry it as a list.
 */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', description: 'The HTTP status again' })
  statusCode!: number;

  @ApiProperty({ description: "The status's name, e.g. 'Not Found'" })
  error!: string;

  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  message!: string | string[];
}

export class FieldProblemResponse {
  @ApiProperty({
    description: 'The field at fault, dotted for nested fields; (body) for the body itself',
    example: 'area',
  })
  field!: string;

  @ApiProperty({ description: 'The rule it broke (class-validator constraint name)', example: 'isIn' })
  rule!: string;

  @ApiProperty({ example: 'area must be one of the following values: birmingham, coventry' })
  message!: string;
}

/** A 400: the request was refused before anything was written, naming every field and rule at fault. */
export class ValidationErrorResponse extends ErrorResponse {
  @ApiProperty({ type: [FieldProblemResponse] })
  errors!: FieldProblemResponse[];
}
