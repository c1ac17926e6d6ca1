import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { describeWithoutValues } from '@waypoint/platform';
import type { Request, Response } from 'express';
import { renderPage } from './page-renderer';

/** What each status says to a person, in GOV.UK's words for these pages. */
export const ERROR_PAGES: Record<number, { title: string; paragraphs: string[] }> = {
  401: {
    title: 'You have been signed out',
    paragraphs: [
      'Your session ended, so what you sent was not saved.',
      'Sign in again, then go back to what you were doing.',
    ],
  },
  403: {
    title: 'You cannot do that',
    paragraphs: [
      'Your account is not allowed to do this, or the form had expired.',
      'If you were filling in a form, go back, refresh the page and try again.',
    ],
  },
  404: {
    title: 'Page not found',
    paragraphs: [
      'If you typed the web address, check it is correct.',
      'If you followed a link to a case, the case may belong to another agency.',
    ],
  },
  500: {
    title: 'Sorry, there is a problem with the service',
    paragraphs: ['Try again later.', 'Nothing you were recording was saved unless the case list shows it.'],
  },
  503: {
    title: 'Sorry, the service is unavailable',
    paragraphs: ['Part of Waypoint is not answering. Try again in a few minutes.'],
  },
};

export function errorPageOf(status: number): { status: number; title: string; paragraphs: string[] } {
  // A form posted after the session ended: the guard answers 401 (only page GETs are redirected to sign in).
  if (status === 401) return { status: 401, ...ERROR_PAGES[401] };
  if (status === 403) return { status: 403, ...ERROR_PAGES[403] };
  if (status === 404 || status === 405) return { status: 404, ...ERROR_PAGES[404] };
  if (status === 503 || status === 502 || status === 504) return { status: 503, ...ERROR_PAGES[503] };
  return { status: 500, ...ERROR_PAGES[500] };
}

/** A browser navigating or posting a form asks for HTML; API clients ask for JSON. */
export function wantsHtml(request: Request): boolean {
  return (request.headers.accept ?? '').includes('text/html') && !request.path.startsWith('/api/');
}

/**
 * GOV.UK-style error pages for browsers (404, 403, 500, 503), never a stack trace; everything else, and the
 * sign-in redirect, goes to the gateway's own filter. Registered after it, so Nest consults this one first.
 */
@Catch()
export class ConsolePagesFilter implements ExceptionFilter {
  private readonly logger = new Logger('ConsolePages');

  constructor(private readonly fallback: ExceptionFilter) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    // 303: the sign-in redirect; other 1xx-3xx answers are the gateway filter's too.
    if (!wantsHtml(request) || status < 400 || response.headersSent) {
      this.fallback.catch(exception, host);
      return;
    }
    if (status >= 500) this.logger.error(describeWithoutValues(exception));
    const page = errorPageOf(status);
    try {
      const html = renderPage(response, 'kit/views/error', {
        title: page.title,
        paragraphs: page.paragraphs,
        status: page.status,
      });
      response.status(page.status).type('html').setHeader('Cache-Control', 'no-store');
      response.send(html);
    } catch (renderError) {
      this.logger.error(describeWithoutValues(renderError));
      response.status(page.status).type('text').send(page.title);
    }
  }
}
