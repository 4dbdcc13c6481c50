import type { NavigationEntry } from '@trellis/domain';
import { NAVIGATION } from '@trellis/domain';

type NavigationKey = NavigationEntry['key'];
type NavigationPaths = {
  readonly [K in NavigationKey]: Extract<NavigationEntry, { key: K }>['path'];
};

// The main pages' paths come from the navigation in @trellis/domain, so a link and its route
// cannot drift apart.
const navigationPaths = Object.fromEntries(
  NAVIGATION.map((entry) => [entry.key, entry.path]),
) as NavigationPaths;

/** Every route path of the portal. */
export const paths = {
  home: '/',
  login: '/login',
  ...navigationPaths,
  catalogItem: '/catalog/:itemId',
  request: '/requests/:requestId',
  catalogAdminItem: '/catalog-admin/items/:itemId',
  catalogAdminNewItem: '/catalog-admin/items/new',
  approvalPolicies: '/catalog-admin/approval-policies',
  approvalPolicy: '/catalog-admin/approval-policies/:policyId',
  newApprovalPolicy: '/catalog-admin/approval-policies/new',
  adminTeams: '/admin/teams',
  adminCostCentres: '/admin/cost-centres',
  adminApiTokens: '/admin/api-tokens',
  slaPolicies: '/service-levels/policies',
  slaCalendar: '/service-levels/calendars/:calendarId',
  newSlaCalendar: '/service-levels/calendars/new',
  slaPolicy: '/service-levels/policies/:policyId',
  newSlaPolicy: '/service-levels/policies/new',
  notificationPreferences: '/notifications/preferences',
} as const;

/** The address of one request's page. */
export function requestPath(requestId: string): string {
  return paths.request.replace(':requestId', encodeURIComponent(requestId));
}

/** The address of one catalog item's page. */
export function catalogItemPath(itemId: string): string {
  return paths.catalogItem.replace(':itemId', encodeURIComponent(itemId));
}

/** The address of a catalog item's editor. */
export function catalogAdminItemPath(itemId: string): string {
  return paths.catalogAdminItem.replace(':itemId', encodeURIComponent(itemId));
}

/** The address of an approval policy's editor. */
export function approvalPolicyPath(policyId: string): string {
  return paths.approvalPolicy.replace(':policyId', encodeURIComponent(policyId));
}

/** The address of an SLA calendar's editor. */
export function slaCalendarPath(calendarId: string): string {
  return paths.slaCalendar.replace(':calendarId', encodeURIComponent(calendarId));
}

/** The address of an SLA policy's editor. */
export function slaPolicyPath(policyId: string): string {
  return paths.slaPolicy.replace(':policyId', encodeURIComponent(policyId));
}
