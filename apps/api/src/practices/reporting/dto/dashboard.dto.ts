import { ApiProperty } from '@nestjs/swagger';

export class MetricsWindowDto {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
}

export class SatisfactionDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Mean rating 1-5, two decimals' })
  averageRating!: number | null;
  @ApiProperty({ description: 'Ratings counted' }) ratings!: number;
}

export class ItemVolumeDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() itemName!: string;
  @ApiProperty({ description: 'Requests submitted in the window' }) requests!: number;
}

/**
 * The dashboard's figures. Window figures count requests submitted in [from, to) unless said
 * otherwise; `pendingApprovals` and `inProgress` are the state now; `fulfilledToday` is the
 * current UTC day. Durations are wall-clock minutes.
 */
export class DashboardMetricsDto {
  @ApiProperty({ type: MetricsWindowDto }) window!: MetricsWindowDto;
  @ApiProperty({ description: 'Requests submitted in the window' }) totalRequests!: number;
  @ApiProperty({ description: 'Requests waiting for approval now' }) pendingApprovals!: number;
  @ApiProperty({ description: 'Requests approved, in progress or on hold now' })
  inProgress!: number;
  @ApiProperty({ description: 'Requests fulfilled since midnight UTC' }) fulfilledToday!: number;
  @ApiProperty({ description: 'Published catalog items' }) activeCatalogItems!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Of the requests submitted in the window that finished, the percentage fulfilled or closed (rather than rejected or cancelled)',
  })
  successRatePercent!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Of the SLA timers started in the window that stopped, the percentage met',
  })
  slaCompliancePercent!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mean minutes from submission to fulfilment, of requests fulfilled in the window',
  })
  averageFulfilmentMinutes!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Mean minutes from submission to approval, of requests submitted in the window that needed and got approval',
  })
  averageApprovalMinutes!: number | null;
  @ApiProperty({
    type: SatisfactionDto,
    description: 'Ratings of requests fulfilled in the window',
  })
  satisfaction!: SatisfactionDto;
  @ApiProperty({
    type: [ItemVolumeDto],
    description: 'The 10 most requested catalog items in the window, most first',
  })
  topItems!: ItemVolumeDto[];
}
