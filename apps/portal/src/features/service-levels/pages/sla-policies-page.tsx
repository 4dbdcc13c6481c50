import AddIcon from '@mui/icons-material/Add';
import TimerOutlined from '@mui/icons-material/TimerOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router-dom';
import { paths, slaPolicyPath } from '../../../app/router/paths';
import { EmptyState } from '../../../shared/components/empty-state';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import { describeBusinessMinutes } from '../../../shared/format';
import { SlaSections } from '../components/sla-sections';
import { useSlaCalendars } from '../hooks/use-sla-calendars';
import { useSlaPolicyList } from '../hooks/use-sla-policies';
import { businessDayMinutes } from '../weekly-hours';

/** The tenant's SLA policies: targets per priority, counted in a calendar's business time. */
export function SlaPoliciesPage() {
  const policies = useSlaPolicyList();
  const calendars = useSlaCalendars();
  const calendarOf = (id: string) => calendars.data?.find((c) => c.id === id);
  return (
    <>
      <PageHeader
        title="SLA policies"
        description="Response and resolution targets per priority, warnings before a breach, and when the clock pauses."
        actions={
          <Button
            component={RouterLink}
            to={paths.newSlaPolicy}
            variant="contained"
            startIcon={<AddIcon />}
          >
            New policy
          </Button>
        }
      />
      <SlaSections />
      <Paper variant="outlined">
        {policies.isError ? (
          <Box sx={{ p: 2 }}>
            <QueryErrorAlert
              title="The policies could not be loaded"
              error={policies.error}
              onRetry={() => void policies.refetch()}
            />
          </Box>
        ) : policies.data?.length === 0 ? (
          <EmptyState icon={<TimerOutlined />} title="No SLA policies yet">
            Requests get no service-level clock until a policy applies. Create one and make it the
            default, or pick it on catalog items.
          </EmptyState>
        ) : (
          <TableContainer>
            <Table aria-label="SLA policies" aria-busy={!policies.data}>
              <TableHead>
                <TableRow>
                  <TableCell>Policy</TableCell>
                  <TableCell>Calendar</TableCell>
                  <TableCell>Critical (response / resolution)</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell align="right">Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {policies.data ? (
                  policies.data.map((policy) => {
                    const calendar = calendarOf(policy.calendarId);
                    const day = calendar ? businessDayMinutes(calendar.workingHours) : null;
                    const critical = policy.targets.critical;
                    return (
                      <TableRow key={policy.id} hover>
                        <TableCell component="th" scope="row">
                          {policy.name}
                        </TableCell>
                        <TableCell>{calendar?.name ?? '—'}</TableCell>
                        <TableCell>
                          {describeBusinessMinutes(critical.responseMinutes, day)} /{' '}
                          {describeBusinessMinutes(critical.resolutionMinutes, day)}
                        </TableCell>
                        <TableCell>
                          <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                            {policy.isDefault ? (
                              <Chip size="small" color="primary" label="Default" />
                            ) : null}
                            <Chip
                              size="small"
                              variant="outlined"
                              label={policy.active ? 'Active' : 'Inactive'}
                            />
                          </Stack>
                        </TableCell>
                        <TableCell align="right">
                          <Button
                            size="small"
                            component={RouterLink}
                            to={slaPolicyPath(policy.id)}
                            aria-label={`Edit ${policy.name}`}
                          >
                            Edit
                          </Button>
                        </TableCell>
                      </TableRow>
                    );
                  })
                ) : (
                  <TableSkeletonRows columns={5} rows={3} />
                )}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Paper>
    </>
  );
}
