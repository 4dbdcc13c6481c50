import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';
import { backoffDelay } from '../reconnect-backoff';
import { createSseParser } from '../sse-parser';

function refetchNotifications(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
  void queryClient.invalidateQueries({ queryKey: queryKeys.notificationsUnreadCount });
}

/**
 * Keeps the notification queries live: reads `GET notifications/stream` (server-sent events) and
 * refetches the list and the count on each `notification` event; reconnects with backoff when
 * the stream ends or fails, and refetches then too, for what arrived while it was down.
 *
 * EventSource cannot send the Authorization header, so the stream is read with fetch. It goes
 * through the generated client with `parseAs: 'stream'` (openapi-fetch hands back the body
 * unread) rather than a hand-made fetch: the client attaches the access token and renews an
 * expired one on a 401, exactly as for every other call.
 */
export function useNotificationStream(): void {
  const { client } = useApi();
  const queryClient = useQueryClient();

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let connectedBefore = false;

    const read = async (body: ReadableStream<Uint8Array>, onEvent: () => void) => {
      const parser = createSseParser((event) => {
        if (event.event === 'notification') onEvent();
      });
      const reader = body.getReader();
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(decoder.decode(value, { stream: true }));
        }
      } finally {
        reader.releaseLock();
      }
      return parser.retryMs;
    };

    const connect = async () => {
      let retryMs: number | null = null;
      try {
        const { data, response } = await client.fetch.GET('/api/v1/notifications/stream', {
          parseAs: 'stream',
          signal: controller.signal,
          headers: { accept: 'text/event-stream' },
        });
        if (response.ok && data) {
          attempt = 0;
          if (connectedBefore) refetchNotifications(queryClient);
          connectedBefore = true;
          retryMs = await read(data, () => refetchNotifications(queryClient));
        }
      } catch {
        // Aborted on unmount, or the network failed: either way, the retry below decides.
      }
      if (controller.signal.aborted) return;
      const delay = attempt === 0 && retryMs !== null ? retryMs : backoffDelay(attempt);
      attempt += 1;
      timer = setTimeout(() => void connect(), delay);
    };

    void connect();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [client, queryClient]);
}
