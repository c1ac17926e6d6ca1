import { ROLES } from '@waypoint/auth';
import { hasConsolePages, signedInElsewhereView } from './home';

describe('where signing in leads', () => {
  it('a first responder has the console pages; every other role, for now, does not', () => {
    expect(ROLES.filter(hasConsolePages)).toEqual(['first-responder']);
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
