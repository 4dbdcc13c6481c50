/**
 * Query keys, in one place. openapi-react-query keys every query `[method, path, init?]`, so a key
 * here is the prefix that matches every query of that endpoint: pass it to `invalidateQueries` /
 * `removeQueries`. Hooks must not hand-build keys of their own.
 *
 * Note: a `useQuery` and a `useInfiniteQuery` with the same `init` share one key but cache different
 * shapes; hooks that read the same endpoint both ways must pass different `init`s (see use-users).
 */
export const queryKeys = {
  me: ['get', '/api/v1/auth/me'],
  users: ['get', '/api/v1/users'],
  auditEvents: ['get', '/api/v1/audit-events'],
  catalogCategories: ['get', '/api/v1/catalog/categories'],
  catalogItems: ['get', '/api/v1/catalog/items'],
  catalogItem: ['get', '/api/v1/catalog/items/{id}'],
  catalogItemReviews: ['get', '/api/v1/catalog/items/{id}/reviews'],
  requests: ['get', '/api/v1/requests'],
  request: ['get', '/api/v1/requests/{id}'],
  tasks: ['get', '/api/v1/tasks'],
  task: ['get', '/api/v1/tasks/{id}'],
  teams: ['get', '/api/v1/teams'],
  costCenters: ['get', '/api/v1/cost-centers'],
  apiTokens: ['get', '/api/v1/api-tokens'],
  requestAttachments: ['get', '/api/v1/requests/{id}/attachments'],
  costCenter: ['get', '/api/v1/cost-centers/{id}'],
  approvals: ['get', '/api/v1/approvals'],
  approvalDelegations: ['get', '/api/v1/approval-delegations'],
  approvalPolicies: ['get', '/api/v1/approval-policies'],
  approvalPolicy: ['get', '/api/v1/approval-policies/{id}'],
  slaCalendars: ['get', '/api/v1/sla/calendars'],
  slaCalendar: ['get', '/api/v1/sla/calendars/{id}'],
  slaPolicies: ['get', '/api/v1/sla/policies'],
  slaPolicy: ['get', '/api/v1/sla/policies/{id}'],
  notifications: ['get', '/api/v1/notifications'],
  notificationsUnreadCount: ['get', '/api/v1/notifications/unread-count'],
  notificationPreferences: ['get', '/api/v1/notifications/preferences'],
} as const;
