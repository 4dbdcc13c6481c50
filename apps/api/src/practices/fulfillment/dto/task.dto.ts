import { OmittableNotNull } from '../../../platform/validation/optional.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SLA_STAGES, TASK_STATES } from '@trellis/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from '../../../platform/pagination/pagination';

export class TaskSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'TASK-000007' }) number!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TASK_STATES }) status!: string;
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ example: 'REQ-000042' }) requestNumber!: string;
  @ApiProperty() itemName!: string;
  @ApiProperty({ enum: ['low', 'medium', 'high', 'critical'] }) priority!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) teamId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assigneeId!: string | null;
  @ApiProperty({ nullable: true, type: String }) assigneeName!: string | null;
  @ApiProperty({ type: [String] }) dependsOn!: string[];
  @ApiProperty() templateKey!: string;
  @ApiProperty({ nullable: true, type: Number }) estimateMinutes!: number | null;
  @ApiProperty() spentMinutes!: number;
  @ApiProperty() checklistDone!: number;
  @ApiProperty() checklistTotal!: number;
  @ApiProperty({
    enum: SLA_STAGES,
    nullable: true,
    type: String,
    description: "the task's operational-level clock; null when its policy sets none",
  })
  slaStage!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) slaDueAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class TaskPage {
  @ApiProperty({ type: [TaskSummaryDto] }) items!: TaskSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ChecklistItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty() done!: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) doneById!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) doneAt!: string | null;
}

export class TaskNoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class TimeEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty({ format: 'date' }) spentOn!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class TaskDto extends TaskSummaryDto {
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String }) skipReason!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ type: [ChecklistItemDto] }) checklist!: ChecklistItemDto[];
  @ApiProperty({ type: [TaskNoteDto] }) notes!: TaskNoteDto[];
  @ApiProperty({ type: [TimeEntryDto] }) timeEntries!: TimeEntryDto[];
}

export class TaskQuery extends PageQuery {
  @ApiPropertyOptional({ description: '`me` or a user id' })
  @IsOptional()
  @Matches(/^(me|[0-9a-fA-F-]{36})$/, { message: 'assignee must be "me" or a user id' })
  assignee?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  team?: string;

  @ApiPropertyOptional({ enum: TASK_STATES })
  @IsOptional()
  @IsIn(TASK_STATES)
  status?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  requestId?: string;
}

export class TaskActionRequest {
  @ApiPropertyOptional({ description: 'The version you read; a stale one gets 409' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class AssignTaskRequest extends TaskActionRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  assigneeId!: string;
}

export class SkipTaskRequest extends TaskActionRequest {
  @ApiProperty({ description: 'Why the task is not needed' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class UpdateChecklistItemRequest {
  @ApiProperty()
  @IsBoolean()
  done!: boolean;
}

export class AddTaskNoteRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  body!: string;
}

export class AddTimeEntryRequest {
  @ApiProperty({ minimum: 1, maximum: 1440 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes!: number;

  @ApiPropertyOptional({ format: 'date', description: 'Defaults to today' })
  @OmittableNotNull()
  @IsDateString({ strict: true })
  spentOn?: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
