import type { Role } from '@waypoint/auth';
import { ROLE_LABELS } from '../labels';
import { ROLE_PAGES } from '../role-pages';

export interface SignedInElsewhereView {
  title: string;
  paragraphs: string[];
}

/**
 * What someone whose role has no console pages yet sees after signing in, instead of a refusal: who they are
 * signed in as and what they can use meanwhile. A commissioner, in particular, never opens individual cases.
 */
export function signedInElsewhereView(role: Role): SignedInElsewhereView {
  const paragraphs = [
    `You are signed in as ${ROLE_LABELS[role].toLowerCase()}.`,
    `The console has pages for ${rolesWithPages()} so far. The pages for your role are being built.`,
  ];
  if (role === 'commissioner') {
    paragraphs.push('Commissioners will see service figures here, never individual cases.');
  } else if (role === 'administrator') {
    paragraphs.push('Agencies and users are managed through the administration API under /api/admin.');
  } else {
    paragraphs.push("Meanwhile, your agency's systems and the journey API serve the cases you work on.");
  }
  return { title: 'You are signed in', paragraphs };
}

/** Where adding an s is not the plural. */
const ROLE_PLURALS: Partial<Record<Role, string>> = { 'safe-house-staff': 'safe-house staff' };

function rolesWithPages(): string {
  const labels = (Object.keys(ROLE_PAGES) as Role[])
    .filter((role) => ROLE_PAGES[role].length > 0)
    .map((role) => ROLE_PLURALS[role] ?? `${ROLE_LABELS[role].toLowerCase()}s`);
  return labels.length > 1
    ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
    : (labels[0] ?? 'no role');
}
