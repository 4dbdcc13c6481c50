/**
 * Money travels as decimal strings ("1250.00"), is stored as numeric(14,2) and is added up in
 * integer cents, so no amount ever passes through a binary float.
 */

/** A non-negative amount with at most 12 integer digits and 2 decimals (numeric(14,2)). */
export const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;
/** A signed amount, for adjustments. */
export const SIGNED_AMOUNT_PATTERN = /^-?\d{1,12}(\.\d{1,2})?$/;
/** ISO 4217 alphabetic code. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

export const AMOUNT_DESCRIPTION =
  'Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)';

export function toCents(amount: string): bigint {
  if (!SIGNED_AMOUNT_PATTERN.test(amount)) throw new Error(`not an amount: ${amount}`);
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -cents : cents;
}

export function formatCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
