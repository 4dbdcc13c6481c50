/**
 * Which SLA policy measures a request: the item's policy if it names an active one, else the
 * tenant's active default. The timers (when a request is submitted) and the catalog's promises
 * (before anyone orders) both choose with this, so what an item promises is what its requests
 * are measured against.
 */

/** The candidate policies (`p`): the named ones (`ids`, a uuid[] placeholder) and the default. */
export const applicablePoliciesWhere = (tenant: string, ids: string): string =>
  `p.tenant_id = ${tenant} AND p.active AND (p.id = ANY(${ids}::uuid[]) OR p.is_default)`;

/** From rows read with applicablePoliciesWhere: the policy for an item naming `policyId`. */
export function applicablePolicy<T extends { id: string; is_default: boolean }>(
  rows: readonly T[],
  policyId: string | null,
): T | null {
  const named = policyId === null ? undefined : rows.find((row) => row.id === policyId);
  return named ?? rows.find((row) => row.is_default) ?? null;
}
