import { Module } from '@nestjs/common';
import { CostManagementModule } from '../cost-management/cost-management.module';
import { CostMetricsService } from './cost-metrics.service';
import { DashboardMetricsService } from './dashboard-metrics.service';
import { ItemMetricsService } from './item-metrics.service';
import { MetricsController } from './metrics.controller';
import { ReportsController } from './reports.controller';
import { RequestExportService } from './request-export.service';
import { SlaMetricsQueries } from './sla-metrics.queries';
import { SlaMetricsService } from './sla-metrics.service';
import { TimeseriesMetricsService } from './timeseries-metrics.service';

/**
 * Reporting: read-only aggregates over the other practices' records, each bounded by tenant and
 * a time window, and CSV exports. Writes nothing.
 */
@Module({
  imports: [CostManagementModule],
  controllers: [MetricsController, ReportsController],
  providers: [
    DashboardMetricsService,
    ItemMetricsService,
    SlaMetricsQueries,
    SlaMetricsService,
    CostMetricsService,
    TimeseriesMetricsService,
    RequestExportService,
  ],
})
export class ReportingModule {}
