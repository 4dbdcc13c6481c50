import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import type { CostCentre } from '../hooks/use-order-pickers';
import { useCostCentre, useCostCentreSearch } from '../hooks/use-order-pickers';

export const costCentreLabel = (centre: CostCentre) => `${centre.code} — ${centre.name}`;

/**
 * Which cost centre pays, searched by code or name as the requester types. Starts at the item's
 * own cost centre (fetched once to show its name); empty means none.
 */
export function CostCentreField({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const [input, setInput] = useState('');
  const search = useCostCentreSearch(useDebouncedValue(input, 250));
  // What the requester picked is known already; only a starting value needs fetching.
  const [picked, setPicked] = useState<CostCentre | null>(null);
  const initial = useCostCentre(value !== null && picked?.id !== value ? value : null);
  const selected = value === null ? null : picked?.id === value ? picked : (initial.data ?? null);
  const options = search.data ?? [];
  return (
    <Autocomplete
      options={
        selected && !options.some((c) => c.id === selected.id) ? [selected, ...options] : options
      }
      value={selected}
      loading={search.isFetching}
      filterOptions={(all) => all}
      getOptionLabel={costCentreLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onInputChange={(_, next, reason) => {
        if (reason === 'input') setInput(next);
      }}
      onChange={(_, centre) => {
        setPicked(centre);
        onChange(centre?.id ?? null);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Cost centre"
          error={Boolean(error)}
          helperText={error ?? 'Which budget pays for it. Search by code or name.'}
        />
      )}
      sx={{ maxWidth: 480 }}
    />
  );
}
