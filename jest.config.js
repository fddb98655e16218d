/** One jest run for every layer; globalSetup starts the real PostgreSQL and Temporal dev server once. */
// Type checking is `npm run typecheck` (run by `npm test` first); here ts-jest only transpiles, file by file.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  transform: { '^.+\\.ts$': tsJest },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@csf/(domain|config|persistence|temporal|metrics)$': '<rootDir>/libs/$1/src/index.ts',
  },
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/workflows/**/*.spec.ts',
    '<rootDir>/test/**/*.test.ts',
    '<rootDir>/test/**/*.e2e.ts',
  ],
  setupFiles: ['<rootDir>/test/setup/temporal-runtime.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  testTimeout: 60_000,
  // Two cores: one worker per core; each test file gets its own database and task queue.
  maxWorkers: 2,
};
