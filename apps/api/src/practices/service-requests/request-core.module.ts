import { Module } from '@nestjs/common';
import { RequestActivityService } from './request-activity.service';
import { RequestStateService } from './request-state.service';

/** A request's state and timeline: what approvals and fulfilment change without a cycle. */
@Module({
  providers: [RequestStateService, RequestActivityService],
  exports: [RequestStateService, RequestActivityService],
})
export class RequestCoreModule {}
