import { renderEmail } from './email-template';

describe('email template', () => {
  it('escapes user text in the HTML part and keeps it readable in the text part', () => {
    const email = renderEmail(
      { title: 'REQ-000001 <b>', body: 'Fish & "chips" <script>', link: '/requests/abc' },
      "O'Brien <x>",
      'https://trellis.example/',
    );
    expect(email.html).toContain('Fish &amp; &quot;chips&quot; &lt;script&gt;');
    expect(email.html).toContain('Hello O&#39;Brien &lt;x&gt;');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('href="https://trellis.example/requests/abc"');
    expect(email.text).toContain('Fish & "chips" <script>');
    expect(email.subject).toBe('[Trellis] REQ-000001 <b>');
  });

  it('folds line breaks out of the subject', () => {
    const email = renderEmail({ title: 'a\r\nBcc: x@y', body: '', link: null }, 'A', undefined);
    expect(email.subject).toBe('[Trellis] a Bcc: x@y');
    expect(email.text).not.toContain('Open in Trellis');
  });
});
