import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional } from 'class-validator';

/** `?from=&to=`: the reporting window, half-open [from, to), instants in ISO 8601. */
export class MetricsWindowQuery {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Start of the window (inclusive); default: 30 days before `to`',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'End of the window (exclusive); default: now. At most 366 days after `from`',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}

export const TIMESERIES_INTERVALS = ['day', 'week'] as const;
export type TimeseriesInterval = (typeof TIMESERIES_INTERVALS)[number];

export class TimeseriesQuery extends MetricsWindowQuery {
  @ApiPropertyOptional({ enum: TIMESERIES_INTERVALS, default: 'day' })
  @IsOptional()
  @IsIn(TIMESERIES_INTERVALS)
  interval?: TimeseriesInterval;
}
