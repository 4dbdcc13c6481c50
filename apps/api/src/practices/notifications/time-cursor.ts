import { BadRequestException } from '@nestjs/common';
import { decodeCursor } from '../../platform/pagination/pagination';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Keyset cursors on (timestamp, id) that keep the timestamp exactly, in microseconds since the
 * epoch: rows written by one transaction share `now()`, and a millisecond JavaScript Date would
 * skip or repeat them at a page boundary.
 */
export const cursorMicros = (column: string) =>
  `(extract(epoch FROM ${column}) * 1000000)::bigint::text AS cursor_at`;

/** The decoded cursor, checked (it is client text) before it reaches a cast. */
export function decodeTimeCursor(cursor: string | undefined): [string, string] | null {
  const values = decodeCursor(cursor, 2);
  if (!values) return null;
  if (!/^\d{1,17}$/.test(values[0]) || !UUID.test(values[1]))
    throw new BadRequestException('cursor is not a cursor this endpoint issued');
  return [values[0], values[1]];
}

/** `(column, id) <op> cursor`, with the cursor's two values at parameters $a and $a+1. */
export function afterCursor(column: string, op: '<' | '>', firstParam: number): string {
  return `(${column}, id) ${op} ('epoch'::timestamptz + $${firstParam}::bigint * interval '1 microsecond', $${firstParam + 1}::uuid)`;
}
