import type { SignedInUser } from '../../../sessions/signed-in-user';
import { renderPage, viewEnvironment } from './page-renderer';

/*
 * The templates rendered with the real GOV.UK and MOJ Frontend macros (read from node_modules), checking what
 * the view models cannot: escaping, the layout's branding, the CSP nonce, the sign-out form and the timeline macro.
 */
const response = { locals: { cspNonce: 'test-nonce' } } as never;
const user: SignedInUser = {
  userId: 'user-1',
  email: 'alex@example.gov.uk',
  displayName: 'Alex <b>Officer</b>',
  agencyName: 'West Midlands Police',
  principal: { subject: 'user-1', role: 'first-responder', agency: 'west-midlands-police' },
  csrfToken: 'csrf-123',
};

describe('pages', () => {
  it('escape what users typed (autoescape on)', () => {
    const html = renderPage(response, 'kit/sign-in/sign-in', {
      title: 'Sign in',
      email: '"><script>x</script>',
      returnTo: '/cases',
    });
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  it("carry the CSP nonce on the template's one inline script, and the sign-out form its CSRF token", () => {
    const html = renderPage(response, 'kit/home/signed-in-elsewhere', {
      title: 'You are signed in',
      user,
      paragraphs: [],
    });
    expect(html).toContain('<script nonce="test-nonce">');
    expect(html).toMatch(
      /<form method="post" action="\/sign-out"[^>]*>\s*<input type="hidden" name="_csrf" value="csrf-123">/,
    );
    expect(html).toContain('Alex &lt;b&gt;Officer&lt;/b&gt;');
    // The agency by name, not by its id.
    expect(html).toMatch(
      /Signed in as <strong>Alex &lt;b&gt;Officer&lt;\/b&gt;<\/strong>, West Midlands Police/,
    );
    expect(html).not.toContain('west-midlands-police');
  });

  it.each([
    ['signed in', 'kit/home/signed-in-elsewhere', { title: 'You are signed in', user, paragraphs: [] }],
    ['signed out', 'kit/sign-in/sign-in', { title: 'Sign in', returnTo: '/cases' }],
  ] as const)(
    "carry Waypoint's own branding, not GOV.UK's, %s: no crown, wordmark, licence or Crown copyright",
    (_when, view, context) => {
      const html = renderPage(response, view, context);
      expect(html).toMatch(
        /<div class="govuk-generic-header">[\s\S]*class="govuk-generic-header__homepage-link">\s*Waypoint\s*<\/a>/,
      );
      for (const gov of [
        'govuk-header',
        'govuk-logo',
        'govuk-footer__crown',
        'GOV.UK',
        'Crown copyright',
        'Open Government Licence',
        'govuk-footer__licence',
        'images/favicon',
        'govuk-icon',
      ]) {
        expect({ gov, found: html.includes(gov) }).toEqual({ gov, found: false });
      }
      expect(html).toContain(
        '<link rel="icon" sizes="any" href="/assets/waypoint-icon.svg" type="image/svg+xml">',
      );
      expect(html).toMatch(
        /<footer class="govuk-template__footer">[\s\S]*href="tel:08000121700">Modern Slavery Helpline/,
      );
    },
  );

  it('draw a journey timeline with the kit macro, or say none has arrived yet', () => {
    const items = [
      {
        label: { text: 'Referred into the NRM' },
        text: 'Submitted to the SCA',
        datetime: { timestamp: '2026-11-23T09:00:00Z', type: 'datetime' },
        byline: { text: 'west-midlands-police' },
      },
    ];
    const env = viewEnvironment();
    const render = (timeline: unknown[]) =>
      env.renderString(
        '{% from "macros/journey-timeline.njk" import journeyTimeline %}{{ journeyTimeline({ items: timeline, id: "t", refreshHref: "/cases/x/timeline" }) }}',
        { timeline },
      );
    expect(render(items)).toMatch(/<div class="moj-timeline" id="t">[\s\S]*Referred into the NRM/);
    expect(render(items)).toContain('23 November 2026');
    expect(render([])).toContain('<a class="govuk-link" href="/cases/x/timeline">refresh this page</a>');
  });
});
