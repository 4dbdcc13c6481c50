import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { PageHeader } from '../../../shared/components/page-header';
import { MyRequestsTable } from '../components/my-requests-table';
import type { RequestStatus } from '../request-status';
import { REQUEST_STATUS } from '../request-status';

const STATUSES = Object.entries(REQUEST_STATUS) as [RequestStatus, { label: string }][];

export function MyRequestsPage() {
  const headingId = useId();
  const [status, setStatus] = useState<RequestStatus | null>(null);
  const [search, setSearch] = useState('');
  return (
    <>
      <PageHeader
        title="My requests"
        description="Follow everything you have asked for, from draft to done."
      />
      <Paper variant="outlined" component="section" aria-labelledby={headingId}>
        <Stack direction="row" sx={{ p: 2, pb: 1, gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography id={headingId} variant="h2" sx={{ flexGrow: 1 }}>
            Requests
          </Typography>
          <TextField
            type="search"
            size="small"
            label="Search"
            placeholder="Number, item or person"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            sx={{ minWidth: 220 }}
          />
          <TextField
            select
            size="small"
            label="Status"
            value={status ?? 'all'}
            onChange={(event) =>
              setStatus(event.target.value === 'all' ? null : (event.target.value as RequestStatus))
            }
            sx={{ minWidth: 200 }}
          >
            <MenuItem value="all">All statuses</MenuItem>
            {STATUSES.map(([value, { label }]) => (
              <MenuItem key={value} value={value}>
                {label}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <MyRequestsTable labelledBy={headingId} status={status} search={search} />
      </Paper>
    </>
  );
}
