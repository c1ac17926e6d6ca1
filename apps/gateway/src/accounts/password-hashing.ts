import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/**
 * Argon2id with OWASP's first recommended configuration (19 MiB memory, 2 iterations, 1 lane):
 * memory-hard, so guessing with GPUs or ASICs costs memory per guess, not only time, and about
 * 20-40 ms on one core here, which sign-in can afford and an attacker with a stolen table cannot.
 * The parameters are stored in each hash, so raising them later re-hashes on the next sign-in.
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    // A malformed stored hash never signs anyone in.
    return false;
  }
}

export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of a random password with the same parameters, verified when the email is unknown so
 * that answer takes as long as a wrong password for a real account.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= argon2.hash(randomBytes(32).toString('base64'), ARGON2_OPTIONS);
  return dummyHash;
}
