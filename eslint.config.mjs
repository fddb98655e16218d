// ESLint: a small set of rules that catch real bugs, not a style guide (Prettier owns formatting).
// The promise rules need type information, so every TypeScript file is checked through its own tsconfig
// (the root one, or apps/web's for the portal) via typescript-eslint's project service.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Node built-ins by bare name as well as `node:*`: `import 'fs'` slips past the pattern, and the bundle has no Node.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.data/**',
      '.tools/**',
      'coverage/**',
      'docs/**',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its error (an unhandled rejection kills the worker) and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async callback where a void one is expected (event handlers, Array#forEach, Express) drops its rejection.
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox, bundled by webpack: no Node, no Nest, no database.
    // Specs run in plain Node against a real server and may use all of those.
    files: ['workflows/src/**/*.ts'],
    ignores: ['workflows/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Workflow code is sandboxed: no Node built-ins (do I/O in an activity).',
          })),
          patterns: [
            { group: ['node:*'], message: 'Workflow code is sandboxed: no Node built-ins (do I/O in an activity).' },
            { group: ['@nestjs/*'], message: 'Workflow code is bundled without Nest: use an activity.' },
            {
              group: ['typeorm', 'typeorm/*', 'pg', 'pg/*'],
              message: 'Workflow code never touches the database: use an activity.',
            },
          ],
        },
      ],
    },
  },
);
