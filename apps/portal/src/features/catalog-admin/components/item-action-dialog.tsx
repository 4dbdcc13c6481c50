import type { PendingAction } from '../hooks/use-item-action-flow';
import { ConfirmDialog } from './confirm-dialog';

/** The confirmation for publishing or retiring an item. */
export function ItemActionDialog({
  pending,
  busy,
  onConfirm,
  onCancel,
}: {
  pending: PendingAction | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const publish = pending?.action === 'publish';
  return (
    <ConfirmDialog
      open={pending !== null}
      title={publish ? `Publish ${pending?.name ?? ''}?` : `Retire ${pending?.name ?? ''}?`}
      confirmLabel={publish ? 'Publish' : 'Retire'}
      pending={busy}
      onConfirm={onConfirm}
      onClose={onCancel}
    >
      {publish
        ? 'Everyone will find it in the catalog and can order it straight away.'
        : 'It leaves the catalog: nobody can order it any more. Requests already raised carry on. You can publish it again later.'}
    </ConfirmDialog>
  );
}
