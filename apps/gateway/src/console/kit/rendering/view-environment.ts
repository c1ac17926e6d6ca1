import * as path from 'node:path';
import * as nunjucks from 'nunjucks';
import { formatLocalDate, formatLondonDateTime } from '../labels';

/**
 * The console's root folder, holding every template (each page's beside its controller, the kit's
 * layout and partials under kit/views) and the kit's assets: the source tree under ts (tests), and
 * dist/ after `npm run build`, which copies them there (infra/src/copy-build-assets.ts). A built
 * process never reads the source tree.
 */
export function consoleDir(): string {
  return path.resolve(__dirname, '..', '..');
}

/**
 * A page template beside the code that renders it (`templateBeside(__dirname, 'case')`), named as
 * the renderer finds it, so a use case's folder can move without its template names changing.
 */
export function templateBeside(dir: string, name: string): string {
  const relative = path.relative(consoleDir(), path.join(dir, name));
  if (relative.startsWith('..')) throw new Error(`${dir} is not inside the console`);
  return relative.split(path.sep).join('/');
}

/** The packages' roots, found through node's resolution so a hoisted or nested install both work. */
export function packageDir(name: 'govuk-frontend' | '@ministryofjustice/frontend'): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

export interface FrontendPaths {
  /** Page templates, by their path under the console's folder. */
  console: string;
  /** The kit's layout, partials and macros, which pages extend and import by name. */
  views: string;
  govukDist: string;
  mojRoot: string;
}

export function frontendPaths(): FrontendPaths {
  return {
    console: consoleDir(),
    views: path.join(consoleDir(), 'kit', 'views'),
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
  const loader = new nunjucks.FileSystemLoader([paths.console, paths.views, paths.govukDist, paths.mojRoot], {
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
