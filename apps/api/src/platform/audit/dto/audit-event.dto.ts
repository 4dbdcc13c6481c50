import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../pagination/pagination';

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ enum: ['user', 'token', 'system'] }) actorType!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ example: 'user.updated' }) action!: string;
  @ApiProperty({ example: 'user' }) entityType!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) entityId!: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) before!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) after!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty({ nullable: true, type: String }) sourceIp!: string | null;
}

export class AuditEventPage {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class AuditEventQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ enum: ['user', 'token', 'system'] })
  @IsOptional()
  @IsIn(['user', 'token', 'system'])
  actorType?: string;

  @ApiPropertyOptional({ example: 'auth.login' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Events at or after this instant' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Events before this instant' })
  @IsOptional()
  @IsDateString()
  to?: string;
}
