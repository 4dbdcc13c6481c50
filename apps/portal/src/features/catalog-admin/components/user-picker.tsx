import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import type { DirectoryUser } from '../hooks/use-directory';
import { useUserSearch } from '../hooks/use-directory';
import { useUser } from '../hooks/use-user';

/** Picks one active user by name or email, searching the directory as the person types. */
export function UserPicker({
  label,
  value,
  error,
  helperText,
  onChange,
}: {
  label: string;
  value: string;
  error?: boolean;
  helperText?: string;
  onChange: (userId: string) => void;
}) {
  const [input, setInput] = useState('');
  const q = useDebouncedValue(input, 250);
  const search = useUserSearch(q);
  const current = useUser(value === '' ? null : value);
  const selected: DirectoryUser | null = current.data ?? null;
  const options = search.data ?? [];
  return (
    <Autocomplete
      options={
        selected && !options.some((u) => u.id === selected.id) ? [selected, ...options] : options
      }
      value={selected}
      loading={search.isFetching}
      filterOptions={(all) => all}
      getOptionLabel={(user) => `${user.name} (${user.email})`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onInputChange={(_, next, reason) => {
        if (reason === 'input') setInput(next);
      }}
      onChange={(_, user) => onChange(user?.id ?? '')}
      renderInput={(params) => (
        <TextField {...params} label={label} error={error} helperText={helperText} />
      )}
      sx={{ minWidth: 260, flex: 1 }}
    />
  );
}
