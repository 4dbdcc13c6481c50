import AddIcon from '@mui/icons-material/Add';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { catalogAdminItemPath, paths } from '../../../app/router/paths';
import { EmptyState } from '../../../shared/components/empty-state';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import { formatCost, formatDeliveryDays } from '../../../shared/format';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { CatalogIcon } from '../../catalog/components/catalog-icon';
import { ItemActionDialog } from '../components/item-action-dialog';
import type { CatalogItemStatus } from '../hooks/use-admin-catalog-items';
import { useAdminCatalogItems } from '../hooks/use-admin-catalog-items';
import { useItemActionFlow } from '../hooks/use-item-action-flow';

const STATUS_TABS: readonly { value: CatalogItemStatus; label: string }[] = [
  { value: 'published', label: 'Published' },
  { value: 'draft', label: 'Drafts' },
  { value: 'retired', label: 'Retired' },
];

const EMPTY: Record<CatalogItemStatus, string> = {
  draft: 'No drafts. Start a new item: it stays a draft until you publish it.',
  published: 'Nothing is published yet. Publish a draft to put it in the catalog.',
  retired: 'No retired items.',
};

/** The administrator's list of catalog items by status, with publish and retire. */
export function CatalogAdminPage() {
  const [status, setStatus] = useState<CatalogItemStatus>('published');
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 250);
  const items = useAdminCatalogItems(status, q);
  const flow = useItemActionFlow();

  return (
    <>
      <PageHeader
        title="Catalog admin"
        description="Write the items people can order: their details, request form, approvals and fulfilment tasks."
        actions={
          <Stack direction="row" sx={{ gap: 1 }}>
            <Button component={RouterLink} to={paths.approvalPolicies}>
              Approval policies
            </Button>
            <Button
              component={RouterLink}
              to={paths.catalogAdminNewItem}
              variant="contained"
              startIcon={<AddIcon />}
            >
              New item
            </Button>
          </Stack>
        }
      />
      <Paper variant="outlined">
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          sx={{ px: 2, pt: 1, gap: 2, alignItems: { sm: 'center' } }}
        >
          <Tabs
            value={status}
            onChange={(_, next: CatalogItemStatus) => setStatus(next)}
            aria-label="Item status"
            sx={{ flexGrow: 1 }}
          >
            {STATUS_TABS.map((tab) => (
              <Tab key={tab.value} value={tab.value} label={tab.label} />
            ))}
          </Tabs>
          <TextField
            size="small"
            label="Search items"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </Stack>
        {items.isError ? (
          <Box sx={{ p: 2 }}>
            <QueryErrorAlert
              title="The items could not be loaded"
              error={items.error}
              onRetry={() => void items.refetch()}
            />
          </Box>
        ) : items.data && items.data.length === 0 ? (
          <EmptyState icon={<Inventory2Outlined />} title={q ? 'No items match' : 'Nothing here'}>
            {q ? 'Try another search.' : EMPTY[status]}
          </EmptyState>
        ) : (
          <TableContainer>
            <Table
              aria-label={`${STATUS_TABS.find((t) => t.value === status)?.label ?? ''} items`}
              aria-busy={!items.data}
            >
              <TableHead>
                <TableRow>
                  <TableCell>Item</TableCell>
                  <TableCell>Category</TableCell>
                  <TableCell align="right">Cost</TableCell>
                  <TableCell align="right">Delivery</TableCell>
                  <TableCell align="right">Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.data ? (
                  items.data.map((item) => (
                    <TableRow key={item.id} hover>
                      <TableCell component="th" scope="row">
                        <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
                          <CatalogIcon name={item.icon} color="action" />
                          {item.name}
                        </Stack>
                      </TableCell>
                      <TableCell>{item.categoryName}</TableCell>
                      <TableCell align="right">
                        {formatCost(item.costAmount, item.costCurrency)}
                      </TableCell>
                      <TableCell align="right">{formatDeliveryDays(item.deliveryDays)}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        <Button
                          size="small"
                          component={RouterLink}
                          to={catalogAdminItemPath(item.id)}
                          aria-label={`Edit ${item.name}`}
                        >
                          Edit
                        </Button>
                        {item.status === 'published' ? (
                          <Button
                            size="small"
                            aria-label={`Retire ${item.name}`}
                            onClick={() =>
                              flow.ask({
                                id: item.id,
                                name: item.name,
                                version: item.version,
                                action: 'retire',
                              })
                            }
                          >
                            Retire
                          </Button>
                        ) : (
                          <Button
                            size="small"
                            aria-label={`Publish ${item.name}`}
                            onClick={() =>
                              flow.ask({
                                id: item.id,
                                name: item.name,
                                version: item.version,
                                action: 'publish',
                              })
                            }
                          >
                            Publish
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  ))
                ) : (
                  <TableSkeletonRows columns={5} rows={5} />
                )}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {items.hasNextPage ? (
          <Box sx={{ p: 2, textAlign: 'center' }}>
            <Button onClick={() => void items.fetchNextPage()} loading={items.isFetchingNextPage}>
              Show more
            </Button>
          </Box>
        ) : null}
      </Paper>
      <ItemActionDialog
        pending={flow.pending}
        busy={flow.isPending}
        onConfirm={flow.confirm}
        onCancel={flow.cancel}
      />
    </>
  );
}
