import { describe, expect, it } from 'vitest';
import { budgetUsedPercent, formatMoney } from './money';

describe('budgetUsedPercent', () => {
  it('counts committed and spent money against the budget', () => {
    expect(budgetUsedPercent('1000.00', '250.00', '550.00')).toBe(80);
    expect(budgetUsedPercent('1000.00', '0.00', '0.00')).toBe(0);
  });

  it('goes past 100 when over budget, and treats a zero budget with spending as full', () => {
    expect(budgetUsedPercent('1000.00', '600.00', '600.00')).toBe(120);
    expect(budgetUsedPercent('0.00', '10.00', '0.00')).toBe(100);
    expect(budgetUsedPercent('0.00', '0.00', '0.00')).toBe(0);
  });
});

describe('formatMoney', () => {
  it('shows zero as an amount and an unknown currency as sent', () => {
    expect(formatMoney('0.00', 'USD')).toMatch(/0\.00/);
    expect(formatMoney('12.50', 'US')).toBe('12.50 US');
  });
});
