import ContentCopy from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { enqueueSnackbar } from 'notistack';
import { useId } from 'react';
import type { CreatedApiToken } from '../hooks/use-api-tokens';

/**
 * The new token's secret, shown this once: Trellis keeps only its hash, so after Done nobody can
 * see it again (a lost token is revoked and replaced).
 */
export function TokenSecretDialog({
  token,
  onDone,
}: {
  token: CreatedApiToken;
  onDone: () => void;
}) {
  const titleId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      enqueueSnackbar('Token copied', { variant: 'success' });
    } catch {
      enqueueSnackbar('The browser did not allow copying: select the token and copy it yourself.', {
        variant: 'warning',
      });
    }
  };
  return (
    // No onClose: Escape and clicks outside leave it open, so the secret cannot vanish by accident.
    <Dialog open aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Copy the token for {token.name}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          This is the only time the token is shown. Store it somewhere safe now.
        </Alert>
        <TextField
          fullWidth
          label="API token"
          value={token.token}
          slotProps={{
            htmlInput: { readOnly: true, spellCheck: false, sx: { fontFamily: 'monospace' } },
          }}
          onFocus={(event) => event.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopy />} onClick={() => void copy()}>
          Copy token
        </Button>
        <Button variant="contained" onClick={onDone}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
