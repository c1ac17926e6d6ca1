/**
 * NCSC guidance favours length over composition rules: at least 12 characters, no required
 * character classes. The upper bound keeps a hash request from being a denial of service.
 * Length counts characters (code points), not UTF-16 units, so "Passwörter" is 10, not more.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too-short' | 'too-long' | 'blank';

export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (password.trim().length === 0) return 'blank';
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  return null;
}

export function describePasswordProblem(problem: PasswordProblem): string {
  switch (problem) {
    case 'blank':
      return 'password must not be blank';
    case 'too-short':
      return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
    case 'too-long':
      return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  }
}
