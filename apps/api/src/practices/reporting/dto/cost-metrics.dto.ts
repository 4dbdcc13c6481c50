import { ApiProperty } from '@nestjs/swagger';

export class CostCenterMetricsRowDto {
  @ApiProperty({ format: 'uuid' }) costCenterId!: string;
  @ApiProperty({ example: 'IT-OPS' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ example: '250000.00' }) budget!: string;
  @ApiProperty({ example: '1450.00' }) committed!: string;
  @ApiProperty({ example: '3200.00' }) spent!: string;
  @ApiProperty({ example: '245350.00' }) available!: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Committed and spent over budget, as a percentage; null for a zero budget',
  })
  utilisationPercent!: number | null;
}

export class CostTotalDto {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty() budget!: string;
  @ApiProperty() committed!: string;
  @ApiProperty() spent!: string;
  @ApiProperty() available!: string;
}

/** Each cost centre's current period, by code; totals per currency. */
export class CostMetricsDto {
  @ApiProperty({ type: [CostCenterMetricsRowDto] }) costCenters!: CostCenterMetricsRowDto[];
  @ApiProperty({ type: [CostTotalDto] }) totals!: CostTotalDto[];
  @ApiProperty({ description: 'True when there were more cost centres than are shown' })
  truncated!: boolean;
}
