import { redact } from './redact';

describe('audit redaction', () => {
  it('replaces secrets at any depth and keeps everything else', () => {
    expect(
      redact({
        name: 'A',
        password: 'p',
        nested: { apiToken: 't', list: [{ secretHash: 'h', ok: 1 }] },
        when: new Date(0),
      }),
    ).toEqual({
      name: 'A',
      password: '[redacted]',
      nested: { apiToken: '[redacted]', list: [{ secretHash: '[redacted]', ok: 1 }] },
      when: '1970-01-01T00:00:00.000Z',
    });
  });
});
