import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';

/** Where the raw text stands: JSON parse errors as typed, before anything is sent. */
export function rawSchemaStatus(text: string): { ok: true } | { ok: false; message: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, message: 'A form schema is a JSON object.' };
    }
    if ((value as Record<string, unknown>).type !== 'object') {
      return { ok: false, message: 'A form schema needs "type": "object".' };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** The item's JSON Schema as text, checked as it is typed; the API checks the rest on save. */
export function RawSchemaEditor({
  text,
  onChange,
}: {
  text: string;
  onChange: (text: string) => void;
}) {
  const status = rawSchemaStatus(text);
  return (
    <>
      <TextField
        label="JSON Schema (draft-07)"
        multiline
        minRows={16}
        maxRows={40}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        error={!status.ok}
        helperText={
          status.ok
            ? 'Valid JSON. The API checks the schema itself when you save.'
            : `Not valid yet: ${status.message}`
        }
        slotProps={{
          htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } },
        }}
        fullWidth
      />
      {status.ok ? null : (
        <Alert severity="info" sx={{ mt: 1 }}>
          The preview shows the last valid schema.
        </Alert>
      )}
    </>
  );
}
