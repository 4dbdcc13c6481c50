import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { FieldType } from '../form-builder-schema';
import { changeFieldType } from '../form-builder-fields';
import {
  FIELD_TYPES,
  FIELD_TYPE_LABELS,
  boundsLabel,
  hasOptions,
  keyFromLabel,
} from '../form-builder-schema';
import type { BuilderField } from '../item-draft';

const toBound = (text: string): number | undefined =>
  text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text);

/** The settings of one field: label, key, type, required, help, choices and limits. */
export function FormFieldEditor({
  field,
  problems,
  onChange,
}: {
  field: BuilderField;
  problems: string[];
  onChange: (field: BuilderField) => void;
}) {
  const bounds = boundsLabel(field.type);
  // The text as typed (blank lines while typing are not choices yet).
  const [choicesText, setChoicesText] = useState(field.options.join('\n'));
  // The key follows the label until someone edits it (it is what the answers are stored under).
  const keyFollowsLabel = field.key === keyFromLabel(field.label) || /^field\d+$/.test(field.key);
  return (
    <Stack sx={{ gap: 2, pt: 1 }}>
      {/* Wraps rather than squeezes: the builder shares the width with the preview. */}
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', '& > *': { flex: '1 1 180px' } }}>
        <TextField
          label="Label"
          value={field.label}
          required
          fullWidth
          onChange={(event) => {
            const label = event.target.value;
            onChange({ ...field, label, key: keyFollowsLabel ? keyFromLabel(label) : field.key });
          }}
        />
        <TextField
          label="Key"
          value={field.key}
          fullWidth
          helperText="Answers are stored under it."
          onChange={(event) => onChange({ ...field, key: event.target.value.trim() })}
        />
        <TextField
          select
          label="Type"
          value={field.type}
          onChange={(event) => {
            const next = changeFieldType(field, event.target.value as FieldType);
            setChoicesText(next.options.join('\n'));
            onChange({ ...next, id: field.id });
          }}
        >
          {FIELD_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {FIELD_TYPE_LABELS[type]}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TextField
        label="Help text"
        value={field.helpText}
        helperText="Shown under the field."
        onChange={(event) => onChange({ ...field, helpText: event.target.value })}
      />
      {hasOptions(field.type) ? (
        <TextField
          label="Choices"
          multiline
          minRows={3}
          value={choicesText}
          helperText="One choice per line."
          onChange={(event) => {
            setChoicesText(event.target.value);
            const options = event.target.value.split('\n').map((line) => line.trim());
            onChange({ ...field, options: options.filter((line) => line !== '') });
          }}
        />
      ) : null}
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <FormControlLabel
          control={
            <Switch
              checked={field.required}
              onChange={(event) => onChange({ ...field, required: event.target.checked })}
            />
          }
          label="Required"
        />
        {field.type === 'number' ? (
          <FormControlLabel
            control={
              <Switch
                checked={field.integer}
                onChange={(event) => onChange({ ...field, integer: event.target.checked })}
              />
            }
            label="Whole numbers only"
          />
        ) : null}
        {bounds ? (
          <>
            <TextField
              label={`Minimum (${bounds})`}
              type="number"
              size="small"
              value={field.min ?? ''}
              onChange={(event) => onChange({ ...field, min: toBound(event.target.value) })}
              sx={{ width: 180 }}
            />
            <TextField
              label={`Maximum (${bounds})`}
              type="number"
              size="small"
              value={field.max ?? ''}
              onChange={(event) => onChange({ ...field, max: toBound(event.target.value) })}
              sx={{ width: 180 }}
            />
          </>
        ) : null}
      </Stack>
      {problems.length > 0 ? (
        <Stack component="ul" role="list" sx={{ m: 0, pl: 2, color: 'error.main' }}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
