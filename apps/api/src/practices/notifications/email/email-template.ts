import type { Message } from '../notification-events';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Everything that reaches HTML goes through here: titles and bodies carry user text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * The email for one event and recipient: the event's own subject and words (one template per
 * event type in `messageFor`), in a plain text part and a simple HTML part. Header injection is
 * impossible in the subject because line breaks are folded to spaces.
 */
export function renderEmail(
  message: Message,
  recipientName: string,
  portalUrl: string | undefined,
): RenderedEmail {
  const subject = `[Trellis] ${message.title}`.replace(/[\r\n]+/g, ' ');
  const url = message.link ? `${(portalUrl ?? '').replace(/\/$/, '')}${message.link}` : null;
  const text = [
    `Hello ${recipientName},`,
    '',
    message.title,
    message.body,
    ...(url ? ['', `Open in Trellis: ${url}`] : []),
    '',
    'You can choose which emails you get under Notifications > Preferences.',
  ].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: sans-serif; line-height: 1.5">
<p>Hello ${escapeHtml(recipientName)},</p>
<p><strong>${escapeHtml(message.title)}</strong><br>${escapeHtml(message.body)}</p>
${url ? `<p><a href="${escapeHtml(url)}">Open in Trellis</a></p>` : ''}
<p style="color: #666; font-size: 12px">You can choose which emails you get under Notifications &gt; Preferences.</p>
</body></html>
`;
  return { subject, text, html };
}
