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
} as const;

/** The address of one request's page. */
export function requestPath(requestId: string): string {
  return paths.request.replace(':requestId', encodeURIComponent(requestId));
}

/** The address of one catalog item's page. */
export function catalogItemPath(itemId: string): string {
  return paths.catalogItem.replace(':itemId', encodeURIComponent(itemId));
}
