import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MultipartPart } from '../../../testing/attachment-fixtures';
import { asOwner } from '../../../testing/owner-query';
import { fixtures, multipartBody } from '../../../testing/attachment-fixtures';
import {
  attachmentRows,
  attachmentTestApp,
  expectProblem,
  filesUnder,
  newRequest,
  uploadAttachment,
} from '../../../testing/attachment-test-kit';
import type { TestApp } from '../../../testing/test-app';
import { AttachmentStorage } from './attachment-storage';

const MAX_BYTES = 64 * 1024;

describe('attachment uploads that are refused', () => {
  let t: TestApp;
  let dir: string;
  let close: () => Promise<void>;
  let requester: string;
  let acmeTenantId: string;

  beforeAll(async () => {
    ({ t, dir, close } = await attachmentTestApp({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES) }));
    requester = (await t.login('requester@acme.test')).accessToken;
    const me = await t.request({ method: 'GET', url: '/api/v1/auth/me', token: requester });
    acmeTenantId = me.json().tenant.id;
  });
  afterAll(() => close());

  const upload = (requestId: string, file: Partial<MultipartPart> & { content: Buffer | string }) =>
    uploadAttachment(t, requestId, requester, file);

  it('refuses a file over the size cap with 413 and keeps neither a row nor a file', async () => {
    const requestId = await newRequest(t, requester);
    const before = await filesUnder(dir);

    const atCap = await upload(requestId, {
      contentType: 'text/plain',
      content: 'a'.repeat(MAX_BYTES),
    });
    expect(atCap.statusCode).toBe(201);
    const over = await upload(requestId, {
      contentType: 'text/plain',
      content: 'a'.repeat(MAX_BYTES + 1),
    });
    expectProblem(over, 413, /at most 64 KiB/);
    const far = await upload(requestId, {
      filename: 'big.pdf',
      contentType: 'application/pdf',
      content: Buffer.concat([fixtures.pdf(), fixtures.random(5 * MAX_BYTES)]),
    });
    expectProblem(far, 413);

    expect(await attachmentRows(requestId)).toHaveLength(1);
    expect(await filesUnder(dir)).toEqual([...before, join(acmeTenantId, atCap.json().id)].sort());
  });

  it('stops reading an oversized upload over a real connection, answers, and closes it', async () => {
    const requestId = await newRequest(t, requester);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const total = 64 * 1024 * 1024;
    let sent = 0;
    // A client that would send 64 MiB (1000 times the cap) if the server kept reading.
    const outcome = await new Promise<{ status?: number; error?: string }>((resolve) => {
      const boundary = 'trellis-real-connection';
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/v1/requests/${requestId}/attachments`,
          headers: {
            authorization: `Bearer ${requester}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode }));
        },
      );
      // The connection may be reset before the answer is read: what matters is it ends.
      req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code }));
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
          `Content-Type: application/pdf\r\n\r\n`,
      );
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    if (outcome.status === undefined) expect(outcome.error).toMatch(/ECONNRESET|EPIPE/);
    else expect(outcome.status).toBe(413);
    expect(sent).toBeLessThan(total / 4);
    expect(await attachmentRows(requestId)).toEqual([]);
    expect(await readdir(join(dir, '.incoming'))).toEqual([]);
  });

  it.each([
    ['an ELF executable', fixtures.elf(), /application\/x-elf/],
    ['a Windows executable', fixtures.exe(), /application\/x-msdownload/],
  ])('refuses %s named report.pdf with 415', async (_kind, bytes, reason) => {
    const requestId = await newRequest(t, requester);
    const before = await filesUnder(dir);
    const response = await upload(requestId, {
      filename: 'report.pdf',
      contentType: 'application/pdf',
      content: bytes,
    });
    expectProblem(response, 415, reason);
    expect(await attachmentRows(requestId)).toEqual([]);
    expect(await filesUnder(dir)).toEqual(before);
  });

  it('refuses binary content declared as text, and types outside the allow-list', async () => {
    const requestId = await newRequest(t, requester);
    const binary = await upload(requestId, {
      filename: 'notes.txt',
      contentType: 'text/plain',
      content: Buffer.from([0x68, 0x69, 0x00, 0xff]),
    });
    expectProblem(binary, 415, /not UTF-8 text/);
    const zip = await upload(requestId, {
      filename: 'archive.zip',
      contentType: 'application/zip',
      content: fixtures.zip(),
    });
    expectProblem(zip, 415, /application\/zip/);
    expectProblem(await upload(requestId, { content: fixtures.random(256) }), 415);
    expect(await attachmentRows(requestId)).toEqual([]);
  });

  it('refuses uploads past the tenant quota, also when they race for the last space', async () => {
    // Room for exactly two of the three files, whatever the tenant already holds.
    const used = await asOwner(async (client) => {
      const { rows } = await client.query(
        `SELECT coalesce(sum(a.size_bytes), 0)::int AS used FROM request_attachments a
           JOIN tenants t ON t.id = a.tenant_id WHERE t.slug = 'globex'`,
      );
      return rows[0].used as number;
    });
    const small = await attachmentTestApp({ ATTACHMENT_TENANT_QUOTA_BYTES: String(used + 5000) });
    try {
      const token = (await small.t.login('requester@globex.test')).accessToken;
      const requestId = await newRequest(small.t, token);
      const racing = await Promise.all(
        [1, 2, 3].map((n) =>
          uploadAttachment(small.t, requestId, token, {
            filename: `part-${n}.txt`,
            contentType: 'text/plain',
            content: 'x'.repeat(2000),
          }),
        ),
      );
      expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 201, 413]);
      const refused = racing.find((r) => r.statusCode === 413)!;
      expectProblem(refused, 413, /quota of .* would be exceeded: 1000 bytes is left/);
      expect(await attachmentRows(requestId)).toHaveLength(2);
      expect(await filesUnder(small.dir)).toHaveLength(2);
    } finally {
      await small.close();
    }
  });

  it('leaves neither row nor file when recording fails after the file was put in place', async () => {
    const requestId = await newRequest(t, requester);
    const storage = t.app.get(AttachmentStorage);
    const keep = storage.keep.bind(storage);
    const failing = jest
      .spyOn(storage, 'keep')
      .mockImplementationOnce(async (...args: Parameters<AttachmentStorage['keep']>) => {
        await keep(...args);
        throw new Error('simulated failure between placing the file and COMMIT');
      });
    const before = await filesUnder(dir);
    try {
      expectProblem(
        await upload(requestId, { contentType: 'image/png', content: fixtures.png() }),
        500,
      );
      expect(failing).toHaveBeenCalledTimes(1);
    } finally {
      failing.mockRestore();
    }
    expect(await attachmentRows(requestId)).toEqual([]);
    expect(await filesUnder(dir)).toEqual(before);
  });

  describe('malformed requests get problem details', () => {
    let requestId: string;
    const post = (headers: Record<string, string>, payload: string | Buffer) =>
      t.request({
        method: 'POST',
        url: `/api/v1/requests/${requestId}/attachments`,
        token: requester,
        headers,
        payload,
      });

    beforeAll(async () => {
      requestId = await newRequest(t, requester);
    });
    afterAll(async () => expect(await attachmentRows(requestId)).toEqual([]));

    it('415 for a body that is not multipart', async () => {
      expectProblem(await post({ 'content-type': 'application/json' }, '{"file":"x"}'), 415);
      expectProblem(await post({ 'content-type': 'application/pdf' }, fixtures.pdf()), 415);
    });

    it('400 for a multipart body without a file, with the file in another field, or empty', async () => {
      const fieldOnly = multipartBody([{ name: 'file', content: 'not a file' }]);
      expectProblem(
        await post({ 'content-type': fieldOnly.contentType }, fieldOnly.payload),
        400,
        /no file/,
      );
      const wrongField = multipartBody([
        {
          name: 'document',
          filename: 'a.pdf',
          contentType: 'application/pdf',
          content: fixtures.pdf(),
        },
      ]);
      expectProblem(
        await post({ 'content-type': wrongField.contentType }, wrongField.payload),
        400,
        /field named "file"/,
      );
      expectProblem(await upload(requestId, { content: '' }), 400, /empty/);
    });

    it('400 for a multipart body that is cut short or has no boundary', async () => {
      const body = multipartBody([
        {
          name: 'file',
          filename: 'a.pdf',
          contentType: 'application/pdf',
          content: fixtures.pdf(),
        },
      ]);
      const cut = body.payload.subarray(0, body.payload.length - 40);
      expectProblem(await post({ 'content-type': body.contentType }, cut), 400);
      expectProblem(await post({ 'content-type': 'multipart/form-data' }, body.payload), 400);
    });

    it('401 without credentials, 400 for an id that is not a UUID', async () => {
      const body = multipartBody([{ name: 'file', filename: 'a.png', content: fixtures.png() }]);
      const anonymous = await t.request({
        method: 'POST',
        url: `/api/v1/requests/${requestId}/attachments`,
        headers: { 'content-type': body.contentType },
        payload: body.payload,
      });
      expectProblem(anonymous, 401);
      expectProblem(await upload('not-a-uuid', { content: fixtures.png() }), 400);
    });
  });
});
