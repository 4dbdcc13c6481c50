import { useMutation } from '@tanstack/react-query';
import { enqueueSnackbar } from 'notistack';
import { useApi } from '../../../app/api/api-context';
import { problemMessage } from '../../../shared/problem-message';

/**
 * Downloads the requests created since `from` as CSV. The export needs the bearer token, which a
 * plain link cannot send, so it is fetched through the client and handed to the browser as a file.
 */
export function useExportRequests() {
  const { client } = useApi();
  return useMutation({
    mutationFn: async (from: string) => {
      const result = await client.fetch.GET('/api/v1/reports/requests.csv', {
        params: { query: { from } },
        parseAs: 'blob',
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      const truncated = result.response.headers.get('x-export-truncated') === 'true';
      const url = URL.createObjectURL(result.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `requests-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked on the next tick: the click has started the download by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return { truncated };
    },
    onSuccess: ({ truncated }) =>
      enqueueSnackbar(
        truncated
          ? 'Exported the newest 10,000 requests; pick a shorter period for the rest.'
          : 'Requests exported.',
        { variant: truncated ? 'warning' : 'success' },
      ),
    onError: (error) =>
      enqueueSnackbar(`Could not export requests: ${problemMessage(error)}`, { variant: 'error' }),
  });
}
