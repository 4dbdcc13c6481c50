import Button from '@mui/material/Button';
import type { SnackbarKey } from 'notistack';
import { closeSnackbar, useSnackbar } from 'notistack';
import { useCallback } from 'react';
import { actionErrorMessage, isConflict } from '../action-error';

/**
 * Toasts for the outcome of an action. A conflict (409) gets a Reload button that refetches what
 * the page shows, since the person acted on a stale copy.
 */
export function useActionFeedback(reload: () => void) {
  const { enqueueSnackbar } = useSnackbar();
  const succeeded = useCallback(
    (message: string) => enqueueSnackbar(message, { variant: 'success' }),
    [enqueueSnackbar],
  );
  const failed = useCallback(
    (error: unknown) =>
      enqueueSnackbar(actionErrorMessage(error), {
        variant: 'error',
        persist: isConflict(error),
        action: isConflict(error)
          ? (key: SnackbarKey) => (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  closeSnackbar(key);
                  reload();
                }}
              >
                Reload
              </Button>
            )
          : undefined,
      }),
    [enqueueSnackbar, reload],
  );
  return { succeeded, failed };
}
