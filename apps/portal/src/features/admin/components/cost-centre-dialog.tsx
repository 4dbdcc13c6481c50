import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { enqueueSnackbar } from 'notistack';
import { useId, useState } from 'react';
import type { CostCentre } from '../hooks/use-cost-centres';
import { useSaveCostCentre } from '../hooks/use-cost-centres';
import { saveErrors } from '../save-errors';
import { UserPicker } from './user-picker';

interface Fields {
  code: string;
  name: string;
  ownerId: string | null;
  budgetAmount: string;
  currency: string;
  periodStart: string;
  periodEnd: string;
}

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

function initial(cc: CostCentre | null): Fields {
  const year = new Date().getFullYear();
  return {
    code: cc?.code ?? '',
    name: cc?.name ?? '',
    ownerId: cc?.ownerId ?? null,
    budgetAmount: cc?.budgetAmount ?? '',
    currency: cc?.currency ?? 'USD',
    periodStart: cc?.periodStart ?? `${year}-01-01`,
    periodEnd: cc?.periodEnd ?? `${year}-12-31`,
  };
}

/** What the form can say before asking the API (which checks everything again). */
function localErrors(f: Fields): Partial<Record<keyof Fields, string>> {
  const errors: Partial<Record<keyof Fields, string>> = {};
  if (!f.code.trim()) errors.code = 'Give a code, like IT-OPS';
  if (!f.name.trim()) errors.name = 'Give a name';
  if (!f.ownerId) errors.ownerId = 'Choose who owns the budget';
  if (!AMOUNT.test(f.budgetAmount.trim())) errors.budgetAmount = 'An amount like 25000.00';
  if (!/^[A-Za-z]{3}$/.test(f.currency.trim())) errors.currency = 'A code like USD';
  if (f.periodEnd < f.periodStart) errors.periodEnd = 'Not before the start';
  return errors;
}

/** Creates a cost centre, or changes one's name, owner, budget and period. */
export function CostCentreDialog({
  costCentre,
  onClose,
}: {
  costCentre: CostCentre | null;
  onClose: () => void;
}) {
  const titleId = useId();
  const save = useSaveCostCentre();
  const [attempt] = useState(() => crypto.randomUUID());
  const [fields, setFields] = useState(() => initial(costCentre));
  const [touched, setTouched] = useState(false);
  const local = touched ? localErrors(fields) : {};
  const server = saveErrors(save.error);
  const errorOf = (name: keyof Fields) => local[name] ?? server.fields[name];
  const set = (changes: Partial<Fields>) => setFields((current) => ({ ...current, ...changes }));
  const text = (name: Exclude<keyof Fields, 'ownerId'>, label: string, extra: object = {}) => (
    <TextField
      fullWidth
      required
      margin="dense"
      label={label}
      value={fields[name]}
      onChange={(event) => set({ [name]: event.target.value })}
      error={Boolean(errorOf(name))}
      helperText={errorOf(name)}
      {...extra}
    />
  );
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (Object.keys(localErrors(fields)).length > 0 || !fields.ownerId) return;
          const common = {
            name: fields.name.trim(),
            ownerId: fields.ownerId,
            budgetAmount: fields.budgetAmount.trim(),
            periodStart: fields.periodStart,
            periodEnd: fields.periodEnd,
          };
          save.mutate(
            costCentre
              ? { kind: 'update', costCentre, changes: common }
              : {
                  kind: 'create',
                  idempotencyKey: attempt,
                  fields: {
                    ...common,
                    code: fields.code.trim().toUpperCase(),
                    currency: fields.currency.trim().toUpperCase(),
                  },
                },
            {
              onSuccess: (saved) => {
                enqueueSnackbar(`Cost centre ${saved.code} ${costCentre ? 'saved' : 'created'}`, {
                  variant: 'success',
                });
                onClose();
              },
            },
          );
        }}
      >
        <DialogTitle id={titleId}>
          {costCentre ? `Edit ${costCentre.code}` : 'New cost centre'}
        </DialogTitle>
        <DialogContent>
          {server.summary ? (
            <Alert severity="error" sx={{ mb: 1 }}>
              {server.summary}
            </Alert>
          ) : null}
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: { sm: 2 } }}>
            {text('code', 'Code', {
              autoFocus: !costCentre,
              disabled: Boolean(costCentre),
              slotProps: { htmlInput: { maxLength: 32 } },
            })}
            {text('name', 'Name', { slotProps: { htmlInput: { maxLength: 200 } } })}
          </Stack>
          <UserPicker
            required
            label="Owner"
            value={fields.ownerId}
            onChange={(ownerId) => set({ ownerId })}
            error={errorOf('ownerId')}
            helperText="Gets budget alerts at 80% and 100%; may approve requests"
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: { sm: 2 } }}>
            {text('budgetAmount', 'Budget', { slotProps: { htmlInput: { inputMode: 'decimal' } } })}
            {text('currency', 'Currency', {
              disabled: Boolean(costCentre),
              slotProps: { htmlInput: { maxLength: 3 } },
            })}
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: { sm: 2 } }}>
            {text('periodStart', 'Period start', {
              type: 'date',
              slotProps: { inputLabel: { shrink: true } },
            })}
            {text('periodEnd', 'Period end', {
              type: 'date',
              slotProps: { inputLabel: { shrink: true } },
            })}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" loading={save.isPending}>
            {costCentre ? 'Save cost centre' : 'Create cost centre'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
