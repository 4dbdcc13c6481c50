import UploadFile from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useRef } from 'react';

/** Largest ICS document read in the browser: holiday calendars are a few kilobytes. */
const MAX_ICS_BYTES = 1024 * 1024;

/**
 * Picks an .ics file and hands over its text (read in the browser; the API parses it). Disabled
 * with the reason shown when importing now would lose unsaved edits.
 */
export function IcsImportButton({
  disabledReason,
  loading,
  onText,
  onTooLarge,
}: {
  disabledReason: string | null;
  loading: boolean;
  onText: (text: string) => void;
  onTooLarge: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const button = (
    <Button
      size="small"
      startIcon={<UploadFile />}
      disabled={disabledReason !== null}
      loading={loading}
      onClick={() => input.current?.click()}
    >
      Import ICS file
    </Button>
  );
  return (
    <>
      {disabledReason ? (
        <Tooltip title={disabledReason}>
          {/* A disabled button fires no events; the span lets the tooltip explain why. */}
          <span tabIndex={0}>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
      <input
        ref={input}
        type="file"
        accept=".ics,text/calendar"
        hidden
        aria-label="ICS file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          if (file.size > MAX_ICS_BYTES) {
            onTooLarge();
            return;
          }
          void file.text().then(onText);
        }}
      />
    </>
  );
}
