import * as path from 'node:path';
import express, { type Router } from 'express';
import { consoleDir, packageDir } from './view-environment';

/**
 * GOV.UK Frontend and MOJ Frontend as their packages ship them (precompiled CSS and ES-module JS, fonts,
 * images), plus the console's own small stylesheet and script, all under /assets. The packages' CSS refers to
 * /assets/fonts/… and /assets/images/…, which is why those paths are kept exactly. Only named files and the
 * two asset folders are exposed, never a package's whole directory.
 */
export function staticAssetsRouter(): Router {
  const govuk = path.join(packageDir('govuk-frontend'), 'dist', 'govuk');
  const moj = path.join(packageDir('@ministryofjustice/frontend'), 'moj');
  const own = path.join(consoleDir(), 'kit', 'assets');
  const options = { maxAge: '1h', index: false, fallthrough: true, dotfiles: 'ignore' } as const;

  const files: Record<string, string> = {
    'govuk-frontend.min.css': path.join(govuk, 'govuk-frontend.min.css'),
    'govuk-frontend.min.js': path.join(govuk, 'govuk-frontend.min.js'),
    'moj-frontend.min.css': path.join(moj, 'moj-frontend.min.css'),
    'moj-frontend.min.js': path.join(moj, 'moj-frontend.min.js'),
    'manifest.json': path.join(govuk, 'assets', 'manifest.json'),
    'waypoint.css': path.join(own, 'waypoint.css'),
    'waypoint.mjs': path.join(own, 'waypoint.mjs'),
    // Waypoint's own icon: GOV.UK Frontend's favicons are the crown, which only GOV.UK services may use.
    'waypoint-icon.svg': path.join(own, 'waypoint-icon.svg'),
  };

  const router = express.Router();
  router.use('/fonts', express.static(path.join(govuk, 'assets', 'fonts'), options));
  router.use('/images', express.static(path.join(govuk, 'assets', 'images'), options));
  router.use('/images', express.static(path.join(moj, 'assets', 'images'), options));
  router.get('/:file', (request, response, next) => {
    const file = files[request.params.file];
    if (!file) return next();
    // Modules must be served as JavaScript for the browser to run them.
    if (file.endsWith('.mjs')) response.type('text/javascript');
    response.sendFile(file, { maxAge: '1h' }, (error) => {
      if (error) next(error);
    });
  });
  return router;
}
