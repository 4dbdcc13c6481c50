import { ApiProperty } from '@nestjs/swagger';
import { MetricsWindowDto, SatisfactionDto } from './dashboard.dto';

export class StatusCountDto {
  @ApiProperty() status!: string;
  @ApiProperty() count!: number;
}

export class ItemCostDto {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ example: '3700.00', description: 'Requests fulfilled or closed' }) spent!: string;
  @ApiProperty({ example: '1850.00', description: 'Requests approved and being worked' })
  committed!: string;
}

/** One catalog item's requests created in the window (drafts included in the status counts). */
export class CatalogItemMetricsDto {
  @ApiProperty({ type: MetricsWindowDto }) window!: MetricsWindowDto;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() itemName!: string;
  @ApiProperty({ description: 'Requests created in the window' }) totalRequests!: number;
  @ApiProperty({ type: [StatusCountDto] }) byStatus!: StatusCountDto[];
  @ApiProperty({ nullable: true, type: Number }) averageFulfilmentMinutes!: number | null;
  @ApiProperty({ nullable: true, type: Number }) averageApprovalMinutes!: number | null;
  @ApiProperty({ type: SatisfactionDto }) satisfaction!: SatisfactionDto;
  @ApiProperty({ type: [ItemCostDto], description: 'One row per currency ordered in' })
  cost!: ItemCostDto[];
}
