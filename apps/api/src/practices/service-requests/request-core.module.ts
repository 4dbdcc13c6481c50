import { Module } from '@nestjs/common';
import { CostManagementModule } from '../cost-management/cost-management.module';
import { RequestBudgetService } from './request-budget.service';
import { RequestActivityService } from './request-activity.service';
import { RequestStateService } from './request-state.service';

/** A request's state and timeline: what approvals and fulfilment change without a cycle. */
@Module({
  imports: [CostManagementModule],
  providers: [RequestStateService, RequestActivityService, RequestBudgetService],
  exports: [RequestStateService, RequestActivityService],
})
export class RequestCoreModule {}
