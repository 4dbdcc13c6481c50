import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { isProblem } from '@trellis/api-client';
import { problemMessage } from '../../../shared/problem-message';
import { describeSlaPath } from '../problem-paths';

/**
 * Why a save failed. A 409 means someone else saved the record since it was loaded: say so and
 * offer a reload rather than overwrite their work. A 400 lists each problem with its place (the
 * fields show theirs too).
 */
export function SlaSaveAlert({
  title,
  error,
  onReload,
}: {
  title: string;
  error: unknown;
  onReload: () => void;
}) {
  if (isProblem(error) && error.status === 409) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={onReload}>
            Reload
          </Button>
        }
      >
        <AlertTitle>Changed by someone else</AlertTitle>
        Someone else saved this since you opened it. Reload to see their changes (yours here will be
        lost), then make yours again.
      </Alert>
    );
  }
  const errors = isProblem(error) ? (error.errors ?? []) : [];
  return (
    <Alert severity="error">
      <AlertTitle>{title}</AlertTitle>
      {errors.length > 0 ? (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {errors.map((e) => (
            <li key={`${e.path} ${e.message}`}>
              {describeSlaPath(e.path)}: {e.message}
            </li>
          ))}
        </Box>
      ) : (
        problemMessage(error)
      )}
    </Alert>
  );
}
