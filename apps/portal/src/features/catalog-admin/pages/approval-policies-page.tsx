import AddIcon from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router-dom';
import { approvalPolicyPath, paths } from '../../../app/router/paths';
import { EmptyState } from '../../../shared/components/empty-state';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import { formatDateTime } from '../../../shared/format';
import { ruleText } from '../approval-text';
import { useApprovalPolicies } from '../hooks/use-approval-policies';

/** The tenant's approval policies, which catalog items point at. */
export function ApprovalPoliciesPage() {
  const policies = useApprovalPolicies();
  return (
    <>
      <Button
        component={RouterLink}
        to={paths.catalogAdmin}
        startIcon={<ArrowBack />}
        size="small"
        sx={{ mb: 1 }}
      >
        Catalog admin
      </Button>
      <PageHeader
        title="Approval policies"
        description="Who approves an order before it is fulfilled: ordered levels of approvers, each with its rule, reminders and timeout."
        actions={
          <Button
            component={RouterLink}
            to={paths.newApprovalPolicy}
            variant="contained"
            startIcon={<AddIcon />}
          >
            New policy
          </Button>
        }
      />
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
          <EmptyState icon={<FactCheckOutlined />} title="No approval policies yet">
            Without a policy, orders are approved automatically. Create one to ask a manager, a team
            or a cost centre owner first.
          </EmptyState>
        ) : (
          <TableContainer>
            <Table aria-label="Approval policies" aria-busy={!policies.data}>
              <TableHead>
                <TableRow>
                  <TableCell>Policy</TableCell>
                  <TableCell>Levels</TableCell>
                  <TableCell>Changed</TableCell>
                  <TableCell align="right">Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {policies.data ? (
                  policies.data.map((policy) => (
                    <TableRow key={policy.id} hover>
                      <TableCell component="th" scope="row">
                        {policy.name}
                      </TableCell>
                      <TableCell>
                        {policy.levels.length === 0
                          ? 'Approves automatically'
                          : policy.levels
                              .map((level, i) => `${i + 1}. ${level.name ?? ruleText(level.rule)}`)
                              .join(' → ')}
                      </TableCell>
                      <TableCell>{formatDateTime(policy.updatedAt)}</TableCell>
                      <TableCell align="right">
                        <Button
                          size="small"
                          component={RouterLink}
                          to={approvalPolicyPath(policy.id)}
                          aria-label={`Edit ${policy.name}`}
                        >
                          Edit
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))
                ) : (
                  <TableSkeletonRows columns={4} rows={4} />
                )}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Paper>
    </>
  );
}
