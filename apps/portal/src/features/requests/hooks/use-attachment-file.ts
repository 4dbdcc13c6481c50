import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';
import type { Attachment } from './use-request-attachments';

/**
 * Downloads an attachment. The content needs the bearer token, which a plain link cannot send,
 * so it is fetched through the client and handed to the browser as a file.
 */
export function useDownloadAttachment() {
  const { client } = useApi();
  return useMutation({
    mutationFn: async (attachment: Attachment) => {
      const result = await client.fetch.GET('/api/v1/attachments/{id}/content', {
        params: { path: { id: attachment.id } },
        parseAs: 'blob',
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      const url = URL.createObjectURL(result.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked on the next tick: the click has started the download by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
  });
}

/** Removes an attachment (its uploader, or an agent). */
export function useDeleteAttachment() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attachment: Attachment) => {
      const result = await client.fetch.DELETE('/api/v1/attachments/{id}', {
        params: { path: { id: attachment.id } },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.requestAttachments }),
  });
}
