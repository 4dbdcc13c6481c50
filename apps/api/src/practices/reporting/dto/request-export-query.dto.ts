import { ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_STATES } from '@trellis/domain';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { MetricsWindowQuery } from './metrics-query.dto';

/**
 * The filters of `GET requests`, plus the window on the creation time ([from, to), default the
 * last 30 days, at most 366 days).
 */
export class RequestExportQuery extends MetricsWindowQuery {
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
}
