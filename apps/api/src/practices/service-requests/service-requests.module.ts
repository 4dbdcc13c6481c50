import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module';
import { FulfillmentModule } from '../fulfillment/fulfillment.module';
import { ServiceCatalogModule } from '../service-catalog/service-catalog.module';
import { RequestAccessPolicy } from './request-access';
import { RequestCoreModule } from './request-core.module';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';

@Module({
  imports: [RequestCoreModule, ApprovalsModule, FulfillmentModule, ServiceCatalogModule],
  controllers: [RequestsController],
  providers: [RequestsService, RequestAccessPolicy],
})
export class ServiceRequestsModule {}
