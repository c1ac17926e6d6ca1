import type { FormError } from '../forms/form-errors';
import { oneValue, type FormBody } from '../forms/form-fields';
import { formatLondonDateTime } from '../labels';

export interface SignInAnswers {
  email: string;
  /** Never shown back: a refused sign-in page has an empty password box. */
  password: string;
  returnTo: string;
}

export function readSignIn(body: FormBody): SignInAnswers {
  return {
    email: oneValue(body, 'email'),
    // Passwords may begin or end with spaces: taken exactly as typed.
    password: typeof body.password === 'string' ? body.password : '',
    returnTo: oneValue(body, 'returnTo'),
  };
}

/** Only what must be there; whether it is right is the sessions service's to say. */
export function checkSignIn(answers: SignInAnswers): FormError[] {
  const errors: FormError[] = [];
  if (answers.email === '') errors.push({ field: 'email', href: 'email', text: 'Enter your email address' });
  else if (!/^[^\s@]+@[^\s@]+$/.test(answers.email) || answers.email.length > 254) {
    errors.push({
      field: 'email',
      href: 'email',
      text: 'Enter an email address in the correct format, like name@example.gov.uk',
    });
  }
  if (answers.password === '')
    errors.push({ field: 'password', href: 'password', text: 'Enter your password' });
  return errors;
}

/** One message for an unknown email and a wrong password, so the page never tells which emails exist. */
export const INVALID_SIGN_IN = 'Enter a correct email address and password';

export function lockedMessage(until: Date): string {
  return `This account is locked after too many attempts to sign in. Try again after ${formatLondonDateTime(until)}.`;
}

/**
 * Where to go after signing in: a path on this site only. Anything that a browser could read as another origin
 * (`//evil.example`, `/\evil.example`, `https://…`, control characters) falls back to the home page (which leads
 * each role to its pages), so the
 * sign-in page cannot be used to send a user elsewhere.
 */
export function safeReturnTo(value: string | undefined): string {
  const fallback = '/';
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  if (value.startsWith('/sign-in') || value.startsWith('/sign-out')) return fallback;
  try {
    const resolved = new URL(value, 'http://waypoint.invalid');
    if (resolved.origin !== 'http://waypoint.invalid') return fallback;
    return `${resolved.pathname}${resolved.search}`;
  } catch {
    return fallback;
  }
}
