import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module';
import { FulfillmentModule } from '../fulfillment/fulfillment.module';
import { CostManagementModule } from '../cost-management/cost-management.module';
import { IdentityModule } from '../identity/identity.module';
import { ServiceCatalogModule } from '../service-catalog/service-catalog.module';
import { RequestAccessPolicy } from './request-access';
import { RequestCoreModule } from './request-core.module';
import { RequestPriorityService } from './request-priority.service';
import { RequestsController } from './requests.controller';
import { RequestAutoCloseService } from './request-auto-close.service';
import { RequestsScheduler } from './requests.scheduler';
import { RequestDetailReader } from './request-detail.reader';
import { RequestsService } from './requests.service';
import { AttachmentStorage } from './attachments/attachment-storage';
import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsService } from './attachments/attachments.service';

@Module({
  imports: [
    RequestCoreModule,
    ApprovalsModule,
    FulfillmentModule,
    ServiceCatalogModule,
    IdentityModule,
    CostManagementModule,
  ],
  controllers: [RequestsController, AttachmentsController],
  providers: [
    RequestsService,
    RequestDetailReader,
    RequestPriorityService,
    RequestAccessPolicy,
    RequestAutoCloseService,
    RequestsScheduler,
    AttachmentsService,
    AttachmentStorage,
  ],
})
export class ServiceRequestsModule {}
