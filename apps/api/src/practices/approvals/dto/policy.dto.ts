import { OmittableNotNull } from '../../../platform/validation/optional.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPROVAL_RULE_KINDS, APPROVER_TYPES, ROLES, TIMEOUT_ACTIONS } from '@trellis/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsString,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** Documentation of a level's shape; the content is checked by `validatePolicyLevels` (libs/domain). */
export class ApproverSpecDoc {
  @ApiProperty({ enum: APPROVER_TYPES }) type!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'for type user' }) userId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'for type team' }) teamId?: string;
  @ApiPropertyOptional({ enum: ROLES, description: 'for type role' }) role?: string;
}

export class ApprovalRuleDoc {
  @ApiProperty({ enum: APPROVAL_RULE_KINDS }) kind!: string;
  @ApiPropertyOptional({ description: 'for kind min' }) minApprovals?: number;
  @ApiPropertyOptional({ description: 'for kind percent, 1-100' }) percent?: number;
}

export class ApprovalLevelDoc {
  @ApiPropertyOptional() name?: string;
  @ApiProperty({ type: [ApproverSpecDoc] }) approvers!: ApproverSpecDoc[];
  @ApiProperty({ type: ApprovalRuleDoc }) rule!: ApprovalRuleDoc;
  @ApiPropertyOptional() reminderIntervalHours?: number;
  @ApiPropertyOptional() timeoutHours?: number;
  @ApiPropertyOptional({ enum: TIMEOUT_ACTIONS }) timeoutAction?: string;
}

export class ApprovalPolicyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [ApprovalLevelDoc] }) levels!: ApprovalLevelDoc[];
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class ApprovalPolicyList {
  @ApiProperty({ type: [ApprovalPolicyDto] }) items!: ApprovalPolicyDto[];
}

export class CreateApprovalPolicyRequest {
  @ApiProperty({ example: 'Manager then IT' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ type: [ApprovalLevelDoc] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsObject({ each: true })
  levels!: Record<string, unknown>[];
}

export class UpdateApprovalPolicyRequest {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: [ApprovalLevelDoc] })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @IsObject({ each: true })
  levels?: Record<string, unknown>[];
}
