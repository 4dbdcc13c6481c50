import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fixtures } from '../../../testing/attachment-fixtures';
import type { AppConfig } from '../../../platform/config/app-config';
import { classifyContent, declaresText } from './attachment-content-type';
import { AttachmentStorage, UploadTooLarge } from './attachment-storage';

describe('attachment content checks', () => {
  let dir: string;
  let storage: AttachmentStorage;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trellis-attachment-checks-'));
    storage = new AttachmentStorage({ ATTACHMENT_DIR: dir } as AppConfig);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Streams the bytes in as an upload would arrive (in small chunks), then classifies them. */
  async function classify(bytes: Buffer, declaredType: string) {
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.subarray(i * 7, i * 7 + 7),
    );
    const received = await storage.receive(Readable.from(chunks), {
      maxBytes: 1024 * 1024,
      inspectText: declaresText(declaredType),
    });
    try {
      return await classifyContent(received.tempPath, declaredType, received.textual);
    } finally {
      await storage.discard(received.tempPath);
    }
  }

  it.each([
    ['pdf', fixtures.pdf(), 'application/pdf'],
    ['png', fixtures.png(), 'image/png'],
    [
      'docx',
      fixtures.docx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  ])('accepts a %s by its magic bytes, whatever type was declared', async (_kind, bytes, mime) => {
    expect(await classify(bytes, 'application/octet-stream')).toEqual({
      accepted: true,
      contentType: mime,
    });
  });

  it.each([
    ['an ELF executable', fixtures.elf(), /application\/x-elf/],
    ['a Windows executable', fixtures.exe(), /application\/x-msdownload/],
    ['a plain ZIP archive', fixtures.zip(), /application\/zip/],
  ])('refuses %s even when declared as a PDF', async (_kind, bytes, reason) => {
    const verdict = await classify(bytes, 'application/pdf');
    expect(verdict.accepted).toBe(false);
    expect(verdict).toMatchObject({ reason: expect.stringMatching(reason) });
  });

  it('accepts UTF-8 text declared as CSV, split mid-character across chunks', async () => {
    expect(await classify(fixtures.csv(), 'text/csv; charset=utf-8')).toEqual({
      accepted: true,
      contentType: 'text/csv',
    });
  });

  it('refuses text that is not UTF-8, contains NUL bytes, or was not declared as text', async () => {
    expect((await classify(Buffer.from([0x68, 0x69, 0xff, 0xfe]), 'text/plain')).accepted).toBe(
      false,
    );
    expect((await classify(Buffer.from('a\u0000b'), 'text/plain')).accepted).toBe(false);
    expect(
      (await classify(Buffer.from('caf\u00e9'.normalize()).subarray(0, 4), 'text/plain')).accepted,
    ).toBe(false);
    expect((await classify(fixtures.csv(), 'application/octet-stream')).accepted).toBe(false);
  });

  it('stops an upload past the cap and leaves no temporary file', async () => {
    await expect(
      storage.receive(Readable.from([fixtures.random(600), fixtures.random(600)]), {
        maxBytes: 1000,
        inspectText: false,
      }),
    ).rejects.toBeInstanceOf(UploadTooLarge);
    expect(await readdir(join(dir, '.incoming'))).toEqual([]);
  });
});
