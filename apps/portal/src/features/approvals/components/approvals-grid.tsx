import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import type {
  GridColDef,
  GridColumnVisibilityModel,
  GridRowSelectionModel,
} from '@mui/x-data-grid';
import { DataGrid } from '@mui/x-data-grid';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { formatCost, formatDateTime } from '../../../shared/format';
import type { ApprovalItem } from '../hooks/use-approval-queue';
import { APPROVAL_STATUS } from '../../requests/components/request-approvals';
import { formatWaiting, isOverdue } from '../waiting-time';

export type ApprovalsGridVariant = 'queue' | 'history';

function columnsFor(
  variant: ApprovalsGridVariant,
  now: Date,
  onOpen: (approval: ApprovalItem) => void,
): GridColDef<ApprovalItem>[] {
  const request: GridColDef<ApprovalItem> = {
    field: 'requestNumber',
    headerName: 'Request',
    minWidth: 200,
    flex: 1.4,
    sortable: true,
    renderCell: ({ row }) => (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0, height: '100%' }}>
        <Button
          size="small"
          onClick={() => onOpen(row)}
          aria-label={`Open ${row.requestNumber}`}
          sx={{ flexShrink: 0 }}
        >
          {row.requestNumber}
        </Button>
        <Typography variant="body2" noWrap>
          {row.itemName}
        </Typography>
      </Box>
    ),
  };
  const requester: GridColDef<ApprovalItem> = {
    field: 'requesterName',
    headerName: 'Requester',
    minWidth: 140,
    flex: 1,
  };
  const cost: GridColDef<ApprovalItem> = {
    field: 'costAmount',
    headerName: 'Cost',
    minWidth: 110,
    type: 'number',
    valueGetter: (_value, row) => Number(row.costAmount),
    renderCell: ({ row }) => formatCost(row.costAmount, row.costCurrency),
  };
  const level: GridColDef<ApprovalItem> = {
    field: 'levelIndex',
    headerName: 'Level',
    minWidth: 110,
    valueGetter: (_value, row) =>
      `${row.levelIndex + 1}${row.levelName ? ` · ${row.levelName}` : ''}`,
  };
  if (variant === 'history') {
    return [
      request,
      requester,
      cost,
      {
        field: 'status',
        headerName: 'Decision',
        minWidth: 110,
        valueGetter: (_value, row) => APPROVAL_STATUS[row.status].label,
      },
      {
        field: 'decidedAt',
        headerName: 'Decided',
        minWidth: 170,
        renderCell: ({ row }) =>
          row.decidedAt ? (
            <time dateTime={row.decidedAt}>{formatDateTime(row.decidedAt)}</time>
          ) : (
            '—'
          ),
      },
      { field: 'comment', headerName: 'Comment', minWidth: 160, flex: 1 },
    ];
  }
  return [
    request,
    requester,
    cost,
    level,
    {
      field: 'createdAt',
      headerName: 'Waiting',
      minWidth: 110,
      // Sorted by when it arrived; shown as how long ago.
      renderCell: ({ row }) => (
        <time dateTime={row.createdAt} title={formatDateTime(row.createdAt)}>
          {formatWaiting(row.createdAt, now)}
        </time>
      ),
    },
    {
      field: 'timeoutAt',
      headerName: 'Due',
      minWidth: 170,
      renderCell: ({ row }): ReactNode =>
        row.timeoutAt ? (
          <Typography
            variant="body2"
            component="time"
            dateTime={row.timeoutAt}
            color={isOverdue(row.timeoutAt, now) ? 'error' : undefined}
            sx={{ fontWeight: isOverdue(row.timeoutAt, now) ? 600 : undefined }}
          >
            {formatDateTime(row.timeoutAt)}
          </Typography>
        ) : (
          'No deadline'
        ),
    },
  ];
}

/** On a phone only the request and how long it waits (or the decision) stay visible. */
const PHONE_HIDDEN: GridColumnVisibilityModel = {
  requesterName: false,
  costAmount: false,
  levelIndex: false,
  timeoutAt: false,
  decidedAt: false,
  comment: false,
};

/**
 * Approvals in an MUI X DataGrid: the pending queue (selectable, for bulk decisions) or the
 * history of decisions. Enter on a row, or its request button, opens the side panel.
 */
export function ApprovalsGrid({
  label,
  variant,
  rows,
  loading,
  onOpen,
  selection,
  onSelectionChange,
  noRows,
}: {
  label: string;
  variant: ApprovalsGridVariant;
  rows: ApprovalItem[];
  loading: boolean;
  onOpen: (approval: ApprovalItem) => void;
  selection?: GridRowSelectionModel;
  onSelectionChange?: (selection: GridRowSelectionModel) => void;
  noRows: () => ReactNode;
}) {
  const theme = useTheme();
  const phone = !useMediaQuery(theme.breakpoints.up('sm'), { noSsr: true });
  // One clock per load of the list: every row's waiting time is measured from the same now.
  const [now, setNow] = useState(() => new Date());
  const [shownRows, setShownRows] = useState(rows);
  if (shownRows !== rows) {
    setShownRows(rows);
    setNow(new Date());
  }
  const columns = useMemo(() => columnsFor(variant, now, onOpen), [variant, now, onOpen]);
  const selectable = variant === 'queue';
  return (
    <DataGrid
      label={label}
      rows={rows}
      columns={columns}
      loading={loading}
      autoHeight
      checkboxSelection={selectable}
      disableRowSelectionOnClick
      rowSelectionModel={selection}
      onRowSelectionModelChange={onSelectionChange}
      columnVisibilityModel={phone ? PHONE_HIDDEN : {}}
      disableColumnMenu={phone}
      initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
      pageSizeOptions={[25, 50, 100]}
      onCellKeyDown={(params, event) => {
        if (event.key === 'Enter' && params.field !== '__check__')
          onOpen(params.row as ApprovalItem);
      }}
      slots={{ noRowsOverlay: noRows }}
      slotProps={{ loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' } }}
      sx={{ border: 0 }}
    />
  );
}
