import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { isProblem } from '@trellis/api-client';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import type { EditorTab } from '../components/item-editor';
import { ItemEditor } from '../components/item-editor';
import { useAdminCatalogItem } from '../hooks/use-admin-catalog-item';

/** A catalog item's editor; `/catalog-admin/items/new` starts a new draft. */
export function CatalogItemEditorPage() {
  const { itemId } = useParams();
  const id = itemId ?? null;
  const item = useAdminCatalogItem(id);
  // Kept here, outside the editor, so reloading the item after a save stays on the same tab.
  const [tab, setTab] = useState<EditorTab>('details');

  if (id !== null && item.isPending) {
    return (
      <Box aria-busy="true" aria-label="Loading the item">
        <Skeleton variant="text" width="40%" height={56} />
        <Skeleton variant="rounded" height={320} sx={{ mt: 2 }} />
      </Box>
    );
  }
  if (id !== null && item.isError) {
    const missing = isProblem(item.error) && item.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Item not found' : 'Catalog item'} />
        <QueryErrorAlert
          title={missing ? 'There is no such item' : 'The item could not be loaded'}
          error={item.error}
          onRetry={() => void item.refetch()}
        />
      </>
    );
  }
  const loaded = item.data ?? null;
  return (
    <ItemEditor
      // A new version from the server (after a save or a reload) starts the editor afresh.
      key={loaded ? `${loaded.id}@${loaded.version}` : 'new'}
      item={loaded}
      tab={tab}
      onTabChange={setTab}
      onReload={() => void item.refetch()}
    />
  );
}
