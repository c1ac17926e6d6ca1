import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@waypoint/auth';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import {
  describePasswordProblem,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
} from '../accounts/password-policy';

export const AGENCY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** The password policy (accounts/password-policy.ts) as a field rule, so a 400 names the field. */
function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'passwordPolicy',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === null,
        defaultMessage: (args) =>
          typeof args?.value === 'string'
            ? describePasswordProblem(passwordProblem(args.value) ?? 'blank')
            : 'password must be a string',
      },
    });
}

export class CreateAgencyDto {
  /** Optional: derived from the name when absent (lower case, hyphens). */
  @ApiPropertyOptional({
    description: 'Derived from the name when absent (lower case, hyphens); 409 if it is taken',
    pattern: AGENCY_ID_PATTERN.source,
    example: 'west-midlands-police',
  })
  @IsOptional()
  @IsString()
  @Matches(AGENCY_ID_PATTERN, { message: 'id must be 2-63 lower-case letters, digits and hyphens' })
  id?: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'West Midlands Police' })
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class CreateUserDto {
  @ApiProperty({
    format: 'email',
    maxLength: 254,
    description: 'Unique whatever its case (409 otherwise)',
    example: 'sam.patel@example.org',
  })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Sam Patel' })
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiProperty({
    description: 'A known agency (400 naming agencyId otherwise)',
    pattern: AGENCY_ID_PATTERN.source,
    example: 'west-midlands-police',
  })
  @IsString()
  @Matches(AGENCY_ID_PATTERN, { message: 'agencyId must be an agency id' })
  agencyId!: string;

  @ApiProperty({ enum: [...ROLES] })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({
    format: 'password',
    writeOnly: true,
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'At least 12 characters (counted as code points), not blank; no character classes required',
    example: 'a long enough passphrase',
  })
  @IsAcceptablePassword()
  password!: string;
}

/** At least one of the three (400 otherwise). */
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: [...ROLES] })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: "true ends the user's sessions and refuses their sign-in" })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  /** true clears the failed-attempt count and any lock. */
  @ApiPropertyOptional({ description: 'true clears the failed-attempt count and any lock' })
  @IsOptional()
  @IsBoolean()
  unlock?: boolean;
}

/** "West Midlands Police (demo)" -> "west-midlands-police-demo". */
export function agencyIdFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
