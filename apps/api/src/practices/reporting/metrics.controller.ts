import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { CostMetricsService } from './cost-metrics.service';
import { DashboardMetricsService } from './dashboard-metrics.service';
import { CostMetricsDto } from './dto/cost-metrics.dto';
import { DashboardMetricsDto } from './dto/dashboard.dto';
import { CatalogItemMetricsDto } from './dto/item-metrics.dto';
import { MetricsWindowQuery, TimeseriesQuery } from './dto/metrics-query.dto';
import { SlaMetricsDto } from './dto/sla-metrics.dto';
import { RequestTimeseriesDto } from './dto/timeseries.dto';
import { ItemMetricsService } from './item-metrics.service';
import { SlaMetricsService } from './sla-metrics.service';
import { TimeseriesMetricsService } from './timeseries-metrics.service';

// Every figure is the caller's tenant only; `from`/`to` bound each query to at most 366 days.
@ApiTags('metrics')
@Controller('metrics')
@ApiBadRequestResponse({ type: Problem, description: 'A bad or too long window' })
export class MetricsController {
  constructor(
    private readonly dashboard: DashboardMetricsService,
    private readonly items: ItemMetricsService,
    private readonly sla: SlaMetricsService,
    private readonly cost: CostMetricsService,
    private readonly timeseries: TimeseriesMetricsService,
  ) {}

  /** The dashboard's figures for a window (default: the last 30 days). */
  @Get('dashboard')
  @Authorize('metrics:read')
  @ApiOkResponse({ type: DashboardMetricsDto })
  getDashboardMetrics(@Query() query: MetricsWindowQuery): Promise<DashboardMetricsDto> {
    return this.dashboard.dashboard(query);
  }

  /** One catalog item's requests created in the window: by status, times, rating, cost. */
  @Get('catalog-items/:id')
  @Authorize('metrics:read')
  @ApiOkResponse({ type: CatalogItemMetricsDto })
  @ApiNotFoundResponse({ type: Problem })
  getCatalogItemMetrics(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MetricsWindowQuery,
  ): Promise<CatalogItemMetricsDto> {
    return this.items.item(id, query);
  }

  /** SLA compliance by policy and priority, and where breaches happen. */
  @Get('sla')
  @Authorize('metrics:read')
  @ApiOkResponse({ type: SlaMetricsDto })
  getSlaMetrics(@Query() query: MetricsWindowQuery): Promise<SlaMetricsDto> {
    return this.sla.sla(query);
  }

  /** Budget, committed and spent by cost centre. */
  @Get('cost-centers')
  @Authorize('metrics:read')
  @ApiOkResponse({ type: CostMetricsDto })
  getCostCenterMetrics(): Promise<CostMetricsDto> {
    return this.cost.costCenterMetrics();
  }

  /** Requests created and fulfilled, and SLA breaches, per UTC day or week. */
  @Get('requests/timeseries')
  @Authorize('metrics:read')
  @ApiOkResponse({ type: RequestTimeseriesDto })
  getRequestTimeseries(@Query() query: TimeseriesQuery): Promise<RequestTimeseriesDto> {
    return this.timeseries.requests(query);
  }
}
