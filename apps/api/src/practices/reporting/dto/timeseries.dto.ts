import { ApiProperty } from '@nestjs/swagger';
import { MetricsWindowDto } from './dashboard.dto';
import { TIMESERIES_INTERVALS } from './metrics-query.dto';

export class TimeseriesBucketDto {
  @ApiProperty({ format: 'date-time', description: 'Start of the UTC day or ISO week' })
  bucket!: string;
  @ApiProperty({ description: 'Requests created in the bucket (drafts left out)' })
  created!: number;
  @ApiProperty({ description: 'Requests fulfilled in the bucket' }) fulfilled!: number;
  @ApiProperty({ description: 'SLA timers that breached in the bucket' }) breached!: number;
}

/**
 * One bucket per UTC day or ISO week (Monday) touching the window, empty ones as zeros. The first
 * and last buckets may be partial: they count only what falls inside the window.
 */
export class RequestTimeseriesDto {
  @ApiProperty({ type: MetricsWindowDto }) window!: MetricsWindowDto;
  @ApiProperty({ enum: TIMESERIES_INTERVALS }) interval!: string;
  @ApiProperty({ type: [TimeseriesBucketDto] }) buckets!: TimeseriesBucketDto[];
}
