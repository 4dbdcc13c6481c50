import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { Decision } from '../hooks/use-decide-approval';
import { rejectCommentProblem } from '../reject-comment';

function BulkDialog({
  decision,
  count,
  busy,
  onCancel,
  onConfirm,
}: {
  decision: Decision;
  count: number;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (comment: string) => void;
}) {
  const titleId = useId();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const approve = decision === 'approve';
  const what = count === 1 ? '1 request' : `${count} requests`;
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problem = approve ? null : rejectCommentProblem(comment);
          setError(problem);
          if (!problem) onConfirm(comment);
        }}
      >
        <DialogTitle id={titleId}>{approve ? `Approve ${what}?` : `Reject ${what}?`}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {approve
              ? 'Each is decided on its own: one that cannot be approved does not stop the rest.'
              : 'The same comment goes to every requester, so say why in a way that fits all of them.'}
          </DialogContentText>
          <TextField
            autoFocus
            label="Comment"
            required={!approve}
            multiline
            minRows={2}
            fullWidth
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
              setError(null);
            }}
            error={error !== null}
            helperText={error ?? (approve ? 'Optional.' : 'Required to reject.')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Back</Button>
          <Button
            type="submit"
            variant="contained"
            color={approve ? 'success' : 'error'}
            loading={busy}
          >
            {approve ? `Approve ${what}` : `Reject ${what}`}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** What to do with the selected approvals: approve or reject them all, each with its own result. */
export function BulkDecisionBar({
  count,
  busy,
  onDecide,
}: {
  count: number;
  busy: boolean;
  onDecide: (decision: Decision, comment: string) => Promise<unknown>;
}) {
  const [dialog, setDialog] = useState<Decision | null>(null);
  return (
    <Stack
      direction="row"
      sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', px: 2, py: 1 }}
      role="toolbar"
      aria-label="Bulk decisions"
    >
      <Typography variant="body2" sx={{ flexGrow: 1 }} aria-live="polite">
        {count === 0 ? 'Select requests to decide several at once.' : `${count} selected`}
      </Typography>
      <Button
        variant="contained"
        color="success"
        disabled={count === 0}
        onClick={() => setDialog('approve')}
      >
        Approve selected
      </Button>
      <Button
        variant="outlined"
        color="error"
        disabled={count === 0}
        onClick={() => setDialog('reject')}
      >
        Reject selected
      </Button>
      {dialog ? (
        <BulkDialog
          decision={dialog}
          count={count}
          busy={busy}
          onCancel={() => setDialog(null)}
          onConfirm={(comment) => {
            void onDecide(dialog, comment).finally(() => setDialog(null));
          }}
        />
      ) : null}
    </Stack>
  );
}
