import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import type { Holiday } from '../holiday-list';
import { formatHolidayDate, holidayCount } from '../holiday-list';
import { problemFieldErrors } from '../problem-paths';
import { useHolidayCountries, useHolidayPreset } from '../hooks/use-holiday-presets';

interface PresetQuery {
  country: string;
  state?: string;
  year: number;
}

/**
 * A country's (or a state's) public holidays for one year: pick, preview, then add them to the
 * calendar being edited. Nothing is saved until the calendar is.
 */
export function HolidayPresetDialog({
  open,
  onClose,
  onAdd,
}: {
  open: boolean;
  onClose: () => void;
  onAdd: (holidays: Holiday[]) => void;
}) {
  const countries = useHolidayCountries(open);
  const [country, setCountry] = useState<{ code: string; name: string } | null>(null);
  const [state, setState] = useState('');
  const [year, setYear] = useState(() => String(new Date().getFullYear() + 1));
  const [query, setQuery] = useState<PresetQuery | null>(null);
  const preset = useHolidayPreset(query);
  const yearNumber = Number(year);
  const yearValid = Number.isInteger(yearNumber) && yearNumber >= 1970 && yearNumber <= 2100;
  const serverErrors = problemFieldErrors(preset.error);

  const preview = () => {
    if (!country || !yearValid) return;
    setQuery({
      country: country.code,
      year: yearNumber,
      ...(state.trim() ? { state: state.trim() } : {}),
    });
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="holiday-preset-title"
    >
      <DialogTitle id="holiday-preset-title">Add public holidays</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          {countries.isError ? (
            <QueryErrorAlert
              title="The countries could not be loaded"
              error={countries.error}
              onRetry={() => void countries.refetch()}
            />
          ) : null}
          <Autocomplete
            options={countries.data ?? []}
            loading={countries.isPending}
            value={country}
            onChange={(_event, next) => {
              setCountry(next);
              setQuery(null);
            }}
            getOptionLabel={(option) => `${option.name} (${option.code})`}
            isOptionEqualToValue={(a, b) => a.code === b.code}
            autoHighlight
            renderInput={(params) => (
              <TextField
                {...params}
                label="Country"
                required
                error={Boolean(serverErrors.get('/country'))}
                helperText={serverErrors.get('/country')}
              />
            )}
          />
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextField
              label="State or region code"
              value={state}
              onChange={(event) => {
                setState(event.target.value);
                setQuery(null);
              }}
              error={Boolean(serverErrors.get('/state'))}
              helperText={serverErrors.get('/state') ?? 'Optional, e.g. BY for Bavaria'}
              sx={{ flex: '1 1 200px' }}
            />
            <TextField
              label="Year"
              type="number"
              value={year}
              onChange={(event) => {
                setYear(event.target.value);
                setQuery(null);
              }}
              error={!yearValid}
              helperText={yearValid ? ' ' : 'A year from 1970 to 2100'}
              sx={{ flex: '0 1 140px' }}
            />
          </Box>
          <div>
            <Button variant="outlined" onClick={preview} disabled={!country || !yearValid}>
              Preview holidays
            </Button>
          </div>
          {query === null ? null : preset.isPending ? (
            <Box aria-busy="true" aria-label="Loading holidays">
              <Skeleton height={32} />
              <Skeleton height={32} />
              <Skeleton height={32} />
            </Box>
          ) : preset.isError ? (
            serverErrors.size > 0 ? null : (
              <QueryErrorAlert
                title="The holidays could not be loaded"
                error={preset.error}
                onRetry={() => void preset.refetch()}
              />
            )
          ) : preset.data.length === 0 ? (
            <Alert severity="info">No public holidays found for that choice.</Alert>
          ) : (
            <Box>
              <Typography variant="subtitle2">
                {holidayCount(preset.data.length)} in {query.year}
              </Typography>
              {/* Focusable so the list scrolls from the keyboard too. */}
              <List
                dense
                aria-label="Holidays to add"
                tabIndex={0}
                sx={{ maxHeight: 280, overflow: 'auto' }}
              >
                {preset.data.map((holiday) => (
                  <ListItem key={holiday.date} disableGutters>
                    <ListItemText
                      primary={holiday.name}
                      secondary={formatHolidayDate(holiday.date)}
                    />
                  </ListItem>
                ))}
              </List>
            </Box>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          disabled={!preset.data || preset.data.length === 0 || query === null}
          onClick={() => {
            if (preset.data) onAdd(preset.data);
          }}
        >
          {preset.data && query ? `Add ${holidayCount(preset.data.length)}` : 'Add holidays'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
