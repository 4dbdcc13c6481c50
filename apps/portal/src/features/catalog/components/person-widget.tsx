import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { WidgetProps } from '@rjsf/utils';
import { useState } from 'react';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import type { Person } from '../hooks/use-order-pickers';
import { usePeopleSearch } from '../hooks/use-order-pickers';

/**
 * A request form's person field (the form builder's "User", a string with `format: email`): pick
 * someone from the directory by name or email, and their email is the answer. Any address can
 * still be typed, for someone who is not in the directory (an external contractor), and the
 * form's schema checks it is an email like any other answer.
 */
export function PersonWidget({
  id,
  value,
  label,
  hideLabel,
  required,
  disabled,
  readonly,
  autofocus,
  placeholder,
  rawErrors,
  onChange,
  onBlur,
  onFocus,
}: WidgetProps) {
  const text = typeof value === 'string' ? value : '';
  const [input, setInput] = useState(text);
  const search = usePeopleSearch(useDebouncedValue(input, 250));
  const people = search.data ?? [];
  const chosen = people.find((person) => person.email === text);
  return (
    <Autocomplete<Person | string, false, false, true>
      id={id}
      freeSolo
      options={people}
      filterOptions={(all) => all}
      value={chosen ?? (text === '' ? null : text)}
      inputValue={input}
      loading={search.isFetching}
      disabled={disabled || readonly}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.email)}
      getOptionKey={(option) => (typeof option === 'string' ? option : option.id)}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          {typeof option === 'string' ? option : `${option.name} (${option.email})`}
        </li>
      )}
      onInputChange={(_, next, reason) => {
        setInput(next);
        // Typed text is the answer as it stands; choosing a person replaces it with their email.
        if (reason === 'input' || reason === 'clear') onChange(next === '' ? undefined : next);
      }}
      onChange={(_, option) => {
        const email = option === null ? '' : typeof option === 'string' ? option : option.email;
        setInput(email);
        onChange(email === '' ? undefined : email);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={hideLabel ? undefined : label}
          required={required}
          autoFocus={autofocus}
          placeholder={placeholder || 'Name or email'}
          error={Boolean(rawErrors?.length)}
          onBlur={() => onBlur(id, text)}
          onFocus={() => onFocus(id, text)}
        />
      )}
    />
  );
}
