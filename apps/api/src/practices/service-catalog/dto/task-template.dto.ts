import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

export const TEMPLATE_KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** A fulfilment step; becomes a task when a request for the item is approved. */
export class TaskTemplateDto {
  @ApiProperty({
    example: 'create-account',
    pattern: TEMPLATE_KEY_PATTERN.source,
    description: 'Unique within the item; named by `dependsOn`',
  })
  @IsString()
  @Matches(TEMPLATE_KEY_PATTERN, { message: 'must be lower-case letters, digits, - and _' })
  key!: string;

  @ApiProperty({ example: 'Create the directory account' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: "The team that does it; the item's support team when absent",
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  teamId?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 100_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  estimateMinutes?: number;

  @ApiProperty({ type: [String], description: 'Checklist item labels, in order' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  checklist!: string[];

  @ApiProperty({
    type: [String],
    description: 'Keys of the templates that must be done first; no cycles',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  dependsOn!: string[];
}

export class DocumentationLinkDto {
  @ApiProperty({ example: 'VPN set-up guide' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: 'https://intranet.example.com/kb/vpn', format: 'uri' })
  @IsString()
  @MaxLength(2000)
  // http(s) only: the portal renders these as links, and javascript: URLs must never get there.
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url!: string;
}
