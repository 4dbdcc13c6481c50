import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { DirectoryUser } from '../hooks/use-user-directory';
import { useUserDirectory } from '../hooks/use-user-directory';

interface Common {
  label: string;
  error?: string;
  helperText?: string;
  required?: boolean;
}

function byIds(users: readonly DirectoryUser[], ids: readonly string[]) {
  return ids.map(
    (id) =>
      users.find((user) => user.id === id) ??
      ({ id, name: 'Unknown person', email: '' } as DirectoryUser),
  );
}

const label = (user: DirectoryUser) => (user.email ? `${user.name} (${user.email})` : user.name);

/** Picks one person of the tenant by name or email. */
export function UserPicker({
  value,
  onChange,
  ...field
}: Common & { value: string | null; onChange: (id: string | null) => void }) {
  const directory = useUserDirectory();
  const users = directory.data ?? [];
  return (
    <Autocomplete
      options={users}
      loading={directory.isPending}
      value={value ? (byIds(users, [value])[0] ?? null) : null}
      onChange={(_, user) => onChange(user?.id ?? null)}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => (
        <TextField
          {...params}
          margin="dense"
          label={field.label}
          required={field.required}
          error={Boolean(field.error)}
          helperText={field.error ?? field.helperText}
        />
      )}
    />
  );
}

/** Picks several people of the tenant. */
export function UsersPicker({
  value,
  onChange,
  ...field
}: Common & { value: readonly string[]; onChange: (ids: string[]) => void }) {
  const directory = useUserDirectory();
  const users = directory.data ?? [];
  return (
    <Autocomplete
      multiple
      options={users}
      loading={directory.isPending}
      value={byIds(users, value)}
      onChange={(_, chosen) => onChange(chosen.map((user) => user.id))}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterSelectedOptions
      renderInput={(params) => (
        <TextField
          {...params}
          margin="dense"
          label={field.label}
          error={Boolean(field.error)}
          helperText={field.error ?? field.helperText}
        />
      )}
    />
  );
}
