import type { AddressInfo } from 'node:net';
import type { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { drain, emitEvent, ownerClient, userId } from './testing/notification-test-kit';

interface ReceivedMail {
  from: string | false;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1 that keeps what it is sent. */
async function startSmtp() {
  const mail: ReceivedMail[] = [];
  /** While true, every recipient is refused with a temporary error (451). */
  const control = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!control.refuse) return callback();
      callback(Object.assign(new Error('Mailbox busy'), { responseCode: 451 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mail.push({
          from: session.envelope.mailFrom && session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString(),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, port, mail, control };
}

describe('email notifications', () => {
  let t: TestApp;
  let owner: Client;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ownerId: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      SMTP_FROM: 'Trellis <notify@trellis.test>',
      PORTAL_URL: 'https://trellis.test',
    });
    owner = await ownerClient();
    ownerId = await userId(owner, 'admin@acme.test');
  });

  afterAll(async () => {
    await owner.end();
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  const budgetAlert = (code: string) =>
    emitEvent(owner, {
      tenant: 'acme',
      type: 'cost_center.budget_threshold_reached',
      aggregateType: 'cost_center',
      payload: {
        threshold: 80,
        ownerId,
        code,
        utilisationPercent: 83.5,
        requestNumber: 'REQ-000777',
      },
    });

  it('sends the event to the recipient through SMTP, with its subject and escaped HTML', async () => {
    await drain(t);
    const eventId = await budgetAlert('R&D<1>');
    await drain(t);

    const mine = smtp.mail.filter((m) => m.raw.includes('R&D'));
    expect(mine).toHaveLength(1);
    expect(mine[0].to).toEqual(['admin@acme.test']);
    expect(mine[0].from).toBe('notify@trellis.test');
    expect(mine[0].raw).toMatch(/^Subject: \[Trellis\] Budget R&D<1> reached 80%\r?$/m);
    expect(mine[0].raw).toContain('R&amp;D&lt;1&gt;');
    expect(mine[0].raw).toContain('https://trellis.test/cost-centers/');

    const { rows } = await owner.query(
      `SELECT status, attempts, to_address, sent_at IS NOT NULL AS sent FROM email_deliveries WHERE event_id = $1`,
      [eventId],
    );
    expect(rows).toEqual([
      { status: 'sent', attempts: 1, to_address: 'admin@acme.test', sent: true },
    ]);
    // Handed over again, the event is not mailed twice.
    await owner.query(`UPDATE outbox_events SET dispatched_at = NULL WHERE id = $1`, [eventId]);
    await drain(t);
    expect(smtp.mail.filter((m) => m.raw.includes('R&D'))).toHaveLength(1);
  });

  it('sends no email to someone who turned email off for that event', async () => {
    const admin = (await t.login('admin@acme.test')).accessToken;
    const put = await t.request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      token: admin,
      payload: {
        items: [
          { eventType: 'cost_center.budget_threshold_reached', channel: 'email', enabled: false },
        ],
      },
    });
    expect(put.statusCode).toBe(200);
    const eventId = await budgetAlert('QUIET-1');
    await drain(t);
    expect(smtp.mail.filter((m) => m.raw.includes('QUIET-1'))).toHaveLength(0);
    // In-app is a separate choice and stays on.
    const told = await owner.query(`SELECT 1 FROM notifications WHERE event_id = $1`, [eventId]);
    expect(told.rowCount).toBe(1);
    await t.request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      token: admin,
      payload: {
        items: [
          { eventType: 'cost_center.budget_threshold_reached', channel: 'email', enabled: true },
        ],
      },
    });
  });

  it('retries an email with backoff when the SMTP server refuses it', async () => {
    const eventId = await budgetAlert('RETRY-1');
    smtp.control.refuse = true;
    const now = new Date();
    await drain(t, now);
    const row = async () =>
      (
        await owner.query(
          `SELECT status, attempts, last_error, next_attempt_at FROM email_deliveries WHERE event_id = $1`,
          [eventId],
        )
      ).rows[0];
    let delivery = await row();
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1 });
    expect(delivery.last_error).toMatch(/Mailbox busy/);
    expect(delivery.next_attempt_at.getTime() - now.getTime()).toBe(30_000);

    smtp.control.refuse = false;
    await drain(t, new Date(now.getTime() + 30_000));
    delivery = await row();
    expect(delivery).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(smtp.mail.filter((m) => m.raw.includes('RETRY-1'))).toHaveLength(1);
  });
});
