import { IdempotencyKey } from '../idempotency/idempotency-key.entity';
import { TenantCounter } from '../numbering/tenant-counter.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { ApprovalDelegation } from '../../practices/approvals/entities/approval-delegation.entity';
import { ApprovalPolicy } from '../../practices/approvals/entities/approval-policy.entity';
import { Approval } from '../../practices/approvals/entities/approval.entity';
import { TaskChecklistItem } from '../../practices/fulfillment/entities/task-checklist-item.entity';
import { TaskNote } from '../../practices/fulfillment/entities/task-note.entity';
import { TaskTimeEntry } from '../../practices/fulfillment/entities/task-time-entry.entity';
import { Task } from '../../practices/fulfillment/entities/task.entity';
import { RequestActivity } from '../../practices/service-requests/entities/request-activity.entity';
import { RequestComment } from '../../practices/service-requests/entities/request-comment.entity';
import { ServiceRequest } from '../../practices/service-requests/entities/service-request.entity';

/** The request backbone's tables (migration 1763900000000) and the platform tables they use. */
export const REQUEST_ENTITIES = [
  OutboxEvent,
  IdempotencyKey,
  TenantCounter,
  ServiceRequest,
  RequestComment,
  RequestActivity,
  ApprovalPolicy,
  Approval,
  ApprovalDelegation,
  Task,
  TaskChecklistItem,
  TaskNote,
  TaskTimeEntry,
];
