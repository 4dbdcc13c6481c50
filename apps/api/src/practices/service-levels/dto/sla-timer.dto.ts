import { ApiProperty } from '@nestjs/swagger';
import { REQUEST_PRIORITIES, SLA_STAGES, SLA_TIMER_KINDS } from '@trellis/domain';

/** One service-level clock as people read it; minutes are business minutes of the policy's calendar. */
export class SlaTimerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SLA_TIMER_KINDS }) kind!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) taskId!: string | null;
  @ApiProperty({ format: 'uuid' }) policyId!: string;
  @ApiProperty({ enum: REQUEST_PRIORITIES }) priority!: string;
  @ApiProperty({ enum: SLA_STAGES }) stage!: string;
  @ApiProperty() targetMinutes!: number;
  @ApiProperty({ description: 'business minutes counted against the target so far' })
  elapsedMinutes!: number;
  @ApiProperty({ description: 'business minutes left; negative once overdue' })
  remainingMinutes!: number;
  @ApiProperty({ description: 'business minutes spent paused (approval wait, on hold)' })
  pausedMinutes!: number;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({
    format: 'date-time',
    description: 'when the target is reached if the clock keeps running',
  })
  dueAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) breachedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) stoppedAt!: string | null;
}
