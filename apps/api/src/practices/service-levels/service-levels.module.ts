import { Module } from '@nestjs/common';
import { SlaCalendarsController } from './sla-calendars.controller';
import { SlaCalendarsService } from './sla-calendars.service';
import { SlaNotices } from './sla-notices';
import { SlaPoliciesController } from './sla-policies.controller';
import { SlaPoliciesService } from './sla-policies.service';
import { SlaPromisesService } from './sla-promises.service';
import { SlaSweepService } from './sla-sweep.service';
import { SlaTimersService } from './sla-timers.service';
import { SlaScheduler } from './sla.scheduler';

/**
 * Service levels: calendars, policies and the timers on requests and tasks. The request lifecycle
 * and fulfilment drive the timers through `SlaTimersService`; the SLA job warns and breaches.
 */
@Module({
  controllers: [SlaCalendarsController, SlaPoliciesController],
  providers: [
    SlaCalendarsService,
    SlaPoliciesService,
    SlaPromisesService,
    SlaTimersService,
    SlaNotices,
    SlaSweepService,
    SlaScheduler,
  ],
  exports: [SlaTimersService, SlaPromisesService],
})
export class ServiceLevelsModule {}
