import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { schemaToFields } from '../form-builder-schema';
import type { FormDraft } from '../item-draft';
import { formOutcome, withIds } from '../item-draft';
import { FormBuilder } from './form-builder';
import { FormPreview } from './form-preview';
import { RawSchemaEditor } from './raw-schema-editor';

/**
 * The item's request form: built field by field or written as raw JSON Schema, with a live
 * preview. Switching from raw JSON back to the builder keeps what the builder can show and first
 * says what it cannot (which would be dropped).
 */
export function FormTab({
  form,
  onChange,
}: {
  form: FormDraft;
  onChange: (form: FormDraft) => void;
}) {
  const [lossy, setLossy] = useState<string[] | null>(null);
  const outcome = formOutcome(form);
  // While the raw text does not parse, keep previewing the last form that did.
  const okKey = outcome.ok ? JSON.stringify([outcome.schema, outcome.uiSchema]) : null;
  const [lastGood, setLastGood] = useState(() => ({
    key: okKey,
    form: outcome.ok ? outcome : null,
  }));
  if (outcome.ok && okKey !== lastGood.key) setLastGood({ key: okKey, form: outcome });
  const preview = outcome.ok ? outcome : lastGood.form;

  const toRaw = () => {
    if (!outcome.ok) return;
    onChange({
      ...form,
      mode: 'raw',
      rawText: JSON.stringify(outcome.schema, null, 2),
      uiSchema: outcome.uiSchema,
    });
  };
  const toBuilder = (force: boolean) => {
    if (!outcome.ok) return;
    const parsed = schemaToFields(outcome.schema, outcome.uiSchema);
    if (parsed.unsupported.length > 0 && !force) {
      setLossy(parsed.unsupported);
      return;
    }
    setLossy(null);
    onChange({ ...form, mode: 'builder', fields: withIds(parsed.fields) });
  };

  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} sx={{ gap: 3, alignItems: 'flex-start' }}>
      <Box sx={{ flex: 1, minWidth: 0, width: '100%' }}>
        <Tabs
          value={form.mode}
          onChange={(_, mode: FormDraft['mode']) => (mode === 'raw' ? toRaw() : toBuilder(false))}
          aria-label="How to edit the form"
          sx={{ mb: 2 }}
        >
          <Tab value="builder" label="Builder" />
          <Tab value="raw" label="Raw JSON Schema" />
        </Tabs>
        {lossy ? (
          <Alert
            severity="warning"
            sx={{ mb: 2 }}
            action={
              <Stack sx={{ gap: 1 }}>
                <Button color="inherit" size="small" onClick={() => toBuilder(true)}>
                  Switch anyway
                </Button>
                <Button color="inherit" size="small" onClick={() => setLossy(null)}>
                  Stay in raw JSON
                </Button>
              </Stack>
            }
          >
            <AlertTitle>The builder cannot show all of this schema</AlertTitle>
            Switching keeps the fields it can show and drops the rest:
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {lossy.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </Box>
          </Alert>
        ) : null}
        {form.mode === 'builder' ? (
          <FormBuilder fields={form.fields} onChange={(fields) => onChange({ ...form, fields })} />
        ) : (
          <RawSchemaEditor
            text={form.rawText}
            onChange={(rawText) => {
              setLossy(null);
              onChange({ ...form, rawText });
            }}
          />
        )}
      </Box>
      <Paper
        variant="outlined"
        component="section"
        aria-label="Preview"
        sx={{ flex: 1, minWidth: 0, width: '100%', p: 2 }}
      >
        <Typography variant="h2" gutterBottom>
          Preview
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          What requesters see, validated as they type.
        </Typography>
        {preview ? <FormPreview schema={preview.schema} uiSchema={preview.uiSchema} /> : null}
      </Paper>
    </Stack>
  );
}
