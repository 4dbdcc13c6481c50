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
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import type { Role } from '@trellis/domain';
import { ROLES } from '@trellis/domain';
import { enqueueSnackbar } from 'notistack';
import { useId, useState } from 'react';
import { ROLE_LABELS } from '../../../shared/role-labels';
import type { User, UserFields } from '../hooks/use-users';
import { useSaveUser } from '../hooks/use-users';
import { saveErrors } from '../save-errors';
import { UserPicker } from './user-picker';

const MIN_PASSWORD = 12;

/** What is wrong with the fields before anything is sent, by field. */
function localProblems(
  fields: UserFields,
  creating: boolean,
): Partial<Record<keyof UserFields, string>> {
  const problems: Partial<Record<keyof UserFields, string>> = {};
  if (creating && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email.trim()))
    problems.email = 'Enter their work email';
  if (fields.name.trim() === '') problems.name = 'Enter their name';
  if (fields.roles.length === 0) problems.roles = 'Give them at least one role';
  if (fields.password !== '' && fields.password.length < MIN_PASSWORD)
    problems.password = `At least ${MIN_PASSWORD} characters`;
  return problems;
}

/** Invites a person (a new user), or changes one's name, roles, manager, password or access. */
export function UserDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const titleId = useId();
  const save = useSaveUser();
  const [attempt] = useState(() => crypto.randomUUID());
  const [fields, setFields] = useState<UserFields>({
    email: user?.email ?? '',
    name: user?.name ?? '',
    roles: user?.roles ?? ['requester'],
    managerId: user?.managerId ?? null,
    active: user?.active ?? true,
    password: '',
  });
  const [touched, setTouched] = useState(false);
  const server = saveErrors(save.error);
  const local = touched ? localProblems(fields, user === null) : {};
  const errorOf = (field: keyof UserFields) => local[field] ?? server.fields[field];
  const set = (changes: Partial<UserFields>) =>
    setFields((current) => ({ ...current, ...changes }));
  const toggleRole = (role: Role, on: boolean) =>
    set({
      roles: on
        ? ROLES.filter((r) => r === role || fields.roles.includes(r))
        : fields.roles.filter((r) => r !== role),
    });

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (Object.keys(localProblems(fields, user === null)).length > 0) return;
          save.mutate(
            {
              user,
              fields: { ...fields, email: fields.email.trim(), name: fields.name.trim() },
              idempotencyKey: attempt,
            },
            {
              onSuccess: (saved) => {
                enqueueSnackbar(`${saved.name} ${user ? 'saved' : 'added'}`, {
                  variant: 'success',
                });
                onClose();
              },
            },
          );
        }}
      >
        <DialogTitle id={titleId}>{user ? `Edit ${user.name}` : 'New user'}</DialogTitle>
        <DialogContent>
          {server.summary ? (
            <Alert severity="error" sx={{ mb: 1 }}>
              {server.summary}
            </Alert>
          ) : null}
          <TextField
            autoFocus={user === null}
            required
            fullWidth
            margin="dense"
            type="email"
            label="Email"
            value={fields.email}
            disabled={user !== null}
            onChange={(event) => set({ email: event.target.value })}
            error={Boolean(errorOf('email'))}
            helperText={
              errorOf('email') ??
              (user ? 'How they sign in; it cannot change.' : 'How they sign in.')
            }
            slotProps={{ htmlInput: { maxLength: 254 } }}
          />
          <TextField
            autoFocus={user !== null}
            required
            fullWidth
            margin="dense"
            label="Name"
            value={fields.name}
            onChange={(event) => set({ name: event.target.value })}
            error={Boolean(errorOf('name'))}
            helperText={errorOf('name')}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <FormControl component="fieldset" margin="dense" error={Boolean(errorOf('roles'))}>
            <FormLabel component="legend">Roles</FormLabel>
            <FormGroup row>
              {ROLES.map((role) => (
                <FormControlLabel
                  key={role}
                  label={ROLE_LABELS[role]}
                  control={
                    <Checkbox
                      checked={fields.roles.includes(role)}
                      onChange={(event) => toggleRole(role, event.target.checked)}
                    />
                  }
                />
              ))}
            </FormGroup>
            <FormHelperText>
              {errorOf('roles') ?? 'Everyone who should order from the catalog needs Requester.'}
            </FormHelperText>
          </FormControl>
          <UserPicker
            label="Manager"
            value={fields.managerId}
            onChange={(managerId) => set({ managerId })}
            error={errorOf('managerId')}
            helperText="Approves their requests where a policy asks for the manager"
          />
          <TextField
            fullWidth
            margin="dense"
            type="password"
            autoComplete="new-password"
            label={user ? 'New password' : 'Password'}
            value={fields.password}
            onChange={(event) => set({ password: event.target.value })}
            error={Boolean(errorOf('password'))}
            helperText={
              errorOf('password') ??
              (user
                ? 'Leave empty to keep the current one.'
                : `Optional, at least ${MIN_PASSWORD} characters. Without one they cannot sign in yet.`)
            }
            slotProps={{ htmlInput: { maxLength: 256 } }}
          />
          {user ? (
            <FormControlLabel
              sx={{ mt: 1 }}
              label="Active: may sign in and be picked"
              control={
                <Switch
                  checked={fields.active}
                  onChange={(event) => set({ active: event.target.checked })}
                />
              }
            />
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" loading={save.isPending}>
            {user ? 'Save user' : 'Add user'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
