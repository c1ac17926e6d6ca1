import type { Request } from 'express';
import { errorPageOf, wantsHtml } from './console-pages.filter';

describe('error pages', () => {
  it.each([
    [401, 401, 'You have been signed out'],
    [403, 403, 'You cannot do that'],
    [404, 404, 'Page not found'],
    [405, 404, 'Page not found'],
    [502, 503, 'Sorry, the service is unavailable'],
    [503, 503, 'Sorry, the service is unavailable'],
    [500, 500, 'Sorry, there is a problem with the service'],
    [418, 500, 'Sorry, there is a problem with the service'],
  ])('answer %i with a %i page titled %p', (status, shown, title) => {
    expect(errorPageOf(status)).toMatchObject({ status: shown, title });
  });

  it('are for browsers only: the JSON API keeps its JSON errors', () => {
    const request = (accept: string, path: string) => ({ headers: { accept }, path }) as unknown as Request;
    expect(wantsHtml(request('text/html,application/xhtml+xml', '/cases/x'))).toBe(true);
    expect(wantsHtml(request('application/json', '/cases/x'))).toBe(false);
    expect(wantsHtml(request('text/html', '/api/referrals'))).toBe(false);
  });
});
