import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery } from '../../../../platform/pagination/pagination';
import { OmittableNotNull } from '../../../../platform/validation/optional.decorator';
import { EVENT_PATTERN } from '../event-pattern';

const URL_RULES = {
  protocols: ['http', 'https'],
  require_protocol: true,
  require_tld: false,
  allow_underscores: true,
};
const URL_MESSAGE = 'must be an http:// or https:// URL';
const PATTERNS_DESCRIPTION =
  'Event types to send: exact (`request.approved`), a family (`request.*`) or everything (`*`)';

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'https://hooks.example.com/trellis' }) url!: string;
  @ApiProperty({ example: 'Ticket sync' }) description!: string;
  @ApiProperty({
    type: [String],
    example: ['request.*', 'sla.breached'],
    description: PATTERNS_DESCRIPTION,
  })
  eventTypes!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409' })
  version!: number;
}

export class CreatedWebhook extends WebhookDto {
  @ApiProperty({
    description:
      'Signs every delivery (X-Trellis-Signature); shown in this response only, so keep it now',
  })
  secret!: string;
}

export class WebhookPage {
  @ApiProperty({ type: [WebhookDto] }) items!: WebhookDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class CreateWebhookRequest {
  @ApiProperty({ example: 'https://hooks.example.com/trellis', description: 'http(s) only' })
  @IsString()
  @MaxLength(2000)
  @IsUrl(URL_RULES, { message: URL_MESSAGE })
  url!: string;

  @ApiPropertyOptional({ example: 'Ticket sync' })
  @OmittableNotNull()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiProperty({ type: [String], example: ['request.*'], description: PATTERNS_DESCRIPTION })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @Matches(EVENT_PATTERN, {
    each: true,
    message: 'each must be like request.approved, request.* or *',
  })
  eventTypes!: string[];

  @ApiPropertyOptional({ default: true })
  @OmittableNotNull()
  @IsBoolean()
  active?: boolean;
}

export class UpdateWebhookRequest {
  @ApiProperty({ description: 'The version you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ description: 'http(s) only' })
  @OmittableNotNull()
  @IsString()
  @MaxLength(2000)
  @IsUrl(URL_RULES, { message: URL_MESSAGE })
  url?: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ type: [String], description: PATTERNS_DESCRIPTION })
  @OmittableNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @Matches(EVENT_PATTERN, {
    each: true,
    message: 'each must be like request.approved, request.* or *',
  })
  eventTypes?: string[];

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsBoolean()
  active?: boolean;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The event; also sent as X-Trellis-Event-Id' })
  eventId!: string;
  @ApiProperty({ example: 'request.approved' }) eventType!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: Number, example: 200 }) lastStatusCode!: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Milliseconds of the last attempt' })
  lastDurationMs!: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'While pending' })
  nextAttemptAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class WebhookDeliveryPage {
  @ApiProperty({ type: [WebhookDeliveryDto] }) items!: WebhookDeliveryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class WebhookQuery extends PageQuery {}
