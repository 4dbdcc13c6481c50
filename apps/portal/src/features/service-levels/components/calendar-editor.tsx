import EventAvailable from '@mui/icons-material/EventAvailable';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { enqueueSnackbar } from 'notistack';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths, slaCalendarPath } from '../../../app/router/paths';
import { EditorFrame } from '../../../shared/components/editor-frame';
import { SaveProblemAlert } from '../../../shared/components/save-problem-alert';
import type { Holiday } from '../holiday-list';
import { addHolidays, holidayCount } from '../holiday-list';
import type { SlaCalendar } from '../hooks/use-sla-calendars';
import { useSaveSlaCalendar } from '../hooks/use-save-sla-calendar';
import {
  describeSlaPath,
  mergeFieldErrors,
  problemFieldErrors,
  toFieldErrors,
} from '../problem-paths';
import type { WeeklyHours } from '../weekly-hours';
import { standardWeek, weeklyHoursProblems } from '../weekly-hours';
import { HolidayPresetDialog } from './holiday-preset-dialog';
import { HolidaysTable } from './holidays-table';
import { IcsImportButton } from './ics-import-button';
import { TimeZoneField } from './time-zone-field';
import { WeeklyHoursGrid } from './weekly-hours-grid';

interface CalendarDraft {
  name: string;
  timeZone: string;
  workingHours: WeeklyHours;
  holidays: Holiday[];
}

function toDraft(calendar: SlaCalendar | null): CalendarDraft {
  return calendar
    ? {
        name: calendar.name,
        timeZone: calendar.timeZone,
        workingHours: calendar.workingHours,
        holidays: calendar.holidays,
      }
    : {
        name: '',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
        workingHours: standardWeek(),
        holidays: [],
      };
}

const trimmedHolidays = (holidays: Holiday[]): Holiday[] =>
  holidays.map((h) => ({
    date: h.date,
    recurring: h.recurring ?? false,
    ...(h.name?.trim() ? { name: h.name.trim() } : {}),
  }));

/**
 * A calendar's name, zone, weekly hours and holidays. The grid is checked as it is edited with
 * the rules the API applies; what the API still refuses is shown beside the field it names.
 */
export function CalendarEditor({
  calendar,
  onReload,
}: {
  calendar: SlaCalendar | null;
  onReload: () => void;
}) {
  const navigate = useNavigate();
  const [initial] = useState(() => toDraft(calendar));
  const [draft, setDraft] = useState(initial);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [attempted, setAttempted] = useState(false);
  const [presetOpen, setPresetOpen] = useState(false);
  const save = useSaveSlaCalendar();
  const importer = useSaveSlaCalendar();
  const hoursHeading = useId();
  const holidaysHeading = useId();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  const local = toFieldErrors([
    ...(draft.name.trim() ? [] : [{ path: '/name', message: 'Give the calendar a name.' }]),
    ...(draft.timeZone ? [] : [{ path: '/timeZone', message: 'Pick a time zone.' }]),
    ...weeklyHoursProblems(draft.workingHours),
  ]);
  const errors = mergeFieldErrors(attempted ? local : new Map(), problemFieldErrors(save.error));
  const change = (patch: Partial<CalendarDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  const onSave = () => {
    setAttempted(true);
    if (local.size > 0) return;
    const body = {
      name: draft.name.trim(),
      timeZone: draft.timeZone,
      workingHours: draft.workingHours,
      holidays: trimmedHolidays(draft.holidays),
    };
    if (!calendar) {
      save.mutate(
        { kind: 'create', body, idempotencyKey },
        {
          onSuccess: (created) => {
            enqueueSnackbar(`${created.name} is saved.`, { variant: 'success' });
            void navigate(slaCalendarPath(created.id), { replace: true });
          },
        },
      );
      return;
    }
    save.mutate(
      { kind: 'update', id: calendar.id, body: { ...body, version: calendar.version } },
      { onSuccess: (saved) => enqueueSnackbar(`${saved.name} is saved.`, { variant: 'success' }) },
    );
  };

  const onImport = (ics: string) => {
    if (!calendar) return;
    importer.mutate(
      { kind: 'import', id: calendar.id, body: { version: calendar.version, ics } },
      {
        onSuccess: (saved) => {
          const added = saved.holidays.length - calendar.holidays.length;
          enqueueSnackbar(
            added > 0 ? `Imported ${holidayCount(added)}.` : 'The file had no new holidays.',
            { variant: 'success' },
          );
        },
      },
    );
  };

  const importDisabledReason = !calendar
    ? 'Save the calendar first, then import holidays into it.'
    : dirty
      ? 'Save or undo your changes first: importing saves the calendar.'
      : null;

  return (
    <>
      <EditorFrame
        back={{ to: paths.serviceLevels, label: 'All calendars' }}
        title={calendar ? calendar.name : 'New calendar'}
        description="Service-level clocks run only in working hours, in the calendar's time zone, and stop on holidays."
        save={{ label: 'Save calendar', onSave, pending: save.isPending }}
        saveError={
          save.isError
            ? { error: save.error, title: 'The calendar could not be saved', onReload }
            : null
        }
        describePath={describeSlaPath}
        showFixProblems={attempted && local.size > 0}
        maxWidth={1000}
      >
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <TextField
            label="Name"
            required
            value={draft.name}
            onChange={(event) => change({ name: event.target.value })}
            error={Boolean(errors.get('/name'))}
            helperText={errors.get('/name')}
            slotProps={{ htmlInput: { maxLength: 120 } }}
          />
          <TimeZoneField
            value={draft.timeZone}
            onChange={(timeZone) => change({ timeZone })}
            error={errors.get('/timeZone')}
          />
        </Box>
        <Paper variant="outlined" component="section" aria-labelledby={hoursHeading} sx={{ p: 2 }}>
          <Typography id={hoursHeading} variant="h2" gutterBottom>
            Weekly hours
          </Typography>
          <WeeklyHoursGrid
            hours={draft.workingHours}
            onChange={(workingHours) => change({ workingHours })}
            errors={errors}
          />
        </Paper>
        <Paper
          variant="outlined"
          component="section"
          aria-labelledby={holidaysHeading}
          sx={{ p: 2 }}
        >
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
            <Typography id={holidaysHeading} variant="h2" sx={{ flexGrow: 1 }}>
              Holidays
            </Typography>
            <Button size="small" startIcon={<EventAvailable />} onClick={() => setPresetOpen(true)}>
              Add public holidays
            </Button>
            <IcsImportButton
              disabledReason={importDisabledReason}
              loading={importer.isPending}
              onText={onImport}
              onTooLarge={() =>
                enqueueSnackbar('That file is too large for a holiday calendar (1 MB at most).', {
                  variant: 'error',
                })
              }
            />
          </Box>
          {importer.isError ? (
            <Box sx={{ mb: 2 }}>
              <SaveProblemAlert
                describePath={describeSlaPath}
                title="The ICS file could not be imported"
                error={importer.error}
                onReload={onReload}
              />
            </Box>
          ) : null}
          <HolidaysTable
            holidays={draft.holidays}
            onChange={(holidays) => change({ holidays })}
            errors={errors}
          />
        </Paper>
      </EditorFrame>
      <HolidayPresetDialog
        open={presetOpen}
        onClose={() => setPresetOpen(false)}
        onAdd={(incoming) => {
          const { holidays, added } = addHolidays(draft.holidays, incoming);
          change({ holidays });
          setPresetOpen(false);
          enqueueSnackbar(
            added > 0
              ? `Added ${holidayCount(added)}. Save the calendar to keep them.`
              : 'Those holidays were already listed.',
            { variant: 'info' },
          );
        }}
      />
    </>
  );
}
