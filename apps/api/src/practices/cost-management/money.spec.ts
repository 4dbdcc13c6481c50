import { formatCents, toCents } from './money';

describe('money', () => {
  it.each([
    ['0', 0n],
    ['0.5', 50n],
    ['1250.00', 125000n],
    ['-12.05', -1205n],
    ['999999999999.99', 99999999999999n],
  ])('reads %s as %s cents', (amount, cents) => {
    expect(toCents(amount)).toBe(cents);
  });

  it('formats cents with two decimals and a sign', () => {
    expect(formatCents(125000n)).toBe('1250.00');
    expect(formatCents(-5n)).toBe('-0.05');
    expect(formatCents(0n)).toBe('0.00');
  });

  it('refuses what is not an amount', () => {
    expect(() => toCents('1e3')).toThrow();
    expect(() => toCents('1.234')).toThrow();
  });
});
