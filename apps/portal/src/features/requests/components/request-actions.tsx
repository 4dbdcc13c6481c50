import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useActionFeedback } from '../hooks/use-action-feedback';
import type { ServiceRequest } from '../hooks/use-request';
import type { RequestActionInput, RequestActionName } from '../hooks/use-request-action';
import { useRequestAction } from '../hooks/use-request-action';
import { CancelDialog, CloseDialog } from './request-action-dialogs';

const DONE_MESSAGES: Readonly<Record<RequestActionName, string>> = {
  submit: 'Request submitted',
  cancel: 'Request cancelled',
  close: 'Request closed. Thank you for your rating!',
  reopen: 'Request reopened',
  hold: 'Request put on hold',
  resume: 'Request resumed',
};

/** The buttons for what the caller may do now: exactly the `allowedActions` the API returned. */
export function RequestActions({
  request,
  reload,
}: {
  request: ServiceRequest;
  reload: () => void;
}) {
  const act = useRequestAction(request);
  const feedback = useActionFeedback(reload);
  const [dialog, setDialog] = useState<'cancel' | 'close' | null>(null);
  const allowed = new Set(request.allowedActions);
  const run = (input: RequestActionInput) =>
    act.mutate(input, {
      onSuccess: () => {
        setDialog(null);
        feedback.succeeded(DONE_MESSAGES[input.action]);
      },
      onError: (error) => {
        setDialog(null);
        feedback.failed(error);
      },
    });
  const busy = (action: RequestActionName) => act.isPending && act.variables.action === action;

  if (allowed.size === 0) return null;
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
      {allowed.has('submit') ? (
        <Button
          variant="contained"
          loading={busy('submit')}
          onClick={() => run({ action: 'submit' })}
        >
          Submit
        </Button>
      ) : null}
      {allowed.has('close') ? (
        <Button variant="contained" onClick={() => setDialog('close')}>
          Close and rate
        </Button>
      ) : null}
      {allowed.has('reopen') ? (
        <Button
          variant="outlined"
          loading={busy('reopen')}
          onClick={() => run({ action: 'reopen' })}
        >
          Reopen
        </Button>
      ) : null}
      {allowed.has('hold') ? (
        <Button variant="outlined" loading={busy('hold')} onClick={() => run({ action: 'hold' })}>
          Put on hold
        </Button>
      ) : null}
      {allowed.has('resume') ? (
        <Button
          variant="outlined"
          loading={busy('resume')}
          onClick={() => run({ action: 'resume' })}
        >
          Resume
        </Button>
      ) : null}
      {allowed.has('cancel') ? (
        <Button variant="outlined" color="error" onClick={() => setDialog('cancel')}>
          Cancel request
        </Button>
      ) : null}
      {/* Mounted only while open, so each opening starts with an empty form. */}
      {dialog === 'cancel' ? (
        <CancelDialog
          open
          busy={busy('cancel')}
          onClose={() => setDialog(null)}
          onConfirm={(reason) => run({ action: 'cancel', reason })}
        />
      ) : null}
      {dialog === 'close' ? (
        <CloseDialog
          open
          busy={busy('close')}
          onClose={() => setDialog(null)}
          onConfirm={(rating, feedbackText, shareAsReview) =>
            run({ action: 'close', rating, feedback: feedbackText, shareAsReview })
          }
        />
      ) : null}
    </Stack>
  );
}
