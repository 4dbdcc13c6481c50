import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import type { RequestPriority } from '@trellis/domain';
import { REQUEST_PRIORITIES } from '@trellis/domain';
import { describeBusinessMinutes } from '../../../shared/format';
import { parseBusinessDuration } from '../business-duration';
import type { FieldErrors } from '../problem-paths';
import type { TargetField, TargetTexts } from '../sla-policy-draft';
import { TARGET_FIELDS } from '../sla-policy-draft';

const PRIORITY_LABELS: Record<RequestPriority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

const FIELD_LABELS: Record<TargetField, string> = {
  responseMinutes: 'Response',
  resolutionMinutes: 'Resolution',
  taskMinutes: 'Each task',
};

/**
 * Response, resolution and per-task targets for each priority, typed as durations of business
 * time ("4h 30m", "2d"); each cell says what it was read as, or why it cannot be.
 */
export function TargetsTable({
  targets,
  dayMinutes,
  onChange,
  errors,
}: {
  targets: TargetTexts;
  dayMinutes: number | null;
  onChange: (next: TargetTexts) => void;
  errors: FieldErrors;
}) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Targets">
        <TableHead>
          <TableRow>
            <TableCell>Priority</TableCell>
            {TARGET_FIELDS.map((field) => (
              <TableCell key={field}>{FIELD_LABELS[field]}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {REQUEST_PRIORITIES.map((priority) => (
            <TableRow key={priority}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                {PRIORITY_LABELS[priority]}
              </TableCell>
              {TARGET_FIELDS.map((field) => {
                const text = targets[priority][field];
                const error = errors.get(`/targets/${priority}/${field}`);
                const parsed = text.trim() ? parseBusinessDuration(text, dayMinutes) : null;
                const hint =
                  parsed?.ok === true
                    ? `= ${describeBusinessMinutes(parsed.minutes, null)} of business time`
                    : field === 'taskMinutes' && !text.trim()
                      ? 'No task target'
                      : ' ';
                return (
                  <TableCell key={field} sx={{ minWidth: 160, verticalAlign: 'top' }}>
                    <TextField
                      size="small"
                      fullWidth
                      value={text}
                      placeholder={field === 'taskMinutes' ? 'none' : 'e.g. 4h'}
                      onChange={(event) =>
                        onChange({
                          ...targets,
                          [priority]: { ...targets[priority], [field]: event.target.value },
                        })
                      }
                      error={Boolean(error)}
                      helperText={error ?? hint}
                      slotProps={{
                        htmlInput: {
                          'aria-label': `${PRIORITY_LABELS[priority]} priority, ${FIELD_LABELS[field].toLowerCase()} target`,
                        },
                      }}
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
