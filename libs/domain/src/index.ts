export * from './lib/identity/roles';
export * from './lib/identity/permissions';
export * from './lib/identity/navigation';
export * from './lib/tasks/task-lifecycle';
export * from './lib/requests/request-states';
export * from './lib/requests/request-actions';
export type { RequestTransitionContext } from './lib/requests/request-guards';
export {
  MAX_RATING,
  MIN_RATING,
  autoCloseDueAt,
  isValidRating,
  reopenDeadline,
} from './lib/requests/request-guards';
export * from './lib/requests/request-lifecycle';
export * from './lib/approvals/validation-problem';
export * from './lib/approvals/approval-rules';
export * from './lib/approvals/approval-policy';
export * from './lib/approvals/approval-levels';
export * from './lib/fulfillment/task-template';
export * from './lib/fulfillment/task-graph';
export * from './lib/fulfillment/task-readiness';
export * from './lib/service-levels/business-calendar';
export * from './lib/service-levels/business-calendar-validation';
export * from './lib/service-levels/business-time';
export * from './lib/service-levels/sla-policy';
export * from './lib/service-levels/sla-timer';
