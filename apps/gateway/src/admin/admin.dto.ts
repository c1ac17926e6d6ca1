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
import { describePasswordProblem, passwordProblem } from '../accounts/password-policy';

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
  @IsOptional()
  @IsString()
  @Matches(AGENCY_ID_PATTERN, { message: 'id must be 2-63 lower-case letters, digits and hyphens' })
  id?: string;

  @IsString()
  @Length(1, 200)
  name!: string;
}

export class CreateUserDto {
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, 200)
  displayName!: string;

  @IsString()
  @Matches(AGENCY_ID_PATTERN, { message: 'agencyId must be an agency id' })
  agencyId!: string;

  @IsIn(ROLES)
  role!: Role;

  @IsAcceptablePassword()
  password!: string;
}

export class UpdateUserDto {
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  /** true clears the failed-attempt count and any lock. */
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
