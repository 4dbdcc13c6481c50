import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { isProblem } from '@trellis/api-client';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { PolicyEditor } from '../components/policy-editor';
import { useApprovalPolicy } from '../hooks/use-approval-policies';

/** An approval policy's editor; `/catalog-admin/approval-policies/new` starts a new one. */
export function ApprovalPolicyEditorPage() {
  const { policyId } = useParams();
  const id = policyId ?? null;
  const policy = useApprovalPolicy(id);
  if (id !== null && policy.isPending) {
    return (
      <Box aria-busy="true" aria-label="Loading the policy">
        <Skeleton variant="text" width="40%" height={56} />
        <Skeleton variant="rounded" height={240} sx={{ mt: 2 }} />
      </Box>
    );
  }
  if (id !== null && policy.isError) {
    const missing = isProblem(policy.error) && policy.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Policy not found' : 'Approval policy'} />
        <QueryErrorAlert
          title={missing ? 'There is no such policy' : 'The policy could not be loaded'}
          error={policy.error}
          onRetry={() => void policy.refetch()}
        />
      </>
    );
  }
  const loaded = policy.data ?? null;
  return (
    <PolicyEditor
      key={loaded ? `${loaded.id}@${loaded.version}` : 'new'}
      policy={loaded}
      onReload={() => void policy.refetch()}
    />
  );
}
