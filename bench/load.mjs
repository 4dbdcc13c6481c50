/* eslint-disable no-console -- a command-line benchmark reports on the terminal */
/* global fetch -- a Node 20 global */
// Load tests (issue 6, item 2): the production build of the API against the generated database,
// autocannon at 1, 8, 32 and 64 connections per case, and in the same run the same SQL through
// node-postgres at the same concurrency (as the API role in a tenant transaction, and plain), plus
// pgbench TPC-B as the write baseline. Prints a table and writes tmp/bench/load.{json,md}.
//
//   node bench/load.mjs [--runs 3] [--duration 4] [--connections 1,8,32,64] [--only "detail|approve"]
//                       [--approvals 1000]
//
// Each case runs `--runs` times at each concurrency, the API and the raw SQL taking turns, and the
// report gives the median of each figure with the spread (min-max) of the throughput: the machine
// is shared, and one run is a sample of whatever else it was doing in those seconds.
//
// Everything stays on 127.0.0.1. Run it under the shared lock: the machine has two cores.
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { API_BASE, sampleRss, signIn, startApi, rssMb } from './lib/api-server.mjs';
import { buildCases } from './lib/cases.mjs';
import { loadFixtures } from './lib/fixtures.mjs';
import { dropPgbench, hasPgbench, preparePgbench, runPgbench } from './lib/pgbench.mjs';
import { rawLoad } from './lib/raw-load.mjs';
import { APP_ROLE, BENCH_URL, BIG_TENANT_DOMAIN, appRoleUrl, parseArgs } from './lib/settings.mjs';
import { medianOfRuns, summarize } from './lib/stats.mjs';
import { formatReport } from './lib/report.mjs';

const args = parseArgs();
const durationS = Number(args.duration ?? 4);
const runs = Number(args.runs ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
/** `--only "a|b"`: the cases whose names contain any of the parts (all cases without it). */
const selected = (testCase) =>
  !args.only ||
  String(args.only)
    .split('|')
    .some((part) => testCase.name.includes(part));
/** Pending approvals ready before each approve run; a run that decides them all reports 404s. */
const APPROVALS_PER_RUN = Number(args.approvals ?? 1000);
const levels = String(args.connections ?? '1,8,32,64')
  .split(',')
  .map(Number);

/** One autocannon run; latencies are taken per response so p95 is exact, not interpolated. */
async function apiLoad(options, connections) {
  const latencies = [];
  const statuses = {};
  let errors = 0;
  const started = performance.now();
  const { path = '', ...rest } = options;
  const instance = autocannon({
    url: `${API_BASE}${path}`,
    connections,
    duration: durationS,
    ...rest,
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else {
      errors += 1;
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  });
  const result = await instance;
  if (errors) console.log(`    non-2xx responses: ${JSON.stringify(statuses)}`);
  return summarize(
    latencies,
    performance.now() - started,
    errors + result.errors + result.timeouts,
  );
}

/**
 * Waits until the API has no transaction in flight. autocannon stops at the end of its window
 * without waiting for answers, and the API finishes (and commits) what it had started: without
 * this the next run would start with that work still holding locks, and the approve case would
 * re-read as pending approvals the leftovers are about to decide (answered 409 "already approved").
 */
async function settle(timeoutMs = 60_000) {
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const {
        rows: [{ busy }],
      } = await client.query(
        `SELECT count(*)::int AS busy FROM pg_stat_activity
          WHERE datname = current_database() AND usename = $1 AND state <> 'idle'`,
        [APP_ROLE],
      );
      if (busy === 0) return;
      if (Date.now() > deadline) throw new Error(`the API still had ${busy} queries running`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}

/** The approver's pending approvals of `itemId`, oldest first. */
async function pendingApprovalIds(tenantId, approverEmail, itemId) {
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT a.id FROM approvals a
         JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.approver_id
         JOIN service_requests r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
        WHERE a.tenant_id = $1 AND u.email = $2 AND a.status = 'pending' AND r.item_id = $3
        ORDER BY a.created_at, a.id`,
      [tenantId, approverEmail, itemId],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

/**
 * Orders `itemId` through the API (create + submit as the requester, 8 at a time) until the
 * approver has `count` pending approvals of it: each approve run decides fresh ones. Not measured.
 */
async function topUpApprovals(fx, auth, count) {
  const approver = `approver@${BIG_TENANT_DOMAIN}`;
  const missing =
    count - (await pendingApprovalIds(fx.tenantId, approver, fx.chargedItemId)).length;
  if (missing <= 0) return;
  const post = async (path, body) => {
    const response = await fetch(`${API_BASE}${path}`, {
      method: 'POST',
      headers: { ...auth.requester, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  let left = missing;
  const worker = async () => {
    while (left > 0) {
      left -= 1;
      const draft = await post('/api/v1/requests', {
        itemId: fx.chargedItemId,
        formData: { details: 'bench approval' },
      });
      await post(`/api/v1/requests/${draft.id}/submit`, {});
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await settle();
}

async function main() {
  const started = Date.now();
  const fx = await loadFixtures();
  console.log(
    `Big tenant: ${fx.total.toLocaleString('en')} requests; ${runs} x ${durationS} s per case and level; ` +
      `levels ${levels.join(', ')}`,
  );

  const baseline = {};
  // TPC-B is the baseline for writes only; a run of read cases skips it.
  const writes = buildCases(fx, {}).some((c) => c.write && selected(c));
  if (!writes) {
    console.log('  no write cases selected: pgbench skipped');
  } else if (hasPgbench()) {
    preparePgbench(10);
    for (const c of levels) {
      baseline[c] = medianOfRuns(Array.from({ length: runs }, () => runPgbench(c, durationS)));
      console.log(
        `  pgbench TPC-B c=${c}: ${baseline[c].rps} tps (${baseline[c].rpsMin}-${baseline[c].rpsMax})`,
      );
    }
    dropPgbench();
  } else {
    console.log('  pgbench not installed: create+submit has no TPC-B baseline in this run');
  }

  const api = await startApi();
  const rows = [];
  try {
    const persona = (local) => signIn(`${local}@${BIG_TENANT_DOMAIN}`);
    const auth = {
      requester: await persona('requester'),
      approver: await persona('approver'),
      agent: await persona('agent'),
      changes: await persona('changes'),
      admin: await persona('admin'),
    };
    const idleRss = rssMb(api.pid);
    // Warm-up: JIT the handlers and fill the pool before anything is measured.
    await apiLoad({ path: '/api/v1/requests', headers: auth.agent, duration: 2 }, 8);
    const cases = buildCases(fx, auth).filter(selected);
    for (const testCase of cases) {
      for (const connections of levels) {
        if (testCase.maxConnections && connections > testCase.maxConnections) {
          console.log(`  ${testCase.name.padEnd(32)} c=${connections}: skipped (too slow to load)`);
          continue;
        }
        const measureApi = async () => {
          let options = testCase.api;
          if (testCase.approvals) {
            // Read before every run: the previous run decided the first ones.
            await topUpApprovals(fx, auth, APPROVALS_PER_RUN);
            const ids = await pendingApprovalIds(
              fx.tenantId,
              `approver@${BIG_TENANT_DOMAIN}`,
              fx.chargedItemId,
            );
            options = testCase.api(ids);
          }
          const stopRss = sampleRss(api.pid);
          const result = await apiLoad(options, connections);
          const peakRss = stopRss();
          await settle();
          return { result, peakRss };
        };
        const durationMs = durationS * 1000;
        const measureRaw = async () => ({
          app: await rawLoad({
            url: appRoleUrl(),
            connections,
            durationMs,
            tenantId: fx.tenantId,
            work: testCase.raw,
          }),
          plain: await rawLoad({ url: BENCH_URL, connections, durationMs, work: testCase.raw }),
        });
        const apiRuns = [];
        const rawRuns = [];
        for (let run = 0; run < runs; run += 1) {
          // API and raw SQL take turns, and which goes first alternates, so a burst of other work
          // on the shared machine (or a warmer cache) hits both sides rather than one.
          const apiFirst = run % 2 === 0;
          if (apiFirst) apiRuns.push(await measureApi());
          if (testCase.raw) rawRuns.push(await measureRaw());
          if (!apiFirst) apiRuns.push(await measureApi());
          const last = apiRuns.at(-1).result;
          const raw = rawRuns.at(-1);
          if (runs > 1) {
            console.log(
              `    run ${run + 1}/${runs}: API ${last.rps} req/s p99 ${last.p99} ms` +
                (raw ? `  raw ${raw.app.rps}/${raw.plain.rps} q/s` : ''),
            );
          }
        }
        const apiResult = medianOfRuns(apiRuns.map((r) => r.result));
        // Memory is a ceiling, not a typical value: the highest peak of the runs.
        const peakRss = Math.max(...apiRuns.map((r) => r.peakRss));
        const row = { case: testCase.name, connections, api: apiResult, rss: peakRss };
        if (testCase.raw) {
          row.rawApp = medianOfRuns(rawRuns.map((r) => r.app));
          row.rawPlain = medianOfRuns(rawRuns.map((r) => r.plain));
        } else if (baseline[connections]) {
          row.pgbench = baseline[connections];
        }
        rows.push(row);
        console.log(
          `  ${testCase.name.padEnd(32)} c=${String(connections).padEnd(3)} API ${apiResult.rps} req/s ` +
            `(${apiResult.rpsMin}-${apiResult.rpsMax}) p99 ${apiResult.p99} ms` +
            (row.rawApp ? `  raw ${row.rawApp.rps}/${row.rawPlain.rps} q/s` : '') +
            `  rss ${peakRss} MB${apiResult.errors ? `  errors ${apiResult.errors}` : ''}`,
        );
      }
    }
    const report = {
      at: new Date().toISOString(),
      machine: `${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
      requests: fx.total,
      durationS,
      runs,
      idleRss,
      rows,
      minutes: Math.round((Date.now() - started) / 600) / 100,
    };
    await mkdir('tmp/bench', { recursive: true });
    await writeFile('tmp/bench/load.json', `${JSON.stringify(report, null, 2)}\n`);
    const markdown = formatReport(report);
    await writeFile('tmp/bench/load.md', markdown);
    console.log(`\n${markdown}`);
  } finally {
    await api.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
