// SQL for the generator's first stage: helper functions (session-local, in pg_temp, so nothing is
// left in the schema), the tenant/item staging tables, and each tenant's people and catalog.
import {
  CATEGORIES,
  COST_CENTERS,
  FORM_SCHEMA,
  ITEMS,
  POLICIES,
  TEAMS,
  WORDS,
} from './catalog-items.mjs';

const literal = (text) => `'${String(text).replace(/'/g, "''")}'`;
const textArray = (values) => `ARRAY[${values.map(literal).join(',')}]::text[]`;

const FIRST =
  'Ada Alan Grace Linus Margaret Ken Barbara Dennis Frances Edsger Radia Tim Anita Vint Hedy Donald Sophie John Katherine Bjarne Guido Yukihiro Rasmus Brendan Joan Niklaus Leslie Shafi Fei Jeff'.split(
    ' ',
  );
const LAST =
  'Lovelace Turing Hopper Torvalds Hamilton Thompson Liskov Ritchie Allen Dijkstra Perlman Berners-Lee Borg Cerf Lamarr Knuth Wilson McCarthy Johnson Stroustrup Rossum Matsumoto Lerdorf Eich Clarke Wirth Lamport Goldwasser Li Dean'.split(
    ' ',
  );

/**
 * Deterministic randomness without a sequential generator: rnd(key, salt) hashes a row's key with
 * the seed, so every row's values are reproducible whatever order the planner produces rows in.
 */
export function helperFunctions(seed) {
  const words = textArray(WORDS);
  return [
    `CREATE FUNCTION pg_temp.rnd(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
       $$ SELECT (hashint8extended(k, ${seed}::bigint * 1000 + salt) & 281474976710655)::float8 / 281474976710656.0 $$`,
    // Version-4 shaped (the API validates ids as UUIDs), derived from an md5 of what the row is.
    `CREATE FUNCTION pg_temp.uid(kind text, ord int, k bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
       $$ SELECT overlay(overlay(md5(kind || ':' || ${seed} || ':' || ord || ':' || k) placing '4' from 13) placing '8' from 17)::uuid $$`,
    // Zipf-ish word choice (power 2.5 piles picks onto the first, most common words).
    `CREATE FUNCTION pg_temp.words(k bigint, salt int, n int) RETURNS text LANGUAGE sql IMMUTABLE AS
       $$ SELECT string_agg((${words})[1 + floor(pow(pg_temp.rnd(k, salt + i), 2.5) * ${WORDS.length})::int], ' ')
            FROM generate_series(1, n) i $$`,
    `CREATE FUNCTION pg_temp.person(k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
       $$ SELECT (${textArray(FIRST)})[1 + (k % ${FIRST.length})::int] || ' ' ||
                 (${textArray(LAST)})[1 + ((k / ${FIRST.length}) % ${LAST.length})::int] $$`,
  ];
}

/** bt: one row per tenant (from the plan); bi/btt: the catalog items and their task templates. */
export function stagingTables() {
  const items = ITEMS.map(
    (i) =>
      `(${i.j}, ${literal(i.name)}, ${i.category}, ${i.team}, ${i.costCenter}, ${i.policy}, ${i.cost}, ${i.deliveryDays}, ${i.tasks.length}, ${literal(JSON.stringify(i.tasks))}::jsonb)`,
  );
  const templates = ITEMS.flatMap((i) =>
    i.tasks.map(
      (t, idx) =>
        `(${i.j}, ${idx}, ${literal(t.key)}, ${literal(t.title)}, ${t.estimateMinutes}, ${textArray(t.dependsOn)}, ${t.checklist.length > 0})`,
    ),
  );
  return [
    `CREATE TEMP TABLE bt AS
       SELECT x.*, pg_temp.uid('tenant', x.ord, 0) AS id
         FROM json_to_recordset($1::json) AS x(ord int, slug text, name text, domain text, requests int, users int,
              approvers int, agent_start int, agents int, requester_start int)`,
    `CREATE TEMP TABLE bi (j int, name text, category int, team int, cost_center int, policy int, cost numeric,
       delivery_days int, n_tasks int, task_templates jsonb)`,
    `INSERT INTO bi VALUES ${items.join(',\n')}`,
    `CREATE TEMP TABLE btt (j int, idx int, key text, title text, estimate int, depends_on text[], has_checklist boolean)`,
    `INSERT INTO btt VALUES ${templates.join(',\n')}`,
  ];
}

/** Tenants, users (one argon2 hash for all: sign-in cost is measured, not the generator's), teams. */
export function peopleInserts() {
  const demo = ['requester', 'approver', 'agent', 'admin', 'changes', 'auditor'];
  const roles = `CASE WHEN k = 0 THEN '{requester}' WHEN k = 1 THEN '{requester,approver}'
      WHEN k = 2 THEN '{requester,agent}' WHEN k = 3 THEN '{requester,admin}'
      WHEN k = 4 THEN '{requester,change_manager,approver}' WHEN k = 5 THEN '{requester,auditor}'
      WHEN k < bt.agent_start THEN '{requester,approver}' WHEN k < bt.requester_start THEN '{requester,agent}'
      ELSE '{requester}' END::text[]`;
  return [
    `INSERT INTO tenants (id, slug, name, created_at) SELECT id, slug, name, now() - interval '3 years' FROM bt`,
    `INSERT INTO users (tenant_id, id, created_at, updated_at, email, name, password_hash, roles, manager_id)
     SELECT bt.id, pg_temp.uid('u', bt.ord, k), now() - interval '3 years' + k * interval '1 minute', now() - interval '1 day',
            CASE WHEN k < 6 THEN (${textArray(demo)})[k + 1] ELSE 'user' || k END || '@' || bt.domain,
            pg_temp.person(k + bt.ord * 7), $1, ${roles},
            CASE WHEN k = 0 THEN pg_temp.uid('u', bt.ord, 1)
                 WHEN k >= bt.requester_start THEN pg_temp.uid('u', bt.ord, 6 + k % bt.approvers) END
       FROM bt, generate_series(0, bt.users - 1) k`,
    `INSERT INTO teams (tenant_id, id, name, description, lead_id)
     SELECT bt.id, pg_temp.uid('team', bt.ord, j), (${textArray(TEAMS)})[j + 1], 'Generated team',
            pg_temp.uid('u', bt.ord, CASE WHEN j = 0 THEN 2 ELSE bt.agent_start + j END)
       FROM bt, generate_series(0, ${TEAMS.length - 1}) j`,
    `INSERT INTO team_members (tenant_id, team_id, user_id)
     SELECT bt.id, pg_temp.uid('team', bt.ord, CASE WHEN k < 6 THEN 0 ELSE (k - bt.agent_start) % 4 END), pg_temp.uid('u', bt.ord, k)
       FROM bt, generate_series(0, bt.requester_start - 1) k
      WHERE k IN (2, 3) OR k >= bt.agent_start`,
  ];
}

export function catalogInserts() {
  const owners = [3, 1, 4, 3];
  return [
    `INSERT INTO catalog_categories (tenant_id, id, key, name, sort_order)
     SELECT bt.id, pg_temp.uid('cat', bt.ord, c), (${textArray(CATEGORIES)})[c + 1], initcap((${textArray(CATEGORIES)})[c + 1]), c * 10
       FROM bt, generate_series(0, ${CATEGORIES.length - 1}) c`,
    `INSERT INTO cost_centers (tenant_id, id, code, name, owner_id, budget_amount, currency, period_start, period_end)
     SELECT bt.id, pg_temp.uid('cc', bt.ord, c), (${textArray(COST_CENTERS)})[c + 1], (${textArray(COST_CENTERS)})[c + 1] || ' budget',
            pg_temp.uid('u', bt.ord, (ARRAY[${owners.join(',')}])[c + 1]), 100000000, 'USD',
            date_trunc('year', now())::date, (date_trunc('year', now()) + interval '1 year - 1 day')::date
       FROM bt, generate_series(0, ${COST_CENTERS.length - 1}) c`,
    ...POLICIES.flatMap((p, index) =>
      p
        ? [
            `INSERT INTO approval_policies (tenant_id, id, name, description, levels)
             SELECT bt.id, pg_temp.uid('pol', bt.ord, ${index}), ${literal(p.name)}, 'Generated', ${literal(JSON.stringify(p.levels))}::jsonb FROM bt`,
          ]
        : [],
    ),
    `INSERT INTO catalog_items (tenant_id, id, name, description, category_id, cost_amount, cost_currency, cost_center_id,
            delivery_days, support_team_id, status, form_schema, approval_policy_id, task_templates, published_at, created_at)
     SELECT bt.id, pg_temp.uid('item', bt.ord, bi.j), bi.name, bi.name || ': ' || pg_temp.words(bi.j, 900, 12),
            pg_temp.uid('cat', bt.ord, bi.category), bi.cost, 'USD', pg_temp.uid('cc', bt.ord, bi.cost_center), bi.delivery_days,
            pg_temp.uid('team', bt.ord, bi.team), 'published', ${literal(JSON.stringify(FORM_SCHEMA))}::jsonb,
            CASE WHEN bi.policy > 0 THEN pg_temp.uid('pol', bt.ord, bi.policy) END, bi.task_templates,
            now() - interval '3 years', now() - interval '3 years'
       FROM bt, bi`,
  ];
}
