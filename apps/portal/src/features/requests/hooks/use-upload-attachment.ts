import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';
import { fetchWithUploadProgress } from '../upload-transport';

/**
 * Uploads one file to a request as multipart/form-data (field `file`), with its progress as a
 * fraction from 0 to 1 while it is sent.
 */
export function useUploadAttachment(requestId: string) {
  const { client } = useApi();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: async (file: File) => {
      setProgress(0);
      const form = new FormData();
      form.append('file', file, file.name);
      const result = await client.fetch.POST('/api/v1/requests/{id}/attachments', {
        params: { path: { id: requestId } },
        // The generated type describes the multipart field; the client sends FormData as it is
        // and lets the browser set the boundary.
        body: form as unknown as { file: string },
        fetch: fetchWithUploadProgress(setProgress),
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.requestAttachments }),
        queryClient.invalidateQueries({ queryKey: queryKeys.request }),
      ]),
  });
  return { ...mutation, progress };
}
