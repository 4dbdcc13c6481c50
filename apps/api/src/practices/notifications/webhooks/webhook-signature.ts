import { createHmac } from 'node:crypto';

/**
 * `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the subscription's secret. Signing the
 * timestamp with the body lets receivers refuse replays of old deliveries.
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
