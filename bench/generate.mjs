/* eslint-disable no-console -- a command-line benchmark reports on the terminal */
// Fills a dedicated database with a realistic, reproducible multi-tenant workload (issue 6):
// 100 tenants, N service requests (one tenant holds 30%, the rest follow a Zipf tail), with
// approvals, tasks, checklists, time entries, comments, timelines, audit events and the outbox.
//
//   node bench/generate.mjs [--requests 1000000] [--seed 42]
//
// Bulk SQL as the owner role: INSERT ... SELECT over generate_series with hash-based randomness,
// secondary indexes dropped during the load and rebuilt after, foreign-key triggers off for the
// session (every key is consistent by construction), then VACUUM ANALYZE so plans are realistic.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import pg from 'pg';
import { tenantPlan } from './lib/plan.mjs';
import {
  APP_ROLE_PASSWORD,
  BENCH_DB,
  BENCH_URL,
  DEMO_PASSWORD,
  PG_ADMIN_URL,
  parseArgs,
  seconds,
} from './lib/settings.mjs';
import { historyInserts } from './sql/history.mjs';
import { catalogInserts, helperFunctions, peopleInserts, stagingTables } from './sql/people.mjs';
import { requestInserts, requestStaging } from './sql/requests.mjs';
import { slaPolicyInserts, slaTimerInserts } from './sql/sla.mjs';
import { approvalInserts, commentInserts, taskInserts } from './sql/work.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Tables whose secondary indexes are rebuilt after the load instead of maintained row by row. */
const BULK_TABLES = [
  'service_requests',
  'approvals',
  'tasks',
  'task_checklist_items',
  'task_time_entries',
  'request_comments',
  'request_activities',
  'audit_events',
  'outbox_events',
  'sla_timers',
];

async function recreateDatabase() {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(BENCH_DB)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(BENCH_DB)}`);
  } finally {
    await admin.end();
  }
}

function migrateSchema() {
  execFileSync(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      path.join(ROOT, 'bench/lib/migrate-schema.cjs'),
      BENCH_URL,
      APP_ROLE_PASSWORD,
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'apps/api/tsconfig.app.json') },
    },
  );
}

async function dropSecondaryIndexes(client) {
  const { rows } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
      WHERE c.relname = ANY($1) AND c.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    [BULK_TABLES],
  );
  for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
  return rows.map((r) => r.def);
}

async function main() {
  const args = parseArgs();
  const requests = Number(args.requests ?? 1_000_000);
  const seed = Number(args.seed ?? 42);
  if (!Number.isInteger(requests) || requests < 100) throw new Error('--requests must be >= 100');
  const started = Date.now();
  const timings = [];
  const step = async (label, work) => {
    const t0 = Date.now();
    const result = await work();
    timings.push([label, Date.now() - t0]);
    console.log(`  ${label.padEnd(28)} ${seconds(Date.now() - t0)}`);
    return result;
  };

  console.log(
    `Generating ${requests.toLocaleString('en')} requests into ${BENCH_DB} (seed ${seed})`,
  );
  await step('create database', recreateDatabase);
  await step('migrate', async () => migrateSchema());

  const client = new pg.Client({ connectionString: BENCH_URL, application_name: 'trellis-bench' });
  await client.connect();
  const run = async (statements, params = []) => {
    for (const sql of statements) await client.query(sql, sql.includes('$1') ? params : []);
  };
  try {
    // Owner session: no per-row foreign-key triggers (keys are consistent by construction), no
    // waiting on WAL flushes, room for sorts and index builds.
    await client.query(`SET session_replication_role = replica`);
    await client.query(`SET synchronous_commit = off`);
    // JIT spends seconds compiling these wide one-off expressions and saves nothing.
    await client.query(`SET jit = off`);
    await client.query(`SET work_mem = '64MB'`);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    const plan = tenantPlan(requests, seed).map((t) => ({
      ord: t.ord,
      slug: t.slug,
      name: t.name,
      domain: t.domain,
      requests: t.requests,
      users: t.users,
      approvers: t.approvers,
      agent_start: t.agentStart,
      agents: t.agents,
      requester_start: t.requesterStart,
    }));
    const passwordHash = await argon2.hash(DEMO_PASSWORD, {
      type: argon2.argon2id,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    await run(helperFunctions(seed));
    await run(stagingTables(), [JSON.stringify(plan)]);
    const indexDefs = await step('drop secondary indexes', () => dropSecondaryIndexes(client));
    await step('tenants, users, teams', () => run(peopleInserts(), [passwordHash]));
    const [{ hasSla }] = (
      await client.query(`SELECT to_regclass('public.sla_timers') IS NOT NULL AS "hasSla"`)
    ).rows;
    await step('catalog', () => run([...catalogInserts(), ...(hasSla ? slaPolicyInserts() : [])]));
    await step('stage requests', () => run(requestStaging()));
    await step('service_requests', () => run(requestInserts(hasSla)));
    await step('approvals', () => run(approvalInserts()));
    await step('tasks, checklists, time', () => run(taskInserts()));
    await step('comments', () => run(commentInserts()));
    await step('timeline, audit, outbox', () => run(historyInserts()));
    // Last: the service-levels tables are the newest part of the schema.
    if (hasSla) await step('sla timers', () => run(slaTimerInserts()));
    else console.log('  (no sla_timers table: SLA data skipped)');
    await step('rebuild indexes', () => run(indexDefs));
    await client.query(`SET session_replication_role = origin`);
    await step('vacuum analyze', () => client.query('VACUUM (ANALYZE)'));
    const { rows } = await client.query(
      `SELECT c.relname AS table, c.reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
         FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.reltuples > 1000
        ORDER BY c.reltuples DESC`,
    );
    console.table(rows);
    const [{ size }] = (
      await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`)
    ).rows;
    console.log(`Done in ${seconds(Date.now() - started)}; database ${size}.`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
