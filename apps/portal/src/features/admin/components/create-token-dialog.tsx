import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import type { Role } from '@trellis/domain';
import { useId, useState } from 'react';
import { ROLE_LABELS } from '../../../shared/role-labels';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import type { CreatedApiToken } from '../hooks/use-api-tokens';
import { useCreateApiToken } from '../hooks/use-api-tokens';
import { saveErrors } from '../save-errors';

const DEFAULT_DAYS = 90;

function dateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Names a token, picks its roles (at most your own) and its expiry. */
export function CreateTokenDialog({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (token: CreatedApiToken) => void;
}) {
  const titleId = useId();
  const rolesLabelId = useId();
  const me = useCurrentUser();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [expiresOn, setExpiresOn] = useState(dateInDays(DEFAULT_DAYS));
  const [touched, setTouched] = useState(false);
  const server = saveErrors(create.error);
  const nameError =
    touched && !name.trim() ? 'Name the token after who will use it' : server.fields.name;
  const rolesError =
    touched && roles.length === 0 ? 'Choose at least one role' : server.fields.roles;
  const expiryError =
    touched && expiresOn && expiresOn <= dateInDays(0)
      ? 'Choose a day after today'
      : server.fields.expiresAt;
  const toggle = (role: Role, on: boolean) =>
    setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!name.trim() || roles.length === 0 || (expiresOn && expiresOn <= dateInDays(0)))
            return;
          create.mutate(
            {
              name: name.trim(),
              roles,
              // The end of the chosen day where the admin is.
              expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : undefined,
            },
            {
              onSuccess: (token) => {
                // Hand the secret over and forget it here: the mutation must not keep it.
                create.reset();
                onCreated(token);
              },
            },
          );
        }}
      >
        <DialogTitle id={titleId}>New API token</DialogTitle>
        <DialogContent>
          {server.summary ? (
            <Alert severity="error" sx={{ mb: 1 }}>
              {server.summary}
            </Alert>
          ) : null}
          <TextField
            autoFocus
            required
            fullWidth
            margin="dense"
            label="Token name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={Boolean(nameError)}
            helperText={nameError ?? 'For example: Monitoring integration'}
            slotProps={{ htmlInput: { maxLength: 120 } }}
          />
          <FormControl component="fieldset" error={Boolean(rolesError)} sx={{ mt: 2 }} required>
            <FormLabel component="legend" id={rolesLabelId}>
              Roles
            </FormLabel>
            <FormGroup aria-labelledby={rolesLabelId}>
              {me.roles.map((role) => (
                <FormControlLabel
                  key={role}
                  label={ROLE_LABELS[role]}
                  control={
                    <Checkbox
                      checked={roles.includes(role)}
                      onChange={(event) => toggle(role, event.target.checked)}
                    />
                  }
                />
              ))}
            </FormGroup>
            <FormHelperText>
              {rolesError ?? 'A token can hold only roles you hold yourself'}
            </FormHelperText>
          </FormControl>
          <TextField
            fullWidth
            margin="dense"
            type="date"
            label="Expires on"
            value={expiresOn}
            onChange={(event) => setExpiresOn(event.target.value)}
            error={Boolean(expiryError)}
            helperText={expiryError ?? 'Leave empty for a token that does not expire'}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: dateInDays(1) } }}
            sx={{ mt: 2 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained" loading={create.isPending}>
            Create token
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
