import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import type { CatalogItemFilter } from '../hooks/use-catalog-items';
import { useCatalogItems } from '../hooks/use-catalog-items';
import { CatalogItemCard, CatalogItemCardSkeleton } from './catalog-item-card';

const GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
  gap: 2,
  listStyle: 'none',
  p: 0,
  m: 0,
} as const;

/** The items matching the filter as cards, with loading, empty and error states. */
export function CatalogItemGrid({
  filter,
  onClearFilter,
}: {
  filter: CatalogItemFilter;
  onClearFilter: () => void;
}) {
  const items = useCatalogItems(filter);
  const filtered = filter.q.trim() !== '' || filter.category !== null;

  if (items.isError) {
    return (
      <QueryErrorAlert
        title="The catalog could not be loaded"
        error={items.error}
        onRetry={() => void items.refetch()}
      />
    );
  }
  if (items.isSuccess && items.data.length === 0 && !items.isPlaceholderData) {
    return filtered ? (
      <EmptyState icon={<SearchOffOutlined />} title="No items match">
        Try other words or another category.{' '}
        <Button size="small" onClick={onClearFilter}>
          Show all items
        </Button>
      </EmptyState>
    ) : (
      <EmptyState icon={<SearchOffOutlined />} title="The catalog is empty">
        Nothing can be ordered yet. Your IT team publishes services here; ask them what is coming.
      </EmptyState>
    );
  }

  return (
    <>
      <Box
        component="ul"
        aria-label="Catalog items"
        aria-busy={items.isPending || items.isPlaceholderData}
        sx={GRID}
      >
        {items.isPending
          ? Array.from({ length: 6 }, (_, n) => (
              <li key={n} aria-hidden>
                <CatalogItemCardSkeleton />
              </li>
            ))
          : items.data.map((item) => (
              <li key={item.id}>
                <CatalogItemCard item={item} />
              </li>
            ))}
      </Box>
      {items.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
          <Button onClick={() => void items.fetchNextPage()} loading={items.isFetchingNextPage}>
            Load more items
          </Button>
        </Box>
      ) : null}
    </>
  );
}
