import AddIcon from '@mui/icons-material/Add';
import ContentCopy from '@mui/icons-material/ContentCopy';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { Weekday } from '@trellis/domain';
import { WEEKDAYS } from '@trellis/domain';
import type { FieldErrors } from '../problem-paths';
import { errorAt } from '../problem-paths';
import type { WeeklyHours } from '../weekly-hours';
import {
  WEEKDAY_LABELS,
  addInterval,
  closeDay,
  copyToWeekdays,
  endFromInput,
  endToInput,
  openDay,
  removeInterval,
  updateInterval,
} from '../weekly-hours';

/**
 * The week as rows of days, each with its working intervals (several per day, e.g. a lunch break
 * between 09:00-12:00 and 13:00-17:30). Every control has a name that says its day and interval.
 */
export function WeeklyHoursGrid({
  hours,
  onChange,
  errors,
}: {
  hours: WeeklyHours;
  onChange: (next: WeeklyHours) => void;
  errors: FieldErrors;
}) {
  const weekError = errorAt(errors, '/workingHours');
  return (
    <Stack sx={{ gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography color="text.secondary" variant="body2" sx={{ flexGrow: 1, minWidth: 200 }}>
          An interval ending at 00:00 runs to midnight.
        </Typography>
        <Button
          size="small"
          startIcon={<ContentCopy />}
          onClick={() => onChange(copyToWeekdays(hours, 'monday'))}
        >
          Copy Monday to weekdays
        </Button>
      </Box>
      {weekError ? <Alert severity="error">{weekError}</Alert> : null}
      {WEEKDAYS.map((day) => (
        <DayRow key={day} day={day} hours={hours} onChange={onChange} errors={errors} />
      ))}
    </Stack>
  );
}

function DayRow({
  day,
  hours,
  onChange,
  errors,
}: {
  day: Weekday;
  hours: WeeklyHours;
  onChange: (next: WeeklyHours) => void;
  errors: FieldErrors;
}) {
  const label = WEEKDAY_LABELS[day];
  const intervals = hours[day];
  const open = intervals.length > 0;
  const dayError = errorAt(errors, `/workingHours/${day}`);
  return (
    <Box
      role="group"
      aria-label={label}
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'flex-start',
        gap: 1.5,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ width: { xs: '100%', sm: 216 }, display: 'flex', alignItems: 'center', pt: 1 }}>
        <Typography sx={{ fontWeight: 600, width: 112 }}>{label}</Typography>
        <FormControlLabel
          control={
            <Switch
              checked={open}
              onChange={(event) =>
                onChange(event.target.checked ? openDay(hours, day) : closeDay(hours, day))
              }
              slotProps={{ input: { 'aria-label': `${label} open` } }}
            />
          }
          label={open ? 'Open' : 'Closed'}
        />
      </Box>
      <Stack sx={{ gap: 1, flexGrow: 1 }}>
        {intervals.map((interval, index) => {
          const path = `/workingHours/${day}/${index}`;
          const startError = errorAt(errors, `${path}/start`);
          const endError = errorAt(errors, `${path}/end`);
          const name = `${label} interval ${index + 1}`;
          return (
            <Box
              key={index}
              sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}
            >
              <TextField
                type="time"
                size="small"
                label="From"
                value={interval.start}
                onChange={(event) =>
                  onChange(updateInterval(hours, day, index, { start: event.target.value }))
                }
                error={Boolean(startError)}
                helperText={startError}
                slotProps={{
                  inputLabel: { shrink: true },
                  htmlInput: { 'aria-label': `${name} start`, step: 300 },
                }}
                sx={{ width: 150 }}
              />
              <TextField
                type="time"
                size="small"
                label="To"
                value={endToInput(interval.end)}
                onChange={(event) =>
                  onChange(
                    updateInterval(hours, day, index, { end: endFromInput(event.target.value) }),
                  )
                }
                error={Boolean(endError)}
                helperText={endError}
                slotProps={{
                  inputLabel: { shrink: true },
                  htmlInput: { 'aria-label': `${name} end`, step: 300 },
                }}
                sx={{ width: 150 }}
              />
              <Tooltip title="Remove interval">
                <IconButton
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(removeInterval(hours, day, index))}
                >
                  <DeleteOutline />
                </IconButton>
              </Tooltip>
            </Box>
          );
        })}
        {dayError ? (
          <Typography color="error" variant="body2">
            {dayError}
          </Typography>
        ) : null}
        {open ? (
          <div>
            <Button
              size="small"
              startIcon={<AddIcon />}
              onClick={() => onChange(addInterval(hours, day))}
              aria-label={`Add interval to ${label}`}
            >
              Add interval
            </Button>
          </div>
        ) : null}
      </Stack>
    </Box>
  );
}
