export const ROLES = [
  'first-responder',
  'advocate',
  'safe-house-staff',
  /** The 24-hour referral line: matches placement requests to safe-house beds across every provider. */
  'placement-coordinator',
  'support-worker',
  'commissioner',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work on individual survivors' cases (as opposed to aggregates or administration). */
export const CASE_ROLES: readonly Role[] = [
  'first-responder',
  'advocate',
  'safe-house-staff',
  'support-worker',
];

/** Who is calling, as asserted by a verified token. */
export interface Principal {
  subject: string;
  role: Role;
  agency: string;
}

export const TOKEN_ISSUER = 'waypoint-gateway';
export const TOKEN_AUDIENCE = 'waypoint-services';
export const TOKEN_ALGORITHM = 'EdDSA';
