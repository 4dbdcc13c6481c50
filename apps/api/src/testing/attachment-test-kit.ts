import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MultipartPart } from './attachment-fixtures';
import { multipartBody } from './attachment-fixtures';
import { validFormData } from './form-data-factory';
import { asOwner } from './owner-query';
import type { TestApp } from './test-app';
import { createTestApp } from './test-app';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The application with attachments stored in a fresh temporary folder, removed on close. */
export async function attachmentTestApp(
  overrides: Record<string, string> = {},
): Promise<{ t: TestApp; dir: string; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'trellis-attachments-'));
  const t = await createTestApp({ ATTACHMENT_DIR: dir, ...overrides });
  return {
    t,
    dir,
    close: async () => {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A draft request raised by the holder of `token`, on the tenant's first catalog item. */
export async function newRequest(app: TestApp, token: string): Promise<string> {
  const list = await app.request({ method: 'GET', url: '/api/v1/catalog/items', token });
  const item = (
    await app.request({
      method: 'GET',
      url: `/api/v1/catalog/items/${list.json().items[0].id}`,
      token,
    })
  ).json();
  const created = await app.request({
    method: 'POST',
    url: '/api/v1/requests',
    token,
    payload: { itemId: item.id, formData: validFormData(item.formSchema) },
  });
  expect(created.statusCode).toBe(201);
  return created.json().id;
}

/** Uploads one file in the `file` field, as a browser's form would. */
export function uploadAttachment(
  app: TestApp,
  requestId: string,
  token: string,
  file: Partial<MultipartPart> & { content: Buffer | string },
) {
  const body = multipartBody([
    { name: 'file', filename: 'file.bin', contentType: 'application/octet-stream', ...file },
  ]);
  return app.request({
    method: 'POST',
    url: `/api/v1/requests/${requestId}/attachments`,
    token,
    headers: { 'content-type': body.contentType },
    payload: body.payload,
  });
}

export function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  detail?: RegExp,
): void {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({
    status,
    ...(detail ? { detail: expect.stringMatching(detail) } : {}),
  });
}

/** The request's attachment rows, oldest first, whatever the API would show. */
export function attachmentRows(requestId: string): Promise<{ id: string; file_name: string }[]> {
  return asOwner(async (client) => {
    const { rows } = await client.query(
      `SELECT id, file_name FROM request_attachments WHERE request_id = $1 ORDER BY created_at, id`,
      [requestId],
    );
    return rows as { id: string; file_name: string }[];
  });
}

/** Every file under `dir`, as sorted paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
