/* eslint-disable no-console -- a command-line benchmark reports on the terminal */
// SLA sweep at volume (issue 6, item 3): one tick of the SLA job's set-based statements for a
// tenant with 100k and then 1M running timers, the same number due each time. The job reads
// through ix_sla_timers_check (next_check_at <= now), so its cost should follow the timers due,
// not the timers open; the report is the ratio of the two ticks.
//
//   node bench/sla-sweep.mjs [--due 1000] [--sizes 100000,1000000]
//
// Each size runs in a transaction that is rolled back: the timers never become visible.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadFixtures } from './lib/fixtures.mjs';
import { BENCH_URL, parseArgs } from './lib/settings.mjs';

const args = parseArgs();
const due = Number(args.due ?? 1000);
const sizes = String(args.sizes ?? '100000,1000000')
  .split(',')
  .map(Number);

/** The two statements of service-levels/sla-sweep.service.ts run(), copied (keep in step). */
const BREACH = `UPDATE sla_timers SET breached_at = due_at, next_check_at = NULL, updated_at = now()
  WHERE tenant_id = $1 AND next_check_at <= $2 AND due_at <= $2
    AND breached_at IS NULL AND state IN ('running', 'paused')
  RETURNING id`;
const WARN = `WITH due AS (
    SELECT t.id, t.last_warning_percent,
           (SELECT max(u.p) FROM unnest(t.warning_percents, t.warning_at) AS u(p, a) WHERE u.a <= $2) AS crossed,
           (SELECT min(u.a) FROM unnest(t.warning_percents, t.warning_at) AS u(p, a) WHERE u.a > $2) AS next_at
      FROM sla_timers t
     WHERE t.tenant_id = $1 AND t.next_check_at <= $2 AND t.state = 'running' AND t.breached_at IS NULL
     FOR UPDATE
  )
  UPDATE sla_timers t
     SET last_warning_percent = greatest(coalesce(due.last_warning_percent, 0), coalesce(due.crossed, 0))::smallint,
         next_check_at = least(due.next_at, t.due_at), updated_at = now()
    FROM due
   WHERE t.tenant_id = $1 AND t.id = due.id
   RETURNING t.id`;

async function tick(client, tenantId, open) {
  await client.query('BEGIN');
  try {
    // Owner session without FK triggers: the timers hang off existing requests of the tenant.
    await client.query(`SET LOCAL session_replication_role = replica`);
    const requests = (
      await client.query(
        `SELECT array_agg(id) AS ids FROM (SELECT id FROM service_requests WHERE tenant_id = $1 LIMIT 10000) s`,
        [tenantId],
      )
    ).rows[0].ids;
    const policy = (
      await client.query(`SELECT id, calendar_id FROM sla_policies WHERE tenant_id = $1 LIMIT 1`, [
        tenantId,
      ])
    ).rows[0];
    const t0 = performance.now();
    // `open` running timers, of which `due` have crossed a warning or their due time.
    await client.query(
      `INSERT INTO sla_timers (tenant_id, request_id, policy_id, calendar_id, kind, priority, target_minutes, started_at,
              state, due_at, next_check_at, warning_percents, warning_at)
       SELECT $1, ($2::uuid[])[1 + g % array_length($2::uuid[], 1)], $3, $4, 'resolution', 'medium', 4320,
              now() - interval '1 day', 'running',
              CASE WHEN g <= $6 THEN now() - interval '1 minute' ELSE now() + interval '2 days' END,
              CASE WHEN g <= $6 THEN now() - interval '1 minute' ELSE now() + interval '1 day' END,
              '{50,75}', ARRAY[now() + interval '1 day', now() + interval '1.5 days']
         FROM generate_series(1, $5) g`,
      [tenantId, requests, policy.id, policy.calendar_id, open, due],
    );
    await client.query(`ANALYZE sla_timers`);
    const loadMs = performance.now() - t0;
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const now = new Date();
    const t1 = performance.now();
    const breached = await client.query(BREACH, [tenantId, now]);
    const warned = await client.query(WARN, [tenantId, now]);
    const tickMs = performance.now() - t1;
    return { open, due, loadMs, tickMs, breached: breached.rowCount, warned: warned.rowCount };
  } finally {
    await client.query('ROLLBACK');
  }
}

async function main() {
  const fx = await loadFixtures();
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  const results = [];
  try {
    for (const open of sizes) {
      const r = await tick(client, fx.tenantId, open);
      results.push(r);
      console.log(
        `${open.toLocaleString('en')} running timers, ${r.due} due: tick ${r.tickMs.toFixed(1)} ms ` +
          `(breached ${r.breached}, rescheduled ${r.warned}; loading took ${(r.loadMs / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    await client.end();
  }
  if (results.length === 2) {
    console.log(`ratio ${(results[1].tickMs / results[0].tickMs).toFixed(2)} (target <= 1.5)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
