// Where the benchmarks run and the knobs they share. Everything is overridable from the
// environment so the suite can point at another server; traffic stays on this machine by default.

export const PG_ADMIN_URL =
  process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_DB = process.env.BENCH_DB ?? 'trellis_bench';
/** The role the API connects as (migrations create it); trust auth on the dev box ignores it. */
export const APP_ROLE = 'trellis_app';
export const APP_ROLE_PASSWORD = process.env.BENCH_APP_PASSWORD ?? 'trellis-app-local-only';
export const DEMO_PASSWORD = 'Trellis-demo-1';
/** The tenant holding 30% of all requests; signed-in users for the load test come from it. */
export const BIG_TENANT_SLUG = 'bench-00';
export const BIG_TENANT_DOMAIN = 'bench-00.test';

export function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export const BENCH_URL = databaseUrl(PG_ADMIN_URL, BENCH_DB);

export function appRoleUrl() {
  const url = new URL(BENCH_URL);
  url.username = APP_ROLE;
  url.password = APP_ROLE_PASSWORD;
  return url.toString();
}

/** `--name value` and `--flag` from argv. */
export function parseArgs(argv = process.argv.slice(2)) {
  const args = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[arg.slice(2)] = true;
    else {
      args[arg.slice(2)] = next;
      i += 1;
    }
  }
  return args;
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
