/* eslint-disable no-console -- a command-line benchmark reports on the terminal */
// `npm run bench`: build the API, generate the data set if it is missing (or --requests is given),
// check the query plans, then run the load tests. Exits 1 when a plan fails.
//
//   npm run bench -- [--requests 1000000] [--skip-build] [--runs 3] [--duration 4] [--connections 1,8,32,64]
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { BENCH_DB, PG_ADMIN_URL, parseArgs } from './lib/settings.mjs';

const args = parseArgs();
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

function step(label, command, commandArgs) {
  console.log(`\n== ${label}`);
  return spawnSync(command, commandArgs, { stdio: 'inherit', env }).status ?? 1;
}

async function databaseExists() {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      BENCH_DB,
    ]);
    return rowCount > 0;
  } finally {
    await client.end();
  }
}

if (!args['skip-build'] && step('build the API', 'npx', ['nx', 'run', 'api:build']) !== 0) {
  process.exit(1);
}
if (args.requests || !(await databaseExists())) {
  const requests = String(args.requests ?? 1_000_000);
  if (step('generate data', 'node', ['bench/generate.mjs', '--requests', requests]) !== 0) {
    process.exit(1);
  }
}
const plans = step('query plans', 'node', ['bench/plans.mjs']);
const loadArgs = ['bench/load.mjs'];
if (args.runs) loadArgs.push('--runs', String(args.runs));
if (args.duration) loadArgs.push('--duration', String(args.duration));
if (args.connections) loadArgs.push('--connections', String(args.connections));
const load = step('load tests', 'node', loadArgs);
process.exit(plans || load);
