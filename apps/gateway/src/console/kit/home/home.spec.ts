import { ROLES } from '@waypoint/auth';
import { hasConsolePages, landingPageOf, navigationOf } from '../role-pages';
import { signedInElsewhereView } from './home';

describe('where signing in leads', () => {
  it('first responders, safe-house staff and placement coordinators have console pages; the others, for now, do not', () => {
    expect(ROLES.filter(hasConsolePages)).toEqual([
      'first-responder',
      'safe-house-staff',
      'placement-coordinator',
    ]);
  });

  it.each(ROLES.filter((role) => !hasConsolePages(role)))(
    '%s is told who they are signed in as, not refused',
    (role) => {
      const view = signedInElsewhereView(role);
      expect(view.title).toBe('You are signed in');
      expect(view.paragraphs[0]).toMatch(/^You are signed in as [a-z-]+( [a-z-]+)*\.$/);
    },
  );

  it('tells a commissioner they will see figures, never individual cases', () => {
    expect(signedInElsewhereView('commissioner').paragraphs.join(' ')).toMatch(/never individual cases/);
  });
});

describe('the role → pages map', () => {
  it('leads each role with pages to its first one, and gives every other role no landing page yet', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, landingPageOf(role)]))).toEqual({
      'first-responder': '/cases',
      advocate: undefined,
      'safe-house-staff': '/safe-house/houses',
      'placement-coordinator': '/placement/requests',
      'support-worker': undefined,
      commissioner: undefined,
      administrator: undefined,
    });
  });

  it('draws the navigation of a role from its pages, with the current one active', () => {
    expect(navigationOf('first-responder', 'identify')).toEqual([
      { href: '/cases', text: 'My cases', active: false },
      { href: '/identifications/new', text: 'Record an identification', active: true },
    ]);
    expect(navigationOf('commissioner', undefined)).toEqual([]);
  });

  it('names the roles that have pages on the page of those that do not', () => {
    expect(signedInElsewhereView('advocate').paragraphs[1]).toBe(
      'The console has pages for first responders, safe-house staff and placement coordinators so far. The pages for your role are being built.',
    );
  });
});
