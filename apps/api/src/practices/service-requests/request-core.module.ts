import { Module } from '@nestjs/common';
import { CostManagementModule } from '../cost-management/cost-management.module';
import { ServiceLevelsModule } from '../service-levels/service-levels.module';
import { RequestBudgetService } from './request-budget.service';
import { RequestActivityService } from './request-activity.service';
import { RequestStateService } from './request-state.service';

/** A request's state and timeline: what approvals and fulfilment change without a cycle. */
@Module({
  imports: [CostManagementModule, ServiceLevelsModule],
  providers: [RequestStateService, RequestActivityService, RequestBudgetService],
  // Service levels are re-exported: whoever changes a request or its tasks also moves its clocks.
  exports: [RequestStateService, RequestActivityService, ServiceLevelsModule],
})
export class RequestCoreModule {}
