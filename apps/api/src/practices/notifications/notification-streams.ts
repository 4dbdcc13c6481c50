import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../../platform/tenancy/request-context';
import type { NotificationSignal } from './delivery/notify-channel';
import { NotificationHub } from './notification-hub';
import type { StreamSubscriber } from './notification-hub';

const HEARTBEAT_MS = 20_000;

/** Writes one user's server-sent event stream: notifications from the hub, and heartbeats. */
@Injectable()
export class NotificationStreams {
  private readonly logger = new Logger('NotificationStreams');

  constructor(private readonly hub: NotificationHub) {}

  /** The listener needs the database; while it cannot connect, say so with 503, not 500. */
  private async subscribe(principal: Principal, subscriber: StreamSubscriber) {
    try {
      return await this.hub.subscribe(principal.tenantId, principal.userId, subscriber);
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not open a notification stream');
      throw new ServiceUnavailableException('Live notifications are unavailable; try again soon');
    }
  }

  async open(principal: Principal, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const raw = reply.raw;
    const state: { ended: boolean; heartbeat?: NodeJS.Timeout; unsubscribe?: () => void } = {
      ended: false,
    };
    const end = () => {
      if (state.ended) return;
      state.ended = true;
      clearInterval(state.heartbeat);
      state.unsubscribe?.();
      if (!raw.writableEnded) raw.end();
    };
    // Subscribe before answering: a notification written after the client sees the stream open
    // cannot fall between the two.
    state.unsubscribe = await this.subscribe(principal, {
      send: (signal: NotificationSignal) => {
        if (state.ended) return;
        raw.write(
          `id: ${signal.notification.id}\nevent: notification\ndata: ${JSON.stringify(signal.notification)}\n\n`,
        );
      },
      end,
    });
    // Fastify steps aside: this handler owns the socket until the client goes away.
    reply.hijack();
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // Tells nginx-style proxies not to buffer the stream.
      'x-accel-buffering': 'no',
      'x-request-id': String(request.id),
    });
    raw.write(`retry: 5000\n: connected\n\n`);
    state.heartbeat = setInterval(() => {
      if (!state.ended) raw.write(`: heartbeat\n\n`);
    }, HEARTBEAT_MS);
    state.heartbeat.unref();
    // The response's 'close' (not the request's, which fires once a GET is read) says the
    // client went away.
    raw.on('close', end);
    raw.on('error', (error) => {
      this.logger.debug({ err: error }, 'Notification stream closed with an error');
      end();
    });
  }
}
