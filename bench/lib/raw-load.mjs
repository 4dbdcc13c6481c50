/* eslint-disable no-console -- a command-line benchmark reports on the terminal */
// The raw-SQL baseline: the same statements the API sends, from node-postgres, with the same
// number of concurrent connections, so API / raw is a ratio from one machine in one run.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { summarize } from './stats.mjs';

/**
 * Runs `work(client, i)` in a loop on `connections` clients for `durationMs`.
 * `tenantId` set: each operation is one transaction entered like the API enters it (BEGIN and
 * set_config in one message, as the API role, RLS on). Unset: the statements alone, no
 * transaction (the owner, RLS bypassed): the floor of what the database can do.
 */
export async function rawLoad({ url, connections, durationMs, tenantId, work }) {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({
        connectionString: url,
        application_name: 'trellis-bench-raw',
      });
      await client.connect();
      // A pathological plan must not keep the shared machine busy long after the run ends.
      await client.query(`SET statement_timeout = '20s'`);
      return client;
    }),
  );
  const latencies = [];
  let errors = 0;
  let counter = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  try {
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < deadline) {
          const i = counter++;
          const t0 = performance.now();
          try {
            if (tenantId) {
              await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true)`);
              await work(client, i);
              await client.query('COMMIT');
            } else {
              await work(client, i);
            }
            latencies.push(performance.now() - t0);
          } catch (error) {
            errors += 1;
            if (tenantId) await client.query('ROLLBACK').catch(() => {});
            if (errors === 1) console.error(`    raw error: ${error.message}`);
          }
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  return summarize(latencies, performance.now() - started, errors);
}
