import { checkSignIn, lockedMessage, readSignIn, safeReturnTo } from './sign-in-form';

describe('sign-in form', () => {
  it('asks for what is missing, linking to each field', () => {
    expect(checkSignIn(readSignIn({}))).toEqual([
      { field: 'email', href: 'email', text: 'Enter your email address' },
      { field: 'password', href: 'password', text: 'Enter your password' },
    ]);
  });

  it('asks for an email address in the right format', () => {
    const errors = checkSignIn(readSignIn({ email: 'not an email', password: 'x' }));
    expect(errors.map((error) => error.field)).toEqual(['email']);
    expect(errors[0].text).toContain('correct format');
  });

  it('keeps the password exactly as typed, spaces included', () => {
    expect(readSignIn({ email: ' a@b.uk ', password: ' secret ' })).toMatchObject({
      email: 'a@b.uk',
      password: ' secret ',
    });
  });

  it('says until when an account is locked, in London time', () => {
    expect(lockedMessage(new Date('2026-07-01T13:05:00Z'))).toBe(
      'This account is locked after too many attempts to sign in. Try again after 1 July 2026 at 2:05pm.',
    );
  });
});

describe('safeReturnTo', () => {
  it.each(['/cases', '/cases/abc?tab=1', '/identifications/new'])('keeps the local path %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    '/sign-in?returnTo=/cases',
    '/cases\u0000',
    'cases',
  ])('sends %p to the home page instead', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});
