import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import type { CostCentre } from '../hooks/use-cost-centres';
import { useCostCentres } from '../hooks/use-cost-centres';
import { useUserDirectory } from '../hooks/use-user-directory';
import { formatMoney } from '../money';
import { BudgetUsage } from './budget-usage';

const COLUMNS = [
  'Cost centre',
  'Owner',
  'Budget',
  'Committed',
  'Spent',
  'Available',
  'Used',
  'Actions',
] as const;

export function CostCentresTable({
  labelledBy,
  onEdit,
}: {
  labelledBy: string;
  onEdit: (costCentre: CostCentre) => void;
}) {
  const costCentres = useCostCentres();
  const directory = useUserDirectory();
  const names = new Map((directory.data ?? []).map((user) => [user.id, user.name]));

  if (costCentres.isError) {
    return (
      <QueryErrorAlert
        title="Cost centres could not be loaded"
        error={costCentres.error}
        onRetry={() => void costCentres.refetch()}
      />
    );
  }
  if (costCentres.isSuccess && costCentres.data.length === 0) {
    return (
      <EmptyState icon={<AccountBalanceOutlined />} title="No cost centres yet" headingLevel="h3">
        Create one with New cost centre: requesters charge their orders to it.
      </EmptyState>
    );
  }
  return (
    <>
      <TableContainer>
        <Table aria-labelledby={labelledBy} aria-busy={costCentres.isPending}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{column}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {costCentres.isPending ? (
              <TableSkeletonRows columns={COLUMNS.length} />
            ) : (
              costCentres.data.map((cc) => {
                const money = (amount: string) => formatMoney(amount, cc.currency);
                return (
                  <TableRow key={cc.id} hover>
                    <TableCell component="th" scope="row">
                      {cc.code}
                      <Typography variant="body2" color="text.secondary">
                        {cc.name}
                      </Typography>
                    </TableCell>
                    <TableCell>{names.get(cc.ownerId) ?? 'Unknown person'}</TableCell>
                    <TableCell>
                      {money(cc.budgetAmount)}
                      <Typography variant="body2" color="text.secondary">
                        {cc.periodStart} to {cc.periodEnd}
                      </Typography>
                    </TableCell>
                    <TableCell>{money(cc.committedAmount)}</TableCell>
                    <TableCell>{money(cc.spentAmount)}</TableCell>
                    <TableCell>{money(cc.availableAmount)}</TableCell>
                    <TableCell>
                      <BudgetUsage costCentre={cc} />
                    </TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        onClick={() => onEdit(cc)}
                        aria-label={`Edit ${cc.code}`}
                      >
                        Edit
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {costCentres.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
          <Button
            onClick={() => void costCentres.fetchNextPage()}
            loading={costCentres.isFetchingNextPage}
          >
            Load more cost centres
          </Button>
        </Box>
      ) : null}
    </>
  );
}
