import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  Inject,
  Injectable,
  Logger,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { MultipartFile } from '@fastify/multipart';
import { can } from '@trellis/domain';
import type { FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { AuditService } from '../../../platform/audit/audit.service';
import type { AppConfig } from '../../../platform/config/app-config';
import { APP_CONFIG } from '../../../platform/config/app-config';
import { RecordNotFound } from '../../../platform/errors/domain-errors';
import { OutboxService } from '../../../platform/outbox/outbox.service';
import type { PageQuery } from '../../../platform/pagination/pagination';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../../../platform/pagination/pagination';
import { TenantDb } from '../../../platform/tenancy/tenant-db';
import { RequestAccessPolicy } from '../request-access';
import { RequestActivityService } from '../request-activity.service';
import { ACCEPTED_SUMMARY, classifyContent, declaresText } from './attachment-content-type';
import { sanitizeFileName } from './attachment-file-name';
import type { ReceivedFile } from './attachment-storage';
import { AttachmentStorage, UploadTooLarge } from './attachment-storage';
import type { AttachmentDto, AttachmentPage } from './dto/attachment.dto';

const ATTACHMENT_SELECT = `
  SELECT a.id, a.request_id, a.file_name, a.content_type, a.size_bytes::text AS size_bytes, a.sha256,
         a.uploader_id, u.name AS uploader_name, a.created_at, a.created_at::text AS cursor_at
    FROM request_attachments a
    JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.uploader_id`;

interface AttachmentRow {
  id: string;
  request_id: string;
  file_name: string;
  content_type: string;
  size_bytes: string;
  sha256: string;
  uploader_id: string;
  uploader_name: string;
  created_at: Date;
  cursor_at: string;
}

/** An attachment ready to be sent: its metadata and an open handle on its bytes. */
export interface AttachmentContent {
  fileName: string;
  contentType: string;
  file: FileHandle;
  sizeBytes: number;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Files on requests. Uploads and deletions manage their own short transactions (the routes are
 * `@NoTransaction()`): an upload may take minutes on a slow link, and holding a pooled connection
 * and an open transaction for that long would let a few slow clients starve the API. The request
 * is checked before the body is read and again in the transaction that records the file.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger('Attachments');

  constructor(
    private readonly db: TenantDb,
    private readonly cls: ClsService,
    private readonly access: RequestAccessPolicy,
    private readonly activity: RequestActivityService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly storage: AttachmentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(requestId: string, query: PageQuery): Promise<AttachmentPage> {
    await this.access.require(requestId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 2);
    const params: unknown[] = [this.db.tenantId, requestId];
    let after = '';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      after = `AND (a.created_at, a.id) > ($3::timestamptz, $4::uuid)`;
    }
    params.push(limit + 1);
    const rows: AttachmentRow[] = await this.db.manager.query(
      `${ATTACHMENT_SELECT} WHERE a.tenant_id = $1 AND a.request_id = $2 ${after}
        ORDER BY a.created_at, a.id LIMIT $${params.length}`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r) => this.toDto(r),
      (r) => [r.cursor_at, r.id],
    );
  }

  /**
   * Streams the request's one `file` part to a temporary file (size cap enforced as it arrives),
   * checks what it is by its bytes, then records it within the tenant's quota and moves the file
   * into place in one transaction. If anything fails, no row and no file remain.
   */
  async upload(requestId: string, request: FastifyRequest): Promise<AttachmentDto> {
    if (!request.isMultipart()) {
      throw new UnsupportedMediaTypeException(
        'Send the file as multipart/form-data, in a field named "file"',
      );
    }
    const tenantId = this.db.tenantId;
    // Refuse before reading a byte of the body when the caller may not see the request.
    await this.transaction(() => this.access.requireContributor(requestId));
    const part = await this.filePart(request);
    const received = await this.receive(part);
    const id = randomUUID();
    let placed = false;
    try {
      const verdict = await classifyContent(received.tempPath, part.mimetype, received.textual);
      if (!verdict.accepted) {
        throw new UnsupportedMediaTypeException(
          `${verdict.reason}. Accepted: ${ACCEPTED_SUMMARY}.`,
        );
      }
      const fileName = sanitizeFileName(part.filename);
      return await this.transaction(async () => {
        await this.access.requireContributor(requestId);
        await this.reserveQuota(received.sizeBytes);
        await this.db.manager.query(
          `INSERT INTO request_attachments
             (tenant_id, id, request_id, uploader_id, file_name, content_type, size_bytes, sha256)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            tenantId,
            id,
            requestId,
            this.db.principal.userId,
            fileName,
            verdict.contentType,
            received.sizeBytes,
            received.sha256,
          ],
        );
        const facts = {
          attachmentId: id,
          fileName,
          contentType: verdict.contentType,
          sizeBytes: received.sizeBytes,
          sha256: received.sha256,
        };
        await this.activity.add(requestId, 'attachment.added', `Attached ${fileName}`);
        await this.audit.record({
          action: 'request.attachment_added',
          entityType: 'request',
          entityId: requestId,
          after: facts,
        });
        await this.outbox.emit({
          type: 'request.attachment_added',
          aggregateType: 'request',
          aggregateId: requestId,
          payload: { ...facts, uploaderId: this.db.principal.userId },
        });
        const dto = await this.findDto(id);
        // Last step before COMMIT: the file is in place whenever the row exists, and if this or
        // the COMMIT fails, the catch below takes the file away again.
        placed = true;
        await this.storage.keep(received.tempPath, tenantId, id);
        return dto;
      });
    } catch (error) {
      await this.storage.discard(received.tempPath);
      if (placed) await this.storage.remove(tenantId, id);
      throw error;
    }
  }

  /** The attachment's bytes, for whoever may see its request. */
  async content(id: string): Promise<AttachmentContent> {
    const row = await this.findVisible(id);
    const file = await this.storage.open(this.db.tenantId, id);
    if (!file) {
      // Deleted between the lookup and the open, or storage lost it: either way it is gone.
      this.logger.warn({ attachmentId: id }, 'Attachment row without a stored file');
      throw new RecordNotFound('Attachment');
    }
    try {
      const { size } = await file.stat();
      return { fileName: row.file_name, contentType: row.content_type, file, sizeBytes: size };
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  /** Removes an attachment: its uploader, or an agent or admin, who may see the request. */
  async remove(id: string): Promise<void> {
    const tenantId = this.db.tenantId;
    await this.transaction(async () => {
      const row = await this.findVisible(id, { lock: true });
      const principal = this.db.principal;
      if (row.uploader_id !== principal.userId && !can(principal.roles, 'requests:work')) {
        throw new ForbiddenException('Only the uploader, an agent or an admin can remove it');
      }
      await this.db.manager.query(
        `DELETE FROM request_attachments WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id],
      );
      const facts = {
        attachmentId: id,
        fileName: row.file_name,
        contentType: row.content_type,
        sizeBytes: Number(row.size_bytes),
        sha256: row.sha256,
      };
      await this.activity.add(row.request_id, 'attachment.removed', `Removed ${row.file_name}`);
      await this.audit.record({
        action: 'request.attachment_removed',
        entityType: 'request',
        entityId: row.request_id,
        before: facts,
      });
      await this.outbox.emit({
        type: 'request.attachment_removed',
        aggregateType: 'request',
        aggregateId: row.request_id,
        payload: { attachmentId: id, fileName: row.file_name },
      });
    });
    // Only after COMMIT: a rolled-back delete must still find its file.
    await this.storage.remove(tenantId, id);
  }

  private async filePart(request: FastifyRequest): Promise<MultipartFile> {
    let part: MultipartFile | undefined;
    try {
      part = await request.file({
        limits: { fileSize: this.config.ATTACHMENT_MAX_BYTES, files: 1 },
      });
    } catch (error) {
      throw asClientError(error);
    }
    if (!part) {
      throw new BadRequestException('The body has no file; send it in a field named "file"');
    }
    if (part.fieldname !== 'file') {
      part.file.resume();
      throw new BadRequestException('Send the file in a field named "file"');
    }
    return part;
  }

  private async receive(part: MultipartFile): Promise<ReceivedFile> {
    const maxBytes = this.config.ATTACHMENT_MAX_BYTES;
    const tooLarge = () =>
      new PayloadTooLargeException(`An attachment may be at most ${formatBytes(maxBytes)}`);
    // busboy stops passing bytes at the cap and only flags the stream; stop the upload right
    // there instead of reading (and discarding) the rest of the body first.
    part.file.once('limit', () => part.file.destroy(new UploadTooLarge(maxBytes)));
    let received: ReceivedFile;
    try {
      received = await this.storage.receive(part.file, {
        maxBytes,
        inspectText: declaresText(part.mimetype),
      });
    } catch (error) {
      if (error instanceof UploadTooLarge) throw tooLarge();
      throw asClientError(error);
    }
    if (part.file.truncated || received.sizeBytes === 0) {
      await this.storage.discard(received.tempPath);
      if (part.file.truncated) throw tooLarge();
      throw new BadRequestException('The file is empty');
    }
    return received;
  }

  /**
   * Holds the tenant's quota lock until COMMIT and checks the new file fits. Concurrent uploads
   * in one tenant queue on the lock for a moment, so two cannot both take the last free space.
   */
  private async reserveQuota(sizeBytes: number): Promise<void> {
    const quota = this.config.ATTACHMENT_TENANT_QUOTA_BYTES;
    await this.db.manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('request_attachments.quota'), hashtext($1))`,
      [this.db.tenantId],
    );
    const [{ used }]: { used: string }[] = await this.db.manager.query(
      `SELECT coalesce(sum(size_bytes), 0)::text AS used FROM request_attachments WHERE tenant_id = $1`,
      [this.db.tenantId],
    );
    const left = Math.max(quota - Number(used), 0);
    if (sizeBytes > left) {
      throw new PayloadTooLargeException(
        `Your organisation's attachment storage quota of ${formatBytes(quota)} would be exceeded: ` +
          `${formatBytes(left)} is left and the file is ${formatBytes(sizeBytes)}`,
      );
    }
  }

  /** The attachment, if the caller may see its request; 404 alike for missing and hidden. */
  private async findVisible(id: string, options: { lock?: boolean } = {}): Promise<AttachmentRow> {
    const [row]: AttachmentRow[] = await this.db.manager.query(
      `${ATTACHMENT_SELECT} WHERE a.tenant_id = $1 AND a.id = $2 ${options.lock ? 'FOR UPDATE OF a' : ''}`,
      [this.db.tenantId, id],
    );
    if (!row) throw new RecordNotFound('Attachment');
    try {
      await this.access.require(row.request_id);
    } catch (error) {
      // Say "attachment not found", not "request not found": the id must reveal nothing.
      if (error instanceof RecordNotFound) throw new RecordNotFound('Attachment');
      throw error;
    }
    return row;
  }

  private async findDto(id: string): Promise<AttachmentDto> {
    const [row]: AttachmentRow[] = await this.db.manager.query(
      `${ATTACHMENT_SELECT} WHERE a.tenant_id = $1 AND a.id = $2`,
      [this.db.tenantId, id],
    );
    return this.toDto(row);
  }

  private toDto(row: AttachmentRow): AttachmentDto {
    const principal = this.db.principal;
    return {
      id: row.id,
      requestId: row.request_id,
      fileName: row.file_name,
      contentType: row.content_type,
      sizeBytes: Number(row.size_bytes),
      sha256: row.sha256,
      uploaderId: row.uploader_id,
      uploaderName: row.uploader_name,
      createdAt: row.created_at.toISOString(),
      canDelete: row.uploader_id === principal.userId || can(principal.roles, 'requests:work'),
    };
  }

  /**
   * A tenant transaction of our own, visible to the services that read the request's one
   * (`TenantDb.manager`, audit, outbox) for as long as `work` runs.
   */
  private transaction<T>(work: () => Promise<T>): Promise<T> {
    return this.db.forTenant(this.db.tenantId, async (manager) => {
      this.cls.set('manager', manager);
      try {
        return await work();
      } finally {
        this.cls.set('manager', undefined);
      }
    });
  }
}

/**
 * Errors from reading the multipart body. Fastify's and the plugin's carry a 4xx status and are
 * kept; errors of our own disk (they carry a syscall) are ours, a 500; anything else is busboy
 * finding the body malformed or cut short, which is the client's doing.
 */
function asClientError(error: unknown): unknown {
  if (error instanceof HttpException) return error;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return error;
  if ((error as NodeJS.ErrnoException | null)?.syscall) return error;
  return new BadRequestException('The multipart body is malformed or ended early');
}
