import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { enqueueSnackbar } from 'notistack';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths, slaPolicyPath } from '../../../app/router/paths';
import { EditorFrame } from '../../../shared/components/editor-frame';
import type { SlaCalendar } from '../hooks/use-sla-calendars';
import type { SlaPolicy } from '../hooks/use-sla-policies';
import { useSaveSlaPolicy } from '../hooks/use-save-sla-policy';
import {
  describeSlaPath,
  mergeFieldErrors,
  problemFieldErrors,
  toFieldErrors,
} from '../problem-paths';
import type { SlaPolicyDraft } from '../sla-policy-draft';
import { checkDraft, policyToDraft } from '../sla-policy-draft';
import { businessDayMinutes } from '../weekly-hours';
import { TargetsTable } from './targets-table';
import { WarningThresholdsField } from './warning-thresholds-field';

/**
 * A policy's name, calendar, targets per priority, warnings and pauses. Targets are typed as
 * business time and stored as minutes; a "day" is the chosen calendar's longest working day.
 */
export function SlaPolicyEditor({
  policy,
  calendars,
  onReload,
}: {
  policy: SlaPolicy | null;
  calendars: SlaCalendar[];
  onReload: () => void;
}) {
  const navigate = useNavigate();
  const dayOf = (calendarId: string) => {
    const calendar = calendars.find((c) => c.id === calendarId);
    return calendar ? businessDayMinutes(calendar.workingHours) : null;
  };
  const [draft, setDraft] = useState<SlaPolicyDraft>(() => {
    const calendarId = policy?.calendarId ?? calendars[0]?.id ?? '';
    return policyToDraft(policy, calendarId, dayOf(calendarId));
  });
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [attempted, setAttempted] = useState(false);
  const save = useSaveSlaPolicy();
  const targetsHeading = useId();
  const behaviourHeading = useId();
  const dayMinutes = dayOf(draft.calendarId);
  const checked = checkDraft(draft, dayMinutes);
  const local = toFieldErrors(checked.problems);
  const errors = mergeFieldErrors(attempted ? local : new Map(), problemFieldErrors(save.error));
  const change = (patch: Partial<SlaPolicyDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  const onSave = () => {
    setAttempted(true);
    if (local.size > 0 || !checked.targets) return;
    const body = {
      name: draft.name.trim(),
      description: draft.description.trim(),
      calendarId: draft.calendarId,
      targets: checked.targets,
      warningThresholds: draft.warningThresholds,
      pauseStates: draft.pauseOnHold ? (['on_hold'] as const) : [],
      isDefault: draft.isDefault,
    };
    if (!policy) {
      save.mutate(
        { kind: 'create', body: { ...body, pauseStates: [...body.pauseStates] }, idempotencyKey },
        {
          onSuccess: (created) => {
            enqueueSnackbar(`${created.name} is saved.`, { variant: 'success' });
            void navigate(slaPolicyPath(created.id), { replace: true });
          },
        },
      );
      return;
    }
    save.mutate(
      {
        kind: 'update',
        id: policy.id,
        body: {
          ...body,
          pauseStates: [...body.pauseStates],
          active: draft.active,
          version: policy.version,
        },
      },
      { onSuccess: (saved) => enqueueSnackbar(`${saved.name} is saved.`, { variant: 'success' }) },
    );
  };

  return (
    <EditorFrame
      back={{ to: paths.slaPolicies, label: 'All policies' }}
      title={policy ? policy.name : 'New SLA policy'}
      description="Targets count business time of the policy's calendar. Changes apply to clocks started from now on."
      save={{ label: 'Save policy', onSave, pending: save.isPending }}
      saveError={
        save.isError
          ? { error: save.error, title: 'The policy could not be saved', onReload }
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
        <TextField
          select
          label="Calendar"
          required
          value={draft.calendarId}
          onChange={(event) => change({ calendarId: event.target.value })}
          error={Boolean(errors.get('/calendarId'))}
          helperText={
            errors.get('/calendarId') ??
            (dayMinutes
              ? `A business day here is ${Math.round((dayMinutes / 60) * 10) / 10} hours.`
              : ' ')
          }
        >
          {calendars.map((calendar) => (
            <MenuItem key={calendar.id} value={calendar.id}>
              {calendar.name} ({calendar.timeZone})
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Description"
          multiline
          minRows={2}
          value={draft.description}
          onChange={(event) => change({ description: event.target.value })}
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
      </Box>
      <Paper variant="outlined" component="section" aria-labelledby={targetsHeading} sx={{ p: 2 }}>
        <Typography id={targetsHeading} variant="h2" gutterBottom>
          Targets
        </Typography>
        <Typography color="text.secondary" variant="body2" sx={{ mb: 1 }}>
          Type durations like 30m, 4h 30m or 2d (business days). The task target is optional.
        </Typography>
        <TargetsTable
          targets={draft.targets}
          dayMinutes={dayMinutes}
          onChange={(targets) => change({ targets })}
          errors={errors}
        />
      </Paper>
      <Paper
        variant="outlined"
        component="section"
        aria-labelledby={behaviourHeading}
        sx={{ p: 2 }}
      >
        <Typography id={behaviourHeading} variant="h2" gutterBottom>
          Warnings and pauses
        </Typography>
        <Stack sx={{ gap: 2 }}>
          <WarningThresholdsField
            thresholds={draft.warningThresholds}
            onChange={(warningThresholds) => change({ warningThresholds })}
            errors={errors}
          />
          <Box>
            <FormControlLabel
              control={
                <Switch
                  checked={draft.pauseOnHold}
                  onChange={(event) => change({ pauseOnHold: event.target.checked })}
                />
              }
              label="Pause the clock while a request is on hold"
            />
            <FormHelperText>Waiting for approval always pauses it.</FormHelperText>
          </Box>
          <Box>
            <FormControlLabel
              control={
                <Switch
                  checked={draft.isDefault}
                  onChange={(event) => change({ isDefault: event.target.checked })}
                />
              }
              label="Default policy"
            />
            <FormHelperText>
              Applies to requests whose catalog item names no policy. Only one policy is the
              default.
            </FormHelperText>
          </Box>
          {policy ? (
            <Box>
              <FormControlLabel
                control={
                  <Switch
                    checked={draft.active}
                    onChange={(event) => change({ active: event.target.checked })}
                  />
                }
                label="Active"
              />
              <FormHelperText>
                An inactive policy starts no new clocks; running ones carry on.
              </FormHelperText>
            </Box>
          ) : null}
        </Stack>
      </Paper>
    </EditorFrame>
  );
}
