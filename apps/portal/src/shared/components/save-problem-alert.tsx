import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { isProblem } from '@trellis/api-client';
import { problemMessage } from '../problem-message';

/** True for the API's answer to a stale version: someone else saved first. */
export const isConflict = (error: unknown) => isProblem(error) && error.status === 409;

/**
 * Why a save or an action failed. A 409 on a versioned record means someone else changed it
 * since it was loaded: saying so, with a way to reload, beats silently overwriting their work.
 * A 400 lists each problem with the place it is about.
 */
export function SaveProblemAlert({
  title,
  error,
  onReload,
  describePath = (path) => path,
}: {
  title: string;
  error: unknown;
  onReload: () => void;
  describePath?: (path: string) => string;
}) {
  if (isConflict(error) && /changed by someone else/i.test(problemMessage(error))) {
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
              {describePath(e.path)}: {e.message}
            </li>
          ))}
        </Box>
      ) : (
        problemMessage(error)
      )}
    </Alert>
  );
}
