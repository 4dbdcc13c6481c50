import { useState } from 'react';
import type { CatalogItemAction } from './use-catalog-item-action';
import { useCatalogItemAction } from './use-catalog-item-action';

export interface PendingAction {
  id: string;
  name: string;
  version: number;
  action: CatalogItemAction;
}

/** Publish/retire with a confirmation step; the outcome's toast comes from the mutation itself. */
export function useItemActionFlow() {
  const mutation = useCatalogItemAction();
  const [pending, setPending] = useState<PendingAction | null>(null);
  const confirm = () => {
    if (!pending) return;
    mutation.mutate(pending, { onSettled: () => setPending(null) });
  };
  return {
    pending,
    ask: setPending,
    cancel: () => setPending(null),
    confirm,
    isPending: mutation.isPending,
  };
}
