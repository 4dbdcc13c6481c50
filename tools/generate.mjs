// `npm run generate`: regenerates apps/api/openapi.json and libs/api-client's types from the API
// code, without a database. Runs the TypeScript sources directly (transpile only, path aliases).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(
  process.execPath,
  ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/generate-openapi.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.base.json', TS_NODE_TRANSPILE_ONLY: 'true' },
  },
);
process.exit(result.status ?? 1);
