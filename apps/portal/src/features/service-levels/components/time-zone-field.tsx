import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';

/** Every IANA zone the browser knows; UTC is listed too (some engines leave it out). */
function timeZones(): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** The calendar's IANA time zone, typed to search ("berl" finds Europe/Berlin). */
export function TimeZoneField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
}) {
  const options = useMemo(() => timeZones(), []);
  return (
    <Autocomplete
      options={options}
      value={value || null}
      onChange={(_event, zone) => onChange(zone ?? '')}
      autoHighlight
      renderInput={(params) => (
        <TextField
          {...params}
          label="Time zone"
          required
          error={Boolean(error)}
          helperText={error ?? 'Working hours and holidays are local times in this zone.'}
        />
      )}
    />
  );
}
