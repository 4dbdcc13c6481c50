// pgbench TPC-B on its own database: the write baseline create+submit is compared with. Skipped
// (with a note) when pgbench is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { PG_ADMIN_URL, databaseUrl } from './settings.mjs';

const DB = 'trellis_bench_pgbench';

export function hasPgbench() {
  return spawnSync('pgbench', ['--version'], { encoding: 'utf8' }).status === 0;
}

export function preparePgbench(scale = 10) {
  const admin = new URL(PG_ADMIN_URL);
  const psql = (sql) =>
    execFileSync('psql', [PG_ADMIN_URL, '-qc', sql], { stdio: ['ignore', 'ignore', 'inherit'] });
  psql(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  psql(`CREATE DATABASE ${DB}`);
  execFileSync('pgbench', ['-i', '-q', '-s', String(scale), databaseUrl(admin.toString(), DB)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** TPC-B at `clients` connections for `seconds`; returns tps and latency percentiles (ms). */
export function runPgbench(clients, seconds) {
  const url = databaseUrl(PG_ADMIN_URL, DB);
  const result = spawnSync(
    'pgbench',
    [
      '-c',
      String(clients),
      '-j',
      String(Math.min(clients, 2)),
      '-T',
      String(seconds),
      '-M',
      'prepared',
      '-n',
      '-r',
      url,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`pgbench failed: ${result.stderr}`);
  const tps = Number(/tps = ([\d.]+)/.exec(result.stdout)?.[1]);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(result.stdout)?.[1]);
  return { rps: Math.round(tps), avgLatency: latency };
}

export function dropPgbench() {
  execFileSync('psql', [PG_ADMIN_URL, '-qc', `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
