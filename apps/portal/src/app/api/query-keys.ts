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
} as const;
