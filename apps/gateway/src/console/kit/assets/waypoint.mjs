// Progressive enhancement only: the console works without JavaScript. Loaded as a module from this origin,
// so the Content-Security-Policy needs no 'unsafe-inline'.
import { initAll as initGovukFrontend } from '/assets/govuk-frontend.min.js';
import { initAll as initMojFrontend } from '/assets/moj-frontend.min.js';

initGovukFrontend();
initMojFrontend();
