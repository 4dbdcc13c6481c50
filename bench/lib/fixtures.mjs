// Ids and cursors from the generated big tenant that the plans and load tests need: who signs in,
// which request to open, where a deep page starts. Read as the owner (no tenant context needed).
import pg from 'pg';
import { BENCH_URL, BIG_TENANT_DOMAIN, BIG_TENANT_SLUG } from './settings.mjs';

const DAY_MS = 86_400_000;

export async function loadFixtures() {
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  const one = async (sql, params) => (await client.query(sql, params)).rows[0];
  try {
    const tenant = await one(`SELECT id FROM tenants WHERE slug = $1`, [BIG_TENANT_SLUG]);
    if (!tenant) throw new Error(`No tenant ${BIG_TENANT_SLUG}: run bench/generate.mjs first.`);
    const tenantId = tenant.id;
    const { rows: people } = await client.query(
      `SELECT split_part(email, '@', 1) AS local, id FROM users WHERE tenant_id = $1 AND email = ANY($2)`,
      [
        tenantId,
        ['requester', 'approver', 'agent', 'admin', 'changes'].map(
          (l) => `${l}@${BIG_TENANT_DOMAIN}`,
        ),
      ],
    );
    const users = Object.fromEntries(people.map((p) => [p.local, p.id]));
    // The agent who owns the most open requests: the "assignee=me" lists with the most behind them.
    const busy = await one(
      `SELECT u.id, u.email FROM service_requests r JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.assignee_id
        WHERE r.tenant_id = $1 AND r.status = 'in_progress' GROUP BY u.id, u.email ORDER BY count(*) DESC, u.id LIMIT 1`,
      [tenantId],
    );
    users.busyAgent = busy.id;
    const { total } = await one(
      `SELECT count(*)::int AS total FROM service_requests WHERE tenant_id = $1`,
      [tenantId],
    );
    // 80% of the way down the newest-first list: a page nobody reaches by OFFSET cheaply.
    const deep = await one(
      `SELECT created_at::text AS at, id FROM service_requests WHERE tenant_id = $1
        ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT 1`,
      [tenantId, Math.floor(total * 0.8)],
    );
    const recent = await one(
      `SELECT id FROM service_requests WHERE tenant_id = $1 AND status = 'in_progress'
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [tenantId],
    );
    // A spread of requests for detail reads, so the test is not one hot row.
    const { rows: sample } = await client.query(
      `SELECT id FROM service_requests WHERE tenant_id = $1 AND status <> 'draft'
        ORDER BY md5(id::text) LIMIT 500`,
      [tenantId],
    );
    const team = await one(
      `SELECT team_id FROM tasks WHERE tenant_id = $1 AND status = 'open' GROUP BY team_id ORDER BY count(*) DESC LIMIT 1`,
      [tenantId],
    );
    const item = await one(
      `SELECT i.id FROM catalog_items i WHERE i.tenant_id = $1 AND i.name = 'New User Account'`,
      [tenantId],
    );
    // One approval level, a cost charged to the item's cost centre, two tasks: deciding it
    // commits budget and starts fulfilment (the approve case).
    const charged = await one(
      `SELECT i.id FROM catalog_items i WHERE i.tenant_id = $1 AND i.name = 'Software License'`,
      [tenantId],
    );
    return {
      tenantId,
      total,
      users,
      busyAgentEmail: busy.email,
      deepCursor: [deep.at, deep.id],
      requestId: recent.id,
      requestIds: sample.map((r) => r.id),
      teamId: team.team_id,
      itemId: item.id,
      chargedItemId: charged.id,
      windowFrom: new Date(Date.now() - 30 * DAY_MS),
      windowTo: new Date(),
    };
  } finally {
    await client.end();
  }
}
