import type { EntityManager } from 'typeorm';

/**
 * Runs SQL and returns its rows, whatever the statement. TypeORM's `manager.query` answers
 * UPDATE/DELETE ... RETURNING with `[rows, count]` but SELECT/INSERT with `rows`; the structured
 * result of the query runner is the same shape for all.
 */
export async function queryRows<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('queryRows needs a manager bound to a query runner (a transaction)');
  const result = await runner.query(sql, params, true);
  return result.records as T[];
}

const likeLiteral = (text: string) => text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);

/** A case-insensitive LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${likeLiteral(text)}%`;
}

/** The same, matching values that start with `text`. */
export function prefixPattern(text: string): string {
  return `${likeLiteral(text)}%`;
}

/**
 * Search words as a prefix query ("lap req" -> `lap:* & req:*`), so results appear while someone
 * types. Only letters and digits reach to_tsquery, which keeps its syntax out of reach of the
 * caller; null when nothing searchable is left.
 */
export function prefixQuery(q: string): string | null {
  const words =
    q
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** `($1, $2), ($3, $4)` for `rows` rows of `columns` parameters each, numbered from `$1`. */
function valuesList(rows: number, columns: number): string {
  return Array.from(
    { length: rows },
    (_, row) =>
      `(${Array.from({ length: columns }, (_, column) => `$${row * columns + column + 1}`).join(', ')})`,
  ).join(', ');
}

/** Postgres takes at most 65,535 parameters a statement. */
const MAX_PARAMETERS = 65_535;

/**
 * Inserts rows (one parameter per column each) in as few multi-row INSERTs as the parameter
 * limit allows. `table` and `columns` are code, never client text.
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): Promise<void> {
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    await manager.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${valuesList(chunk.length, columns.length)}`,
      chunk.flat(),
    );
  }
}

/**
 * `select`'s rows as one JSON array (`[]` when there are none), for a list read in the same
 * statement as the record it belongs to. `order` names columns of `select` as `x.<column>`.
 */
export function jsonRowsOf(select: string, order: string): string {
  return `(SELECT coalesce(json_agg(x ORDER BY ${order}), '[]'::json) FROM (${select}) x)`;
}

/**
 * Rows that came through jsonRowsOf typed as node-postgres would have typed them: json turns
 * timestamps into ISO text (`dates`, arrays of them too) and bigints into numbers (`bigints`,
 * which node-postgres gives as text). Both parsers keep milliseconds and drop microseconds.
 */
export function fromJsonRows<T>(
  rows: Record<string, unknown>[],
  fields: { dates?: readonly string[]; bigints?: readonly string[] },
): T[] {
  const toDate = (value: unknown) => (typeof value === 'string' ? new Date(value) : value);
  for (const row of rows) {
    for (const field of fields.dates ?? []) {
      const value = row[field];
      row[field] = Array.isArray(value) ? value.map(toDate) : toDate(value);
    }
    for (const field of fields.bigints ?? []) {
      if (typeof row[field] === 'number') row[field] = String(row[field]);
    }
  }
  return rows as T[];
}
