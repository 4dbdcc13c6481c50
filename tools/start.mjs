// What `npm start` runs: Trellis on one machine with nothing but Node installed.
//
// Without DATABASE_URL it runs an embedded PostgreSQL whose data lives in ./.data/pg (kept between
// runs); without JWT_SECRET it generates one once into ./.data/jwt-secret. It then builds the API
// and portal (SKIP_BUILD=1 skips; Nx's cache makes repeats quick) and runs the API, which serves
// the portal, migrates, seeds the demo tenant and prints the URL and demo logins.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { apiNodeFlags } from './api-node-flags.mjs';
import { handleShutdownSignals, run, signalExitCode, spawnChild } from './processes.mjs';
import { databaseUrl, ensureDatabase, startEmbeddedPostgres } from './test-database.mjs';

const DATA_DIR = path.resolve('.data');
const API_MAIN = 'dist/apps/api/apps/api/src/main.js';

/** A local secret generated once and kept (0600) so restarts keep sessions and data usable. */
async function persistedSecret(file, bytes) {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(bytes).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600); // writeFile's mode is filtered by the umask
  return secret;
}

// A signal is forwarded to the running child (build or API); main() notices `interrupted` once
// that child has exited, and PostgreSQL is stopped last.
let interrupted;
handleShutdownSignals((signal) => (interrupted = signal));
let stopDatabase = async () => {};

async function main() {
  await mkdir(DATA_DIR, { recursive: true }); // not 0700: the postgres user must traverse it
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

  if (!env.DATABASE_URL) {
    const pgDir = path.join(DATA_DIR, 'pg');
    const passwordFile = path.join(DATA_DIR, 'pg-password');
    // The password is fixed at initdb; a cluster without its password file cannot be logged into.
    if (existsSync(path.join(pgDir, 'PG_VERSION')) && !existsSync(passwordFile)) {
      throw new Error(
        `${passwordFile} is missing; remove ${pgDir} to start with a fresh database.`,
      );
    }
    const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
    console.log(`Starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${pgDir})`);
    const server = await startEmbeddedPostgres({
      dataDir: pgDir,
      port,
      password: await persistedSecret(passwordFile, 24),
      persistent: true,
    });
    stopDatabase = server.stop;
    if (interrupted) return signalExitCode(interrupted);
    if (await ensureDatabase(server.adminUrl, 'trellis')) console.log('Created database trellis');
    env.DATABASE_URL = databaseUrl(server.adminUrl, 'trellis');
  }
  env.JWT_SECRET ||= await persistedSecret(path.join(DATA_DIR, 'jwt-secret'), 48);
  if (interrupted) return signalExitCode(interrupted);

  if (env.SKIP_BUILD !== '1') {
    const built = await run('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,portal'], {
      env,
    });
    if (interrupted) return signalExitCode(interrupted);
    if (!built) return 1;
  }
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} not found: build first.`);

  // Production's heap limits (tools/api-node-flags.mjs), so memory here is what it will be there.
  const api = spawnChild('node', [...apiNodeFlags(env.NODE_OPTIONS), API_MAIN], {
    env: {
      ...env,
      NODE_ENV: 'production',
      PORT: env.PORT ?? '3000',
      PORTAL_DIST: env.PORTAL_DIST ?? 'dist/apps/portal',
      SEED_DEMO: 'true',
      MIGRATE_ON_START: 'true',
    },
  });
  const { code, signal } = await api.exited;
  if (interrupted) return signalExitCode(interrupted);
  if (code !== 0) console.error(`The API exited (${signal ?? `code ${code}`}).`);
  return code ?? 1;
}

let exitCode;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await stopDatabase();
}
process.exit(exitCode);
