import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiParam,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles, ROLES, type Role } from '@waypoint/auth';
import { ErrorResponse, ValidationErrorResponse } from './error-responses';

/** The name of the bearer security scheme every protected operation refers to. */
export const BEARER_SCHEME = 'bearer';

/**
 * The roles that may call a route, as the guard enforces them (@Roles) and as the OpenAPI document
 * says so (bearer security requirement, 401, and 403 unless every role is allowed): one decorator,
 * so the two cannot disagree.
 */
export function Authorised(...roles: Role[]): MethodDecorator {
  const refused = ROLES.filter((role) => !roles.includes(role));
  return applyDecorators(
    Roles(...roles),
    ApiBearerAuth(BEARER_SCHEME),
    ApiExtension('x-waypoint-roles', [...roles]),
    ApiUnauthorizedResponse({
      description: 'No bearer token, or one that does not verify (signature, issuer, audience, expiry)',
      type: ErrorResponse,
    }),
    ...(refused.length > 0
      ? [
          ApiForbiddenResponse({
            description: `The token's role may not do this (allowed: ${roles.join(', ')})`,
            type: ErrorResponse,
          }),
        ]
      : []),
  );
}

/** A 400 naming the field and rule: `what` says which inputs are checked. */
export function ApiFieldProblems(what: string): MethodDecorator {
  return ApiBadRequestResponse({
    description: `${what}; the answer names each field and rule`,
    type: ValidationErrorResponse,
  });
}

/** A UUID path parameter, as uuidParam() checks it (a 400 naming it otherwise). */
export function ApiUuidParam(name: string, description: string): MethodDecorator & ClassDecorator {
  return ApiParam({ name, description, schema: { type: 'string', format: 'uuid' } });
}
