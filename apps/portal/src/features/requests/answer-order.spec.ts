import { describe, expect, it } from 'vitest';
import { orderedAnswers } from './answer-order';

const schema = {
  type: 'object',
  properties: {
    model: { type: 'string', title: 'Model' },
    ram: { type: 'integer', title: 'Memory (GB)' },
    storage: { type: 'integer' },
    reason: { type: 'string', title: 'Reason' },
  },
};

describe('orderedAnswers', () => {
  it("follows the form's properties and titles, leaving out fields not answered", () => {
    expect(orderedAnswers({ reason: 'x', ram: 16, model: 'y' }, schema, {})).toEqual([
      { name: 'model', title: 'Model' },
      { name: 'ram', title: 'Memory (GB)' },
      { name: 'reason', title: 'Reason' },
    ]);
  });

  it('follows ui:order, with * standing for the fields it does not list', () => {
    const answers = { model: 'y', ram: 16, storage: 512, reason: 'x' };
    const names = (uiOrder: string[]) =>
      orderedAnswers(answers, schema, { 'ui:order': uiOrder }).map((field) => field.name);
    expect(names(['reason', '*'])).toEqual(['reason', 'model', 'ram', 'storage']);
    expect(names(['ram', '*', 'model'])).toEqual(['ram', 'storage', 'reason', 'model']);
    expect(names(['storage', 'reason', 'model', 'ram'])).toEqual([
      'storage',
      'reason',
      'model',
      'ram',
    ]);
  });

  it('keeps answers the form no longer has, last and by name, and works without a form', () => {
    expect(orderedAnswers({ zeta: 1, model: 'y', alpha: 2 }, schema, undefined)).toEqual([
      { name: 'model', title: 'Model' },
      { name: 'alpha', title: null },
      { name: 'zeta', title: null },
    ]);
    expect(orderedAnswers({ b: 1, a: 2 }, undefined, undefined).map((f) => f.name)).toEqual([
      'a',
      'b',
    ]);
  });
});
