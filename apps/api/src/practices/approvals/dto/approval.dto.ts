import { OmittableNotNull } from '../../../platform/validation/optional.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from '../../../platform/pagination/pagination';

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'not_required'] as const;

export class ApprovalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: APPROVAL_STATUSES }) status!: string;
  @ApiProperty({ description: 'Zero-based level of the policy' }) levelIndex!: number;
  @ApiProperty({ nullable: true, type: String }) levelName!: string | null;
  @ApiProperty({ format: 'uuid' }) approverId!: string;
  @ApiProperty() approverName!: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Set when a delegation routed it',
  })
  delegatedFromId!: string | null;
  @ApiProperty({ nullable: true, type: String }) delegatedFromName!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) decidedById!: string | null;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) timeoutAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class ApprovalQueueItemDto extends ApprovalDto {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ example: 'REQ-000042' }) requestNumber!: string;
  @ApiProperty() itemName!: string;
  @ApiProperty() priority!: string;
  @ApiProperty() justification!: string;
  @ApiProperty({ format: 'uuid' }) requesterId!: string;
  @ApiProperty() requesterName!: string;
  @ApiProperty({ example: '1250.00' }) costAmount!: string;
  @ApiProperty({ example: 'USD' }) costCurrency!: string;
}

export class ApprovalPage {
  @ApiProperty({ type: [ApprovalQueueItemDto] }) items!: ApprovalQueueItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ApprovalQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPROVAL_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(APPROVAL_STATUSES)
  status?: string;
}

export class ApproveRequest {
  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({ description: 'The version you read; a stale one gets 409' })
  @OmittableNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class RejectRequest {
  @ApiProperty({ description: 'Why: required to reject' })
  @IsString()
  @MinLength(3)
  @MaxLength(4000)
  comment!: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class BulkDecisionRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids!: string[];

  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'Required to reject' })
  @OmittableNotNull()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export class BulkOutcomeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'HTTP status this id alone would have had' }) status!: number;
  @ApiProperty({ nullable: true, type: String }) detail!: string | null;
}

export class BulkDecisionResult {
  @ApiProperty({ type: [BulkOutcomeDto] }) results!: BulkOutcomeDto[];
}
