/**
 * CSV as RFC 4180 writes it, for people who open it in a spreadsheet. A cell that a spreadsheet
 * would read as a formula (starting with = + - @, or a tab or carriage return that some strip
 * before looking) is prefixed with an apostrophe, so text a requester typed can never run as
 * a formula on an agent's machine (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
