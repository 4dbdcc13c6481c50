import { OmittableNotNull } from '../../../platform/validation/optional.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_PRIORITIES, REQUEST_STATES } from '@trellis/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../../platform/pagination/pagination';
import { ApprovalDto } from '../../approvals/dto/approval.dto';
import { TaskSummaryDto } from '../../fulfillment/dto/task.dto';
import { SlaTimerDto } from '../../service-levels/dto/sla-timer.dto';

/** Priorities are defined once, in libs/domain, beside the SLA targets set per priority. */
export const PRIORITIES = REQUEST_PRIORITIES;

export class RequestSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'REQ-000042' }) number!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() itemName!: string;
  @ApiProperty({ enum: REQUEST_STATES }) status!: string;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ format: 'uuid' }) requesterId!: string;
  @ApiProperty() requesterName!: string;
  @ApiProperty({ format: 'uuid' }) requestedForId!: string;
  @ApiProperty() requestedForName!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assigneeId!: string | null;
  @ApiProperty({ nullable: true, type: String }) assigneeName!: string | null;
  @ApiProperty({ example: '1250.00' }) costAmount!: string;
  @ApiProperty({ example: 'USD' }) costCurrency!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class RequestPage {
  @ApiProperty({ type: [RequestSummaryDto] }) items!: RequestSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty({ enum: ['public', 'internal'] }) visibility!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CommentList {
  @ApiProperty({ type: [CommentDto] }) items!: CommentDto[];
}

export class ActivityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty() kind!: string;
  @ApiProperty() summary!: string;
}

export class RequestDto extends RequestSummaryDto {
  @ApiProperty() justification!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) formData!: Record<string, unknown>;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) costCenterId!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: Number }) currentApprovalLevel!: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) approvedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) fulfilledAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) rating!: number | null;
  @ApiProperty({ nullable: true, type: String }) feedback!: string | null;
  @ApiProperty({ type: [String], description: 'Actions the caller may take now' })
  allowedActions!: string[];
  @ApiProperty({ type: [ApprovalDto] }) approvals!: ApprovalDto[];
  @ApiProperty({ type: [TaskSummaryDto] }) tasks!: TaskSummaryDto[];
  @ApiProperty({
    type: [SlaTimerDto],
    description: 'service-level clocks: response, resolution, and per task',
  })
  slaTimers!: SlaTimerDto[];
  @ApiProperty({ type: [CommentDto] }) comments!: CommentDto[];
  @ApiProperty({ type: [ActivityDto] }) timeline!: ActivityDto[];
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class RequestQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only requests you raised or that are for you' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ enum: REQUEST_STATES })
  @IsOptional()
  @IsIn(REQUEST_STATES)
  status?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  itemId?: string;

  @ApiPropertyOptional({ description: '`me` or a user id: requests owned by that agent' })
  @IsOptional()
  @Matches(/^(me|[0-9a-fA-F-]{36})$/, { message: 'assignee must be "me" or a user id' })
  assignee?: string;

  @ApiPropertyOptional({
    description:
      'Search: a request number (`REQ-000042` or `42`), else words matched as prefixes in the item name and justification; newest first',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class CreateRequestRequest {
  @ApiProperty({ format: 'uuid', description: 'A published catalog item' })
  @IsUUID()
  itemId!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "Answers to the item's form",
  })
  @IsObject()
  formData!: Record<string, unknown>;

  @ApiPropertyOptional({ enum: PRIORITIES, default: 'medium' })
  @OmittableNotNull()
  @IsIn(PRIORITIES)
  priority?: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(4000)
  justification?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Order on behalf of this person' })
  @OmittableNotNull()
  @IsUUID()
  requestedForId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  costCenterId?: string | null;

  @ApiPropertyOptional({ format: 'date' })
  @OmittableNotNull()
  @IsDateString({ strict: true })
  dueDate?: string;
}

export class UpdateRequestRequest {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @OmittableNotNull()
  @IsObject()
  formData?: Record<string, unknown>;

  @ApiPropertyOptional({ enum: PRIORITIES })
  @OmittableNotNull()
  @IsIn(PRIORITIES)
  priority?: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(4000)
  justification?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  costCenterId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDateString({ strict: true })
  dueDate?: string | null;
}

export class RequestActionRequest {
  @ApiPropertyOptional({ description: 'The version you read; a stale one gets 409' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class AssignRequestRequest extends RequestActionRequest {
  @ApiProperty({ format: 'uuid', description: 'An active agent or admin' })
  @IsUUID()
  assigneeId!: string;
}

export class CancelRequestRequest extends RequestActionRequest {
  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class CloseRequestRequest extends RequestActionRequest {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(4000)
  feedback?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Also publish the rating and feedback as a review of the catalog item',
  })
  @OmittableNotNull()
  @IsBoolean()
  shareAsReview?: boolean;
}

export class AddCommentRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  body!: string;

  @ApiPropertyOptional({
    enum: ['public', 'internal'],
    default: 'public',
    description: 'internal: agents only',
  })
  @OmittableNotNull()
  @IsIn(['public', 'internal'])
  visibility?: 'public' | 'internal';
}

export class ChangePriorityRequest extends RequestActionRequest {
  @ApiProperty({ enum: PRIORITIES })
  @IsIn(PRIORITIES)
  priority!: string;

  @ApiPropertyOptional({ description: 'why; shown on the timeline' })
  @OmittableNotNull()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
