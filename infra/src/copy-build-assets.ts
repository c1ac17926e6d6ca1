/**
 * Part of `npm run build`: copies the files the compiled apps read at run time (the console's
 * nunjucks templates and its own CSS, JS and icon) from apps/ into dist/apps/ at the same relative
 * paths, so a process started from dist/ never reads the source tree.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const RUN_TIME_FILES = /\.(njk|css|mjs|svg)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && RUN_TIME_FILES.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const copied = filesUnder(path.join(root, 'apps')).map((source) => {
  const target = path.join(root, 'dist', path.relative(root, source));
  cpSync(source, target);
  return target;
});
const missing = copied.filter((target) => !existsSync(target));
if (copied.length === 0 || missing.length > 0) {
  throw new Error(`build assets not copied into dist/: ${missing.join(', ') || 'none found under apps/'}`);
}
console.log(`[build] copied ${copied.length} templates and assets into dist/`);
