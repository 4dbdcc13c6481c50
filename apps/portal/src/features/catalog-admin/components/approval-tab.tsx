import OpenInNew from '@mui/icons-material/OpenInNew';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { approvalPolicyPath, paths } from '../../../app/router/paths';
import { useApprovalPolicies } from '../hooks/use-approval-policies';
import { ApproverText } from './approver-text';
import { ruleText } from '../approval-text';

/** Which approval policy an order of the item goes through; none approves at once. */
export function ApprovalTab({
  policyId,
  onChange,
}: {
  policyId: string | null;
  onChange: (policyId: string | null) => void;
}) {
  const policies = useApprovalPolicies();
  const chosen = policies.data?.find((policy) => policy.id === policyId);
  return (
    <Stack sx={{ gap: 2, maxWidth: 880 }}>
      {policies.isError ? (
        <QueryErrorAlert
          title="The approval policies could not be loaded"
          error={policies.error}
          onRetry={() => void policies.refetch()}
        />
      ) : null}
      <TextField
        select
        label="Approval policy"
        value={policies.data ? (policyId ?? '') : ''}
        onChange={(event) => onChange(event.target.value || null)}
        helperText="Policies are shared by items; edit one and every item using it changes."
      >
        <MenuItem value="">
          <em>None: requests are approved automatically</em>
        </MenuItem>
        {(policies.data ?? []).map((policy) => (
          <MenuItem key={policy.id} value={policy.id}>
            {policy.name}
          </MenuItem>
        ))}
      </TextField>
      {chosen ? (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="subtitle1" component="h3" gutterBottom>
            {chosen.name}
          </Typography>
          {chosen.description ? (
            <Typography color="text.secondary">{chosen.description}</Typography>
          ) : null}
          {chosen.levels.length === 0 ? (
            <Typography>No levels: requests are approved automatically.</Typography>
          ) : (
            <Stack component="ol" sx={{ pl: 2.5, my: 1, gap: 0.5 }}>
              {chosen.levels.map((level, index) => (
                <li key={index}>
                  <strong>{level.name ?? `Level ${index + 1}`}</strong>: {ruleText(level.rule)} of{' '}
                  {level.approvers.map((spec, at) => (
                    <span key={at}>
                      {at > 0 ? ', ' : ''}
                      <ApproverText spec={spec} />
                    </span>
                  ))}
                </li>
              ))}
            </Stack>
          )}
        </Paper>
      ) : null}
      {policyId !== null && policies.data && !chosen ? (
        <Alert severity="warning">The chosen policy no longer exists; choose another.</Alert>
      ) : null}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {chosen ? (
          <Button
            component={RouterLink}
            to={approvalPolicyPath(chosen.id)}
            target="_blank"
            rel="noopener"
            endIcon={<OpenInNew />}
          >
            Edit this policy
          </Button>
        ) : null}
        <Button
          component={RouterLink}
          to={paths.newApprovalPolicy}
          target="_blank"
          rel="noopener"
          endIcon={<OpenInNew />}
        >
          New policy
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        Policies open in a new tab, so this item&apos;s unsaved changes stay here; the list above
        refreshes when you come back.
      </Typography>
    </Stack>
  );
}
