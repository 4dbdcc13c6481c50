import { describe, expect, it } from 'vitest';
import type { SseEvent } from './sse-parser';
import { createSseParser } from './sse-parser';

function parse(...chunks: string[]) {
  const events: SseEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  for (const chunk of chunks) parser.push(chunk);
  return { events, parser };
}

const FRAME =
  'id: 7f0c\nevent: notification\ndata: {"id":"7f0c","title":"New comment on REQ-000042"}\n\n';

describe('createSseParser', () => {
  it('reads a whole frame as the API writes it', () => {
    const { events } = parse(FRAME);
    expect(events).toEqual([
      {
        id: '7f0c',
        event: 'notification',
        data: '{"id":"7f0c","title":"New comment on REQ-000042"}',
      },
    ]);
  });

  it('gives the same events however the stream is cut into chunks', () => {
    const text = `retry: 5000\n: connected\n\n${FRAME}: heartbeat\n\n${FRAME.replace(/7f0c/g, '8a1d')}`;
    const whole = parse(text).events;
    for (let size = 1; size <= 7; size += 1) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(parse(...chunks).events).toEqual(whole);
    }
    expect(whole.map((e) => e.id)).toEqual(['7f0c', '8a1d']);
  });

  it('skips comments and heartbeats, and dispatches nothing for a frame without data', () => {
    const { events, parser } = parse(
      'retry: 5000\n: connected\n\n',
      ': heartbeat\n\n',
      'event: x\n\n',
    );
    expect(events).toEqual([]);
    expect(parser.retryMs).toBe(5000);
  });

  it('joins several data lines with newlines and defaults the type to message', () => {
    expect(parse('data: one\ndata:two\ndata\n\n').events).toEqual([
      { event: 'message', data: 'one\ntwo\n', id: '' },
    ]);
  });

  it('accepts CRLF and CR line endings, even with CRLF split between chunks', () => {
    const { events } = parse('event: notification\r', '\ndata: a\r\r', '\ndata: b\r\n\r\n');
    expect(events).toEqual([
      { event: 'notification', data: 'a', id: '' },
      { event: 'message', data: 'b', id: '' },
    ]);
  });

  it('does not dispatch an unfinished frame', () => {
    expect(parse('event: notification\ndata: {"id":1}\n').events).toEqual([]);
  });

  it('keeps the last id for later events and ignores a bad retry', () => {
    const { events, parser } = parse('id: 1\ndata: a\n\ndata: b\nretry: soon\n\n');
    expect(events.map((e) => e.id)).toEqual(['1', '1']);
    expect(parser.retryMs).toBeNull();
  });
});
