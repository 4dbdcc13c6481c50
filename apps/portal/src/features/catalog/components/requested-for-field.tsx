import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import type { Person } from '../hooks/use-order-pickers';
import { usePeopleSearch } from '../hooks/use-order-pickers';

/**
 * Orders on someone else's behalf: they then see the request as their own. The choices come from
 * the people directory as the requester types.
 */
export function RequestedForField({
  onChange,
  error,
}: {
  onChange: (userId: string | null) => void;
  error?: string;
}) {
  const [input, setInput] = useState('');
  const search = usePeopleSearch(useDebouncedValue(input, 250));
  const [selected, setSelected] = useState<Person | null>(null);
  const options = search.data ?? [];
  return (
    <Autocomplete
      options={
        selected && !options.some((p) => p.id === selected.id) ? [selected, ...options] : options
      }
      value={selected}
      loading={search.isFetching}
      noOptionsText={input.trim() === '' ? 'Type a name or email' : 'Nobody matches'}
      filterOptions={(all) => all}
      getOptionLabel={(person) => `${person.name} (${person.email})`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onInputChange={(_, next, reason) => {
        if (reason === 'input') setInput(next);
      }}
      onChange={(_, person) => {
        setSelected(person);
        onChange(person?.id ?? null);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label="On behalf of"
          error={Boolean(error)}
          helperText={error ?? 'Leave empty to order for yourself.'}
        />
      )}
      sx={{ maxWidth: 480 }}
    />
  );
}
