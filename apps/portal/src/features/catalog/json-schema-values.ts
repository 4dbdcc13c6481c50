/**
 * What the JSON Schema interpreter (json-schema-interpreter.ts) knows about JSON values: their
 * JSON types, equality as `enum`/`const`/`uniqueItems` see it, the string formats forms use, and
 * the keywords that judge a single string or number.
 */

export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'object':
      return typeOf(value) === 'object';
    default:
      return typeOf(value) === type;
  }
}

/** Deep equality of JSON values, as `enum`, `const` and `uniqueItems` compare them. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const type = typeOf(a);
  if (type !== typeOf(b) || (type !== 'object' && type !== 'array')) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]))
  );
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const maxDay = month === 2 && isLeap(year) ? 29 : DAYS[month];
  return month >= 1 && month <= 12 && day >= 1 && day <= maxDay;
}

function isTime(text: string): boolean {
  const match = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (!match) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return hour <= 23 && minute <= 59 && second <= 60;
}

/** ajv-formats' "full" checks for the formats forms use; others are left to the API. */
export const FORMATS: Record<string, (text: string) => boolean> = {
  date: isDate,
  time: isTime,
  'date-time': (text) => {
    const [date, time, ...rest] = text.split(/t|\s/i);
    return rest.length === 0 && time !== undefined && isDate(date) && isTime(time);
  },
  email: (text) =>
    /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(
      text,
    ),
  uuid: (text) => /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(text),
  uri: (text) => /^[a-z][a-z0-9+\-.]*:[^\s]*$/i.test(text),
  ipv4: (text) =>
    /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(text),
  hostname: (text) =>
    /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i.test(
      text,
    ),
};

// Ajv's wording keeps the plural even for one ("more than 1 characters"); so does this.
export const plural = (count: number, many: string) => `${count} ${many}`;

/** A keyword a value breaks, with Ajv's message and params. */
export interface KeywordProblem {
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

/** What a string breaks among the string keywords of `schema`. */
export function stringProblems(schema: Record<string, unknown>, value: string): KeywordProblem[] {
  const problems: KeywordProblem[] = [];
  // Ajv counts characters as code points, not UTF-16 units.
  const length = [...value].length;
  const { minLength, maxLength, pattern, format } = schema;
  if (typeof maxLength === 'number' && length > maxLength) {
    const message = `must NOT have more than ${plural(maxLength, 'characters')}`;
    problems.push({ keyword: 'maxLength', message, params: { limit: maxLength } });
  }
  if (typeof minLength === 'number' && length < minLength) {
    const message = `must NOT have fewer than ${plural(minLength, 'characters')}`;
    problems.push({ keyword: 'minLength', message, params: { limit: minLength } });
  }
  if (typeof pattern === 'string' && !new RegExp(pattern, 'u').test(value)) {
    problems.push({
      keyword: 'pattern',
      message: `must match pattern "${pattern}"`,
      params: { pattern },
    });
  }
  if (typeof format === 'string' && FORMATS[format] && !FORMATS[format](value)) {
    problems.push({
      keyword: 'format',
      message: `must match format "${format}"`,
      params: { format },
    });
  }
  return problems;
}

/** What a number breaks among the numeric keywords of `schema`. */
export function numberProblems(schema: Record<string, unknown>, value: number): KeywordProblem[] {
  const problems: KeywordProblem[] = [];
  const limits = [
    ['maximum', '<=', (limit: number) => value <= limit],
    ['minimum', '>=', (limit: number) => value >= limit],
    ['exclusiveMaximum', '<', (limit: number) => value < limit],
    ['exclusiveMinimum', '>', (limit: number) => value > limit],
  ] as const;
  for (const [keyword, comparison, holds] of limits) {
    const limit = schema[keyword];
    if (typeof limit === 'number' && !holds(limit)) {
      problems.push({
        keyword,
        message: `must be ${comparison} ${limit}`,
        params: { comparison, limit },
      });
    }
  }
  const { multipleOf } = schema;
  if (typeof multipleOf === 'number' && !Number.isInteger(value / multipleOf)) {
    problems.push({
      keyword: 'multipleOf',
      message: `must be multiple of ${multipleOf}`,
      params: { multipleOf },
    });
  }
  return problems;
}
