import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { isProblem } from '@trellis/api-client';
import { useState } from 'react';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useActionFeedback } from '../../requests/hooks/use-action-feedback';
import { useCreateDelegation } from '../hooks/use-delegations';
import { useUserSearch } from '../hooks/use-user-search';
import type { Schemas } from '@trellis/api-client';

type User = Schemas['UserDto'];

const DAY = 86_400_000;

/** A Date as the value of a `datetime-local` input, in the person's time zone. */
export function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Who decides in my place, from when to when. */
export function DelegationForm() {
  const me = useCurrentUser();
  const create = useCreateDelegation();
  const feedback = useActionFeedback(() => undefined);
  const [delegate, setDelegate] = useState<User | null>(null);
  const [input, setInput] = useState('');
  const search = useUserSearch(useDebouncedValue(input, 250));
  const [from, setFrom] = useState(() => toLocalInput(new Date()));
  const [to, setTo] = useState(() => toLocalInput(new Date(Date.now() + 7 * DAY)));
  const [errors, setErrors] = useState<Partial<Record<'delegate' | 'from' | 'to', string>>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const options = (search.data ?? []).filter((user) => user.id !== me.id);

  const submit = () => {
    const found: typeof errors = {};
    if (!delegate) found.delegate = 'Choose who decides in your place.';
    const startsAt = new Date(from);
    const endsAt = new Date(to);
    if (Number.isNaN(startsAt.getTime())) found.from = 'Enter when it starts.';
    if (Number.isNaN(endsAt.getTime())) found.to = 'Enter when it ends.';
    else if (endsAt <= startsAt) found.to = 'Must be after the start.';
    else if (endsAt.getTime() <= Date.now()) found.to = 'Must be in the future.';
    setErrors(found);
    if (!delegate || Object.keys(found).length > 0) return;
    create.mutate(
      {
        idempotencyKey,
        body: {
          delegateId: delegate.id,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
        },
      },
      {
        onSuccess: (delegation) => {
          feedback.succeeded(`${delegation.delegateName} decides for you until the end date`);
          setDelegate(null);
          setInput('');
          setIdempotencyKey(crypto.randomUUID());
        },
        onError: (error) => {
          // Field errors from the API go beside their fields; anything else is a toast.
          const fieldErrors = isProblem(error) ? (error.errors ?? []) : [];
          if (fieldErrors.length === 0) {
            feedback.failed(error);
            return;
          }
          const next: typeof errors = {};
          for (const e of fieldErrors) {
            if (e.path === '/delegateId') next.delegate = e.message;
            else if (e.path === '/startsAt') next.from = e.message;
            else next.to = e.message;
          }
          setErrors(next);
          setIdempotencyKey(crypto.randomUUID());
        },
      },
    );
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2, alignItems: 'flex-start' }}>
        <Autocomplete
          sx={{ minWidth: 260, flexGrow: 1, width: { xs: '100%', md: 'auto' } }}
          options={options}
          value={delegate}
          onChange={(_, value) => {
            setDelegate(value);
            setErrors((e) => ({ ...e, delegate: undefined }));
          }}
          inputValue={input}
          onInputChange={(_, value) => setInput(value)}
          getOptionLabel={(user) => user.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          // The API searches; the list shown is its answer.
          filterOptions={(x) => x}
          loading={search.isFetching}
          renderOption={({ key, ...props }, user) => (
            <li key={key} {...props}>
              {`${user.name} (${user.email})`}
            </li>
          )}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Delegate"
              required
              error={Boolean(errors.delegate)}
              helperText={errors.delegate ?? 'Who decides in your place.'}
            />
          )}
        />
        <TextField
          label="From"
          type="datetime-local"
          required
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          error={Boolean(errors.from)}
          helperText={errors.from ?? ' '}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: { xs: '100%', md: 230 } }}
        />
        <TextField
          label="To"
          type="datetime-local"
          required
          value={to}
          onChange={(event) => setTo(event.target.value)}
          error={Boolean(errors.to)}
          helperText={errors.to ?? ' '}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: { xs: '100%', md: 230 } }}
        />
        <Button type="submit" variant="contained" loading={create.isPending} sx={{ mt: 1 }}>
          Set delegation
        </Button>
      </Stack>
    </Box>
  );
}
