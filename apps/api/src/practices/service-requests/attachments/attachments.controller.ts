import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authorize } from '../../../platform/auth/authorize.decorator';
import { Problem } from '../../../platform/errors/problem';
import { PageQuery } from '../../../platform/pagination/pagination';
import { NoTransaction } from '../../../platform/tenancy/no-transaction.decorator';
import { attachmentDisposition } from './attachment-file-name';
import { TEXT_TYPES } from './attachment-content-type';
import { AttachmentsService } from './attachments.service';
import { AttachmentDto, AttachmentPage, UploadAttachmentRequest } from './dto/attachment.dto';

@ApiTags('attachments')
@Controller()
@ApiNotFoundResponse({
  type: Problem,
  description: "Missing, or not yours to see (another tenant's included)",
})
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** The request's attachments, oldest first, for whoever may see the request. */
  @Get('requests/:id/attachments')
  @Authorize('requests:read-own')
  @ApiOkResponse({ type: AttachmentPage })
  listRequestAttachments(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<AttachmentPage> {
    return this.attachments.list(id, query);
  }

  /**
   * Attaches one file, sent as multipart/form-data in the field `file`. Its type is decided by
   * its content; its name is kept (sanitised) for display and download only.
   */
  @Post('requests/:id/attachments')
  @Authorize('requests:read-own')
  @NoTransaction()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadAttachmentRequest })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiBadRequestResponse({ type: Problem, description: 'No `file` part, or a malformed body' })
  @ApiPayloadTooLargeResponse({
    type: Problem,
    description: "Larger than the size cap, or past the tenant's storage quota",
  })
  @ApiUnsupportedMediaTypeResponse({
    type: Problem,
    description: 'Not multipart/form-data, or a file type that is not accepted',
  })
  async uploadRequestAttachment(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttachmentDto> {
    try {
      return await this.attachments.upload(id, request);
    } catch (error) {
      // A refused upload may still be arriving (it can be far past the cap). Rather than read and
      // discard the rest, or leave the connection stalled behind it, close it after the answer.
      if (!request.raw.complete) void reply.header('connection', 'close');
      throw error;
    }
  }

  /** The file itself, always as a download (`Content-Disposition: attachment`). */
  @Get('attachments/:id/content')
  @Authorize('requests:read-own')
  @ApiOkResponse({
    description: 'The bytes, with the verified content type',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  async downloadAttachment(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const content = await this.attachments.content(id);
    // Never rendered by the browser as a page: no sniffing, no scripts, not even when opened
    // directly, and not kept in shared caches.
    void reply
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store');
    return new StreamableFile(content.file.createReadStream(), {
      type: TEXT_TYPES.has(content.contentType)
        ? `${content.contentType}; charset=utf-8`
        : content.contentType,
      disposition: attachmentDisposition(content.fileName),
      length: content.sizeBytes,
    });
  }

  /** Removes an attachment: its uploader, an agent or an admin. */
  @Delete('attachments/:id')
  @Authorize('requests:read-own')
  @NoTransaction()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiForbiddenResponse({
    type: Problem,
    description: 'Neither the uploader nor an agent or admin',
  })
  deleteAttachment(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.attachments.remove(id);
  }
}
