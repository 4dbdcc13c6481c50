import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset.js');

const config: Config = {
  ...preset,
  displayName: 'domain',
  roots: ['<rootDir>/libs/domain/src'],
  testMatch: ['**/*.spec.ts'],
};

export default config;
