/* global fetch, setInterval, clearInterval -- Node 20 globals */
/* eslint-disable no-console -- tells the terminal why a run stopped */
// Runs the production build of the API against the bench database, on this machine only, and
// samples its resident memory while load runs.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { apiNodeFlags } from '../../tools/api-node-flags.mjs';
import { APP_ROLE_PASSWORD, BENCH_URL, BIG_TENANT_SLUG, DEMO_PASSWORD } from './settings.mjs';

export const API_MAIN = process.env.BENCH_API_MAIN ?? 'dist/apps/api/apps/api/src/main.js';
export const API_PORT = Number(process.env.BENCH_API_PORT ?? 3917);
export const API_BASE = `http://127.0.0.1:${API_PORT}`;

export async function startApi() {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} not found: build the API first (npx nx run api:build).`);
  }
  if (
    await fetch(`${API_BASE}/api/health`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`Something already listens on ${API_BASE}; stop it or set BENCH_API_PORT.`);
  }
  // Production's V8 flags (the memory figures are for what ships); BENCH_NODE_FLAGS=none runs
  // with Node's defaults, any other value replaces them, to measure their effect.
  const nodeFlags =
    process.env.BENCH_NODE_FLAGS === undefined
      ? apiNodeFlags()
      : process.env.BENCH_NODE_FLAGS.split(' ').filter((f) => f && f !== 'none');
  const env = { ...process.env };
  // The API's own default pool (4 x the cores) unless BENCH_POOL_SIZE asks for another.
  if (process.env.BENCH_POOL_SIZE) env.DATABASE_POOL_SIZE = process.env.BENCH_POOL_SIZE;
  const child = spawn(process.execPath, [...nodeFlags, API_MAIN], {
    env: {
      ...env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(API_PORT),
      DATABASE_URL: BENCH_URL,
      DATABASE_APP_PASSWORD: APP_ROLE_PASSWORD,
      // The generator migrated the schema; the load test measures serving, not starting.
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'false',
      SCHEDULER_ENABLED: 'false',
      JWT_SECRET: randomBytes(32).toString('hex'),
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      // Request logging at info costs throughput too; it is what production runs with.
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      ATTACHMENT_DIR: 'tmp/bench/attachments',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The API's own log, for when a run goes wrong (it is not part of the figures).
  mkdirSync('tmp/bench', { recursive: true });
  const log = createWriteStream('tmp/bench/api.log');
  child.stdout.pipe(log);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    log.write(chunk);
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.on('exit', (code, signal) => {
    if (!stopping)
      console.error(`The API exited during the run (${signal ?? code}); see tmp/bench/api.log`);
  });
  let stopping = false;
  for (let i = 0; i < 120; i += 1) {
    if (child.exitCode !== null) throw new Error(`The API exited while starting:\n${stderr}`);
    try {
      if ((await fetch(`${API_BASE}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
    if (i === 119) throw new Error(`The API did not become healthy:\n${stderr}`);
  }
  return {
    pid: child.pid,
    async stop() {
      stopping = true;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident set size of a process in MB (Linux /proc). */
export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

/** Samples RSS every 200 ms until stopped; returns the peak. */
export function sampleRss(pid) {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(pid));
    } catch {
      // process gone
    }
  }, 200);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

export async function signIn(email) {
  const response = await fetch(`${API_BASE}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: BIG_TENANT_SLUG, email, password: DEMO_PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const body = await response.json();
  return { authorization: `Bearer ${body.accessToken}` };
}
