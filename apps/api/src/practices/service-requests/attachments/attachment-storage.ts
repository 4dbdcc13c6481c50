import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import type { Readable, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppConfig } from '../../../platform/config/app-config';
import { APP_CONFIG } from '../../../platform/config/app-config';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An upload written to a temporary file, with what was learnt while it streamed past. */
export interface ReceivedFile {
  tempPath: string;
  sizeBytes: number;
  sha256: string;
  /** Valid UTF-8 without NUL bytes (only examined when `inspectText` was asked for). */
  textual: boolean;
}

/** The upload went past the size cap; nothing of it was kept. */
export class UploadTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`upload larger than ${maxBytes} bytes`);
  }
}

/**
 * Counts, hashes and (optionally) checks as UTF-8 every byte on its way to disk, and fails the
 * pipeline the moment the count passes the cap, so an upload is never held in memory and never
 * written past the cap.
 */
class UploadInspector extends Transform {
  sizeBytes = 0;
  textual: boolean;
  private readonly hash = createHash('sha256');
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly maxBytes: number,
    inspectText: boolean,
  ) {
    super();
    this.textual = inspectText;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) return done(new UploadTooLarge(this.maxBytes));
    this.hash.update(chunk);
    if (this.textual) {
      try {
        if (chunk.includes(0)) this.textual = false;
        else this.decoder.decode(chunk, { stream: true });
      } catch {
        this.textual = false;
      }
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.textual) {
      try {
        this.decoder.decode(); // a sequence cut off at the end is not valid UTF-8
      } catch {
        this.textual = false;
      }
    }
    done();
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Attachment bytes on the local file system, outside any folder the API serves. A file's path is
 * `<root>/<tenantId>/<attachmentId>`: both are server-generated UUIDs, checked again here, so
 * nothing a client sends (least of all a file name) can reach a path. Uploads are written to
 * `<root>/.incoming/` first and renamed into place (same file system, so the rename is atomic):
 * a half-written upload never appears under a tenant.
 */
@Injectable()
export class AttachmentStorage {
  private readonly logger = new Logger('Attachments');
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.ATTACHMENT_DIR);
  }

  /**
   * Streams `source` into a new temporary file. Rejects with UploadTooLarge past `maxBytes`, or
   * with the source's error; either way the temporary file is gone.
   */
  async receive(
    source: Readable,
    options: { maxBytes: number; inspectText: boolean },
  ): Promise<ReceivedFile> {
    const incoming = join(this.root, '.incoming');
    await mkdir(incoming, { recursive: true, mode: 0o700 });
    const tempPath = join(incoming, `${randomUUID()}.part`);
    const inspector = new UploadInspector(options.maxBytes, options.inspectText);
    try {
      // flush: fsync before close, so a file acknowledged later survives a crash.
      await pipeline(
        source,
        inspector,
        createWriteStream(tempPath, { flags: 'wx', mode: 0o600, flush: true }),
      );
    } catch (error) {
      await this.discard(tempPath);
      throw error;
    }
    return {
      tempPath,
      sizeBytes: inspector.sizeBytes,
      sha256: inspector.digest(),
      textual: inspector.textual,
    };
  }

  /** Moves a received file to its final place. */
  async keep(tempPath: string, tenantId: string, attachmentId: string): Promise<void> {
    const target = this.pathOf(tenantId, attachmentId);
    const dir = join(this.root, tenantId);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await rename(tempPath, target);
    await this.syncDirectory(dir);
  }

  /** Removes a temporary file; never throws (there is nothing left to do about it). */
  async discard(tempPath: string): Promise<void> {
    await rm(tempPath, { force: true }).catch((error: unknown) =>
      this.logger.warn({ err: error, tempPath }, 'Could not remove a temporary upload'),
    );
  }

  /** Removes a stored file; never throws, a leftover file is logged for an operator. */
  async remove(tenantId: string, attachmentId: string): Promise<void> {
    const path = this.pathOf(tenantId, attachmentId);
    await rm(path, { force: true }).catch((error: unknown) =>
      this.logger.warn({ err: error, tenantId, attachmentId }, 'Could not remove attachment file'),
    );
  }

  /** Opens a stored file for reading, or null when it is not there. */
  async open(tenantId: string, attachmentId: string): Promise<FileHandle | null> {
    try {
      return await open(this.pathOf(tenantId, attachmentId), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private pathOf(tenantId: string, attachmentId: string): string {
    if (!UUID.test(tenantId) || !UUID.test(attachmentId)) {
      throw new Error('Attachment storage paths are made of UUIDs only');
    }
    const path = join(this.root, tenantId, attachmentId);
    // Cannot happen with two UUIDs; kept so a future change cannot quietly escape the root.
    if (!path.startsWith(this.root + sep)) throw new Error('Attachment path escapes its root');
    return path;
  }

  /** Makes a rename durable; best effort, as some file systems refuse to fsync a directory. */
  private async syncDirectory(dir: string): Promise<void> {
    let handle: FileHandle | undefined;
    try {
      handle = await open(dir, 'r');
      await handle.sync();
    } catch {
      // Durability of the rename is then up to the file system's own journal.
    } finally {
      await handle?.close();
    }
  }
}
