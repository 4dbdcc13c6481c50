import { CatalogFactory } from '../../testing/catalog-factory';
import type { PersonaTokens, RequestJson } from '../../testing/request-factory';
import { submitRequest } from '../../testing/request-factory';
import type { FreshTenant } from '../../testing/tenant-factory';
import { createFreshTenant } from '../../testing/tenant-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { EXPORT_MAX_ROWS } from './request-export.service';

/** A spreadsheet formula, with the quotes and comma that also need CSV quoting. */
const HOSTILE_NAME = '=HYPERLINK("http://example.invalid","Click, please")';

/** RFC 4180 parsing, enough to read back what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('reports/requests.csv', () => {
  let t: TestApp;
  let tenant: FreshTenant;
  let tokens: PersonaTokens;
  let hostile: RequestJson;
  let plain: RequestJson;
  let plainItemId: string;

  const csv = (query = '', token = tokens.agent) =>
    t.request({ method: 'GET', url: `/api/v1/reports/requests.csv${query}`, token });

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createFreshTenant('csv');
    tokens = {
      requester: await tenant.login(t, 'requester'),
      agent: await tenant.login(t, 'agent'),
      admin: await tenant.login(t, 'admin'),
    };
    const catalog = new CatalogFactory(t, tokens.admin);
    const hostileItem = await catalog.published({ name: HOSTILE_NAME });
    const plainItem = await catalog.published();
    plainItemId = plainItem.id;
    hostile = await submitRequest(t, tokens, hostileItem.name);
    plain = await submitRequest(t, tokens, plainItem.name);
  }, 60_000);
  afterAll(async () => {
    await tenant.close();
    await t.close();
  });

  it('downloads the requests as an attachment with a header row, newest first', async () => {
    const response = await csv();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="requests-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers['x-export-truncated']).toBe('false');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(response.body.slice(1));
    expect(rows[0]).toEqual([
      'Number',
      'Item',
      'Status',
      'Priority',
      'Requester',
      'Requested for',
      'Assignee',
      'Cost',
      'Currency',
      'Created at',
      'Updated at',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([plain.number, hostile.number]);
  });

  it('defuses a formula and quotes what needs quoting', async () => {
    const response = await csv(`?status=${hostile.status}`);
    expect(response.body).toContain(`"'=HYPERLINK(""http://example.invalid"",""Click, please"")"`);
    const row = parseCsv(response.body.slice(1)).find((r) => r[0] === hostile.number)!;
    expect(row[1]).toBe(`'${HOSTILE_NAME}`);
  });

  it('filters by item, status and window like the request list', async () => {
    const byItem = parseCsv((await csv(`?itemId=${plainItemId}`)).body.slice(1));
    expect(byItem.slice(1).map((r) => r[0])).toEqual([plain.number]);
    const none = parseCsv((await csv('?status=closed')).body.slice(1));
    expect(none).toHaveLength(1);
    const past = parseCsv(
      (await csv('?from=2024-01-01T00:00:00Z&to=2024-02-01T00:00:00Z')).body.slice(1),
    );
    expect(past).toHaveLength(1);
  });

  it('stops at the hard cap and says so', async () => {
    // Generated straight into a past month, so no other test's window sees them.
    await tenant.asOwner((m) =>
      m.query(
        `INSERT INTO service_requests (tenant_id, number, item_id, item_name, requester_id,
                                       requested_for_id, status, priority, created_at, updated_at)
         SELECT r.tenant_id, 1000000 + g, r.item_id, r.item_name, r.requester_id,
                r.requested_for_id, 'cancelled', 'low',
                timestamptz '2025-01-01' + g * interval '1 minute', now()
           FROM service_requests r, generate_series(1, $3::int) g
          WHERE r.tenant_id = $1 AND r.id = $2`,
        [tenant.id, plain.id, EXPORT_MAX_ROWS + 5],
      ),
    );
    const response = await csv('?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z');
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-export-truncated']).toBe('true');
    const rows = parseCsv(response.body.slice(1)).slice(1);
    expect(rows).toHaveLength(EXPORT_MAX_ROWS);
    // Newest first across batch boundaries: no row twice, none skipped.
    const numbers = rows.map((r) => Number(r[0].replace('REQ-', '')));
    expect(new Set(numbers).size).toBe(EXPORT_MAX_ROWS);
    expect(numbers[0]).toBe(1000000 + EXPORT_MAX_ROWS + 5);
    expect(numbers[numbers.length - 1]).toBe(1000000 + 6);
  }, 60_000);

  it('refuses a requester with 403 and shows another tenant none of these rows', async () => {
    expect((await csv('', tokens.requester)).statusCode).toBe(403);
    const acme = (await t.login('agent@acme.test')).accessToken;
    const theirs = await csv('', acme);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain('HYPERLINK');
  });

  it.each(['?status=nonsense', '?itemId=42', '?from=2025-13-01T00:00:00Z', '?limit=5'])(
    'answers %s with 400 problem+json',
    async (query) => {
      const response = await csv(query);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    },
  );
});
