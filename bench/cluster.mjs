/* global fetch -- Node 20 global */
/* eslint-disable no-console -- a command-line benchmark reports on the terminal */
// `npm run bench:cluster` (issue 6, item 7): more than one machine, on one machine. Three API
// processes (the production build) share one fresh database behind a round-robin proxy, with the
// scheduler on and every cron job firing each second (SCHEDULER_TICK_SECONDS). While autocannon
// sends a mixed load through the proxy, occurrences prepared to fall due across the run must each
// be handled exactly once: SLA warnings and breaches, approval reminders and timeouts, auto-closes,
// and the delivery of every outbox event. Mid-run one process is killed with SIGKILL (and later
// restarted). Afterwards the database must show every occurrence once, every event delivered, and
// every request the load generator was told was created. Exits 1 if any of that fails.
//
//   node bench/cluster.mjs [--ticks 100] [--tick-seconds 1] [--connections 6] [--no-restart]
//
// Uses the database `cluster_bench` (BENCH_CLUSTER_DB), dropped and recreated, and ports 3950 (the
// proxy) to 3953 (BENCH_CLUSTER_PORT moves the block). Run it under the shared lock.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { createDatabase, dropDatabase } from '../tools/test-database.mjs';
import { API_MAIN } from './lib/api-server.mjs';
import { ApiReplica } from './lib/api-replica.mjs';
import {
  checkAcknowledged,
  checkOutbox,
  checkScheduledEffects,
  pendingEvents,
} from './lib/cluster-checks.mjs';
import { startMixedLoad } from './lib/cluster-load.mjs';
import { formatClusterReport } from './lib/cluster-report.mjs';
import { AUTO_CLOSE_DAYS, dueBetween, lastInstant, prepareWork } from './lib/cluster-work.mjs';
import { startProxy } from './lib/round-robin-proxy.mjs';
import {
  APP_ROLE_PASSWORD,
  DEMO_PASSWORD,
  PG_ADMIN_URL,
  databaseUrl,
  parseArgs,
} from './lib/settings.mjs';

const args = parseArgs();
const TICKS = Number(args.ticks ?? 100);
const TICK_SECONDS = Number(args['tick-seconds'] ?? 1);
const CONNECTIONS = Number(args.connections ?? 6);
const RESTART = !args['no-restart'];
const DB = process.env.BENCH_CLUSTER_DB ?? 'cluster_bench';
const PROXY_PORT = Number(process.env.BENCH_CLUSTER_PORT ?? 3950);
const API_PORTS = [1, 2, 3].map((i) => PROXY_PORT + i);
const OUT = 'tmp/bench/cluster';
const JOBS = ['sla-sweep', 'approval-timeouts', 'request-auto-close'];
const TENANT = { slug: 'acme', domain: 'acme.test' };
const ITEM = 'New User Account';
const FORM = {
  firstName: 'Cluster',
  lastName: 'Run',
  department: 'Operations',
  startDate: '2031-01-06',
};
const SIZES = { slaRequests: 40, approvals: 45, autoClose: 30 };
const SECOND = 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function ensureBuild() {
  if (!existsSync(API_MAIN)) {
    console.log(`${API_MAIN} is missing: building the API`);
    const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
    const built = spawnSync('npx', ['nx', 'run', 'api:build'], { stdio: 'inherit', env });
    if (built.status !== 0) process.exit(1);
  }
  // A build from before the setting existed would ignore it and tick once a minute.
  const config = API_MAIN.replace(/main\.js$/, 'platform/config/app-config.js');
  if (!readFileSync(config, 'utf8').includes('SCHEDULER_TICK_SECONDS')) {
    throw new Error(`${API_MAIN} predates SCHEDULER_TICK_SECONDS: rebuild (npx nx run api:build).`);
  }
}

async function signIn(base, local) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      tenant: TENANT.slug,
      email: `${local}@${TENANT.domain}`,
      password: DEMO_PASSWORD,
    }),
  });
  if (!response.ok) throw new Error(`sign-in as ${local} failed: ${response.status}`);
  return { authorization: `Bearer ${(await response.json()).accessToken}` };
}

/** What the proxy got back from one upstream, and how often it found it refusing connections. */
function proxiedTo(proxy, port) {
  const upstream = proxy.stats.upstreams.find((u) => u.port === port);
  return { proxied: upstream.responses, refused: upstream.refused };
}

const ticksOf = (replica) =>
  Object.fromEntries(
    JOBS.map((j) => [j, replica.lives.reduce((n, l) => n + (l.ticks[j] ?? 0), 0)]),
  );

/**
 * Waits out the run: kills `victim` at 40% of the span, restarts it at 65% (unless --no-restart),
 * and returns once every survivor has fired TICKS ticks of every job and the last occurrence is
 * past. Returns when the victim was down and the survivors' SLA sweeps meanwhile.
 */
async function runWithKill({ work, spanMs, proxy, victim, survivors }) {
  const down = {
    killAt: work.t0 + 0.4 * spanMs,
    restartAt: RESTART ? work.t0 + 0.65 * spanMs : null,
  };
  const at = () => `+${Math.round((Date.now() - work.t0) / SECOND)} s`;
  const sweeps = () => survivors.map((r) => ticksOf(r)['sla-sweep']);
  const done = () =>
    Date.now() > lastInstant(work) + 2 * TICK_SECONDS * SECOND &&
    survivors.every((r) => JOBS.every((j) => ticksOf(r)[j] >= TICKS));
  const deadline = work.t0 + 3 * TICKS * TICK_SECONDS * SECOND + 60 * SECOND;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('The processes did not fire their ticks in time.');
    if (!down.from && Date.now() >= down.killAt) {
      console.log(`  ${at()}: SIGKILL :${victim.port}`);
      await victim.kill();
      down.from = Date.now();
      down.sweepsBefore = sweeps();
      Object.assign(victim.life, proxiedTo(proxy, victim.port));
    }
    if (down.from && !down.until && down.restartAt && Date.now() >= down.restartAt) {
      console.log(`  ${at()}: restarting :${victim.port}`);
      down.until = Date.now();
      down.sweepsAfter = sweeps();
      // Not awaited: the run goes on while it starts, as it would behind a real balancer.
      victim.start({ SEED_DEMO: 'false' }).catch((error) => console.error(error.message));
    }
    await sleep(250);
  }
  const until = down.until ?? Date.now();
  const after = down.sweepsAfter ?? sweeps();
  return {
    ...down,
    seconds: Math.round((until - down.from) / SECOND),
    occurrencesDue: dueBetween(work, down.from, until),
    survivorTicks: after.map((n, i) => n - down.sweepsBefore[i]),
  };
}

/** The run's verdict: each line must hold, or the script exits 1. */
function guaranteesOf({ lives, survivors, effects, outbox, acked }) {
  return [
    {
      name: `every process fired every job (the survivors ${TICKS}+ times each)`,
      ok:
        lives.every((l) => JOBS.every((j) => (l.ticks[j] ?? 0) > 0)) &&
        survivors.every((r) => JOBS.every((j) => ticksOf(r)[j] >= TICKS)),
    },
    { name: 'every scheduled occurrence handled exactly once', ok: effects.every((e) => e.ok) },
    { name: 'every outbox event delivered once per recipient, none pending', ok: outbox.ok },
    {
      name: 'every acknowledged create and submit is in the database (lost = 0)',
      ok: acked.lost === 0,
    },
    { name: 'no job failed for a tenant', ok: lives.every((l) => l.failed === 0) },
  ];
}

async function main() {
  ensureBuild();
  mkdirSync(OUT, { recursive: true });
  const ownerUrl = databaseUrl(PG_ADMIN_URL, DB);
  await dropDatabase(PG_ADMIN_URL, DB);
  await createDatabase(PG_ADMIN_URL, DB);

  // What every replica shares (docs/scaling.md): database, JWT secret, attachment directory.
  const env = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: ownerUrl,
    DATABASE_APP_PASSWORD: APP_ROLE_PASSWORD,
    // Every replica migrates and seeds on start: both are safe to run concurrently.
    MIGRATE_ON_START: 'true',
    SEED_DEMO: 'true',
    SCHEDULER_ENABLED: 'true',
    SCHEDULER_TICK_SECONDS: String(TICK_SECONDS),
    REQUEST_AUTO_CLOSE_DAYS: String(AUTO_CLOSE_DAYS),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    TRUST_PROXY: 'true',
    // Debug adds the one line per job tick that the replicas' counts come from.
    LOG_LEVEL: 'debug',
    ATTACHMENT_DIR: `${OUT}/attachments`,
  };
  const replicas = API_PORTS.map(
    (port) => new ApiReplica({ port, env, logFile: `${OUT}/api-${port}.log` }),
  );
  const owner = new pg.Client({ connectionString: ownerUrl });
  let proxy;
  try {
    console.log(
      `Starting ${replicas.length} API processes on ${API_PORTS.join(', ')} (database ${DB})`,
    );
    await Promise.all(replicas.map((r) => r.start()));
    proxy = await startProxy(PROXY_PORT, API_PORTS);
    const base = `http://127.0.0.1:${PROXY_PORT}`;
    const auth = {
      requester: await signIn(base, 'requester'),
      agent: await signIn(base, 'agent'),
      approver: await signIn(base, 'approver'),
    };
    await owner.connect();
    const {
      rows: [{ tenant_id: tenantId, item_id: itemId }],
    } = await owner.query(
      `SELECT t.id AS tenant_id, i.id AS item_id FROM tenants t
         JOIN catalog_items i ON i.tenant_id = t.id AND i.name = $2 WHERE t.slug = $1`,
      [TENANT.slug, ITEM],
    );

    const spanMs = (TICKS - 5) * TICK_SECONDS * SECOND;
    console.log(
      `Preparing scheduled work (${JSON.stringify(SIZES)}) due over ${spanMs / SECOND} s`,
    );
    const api = { base, auth, itemId, formData: FORM };
    const work = await prepareWork({ api, owner, tenantId, sizes: SIZES, spanMs });
    for (const r of replicas) r.countFrom(work.t0);
    const load = startMixedLoad({ base, auth, itemId, formData: FORM, connections: CONNECTIONS });
    const loadStarted = Date.now();

    const victim = replicas[1];
    const survivors = replicas.filter((r) => r !== victim);
    const down = await runWithKill({ work, spanMs, proxy, victim, survivors });
    const loadResult = await load.stop();
    const loadSeconds = (Date.now() - loadStarted) / SECOND;
    console.log(`Load stopped after ${Math.round(loadSeconds)} s; waiting for the outbox to drain`);
    for (let i = 0; i < 60 && (await pendingEvents(owner)) > 0; i += 1) await sleep(SECOND);

    await Promise.all(replicas.map((r) => r.stop()));
    for (const r of replicas) {
      // Responses per upstream; a life that ended earlier took its share when it was killed.
      const total = proxiedTo(proxy, r.port);
      const earlier = r.lives.slice(0, -1);
      Object.assign(r.life, {
        proxied: total.proxied - earlier.reduce((n, l) => n + l.proxied, 0),
        refused: total.refused - earlier.reduce((n, l) => n + l.refused, 0),
      });
    }
    const badGateway = proxy.stats.badGateway;
    await proxy.stop();
    proxy = null;

    const effects = await checkScheduledEffects(owner, tenantId, work);
    const outbox = await checkOutbox(owner);
    const acked = await checkAcknowledged(owner, tenantId, load.acked);
    const lives = replicas.flatMap((r) => r.lives);
    const guarantees = guaranteesOf({ lives, survivors, effects, outbox, acked });
    const report = {
      at: new Date().toISOString(),
      processes: replicas.length,
      tickSeconds: TICK_SECONDS,
      connections: CONNECTIONS,
      loadSeconds,
      killed: `:${victim.port}`,
      killAtS: Math.round((down.killAt - work.t0) / SECOND),
      restartAtS: down.restartAt ? Math.round((down.restartAt - work.t0) / SECOND) : null,
      badGateway,
      whileDown: down,
      load: { ...loadResult, acked: undefined },
      acked,
      lives,
      effects,
      outbox,
      guarantees,
    };
    const markdown = formatClusterReport(report);
    writeFileSync(`${OUT}.json`, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(`${OUT}.md`, markdown);
    console.log(`\n${markdown}`);
    return guarantees.every((g) => g.ok) ? 0 : 1;
  } finally {
    await proxy?.stop();
    await Promise.all(replicas.map((r) => r.stop()));
    await owner.end().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
