import { Module } from '@nestjs/common';
import { FulfillmentModule } from '../fulfillment/fulfillment.module';
import { RequestCoreModule } from '../service-requests/request-core.module';
import { ApprovalEngine } from './approval-engine.service';
import { ApprovalTimeoutsService } from './approval-timeouts.service';
import { ApprovalsScheduler } from './approvals.scheduler';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';
import { ApproverResolver } from './approver-resolver';
import { DelegationsController } from './delegations.controller';
import { DelegationsService } from './delegations.service';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';

@Module({
  imports: [RequestCoreModule, FulfillmentModule],
  controllers: [ApprovalsController, DelegationsController, PoliciesController],
  providers: [
    ApprovalEngine,
    ApprovalsService,
    ApproverResolver,
    DelegationsService,
    PoliciesService,
    ApprovalTimeoutsService,
    ApprovalsScheduler,
  ],
  exports: [ApprovalEngine, PoliciesService, ApprovalsScheduler],
})
export class ApprovalsModule {}
