import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset.js');

/** Unit specs (`*.spec.ts`) and integration specs against a real PostgreSQL (`*.integration-spec.ts`). */
const config: Config = {
  ...preset,
  displayName: 'api',
  roots: ['<rootDir>/apps/api/src'],
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/apps/api/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/src/testing/global-teardown.ts',
  testTimeout: 30_000,
};

export default config;
