// Type-aware lint: the async rules catch un-awaited promises (an un-awaited assertion cannot fail).
import { readdirSync } from 'node:fs';
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const APPS = readdirSync(new URL('./apps', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
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
      'apps/gateway/src/web/assets/**',
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
          zones: APPS.map((app) => ({
            target: `./apps/${app}`,
            from: './apps',
            except: [`./${app}`],
            message: 'apps share only libs/',
          })),
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
