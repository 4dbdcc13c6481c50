import { applicablePolicy } from './applicable-policy';

describe('applicablePolicy', () => {
  const item = { id: 'item-policy', is_default: false };
  const fallback = { id: 'default-policy', is_default: true };

  it("takes the item's own policy when it is among the active ones", () => {
    expect(applicablePolicy([fallback, item], 'item-policy')).toBe(item);
  });

  it('falls back to the default when the item names none, or one that is not active', () => {
    expect(applicablePolicy([fallback], null)).toBe(fallback);
    // An inactive policy is not read at all, so it is simply missing from the rows.
    expect(applicablePolicy([fallback], 'item-policy')).toBe(fallback);
  });

  it('answers none when there is neither', () => {
    expect(applicablePolicy([], 'item-policy')).toBeNull();
    expect(applicablePolicy([item], null)).toBeNull();
  });
});
