import { ApiProperty } from '@nestjs/swagger';
import { MetricsWindowDto } from './dashboard.dto';

export class SlaComplianceRowDto {
  @ApiProperty({ format: 'uuid' }) policyId!: string;
  @ApiProperty({ nullable: true, type: String }) policyName!: string | null;
  @ApiProperty({ enum: ['low', 'medium', 'high', 'critical'] }) priority!: string;
  @ApiProperty({ description: 'Timers that stopped in time' }) met!: number;
  @ApiProperty({ description: 'Timers that breached, stopped or still running' })
  breached!: number;
  @ApiProperty({ description: 'Timers running or paused, not breached yet' }) open!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Met over stopped timers, as a percentage; null when none stopped',
  })
  compliancePercent!: number | null;
}

export class BreachGroupDto {
  @ApiProperty({ description: 'The timer kind, or the catalog item id' }) key!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The kind, or the item name' })
  label!: string | null;
  @ApiProperty() breached!: number;
  @ApiProperty({ nullable: true, type: Number }) averageOverdueMinutes!: number | null;
}

export class BreachAnalysisDto {
  @ApiProperty() breached!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mean wall-clock minutes past due: until stopped, or until now while running',
  })
  averageOverdueMinutes!: number | null;
  @ApiProperty({ type: [BreachGroupDto] }) byKind!: BreachGroupDto[];
  @ApiProperty({ type: [BreachGroupDto], description: 'The 20 most breached items' })
  byItem!: BreachGroupDto[];
}

/** SLA timers started in the window; cancelled timers are left out. */
export class SlaMetricsDto {
  @ApiProperty({ type: MetricsWindowDto }) window!: MetricsWindowDto;
  @ApiProperty({ nullable: true, type: Number, description: 'Met over stopped, all policies' })
  compliancePercent!: number | null;
  @ApiProperty({ type: [SlaComplianceRowDto] }) byPolicy!: SlaComplianceRowDto[];
  @ApiProperty({ type: BreachAnalysisDto }) breaches!: BreachAnalysisDto;
}
