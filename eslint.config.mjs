// Type-aware lint: the async rules catch un-awaited promises (an un-awaited assertion cannot fail).
import { readdirSync } from 'node:fs';
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const APPS = readdirSync(new URL('./apps', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const APP_ZONES = APPS.map((app) => ({
  target: `./apps/${app}`,
  from: './apps',
  except: [`./${app}`],
  message: 'apps share only libs/',
}));

// The console's role folders (first-responder/, …): everything beside the shared kit.
const CONSOLE = './apps/gateway/src/console';
const CONSOLE_ROLES = readdirSync(new URL(CONSOLE, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.local/**',
      'coverage/**',
      'test-artifacts/**',
      '*.js',
      '*.mjs',
      // Browser-side assets served as they are (no TypeScript project covers them).
      'apps/gateway/src/console/kit/assets/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/apps/*', '../../apps/**', 'apps/*'], message: 'apps share only libs/' }] },
      ],
    },
  },
  {
    // The same boundary by resolved path, so a sibling-relative import (`../../../referral/src/…`
    // from apps/identification) is refused too: an app's files may import only their own app and libs/.
    files: ['apps/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: APP_ZONES,
        },
      ],
    },
  },
  {
    // A role's pages build on the kit and the clients only: never another role's pages, nor the
    // gateway's own modules (sessions, the service client), which the kit wraps for every role.
    // The kit in turn knows no role's pages.
    files: ['apps/gateway/src/console/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          // Both sets of zones: a later block's options replace an earlier block's for the same rule.
          zones: [
            ...APP_ZONES,
            ...CONSOLE_ROLES.map((role) => ({
              target: `${CONSOLE}/${role}`,
              from: './apps/gateway/src',
              except: ['./console/kit', `./console/${role}`],
              message: `${role}/ imports only the console kit, @waypoint/clients and libs/`,
            })),
            {
              target: `${CONSOLE}/kit`,
              from: CONSOLE,
              except: ['./kit'],
              message: "the console kit serves every role and imports no role's pages",
            },
          ],
        },
      ],
    },
  },
  {
    // infra/ and tests provision and drive services from outside; they may import apps' database options.
    files: ['infra/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  prettier,
);
