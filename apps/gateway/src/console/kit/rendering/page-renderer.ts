import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { Environment } from 'nunjucks';
import { navigationOf } from '../role-pages';
import type { SignedInUser } from '../../../sessions/signed-in-user';
import { createViewEnvironment } from './view-environment';

let shared: Environment | undefined;

/** One nunjucks environment per process (templates compiled once), shared by pages and error pages. */
export function viewEnvironment(): Environment {
  shared ??= createViewEnvironment();
  return shared;
}

export interface PageContext {
  /** The page's h1, also its <title>. */
  title: string;
  user?: SignedInUser;
  /** The key (in the kit's role → pages map) of the navigation item this page is under. */
  navigation?: string;
  [key: string]: unknown;
}

/**
 * Renders a page to a string before anything is sent, so a template error becomes an ordinary exception (and
 * the GOV.UK error page) instead of a half-written response or Express's default handler with its stack trace.
 */
@Injectable()
export class PageRenderer {
  send(response: Response, view: string, context: PageContext, status = 200): void {
    const html = renderPage(response, view, context);
    response.status(status).type('html').setHeader('Cache-Control', 'no-store');
    response.send(html);
  }
}

/** `view`: a template's path under the console's folder, without `.njk` (see templateBeside). */
export function renderPage(response: Response, view: string, context: PageContext): string {
  return viewEnvironment().render(`${view}.njk`, {
    ...context,
    csrfToken: context.user?.csrfToken,
    navigationItems: context.user ? navigationOf(context.user.principal.role, context.navigation) : [],
    cspNonce: (response.locals as { cspNonce?: string }).cspNonce,
  });
}
