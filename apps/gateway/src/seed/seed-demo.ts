import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Role } from '@waypoint/auth';
import type { DataSource } from 'typeorm';
import { AccountsRepository } from '../accounts/accounts.repository';
import { hashPassword, verifyPassword } from '../accounts/password-hashing';

export const DEMO_AGENCIES = [
  { id: 'west-midlands-police', name: 'West Midlands Police (demo)' },
  { id: 'black-country-survivor-support', name: 'Black Country Survivor Support (demo)' },
  { id: 'msvcc-referral-line', name: 'MSVCC 24-hour Referral Line (demo)' },
] as const;

/** One demo user per role: police roles in the police force, the coordinator on the referral line, the rest in the support charity. */
export const DEMO_USERS: readonly { role: Role; agencyId: string; displayName: string }[] = [
  { role: 'first-responder', agencyId: 'west-midlands-police', displayName: 'Demo First Responder' },
  { role: 'administrator', agencyId: 'west-midlands-police', displayName: 'Demo Administrator' },
  { role: 'advocate', agencyId: 'black-country-survivor-support', displayName: 'Demo Advocate' },
  {
    role: 'safe-house-staff',
    agencyId: 'black-country-survivor-support',
    displayName: 'Demo Safe-House Staff',
  },
  {
    role: 'placement-coordinator',
    agencyId: 'msvcc-referral-line',
    displayName: 'Demo Placement Coordinator',
  },
  { role: 'support-worker', agencyId: 'black-country-survivor-support', displayName: 'Demo Support Worker' },
  { role: 'commissioner', agencyId: 'black-country-survivor-support', displayName: 'Demo Commissioner' },
];

export const demoEmailOf = (role: Role): string => `${role}@demo.waypoint.test`;

export interface DemoCredential {
  email: string;
  password: string;
  role: Role;
  agencyId: string;
  displayName: string;
}

function readStoredPasswords(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { users?: DemoCredential[] };
    return Object.fromEntries((stored.users ?? []).map((user) => [user.email, user.password]));
  } catch {
    return {};
  }
}

/**
 * Creates the demo agencies and one user per role, idempotently. Generated passwords are kept in
 * `credentialsFile` (mode 0600, in the git-ignored .local folder) and reused on the next run; an
 * account whose password no longer matches the file is given the file's password again, so
 * what is printed always works.
 */
export async function seedDemo(dataSource: DataSource, credentialsFile: string): Promise<DemoCredential[]> {
  const accounts = new AccountsRepository(dataSource);
  const stored = readStoredPasswords(credentialsFile);
  for (const agency of DEMO_AGENCIES) await accounts.addAgency(agency);
  const credentials: DemoCredential[] = [];
  for (const demo of DEMO_USERS) {
    const email = demoEmailOf(demo.role);
    const password = stored[email] ?? randomBytes(18).toString('base64url');
    const existing = await accounts.userByEmail(email);
    if (!existing) {
      await accounts.addUser({
        id: randomUUID(),
        email,
        ...demo,
        passwordHash: await hashPassword(password),
      });
    } else if (!(await verifyPassword(existing.passwordHash, password))) {
      await accounts.setPasswordHash(existing.id, await hashPassword(password));
    }
    credentials.push({ email, password, ...demo });
  }
  mkdirSync(dirname(credentialsFile), { recursive: true, mode: 0o700 });
  writeFileSync(credentialsFile, `${JSON.stringify({ users: credentials }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(credentialsFile, 0o600);
  return credentials;
}
