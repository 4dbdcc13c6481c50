import { ApiProperty } from '@nestjs/swagger';

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ description: "The uploader's file name, sanitised", example: 'quote.pdf' })
  fileName!: string;
  @ApiProperty({
    description: 'The type the content was verified to be',
    example: 'application/pdf',
  })
  contentType!: string;
  @ApiProperty({ example: 48213 }) sizeBytes!: number;
  @ApiProperty({ description: 'Hex SHA-256 of the content', pattern: '^[0-9a-f]{64}$' })
  sha256!: string;
  @ApiProperty({ format: 'uuid' }) uploaderId!: string;
  @ApiProperty() uploaderName!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  /** Whether the caller may delete it: the uploader, agents and admins. */
  @ApiProperty() canDelete!: boolean;
}

export class AttachmentPage {
  @ApiProperty({ type: [AttachmentDto] }) items!: AttachmentDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** The multipart body of an upload, for the OpenAPI document (the handler streams it itself). */
export class UploadAttachmentRequest {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'The file. Accepted by content, not by name: PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, PPTX, ' +
      'and plain text or CSV declared as text/plain or text/csv in UTF-8.',
  })
  file!: unknown;
}
