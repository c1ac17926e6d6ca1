import type { Role } from '@waypoint/auth';

/** A console page a role reaches from the navigation; `key` is what a page names to mark itself current. */
export interface ConsolePageLink {
  readonly key: string;
  readonly href: string;
  readonly text: string;
}

/**
 * The one map of which console pages each role has: the navigation is drawn from it and the first
 * page is where signing in leads. A role with no pages yet signs in to a page saying who they are.
 * Each page's own guard (@ConsolePage) is what refuses other roles; this map only says where to go.
 */
export const ROLE_PAGES: Readonly<Record<Role, readonly ConsolePageLink[]>> = {
  'first-responder': [
    { key: 'cases', href: '/cases', text: 'My cases' },
    { key: 'identify', href: '/identifications/new', text: 'Record an identification' },
  ],
  advocate: [],
  'safe-house-staff': [
    { key: 'houses', href: '/safe-house/houses', text: 'My houses' },
    { key: 'offers', href: '/safe-house/offers', text: 'Incoming offers' },
    { key: 'arrivals', href: '/safe-house/arrivals', text: 'Expected arrivals' },
    { key: 'residents', href: '/safe-house/residents', text: 'Residents' },
  ],
  'placement-coordinator': [
    { key: 'placement-requests', href: '/placement/requests', text: 'Placement requests' },
    { key: 'vacancies', href: '/placement/vacancies', text: 'Vacancies' },
  ],
  'support-worker': [],
  commissioner: [],
  administrator: [],
};

/** Where signing in leads a role: its first page, or nothing when the role has no console pages yet. */
export function landingPageOf(role: Role): string | undefined {
  return ROLE_PAGES[role][0]?.href;
}

export function hasConsolePages(role: Role): boolean {
  return ROLE_PAGES[role].length > 0;
}

export interface NavigationItem {
  href: string;
  text: string;
  active: boolean;
}

/** The GOV.UK service navigation items of a role, with the current page marked. */
export function navigationOf(role: Role, current: string | undefined): NavigationItem[] {
  return ROLE_PAGES[role].map(({ key, href, text }) => ({ href, text, active: key === current }));
}
