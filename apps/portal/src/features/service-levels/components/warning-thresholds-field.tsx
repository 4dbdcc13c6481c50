import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { errorsUnder } from '../problem-paths';
import type { FieldErrors } from '../problem-paths';
import { addThreshold } from '../sla-policy-draft';

/** The percentages of a target at which people are warned, as chips; e.g. 50% and 75%. */
export function WarningThresholdsField({
  thresholds,
  onChange,
  errors,
}: {
  thresholds: number[];
  onChange: (next: number[]) => void;
  errors: FieldErrors;
}) {
  const [text, setText] = useState('');
  const value = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= 99;
  const messages = errorsUnder(errors, '/warningThresholds');
  const add = () => {
    if (!valid) return;
    onChange(addThreshold(thresholds, value));
    setText('');
  };
  return (
    <Stack sx={{ gap: 1 }}>
      <Stack
        component="ul"
        direction="row"
        aria-label="Warning thresholds"
        sx={{ flexWrap: 'wrap', gap: 1, listStyle: 'none', m: 0, p: 0 }}
      >
        {thresholds.length === 0 ? (
          <Typography component="li" color="text.secondary">
            No warnings: people hear only of breaches.
          </Typography>
        ) : (
          thresholds.map((percent) => (
            <li key={percent}>
              <Chip
                label={`${percent}%`}
                onDelete={() => onChange(thresholds.filter((p) => p !== percent))}
              />
            </li>
          ))
        )}
      </Stack>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label="Warn at (%)"
          type="number"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          error={text.trim() !== '' && !valid}
          helperText={text.trim() !== '' && !valid ? 'A whole percentage from 1 to 99' : ' '}
          slotProps={{ htmlInput: { min: 1, max: 99 } }}
          sx={{ width: 160 }}
        />
        <Button startIcon={<AddIcon />} onClick={add} disabled={!valid} sx={{ mt: 0.5 }}>
          Add
        </Button>
      </Box>
      {messages.map((message) => (
        <Typography key={message} color="error" variant="body2">
          {message}
        </Typography>
      ))}
    </Stack>
  );
}
