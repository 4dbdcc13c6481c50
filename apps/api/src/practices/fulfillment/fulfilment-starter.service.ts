import { Injectable } from '@nestjs/common';
import type { RequestRow } from '../service-requests/request-state.service';
import { RequestStateService, SYSTEM_ACTOR } from '../service-requests/request-state.service';
import type { TaskTemplateInput } from './task-generation.service';
import { TaskGenerationService } from './task-generation.service';

/**
 * An approved request becomes work: its task plan (snapshotted at submission) turns into tasks and
 * the request moves to in_progress; a plan with no tasks is fulfilled at once.
 */
@Injectable()
export class FulfilmentStarter {
  constructor(
    private readonly requests: RequestStateService,
    private readonly tasks: TaskGenerationService,
  ) {}

  /** `request` must be locked by the caller's transaction (it is, after a transition). */
  async start(request: RequestRow): Promise<void> {
    const plan = (request.task_plan ?? []) as TaskTemplateInput[];
    const created = await this.tasks.createForRequest(request, plan, request.support_team_id);
    const started = await this.requests.transition(request, 'start_fulfilment', {
      actor: SYSTEM_ACTOR,
      summary: created ? `Fulfilment started: ${created} task(s) created` : 'Fulfilment started',
    });
    if (!created) {
      await this.requests.transition(started, 'fulfil', {
        actor: SYSTEM_ACTOR,
        context: { openTaskCount: 0 },
        summary: 'Nothing to do: the request is fulfilled',
      });
    }
  }
}
