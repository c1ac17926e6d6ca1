import * as path from 'node:path';
import * as nunjucks from 'nunjucks';
import { formatLocalDate, formatLondonDateTime } from '../console/labels';

/**
 * Where the console's own files (templates, its small CSS and JS) live: beside this file, in the
 * source tree under ts (tests) and in dist/ after `npm run build`, which copies them there
 * (infra/src/copy-build-assets.ts). A built process never reads the source tree.
 */
export function webSourceDir(): string {
  return __dirname;
}

/** The packages' roots, found through node's resolution so a hoisted or nested install both work. */
export function packageDir(name: 'govuk-frontend' | '@ministryofjustice/frontend'): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

export interface FrontendPaths {
  views: string;
  govukDist: string;
  mojRoot: string;
}

export function frontendPaths(): FrontendPaths {
  return {
    views: path.join(webSourceDir(), 'views'),
    // Templates import "govuk/components/…" and "moj/components/…", so these roots go on the search path.
    govukDist: path.join(packageDir('govuk-frontend'), 'dist'),
    mojRoot: packageDir('@ministryofjustice/frontend'),
  };
}

/**
 * The nunjucks environment: autoescape on (every value is escaped unless a template says `| safe` about
 * markup it built itself), undefined values render empty, templates cached outside development.
 */
export function createViewEnvironment(
  paths: FrontendPaths = frontendPaths(),
  watch = false,
): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader([paths.views, paths.govukDist, paths.mojRoot], {
    noCache: watch,
    watch: false,
  });
  const environment = new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: false });
  environment.addFilter('govukDate', (value: string) => formatLocalDate(value));
  environment.addFilter('govukDateTime', (value: string) => formatLondonDateTime(value));
  // The MOJ timeline formats its dates with these filters; London time, not the server's zone.
  environment.addFilter('mojDate', (value: string, type?: string) =>
    type === 'date' || type === 'shortdate'
      ? formatLondonDateTime(value).replace(/ at .*$/, '')
      : formatLondonDateTime(value),
  );
  environment.addFilter('date', (value: string) => formatLondonDateTime(value));
  environment.addGlobal('serviceName', 'Waypoint');
  return environment;
}
