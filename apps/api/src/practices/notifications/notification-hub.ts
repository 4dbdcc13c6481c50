import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import type { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG, appDatabaseUrl } from '../../platform/config/app-config';
import type { NotificationSignal } from './delivery/notify-channel';
import { NOTIFY_CHANNEL } from './delivery/notify-channel';

export interface StreamSubscriber {
  send(signal: NotificationSignal): void;
  /** Ends the subscriber's stream (the process is shutting down). */
  end(): void;
}

const RECONNECT_DELAY_MS = 2_000;

/**
 * Carries new in-app notifications to this process's open streams. Whichever process's dispatcher
 * writes a notification, PostgreSQL NOTIFY tells every process; each keeps one dedicated
 * LISTEN connection (opened when its first stream connects, kept while the process lives) and
 * fans out in memory to the streams of the user named. A dropped connection is re-opened; a
 * notification sent while it was down still sits in the list (the stream is a nudge, the list is
 * the record).
 */
@Injectable()
export class NotificationHub implements OnModuleDestroy {
  private readonly logger = new Logger('NotificationHub');
  private readonly subscribers = new Map<string, Set<StreamSubscriber>>();
  private client: Client | null = null;
  private listening: Promise<void> | null = null;
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Registers a stream; resolves once this process is listening, with the unsubscribe. */
  async subscribe(
    tenantId: string,
    userId: string,
    subscriber: StreamSubscriber,
  ): Promise<() => void> {
    const key = `${tenantId}:${userId}`;
    const set = this.subscribers.get(key) ?? new Set<StreamSubscriber>();
    set.add(subscriber);
    this.subscribers.set(key, set);
    const unsubscribe = () => {
      set.delete(subscriber);
      if (!set.size && this.subscribers.get(key) === set) this.subscribers.delete(key);
    };
    try {
      await this.listen();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  get streamCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const set of this.subscribers.values()) for (const s of set) s.end();
    this.subscribers.clear();
    const client = this.client;
    this.client = null;
    this.listening = null;
    await client?.end().catch(() => undefined);
  }

  private listen(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('Shutting down'));
    this.listening ??= this.connect().catch((error: unknown) => {
      this.listening = null;
      throw error;
    });
    return this.listening;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: appDatabaseUrl(this.config),
      application_name: 'trellis-notifications',
    });
    client.on('notification', (message) => {
      if (message.channel !== NOTIFY_CHANNEL || !message.payload) return;
      this.deliver(message.payload);
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'Notification listener lost its connection');
      if (this.client === client) this.reconnectLater();
    });
    client.on('end', () => {
      if (this.client === client) this.reconnectLater();
    });
    await client.connect();
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    this.client = client;
  }

  private reconnectLater(): void {
    const old = this.client;
    this.client = null;
    this.listening = null;
    void old?.end().catch(() => undefined);
    if (this.closed || !this.subscribers.size) return;
    setTimeout(() => {
      if (!this.closed && this.subscribers.size) {
        this.listen().catch((error: unknown) => {
          this.logger.warn({ err: error }, 'Could not re-open the notification listener');
          this.reconnectLater();
        });
      }
    }, RECONNECT_DELAY_MS).unref();
  }

  private deliver(payload: string): void {
    let signal: NotificationSignal;
    try {
      signal = JSON.parse(payload) as NotificationSignal;
    } catch {
      return;
    }
    const set = this.subscribers.get(`${signal.tenantId}:${signal.userId}`);
    if (!set) return;
    for (const subscriber of set) subscriber.send(signal);
  }
}
