/* eslint-disable no-console -- a command-line benchmark reports on the terminal */
// Load tests (issue 6, item 2): the production build of the API against the generated database,
// autocannon at 1, 8, 32 and 64 connections per case, and in the same run the same SQL through
// node-postgres at the same concurrency (as the API role in a tenant transaction, and plain), plus
// pgbench TPC-B as the write baseline. Prints a table and writes tmp/bench/load.{json,md}.
//
//   node bench/load.mjs [--duration 4] [--connections 1,8,32,64] [--only "request list"]
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
import { BENCH_URL, BIG_TENANT_DOMAIN, appRoleUrl, parseArgs } from './lib/settings.mjs';
import { summarize } from './lib/stats.mjs';
import { formatReport } from './lib/report.mjs';

const args = parseArgs();
const durationS = Number(args.duration ?? 4);
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

async function pendingApprovalIds(tenantId, approverEmail) {
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT a.id FROM approvals a JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.approver_id
        WHERE a.tenant_id = $1 AND u.email = $2 AND a.status = 'pending' ORDER BY a.created_at, a.id`,
      [tenantId, approverEmail],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

async function main() {
  const started = Date.now();
  const fx = await loadFixtures();
  console.log(
    `Big tenant: ${fx.total.toLocaleString('en')} requests; ${durationS} s per run; levels ${levels.join(', ')}`,
  );

  const baseline = {};
  // TPC-B is the baseline for writes only; a run of read cases skips it.
  const writes = buildCases(fx, {}).some(
    (c) => c.write && (!args.only || c.name.includes(args.only)),
  );
  if (!writes) {
    console.log('  no write cases selected: pgbench skipped');
  } else if (hasPgbench()) {
    preparePgbench(10);
    for (const c of levels) {
      baseline[c] = runPgbench(c, durationS);
      console.log(`  pgbench TPC-B c=${c}: ${baseline[c].rps} tps`);
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
    const cases = buildCases(fx, auth).filter((c) => !args.only || c.name.includes(args.only));
    for (const testCase of cases) {
      for (const connections of levels) {
        if (testCase.maxConnections && connections > testCase.maxConnections) {
          console.log(`  ${testCase.name.padEnd(32)} c=${connections}: skipped (too slow to load)`);
          continue;
        }
        let options = testCase.api;
        if (testCase.approvals) {
          const ids = await pendingApprovalIds(fx.tenantId, `approver@${BIG_TENANT_DOMAIN}`);
          options = testCase.api(ids);
        }
        const stopRss = sampleRss(api.pid);
        const apiResult = await apiLoad(options, connections);
        const peakRss = stopRss();
        const row = { case: testCase.name, connections, api: apiResult, rss: peakRss };
        if (testCase.raw) {
          const durationMs = durationS * 1000;
          row.rawApp = await rawLoad({
            url: appRoleUrl(),
            connections,
            durationMs,
            tenantId: fx.tenantId,
            work: testCase.raw,
          });
          row.rawPlain = await rawLoad({
            url: BENCH_URL,
            connections,
            durationMs,
            work: testCase.raw,
          });
        } else if (baseline[connections]) {
          row.pgbench = baseline[connections];
        }
        rows.push(row);
        console.log(
          `  ${testCase.name.padEnd(32)} c=${String(connections).padEnd(3)} API ${apiResult.rps} req/s ` +
            `p99 ${apiResult.p99} ms` +
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
