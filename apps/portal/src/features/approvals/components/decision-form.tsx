import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useActionFeedback } from '../../requests/hooks/use-action-feedback';
import type { ApprovalItem } from '../hooks/use-approval-queue';
import type { Decision } from '../hooks/use-decide-approval';
import { useDecideApproval } from '../hooks/use-decide-approval';
import { rejectCommentProblem } from '../reject-comment';

/** Approve (comment optional) or reject (comment required) one approval. */
export function DecisionForm({
  approval,
  reload,
  onDecided,
}: {
  approval: ApprovalItem;
  reload: () => void;
  onDecided: () => void;
}) {
  const decide = useDecideApproval();
  const feedback = useActionFeedback(reload);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = (decision: Decision) => {
    if (decision === 'reject') {
      const problem = rejectCommentProblem(comment);
      setError(problem);
      if (problem) return;
    }
    decide.mutate(
      { approval, decision, comment },
      {
        onSuccess: () => {
          feedback.succeeded(
            `${approval.requestNumber} ${decision === 'approve' ? 'approved' : 'rejected'}`,
          );
          onDecided();
        },
        onError: feedback.failed,
      },
    );
  };
  const pending = (decision: Decision) =>
    decide.isPending && decide.variables.decision === decision;
  return (
    <Box component="form" noValidate onSubmit={(event) => event.preventDefault()}>
      <TextField
        label="Comment"
        multiline
        minRows={2}
        fullWidth
        value={comment}
        onChange={(event) => {
          setComment(event.target.value);
          setError(null);
        }}
        error={error !== null}
        helperText={error ?? 'Optional when approving; required to reject.'}
      />
      <Stack direction="row" sx={{ gap: 1, mt: 1 }}>
        <Button
          variant="contained"
          color="success"
          loading={pending('approve')}
          disabled={decide.isPending}
          onClick={() => run('approve')}
        >
          Approve
        </Button>
        <Button
          variant="outlined"
          color="error"
          loading={pending('reject')}
          disabled={decide.isPending}
          onClick={() => run('reject')}
        >
          Reject
        </Button>
      </Stack>
    </Box>
  );
}
