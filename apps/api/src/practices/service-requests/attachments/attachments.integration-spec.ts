import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MultipartPart } from '../../../testing/attachment-fixtures';
import { asOwner } from '../../../testing/owner-query';
import { fixtures } from '../../../testing/attachment-fixtures';
import {
  UUID,
  attachmentRows,
  attachmentTestApp,
  expectProblem,
  filesUnder,
  newRequest,
  uploadAttachment,
} from '../../../testing/attachment-test-kit';
import type { TestApp } from '../../../testing/test-app';
import { uniqueEmail } from '../../../testing/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('request attachments', () => {
  let t: TestApp;
  let dir: string;
  let close: () => Promise<void>;
  const tokens: Record<string, string> = {};
  let acmeTenantId: string;

  beforeAll(async () => {
    ({ t, dir, close } = await attachmentTestApp());
    for (const who of ['requester@acme.test', 'agent@acme.test', 'requester@globex.test']) {
      tokens[who] = (await t.login(who)).accessToken;
    }
    const me = await get('auth/me', tokens['requester@acme.test']);
    acmeTenantId = me.json().tenant.id;
  });
  afterAll(() => close());

  const get = (url: string, token: string) =>
    t.request({ method: 'GET', url: `/api/v1/${url}`, token });
  const remove = (id: string, token: string) =>
    t.request({ method: 'DELETE', url: `/api/v1/attachments/${id}`, token });
  const upload = (
    requestId: string,
    token: string,
    file: Partial<MultipartPart> & { content: Buffer | string },
  ) => uploadAttachment(t, requestId, token, file);

  it('stores a PDF and a PNG, lists them, and gives back the same bytes as downloads', async () => {
    const requester = tokens['requester@acme.test'];
    const requestId = await newRequest(t, requester);
    const pdf = fixtures.pdf();
    const png = fixtures.png();

    const first = await upload(requestId, requester, {
      filename: 'Quote 2024 – Zoë.pdf',
      contentType: 'application/pdf',
      content: pdf,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      requestId,
      fileName: 'Quote 2024 – Zoë.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      canDelete: true,
    });
    const second = await upload(requestId, requester, {
      filename: 'screen.png',
      contentType: 'image/png',
      content: png,
    });
    expect(second.statusCode).toBe(201);

    for (const who of ['requester@acme.test', 'agent@acme.test']) {
      const list = await get(`requests/${requestId}/attachments`, tokens[who]);
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((a: { fileName: string }) => a.fileName)).toEqual([
        'Quote 2024 – Zoë.pdf',
        'screen.png',
      ]);
    }
    const page = await get(`requests/${requestId}/attachments?limit=1`, requester);
    const next = await get(
      `requests/${requestId}/attachments?limit=1&cursor=${page.json().nextCursor}`,
      requester,
    );
    expect(next.json()).toMatchObject({ items: [{ fileName: 'screen.png' }], nextCursor: null });

    const download = await get(`attachments/${first.json().id}/content`, tokens['agent@acme.test']);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'x-content-type-options': 'nosniff',
      'content-disposition':
        `attachment; filename="Quote 2024 _ Zo_.pdf"; ` +
        `filename*=UTF-8''Quote%202024%20%E2%80%93%20Zo%C3%AB.pdf`,
    });
    const image = await get(`attachments/${second.json().id}/content`, requester);
    expect(image.rawPayload.equals(png)).toBe(true);
    expect(image.headers['content-type']).toBe('image/png');

    // Stored under the tenant with a generated name, byte for byte.
    expect((await readFile(join(dir, acmeTenantId, first.json().id))).equals(pdf)).toBe(true);

    // On the timeline, in the audit trail and announced through the outbox.
    const detail = (await get(`requests/${requestId}`, requester)).json();
    expect(detail.timeline.map((e: { summary: string }) => e.summary)).toContain(
      'Attached screen.png',
    );
    await asOwner(async (client) => {
      const audit = await client.query(
        `SELECT after FROM audit_events WHERE action = 'request.attachment_added' AND entity_id = $1`,
        [requestId],
      );
      expect(audit.rows).toHaveLength(2);
      const events = await client.query(
        `SELECT payload FROM outbox_events WHERE event_type = 'request.attachment_added' AND aggregate_id = $1`,
        [requestId],
      );
      expect(events.rows.map((r: { payload: { fileName: string } }) => r.payload.fileName)).toEqual(
        expect.arrayContaining(['Quote 2024 – Zoë.pdf', 'screen.png']),
      );
    });
  });

  it('accepts UTF-8 text and CSV declared as such, and serves them as UTF-8', async () => {
    const requester = tokens['requester@acme.test'];
    const requestId = await newRequest(t, requester);
    const csv = await upload(requestId, requester, {
      filename: 'order.csv',
      contentType: 'text/csv',
      content: fixtures.csv(),
    });
    expect(csv.statusCode).toBe(201);
    const download = await get(`attachments/${csv.json().id}/content`, requester);
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(download.rawPayload.equals(fixtures.csv())).toBe(true);
  });

  it('keeps a path-like file name as metadata only; storage holds generated names', async () => {
    const requester = tokens['requester@acme.test'];
    const requestId = await newRequest(t, requester);
    const names = ['../../etc/passwd', '..\\..\\windows\\win.ini', '/tmp/../../.bashrc'];
    const ids: string[] = [];
    for (const filename of names) {
      const response = await upload(requestId, requester, {
        filename,
        contentType: 'text/plain',
        content: 'root:x:0:0:root:/root:/bin/bash\n',
      });
      expect(response.statusCode).toBe(201);
      ids.push(response.json().id);
    }
    expect((await attachmentRows(requestId)).map((r) => r.file_name)).toEqual([
      'passwd',
      'win.ini',
      'bashrc',
    ]);
    // Top level: tenant folders and the (empty) incoming folder; below: attachment ids only.
    const top = await readdir(dir);
    expect(top.every((name) => UUID.test(name) || name === '.incoming')).toBe(true);
    const files = await filesUnder(dir);
    for (const file of files) expect(file).toMatch(/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    for (const id of ids) expect(files).toContain(join(acmeTenantId, id));
    expect(await readdir(join(dir, '.incoming'))).toEqual([]);
  });

  it("answers 404 for another tenant's request and attachment, and changes nothing", async () => {
    const requester = tokens['requester@acme.test'];
    const requestId = await newRequest(t, requester);
    const stored = await upload(requestId, requester, {
      contentType: 'image/png',
      content: fixtures.png(),
    });
    const id = stored.json().id;
    const outsider = tokens['requester@globex.test'];

    expectProblem(await upload(requestId, outsider, { content: fixtures.png() }), 404);
    expectProblem(await get(`requests/${requestId}/attachments`, outsider), 404);
    const foreign = await get(`attachments/${id}/content`, outsider);
    const missing = await get(`attachments/00000000-0000-4000-8000-000000000000/content`, outsider);
    expectProblem(foreign, 404);
    expect(foreign.json().detail).toBe(missing.json().detail);
    expectProblem(await remove(id, outsider), 404);
    expect(await attachmentRows(requestId)).toHaveLength(1);
    expect((await get(`attachments/${id}/content`, requester)).statusCode).toBe(200);
  });

  it("hides one requester's attachments from another requester with 404", async () => {
    const admin = (await t.login('admin@acme.test')).accessToken;
    const email = uniqueEmail();
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin,
      payload: { email, name: 'Other Requester', password: 'another-long-password-1' },
    });
    expect(created.statusCode).toBe(201);
    const other = (await t.login(email, 'acme', 'another-long-password-1')).accessToken;

    const requestId = await newRequest(t, tokens['requester@acme.test']);
    const stored = await upload(requestId, tokens['requester@acme.test'], {
      contentType: 'application/pdf',
      content: fixtures.pdf(),
    });
    const id = stored.json().id;
    expectProblem(await get(`requests/${requestId}/attachments`, other), 404);
    expectProblem(await get(`attachments/${id}/content`, other), 404, /Attachment not found/);
    expectProblem(await upload(requestId, other, { content: fixtures.pdf() }), 404);
    expectProblem(await remove(id, other), 404);
    expect(await attachmentRows(requestId)).toHaveLength(1);
  });

  it('lets the uploader, an agent or an admin delete, audited, and removes the file', async () => {
    const requester = tokens['requester@acme.test'];
    const agent = tokens['agent@acme.test'];
    const requestId = await newRequest(t, requester);
    const byAgent = (
      await upload(requestId, agent, { contentType: 'image/png', content: fixtures.png() })
    ).json();
    const byRequester = (
      await upload(requestId, requester, { contentType: 'image/png', content: fixtures.png() })
    ).json();
    expect(byAgent.canDelete).toBe(true);
    const listed = (await get(`requests/${requestId}/attachments`, requester)).json().items;
    expect(listed.map((a: { canDelete: boolean }) => a.canDelete)).toEqual([false, true]);

    expectProblem(await remove(byAgent.id, requester), 403);

    for (const [id, token] of [
      [byRequester.id, requester],
      [byAgent.id, agent],
    ]) {
      expect((await remove(id, token)).statusCode).toBe(204);
      expect(await filesUnder(join(dir, acmeTenantId))).not.toContain(id);
      expectProblem(await get(`attachments/${id}/content`, requester), 404);
    }
    expect(await attachmentRows(requestId)).toEqual([]);
    const detail = (await get(`requests/${requestId}`, requester)).json();
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toContain('attachment.removed');
    await asOwner(async (client) => {
      const audit = await client.query(
        `SELECT actor_id FROM audit_events WHERE action = 'request.attachment_removed' AND entity_id = $1`,
        [requestId],
      );
      expect(audit.rows).toHaveLength(2);
    });
  });
});
