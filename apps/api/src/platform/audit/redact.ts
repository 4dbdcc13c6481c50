const SECRET_KEY = /pass(word)?|secret|token|hash|authorization|api[-_]?key/i;

/** Copies a record for the audit trail with secrets replaced, at any depth. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return '[redacted]';
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, v]) => [
        key,
        SECRET_KEY.test(key) ? '[redacted]' : redact(v),
      ]),
    );
  }
  return value;
}
