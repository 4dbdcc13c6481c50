/** A decimal amount from the API ("1450.00") in its currency, zero included. */
export function formatMoney(amount: string, currency: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(value);
  } catch {
    // An unknown currency code: show it as sent rather than fail the page.
    return `${amount} ${currency}`;
  }
}

/** Committed plus spent as a share of the budget, in whole percent (may exceed 100). */
export function budgetUsedPercent(budget: string, committed: string, spent: string): number {
  const total = Number(budget);
  const used = Number(committed) + Number(spent);
  if (!Number.isFinite(total) || !Number.isFinite(used)) return 0;
  if (total <= 0) return used > 0 ? 100 : 0;
  return Math.round((used / total) * 100);
}
