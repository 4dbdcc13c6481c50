/** One server-sent event, as the HTML standard's event-stream interpretation produces it. */
export interface SseEvent {
  /** `event:` field; "message" when the frame names none. */
  event: string;
  /** `data:` lines joined with "\n". */
  data: string;
  /** The last `id:` seen on the stream (it carries over to later events, as in EventSource). */
  id: string;
}

export interface SseParser {
  /** Feeds the next decoded chunk; chunks may split lines, fields and even "\r\n" anywhere. */
  push(chunk: string): void;
  /** The stream's `retry:` advice in milliseconds, if it gave one. */
  readonly retryMs: number | null;
}

/**
 * An incremental parser for `text/event-stream` (the EventSource format), for reading a stream
 * opened with fetch: EventSource cannot send an Authorization header. Comment lines (": ...",
 * the server's heartbeats) are skipped; a frame without data dispatches nothing.
 */
export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  let buffer = '';
  let skipLeadingLf = false;
  let eventType = '';
  let dataLines: string[] = [];
  let lastId = '';
  let retryMs: number | null = null;

  const dispatch = () => {
    if (dataLines.length > 0) {
      onEvent({ event: eventType || 'message', data: dataLines.join('\n'), id: lastId });
    }
    eventType = '';
    dataLines = [];
  };

  const line = (text: string) => {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        eventType = value;
        break;
      case 'data':
        dataLines.push(value);
        break;
      case 'id':
        // An id with NUL is ignored, as the standard says.
        if (!value.includes('\0')) lastId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) retryMs = Number(value);
        break;
      default:
        break;
    }
  };

  return {
    push(chunk: string) {
      let text = chunk;
      // A "\r\n" split across two chunks: the "\r" already ended the line.
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i += 1) {
        const char = buffer[i];
        if (char !== '\n' && char !== '\r') continue;
        line(buffer.slice(start, i));
        if (char === '\r') {
          if (i + 1 < buffer.length) {
            if (buffer[i + 1] === '\n') i += 1;
          } else {
            skipLeadingLf = true;
          }
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
    get retryMs() {
      return retryMs;
    },
  };
}
