import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { enqueueSnackbar } from 'notistack';
import { useId } from 'react';
import { problemMessage } from '../../../shared/problem-message';
import type { ApiToken } from '../hooks/use-api-tokens';
import { useRevokeApiToken } from '../hooks/use-api-tokens';

/** Revoking cannot be undone, so it asks first. */
export function RevokeTokenDialog({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const titleId = useId();
  const revoke = useRevokeApiToken();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>Revoke {token.name}?</DialogTitle>
      <DialogContent>
        {revoke.isError ? (
          <Alert severity="error" sx={{ mb: 1 }}>
            {problemMessage(revoke.error)}
          </Alert>
        ) : null}
        <DialogContentText>
          Calls made with this token fail from now on. This cannot be undone.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          color="error"
          loading={revoke.isPending}
          onClick={() =>
            revoke.mutate(token, {
              onSuccess: () => {
                enqueueSnackbar(`${token.name} revoked`, { variant: 'success' });
                onClose();
              },
            })
          }
        >
          Revoke token
        </Button>
      </DialogActions>
    </Dialog>
  );
}
