import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { RequestCoreModule } from '../service-requests/request-core.module';
import { FulfilmentStarter } from './fulfilment-starter.service';
import { TaskGenerationService } from './task-generation.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [RequestCoreModule, IdentityModule],
  controllers: [TasksController],
  providers: [TasksService, TaskGenerationService, FulfilmentStarter],
  exports: [FulfilmentStarter],
})
export class FulfillmentModule {}
