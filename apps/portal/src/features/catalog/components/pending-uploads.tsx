import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import { useUploadAttachment } from '../../requests/hooks/use-upload-attachment';

/**
 * Uploads the chosen files, one after another, to the draft just created, showing each one's
 * progress. Mounted once the draft exists (the upload hook is bound to its id); it reports the
 * first file that fails and stops there.
 */
export function PendingUploads({
  requestId,
  files,
  onDone,
  onFailed,
}: {
  requestId: string;
  files: readonly File[];
  onDone: () => void;
  onFailed: (file: File, error: unknown) => void;
}) {
  const labelId = useId();
  const upload = useUploadAttachment(requestId);
  const { mutateAsync } = upload;
  const [index, setIndex] = useState(0);
  // Effects run twice in development (StrictMode): the files must still be uploaded once.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      for (const [at, file] of files.entries()) {
        setIndex(at);
        try {
          await mutateAsync(file);
        } catch (error) {
          onFailed(file, error);
          return;
        }
      }
      onDone();
    })();
  }, [files, mutateAsync, onDone, onFailed]);

  const current = files[index];
  const percent = Math.round(upload.progress * 100);
  return current ? (
    <Box>
      <Typography id={labelId} variant="body2">
        {`Uploading ${current.name} (${index + 1} of ${files.length})… ${percent}%`}
      </Typography>
      <LinearProgress variant="determinate" value={percent} aria-labelledby={labelId} />
    </Box>
  ) : null;
}
