import type { Schemas } from '@trellis/api-client';
import { useSnackbar } from 'notistack';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { requestPath } from '../../../app/router/paths';
import { problemMessage } from '../../../shared/problem-message';
import { useCreateDraft, useSubmitDraft } from './use-create-draft';
import type { NewRequest } from './use-submit-request';
import { useSubmitRequest } from './use-submit-request';

export type OrderIntent = 'submit' | 'draft';

type Draft = Schemas['RequestDto'];

/** A draft whose files are being uploaded, and whether to submit it afterwards. */
export interface Uploading {
  draft: Draft;
  files: readonly File[];
  submitAfter: boolean;
}

/**
 * Places an order: submit (create the draft and submit it) or save as draft, with files uploaded
 * to the draft in between. Without files, submitting is one retry-safe call (useSubmitRequest).
 * Once a draft exists, a later failure (an upload, the submit) opens the request page with a toast
 * saying what failed: the draft is there and offers Submit, and sending the form again would
 * upload the files twice.
 */
export function usePlaceOrder() {
  const navigate = useNavigate();
  const { enqueueSnackbar } = useSnackbar();
  const submitRequest = useSubmitRequest();
  const createDraft = useCreateDraft();
  const submitDraft = useSubmitDraft();
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const [lastIntent, setLastIntent] = useState<OrderIntent>('submit');

  const openDraft = useCallback(
    (id: string, message: string, variant: 'success' | 'error') => {
      enqueueSnackbar(message, { variant, persist: variant === 'error' });
      void navigate(requestPath(id));
    },
    [enqueueSnackbar, navigate],
  );

  const place = (
    intent: OrderIntent,
    order: { body: NewRequest; idempotencyKey: string; files: readonly File[] },
  ) => {
    setLastIntent(intent);
    if (intent === 'submit' && order.files.length === 0) {
      submitRequest.mutate(order, {
        onSuccess: (request) => void navigate(requestPath(request.id)),
      });
      return;
    }
    createDraft.mutate(order, {
      onSuccess: (draft) => {
        if (order.files.length > 0) {
          setUploading({ draft, files: order.files, submitAfter: intent === 'submit' });
        } else {
          openDraft(
            draft.id,
            `Draft ${draft.number} saved. Submit it when you are ready.`,
            'success',
          );
        }
      },
    });
  };

  const uploaded = useCallback(() => {
    if (!uploading) return;
    const { draft, submitAfter } = uploading;
    if (!submitAfter) {
      openDraft(draft.id, `Draft ${draft.number} saved with its files.`, 'success');
      return;
    }
    submitDraft.mutate(draft, {
      onSuccess: (request) => void navigate(requestPath(request.id)),
      onError: (error) =>
        openDraft(
          draft.id,
          `${draft.number} was saved as a draft but could not be submitted: ${problemMessage(error)}`,
          'error',
        ),
    });
  }, [uploading, submitDraft, navigate, openDraft]);

  const uploadFailed = useCallback(
    (file: File, error: unknown) => {
      if (!uploading) return;
      openDraft(
        uploading.draft.id,
        `${file.name} could not be uploaded (${problemMessage(error)}). ` +
          `${uploading.draft.number} is saved as a draft: attach the file here, then submit it.`,
        'error',
      );
    },
    [uploading, openDraft],
  );

  const error = submitRequest.error ?? createDraft.error;
  return {
    place,
    uploading,
    uploaded,
    uploadFailed,
    error,
    isError: submitRequest.isError || createDraft.isError,
    /** Which button is busy: the one whose order is in flight, uploads and submit included. */
    busy:
      submitRequest.isPending || createDraft.isPending || submitDraft.isPending || uploading
        ? lastIntent
        : null,
    /** Forget a failed attempt once the answers change (the API's verdict was about the old ones). */
    reset: () => {
      submitRequest.reset();
      createDraft.reset();
    },
  };
}
