import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { agencyIdFromName, CreateUserDto } from './admin.dto';

describe('agencyIdFromName', () => {
  it.each([
    ['West Midlands Police (demo)', 'west-midlands-police-demo'],
    ['  Café  Réfuge  ', 'cafe-refuge'],
    ['***', ''],
  ])('turns %j into %j', (name, id) => {
    expect(agencyIdFromName(name)).toBe(id);
  });
});

describe('CreateUserDto', () => {
  const valid = {
    email: 'officer@example.org',
    displayName: 'An Officer',
    agencyId: 'west-midlands-police',
    role: 'first-responder',
    password: 'a long enough passphrase',
  };
  const problemsOf = (body: Record<string, unknown>) =>
    validateSync(plainToInstance(CreateUserDto, body)).flatMap((error) =>
      Object.keys(error.constraints ?? {}).map((rule) => `${error.property}: ${rule}`),
    );

  it('accepts a valid user', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it('names the password field and the policy rule for a short password', () => {
    expect(problemsOf({ ...valid, password: 'short' })).toEqual(['password: passwordPolicy']);
  });

  it('refuses a role that is not one of ROLES', () => {
    expect(problemsOf({ ...valid, role: 'superuser' })).toEqual(['role: isIn']);
  });
});
