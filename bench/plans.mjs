/* eslint-disable no-console -- a command-line benchmark reports on the terminal */
// Query plans at volume (issue 6, item 4): EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of every list,
// search, detail and dashboard query, run as the API's role inside a tenant transaction exactly as
// a request runs them (RLS on). Exits 1 when a tenant-scoped query reads a large table with a
// sequential scan, filters out a large part of it, or sorts a large part of it: each grows with the
// tenant instead of the page.
//
//   node bench/plans.mjs [--large 10000] [--verbose]
import { mkdir, writeFile } from 'node:fs/promises';
import pg from 'pg';
import { loadFixtures } from './lib/fixtures.mjs';
import { QUERIES } from './lib/queries.mjs';
import { BENCH_URL, appRoleUrl, parseArgs } from './lib/settings.mjs';

const args = parseArgs();
/** A table with at least this many rows is large; a sort of at least this many rows is full. */
const LARGE = Number(args.large ?? 10_000);

function* nodes(plan, parent = null) {
  yield { node: plan, parent };
  for (const child of plan.Plans ?? []) yield* nodes(child, plan);
}

/** The problems in one plan: sequential scans of large tables and large sorts. */
function problemsOf(plan, tableRows) {
  const problems = [];
  for (const { node } of nodes(plan)) {
    const rows = tableRows.get(node['Relation Name']) ?? 0;
    if (node['Node Type'] === 'Seq Scan' && rows >= LARGE) {
      problems.push(`Seq Scan on ${node['Relation Name']} (${rows.toLocaleString('en')} rows)`);
    }
    // An index walk that throws most rows away is a full scan in disguise (e.g. a recency index
    // walked to find a rare search term).
    const removed = (node['Rows Removed by Filter'] ?? 0) * (node['Actual Loops'] ?? 1);
    if (removed >= LARGE) {
      problems.push(
        `${node['Node Type']} on ${node['Relation Name'] ?? node['Index Name']} filtered out ${removed.toLocaleString('en')} rows`,
      );
    }
    if (node['Node Type'] === 'Sort') {
      const input = (node.Plans ?? []).reduce(
        (sum, c) => sum + c['Actual Rows'] * c['Actual Loops'],
        0,
      );
      if (input >= LARGE) {
        problems.push(
          `Sort of ${input.toLocaleString('en')} rows (${node['Sort Key'].join(', ')})`,
        );
      }
    }
  }
  return problems;
}

function accessPaths(plan) {
  const paths = [];
  for (const { node } of nodes(plan)) {
    const name = node['Index Name'] ?? node['Relation Name'];
    if (name && /Scan/.test(node['Node Type'])) paths.push(`${node['Node Type']}:${name}`);
  }
  return [...new Set(paths)].join(' ');
}

async function main() {
  const fx = await loadFixtures();
  const owner = new pg.Client({ connectionString: BENCH_URL });
  await owner.connect();
  const { rows: sizes } = await owner.query(
    `SELECT relname, reltuples::bigint AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`,
  );
  const tableRows = new Map(sizes.map((s) => [s.relname, Number(s.n)]));

  // As the API: its role, its way of entering the tenant (BEGIN + set_config in one message).
  const client = new pg.Client({ connectionString: appRoleUrl() });
  await client.connect();
  const results = [];
  try {
    for (const query of QUERIES) {
      // Cross-tenant work (the outbox's tenant scan) runs as the owner, as its function does.
      const session = query.asOwner ? owner : client;
      await session.query(`BEGIN; SELECT set_config('app.tenant_id', '${fx.tenantId}', true)`);
      try {
        // Twice: the first run warms the cache; the second is the one reported.
        const explain = `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.sql}`;
        await session.query(explain, query.params(fx));
        const { rows } = await session.query(explain, query.params(fx));
        const [{ Plan: plan, 'Execution Time': ms }] = rows[0]['QUERY PLAN'];
        const problems = problemsOf(plan, tableRows);
        results.push({
          name: query.name,
          ms: Number(ms.toFixed(2)),
          rows: plan['Actual Rows'],
          sharedHit: plan['Shared Hit Blocks'],
          sharedRead: plan['Shared Read Blocks'],
          access: accessPaths(plan),
          problems,
          plan: args.verbose ? plan : undefined,
        });
      } finally {
        await session.query('ROLLBACK');
      }
    }
  } finally {
    await client.end();
    await owner.end();
  }

  console.log(
    `Plans for tenant with ${fx.total.toLocaleString('en')} requests (large = ${LARGE} rows)`,
  );
  for (const r of results) {
    const verdict = r.problems.length ? `FAIL ${r.problems.join('; ')}` : 'ok';
    console.log(
      `${r.name.padEnd(46)} ${String(r.ms).padStart(8)} ms  rows ${String(r.rows).padStart(5)}  ` +
        `buffers ${String(r.sharedHit + r.sharedRead).padStart(6)}  ${verdict}`,
    );
    console.log(`${''.padEnd(48)}${r.access}`);
  }
  await mkdir('tmp/bench', { recursive: true });
  await writeFile('tmp/bench/plans.json', `${JSON.stringify(results, null, 2)}\n`);
  const failed = results.filter((r) => r.problems.length);
  if (failed.length) {
    console.error(
      `${failed.length} quer${failed.length === 1 ? 'y' : 'ies'} scan or sort in full.`,
    );
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
