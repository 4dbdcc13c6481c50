import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formFields } from './form-builder-arbitraries';
import type { FormField } from './form-builder-schema';
import { changeFieldType, fieldProblems } from './form-builder-fields';
import { fieldsToSchema, keyFromLabel, schemaToFields, syncUiOrder } from './form-builder-schema';

const field = (overrides: Partial<FormField>): FormField => ({
  key: 'reason',
  label: 'Reason',
  type: 'text',
  required: false,
  helpText: '',
  options: [],
  integer: false,
  ...overrides,
});

describe('fieldsToSchema', () => {
  it('writes a draft-07 object schema with required keys, titles, help and bounds', () => {
    const { schema, uiSchema } = fieldsToSchema([
      field({
        key: 'reason',
        label: 'Reason',
        type: 'longText',
        required: true,
        min: 10,
        helpText: 'Why',
      }),
      field({ key: 'count', label: 'How many', type: 'number', integer: true, min: 1, max: 5 }),
      field({ key: 'size', label: 'Size', type: 'select', options: ['S', 'M'] }),
      field({ key: 'extras', label: 'Extras', type: 'multiSelect', options: ['Bag'], max: 1 }),
      field({ key: 'start', label: 'Start', type: 'date' }),
      field({ key: 'agree', label: 'Agree', type: 'checkbox' }),
      field({ key: 'manager', label: 'Manager', type: 'user' }),
    ]);
    expect(schema).toEqual({
      type: 'object',
      required: ['reason'],
      additionalProperties: false,
      properties: {
        reason: { type: 'string', title: 'Reason', description: 'Why', minLength: 10 },
        count: { type: 'integer', title: 'How many', minimum: 1, maximum: 5 },
        size: { type: 'string', title: 'Size', enum: ['S', 'M'] },
        extras: {
          type: 'array',
          title: 'Extras',
          uniqueItems: true,
          items: { type: 'string', enum: ['Bag'] },
          maxItems: 1,
        },
        start: { type: 'string', format: 'date', title: 'Start' },
        agree: { type: 'boolean', title: 'Agree' },
        manager: { type: 'string', format: 'email', title: 'Manager' },
      },
    });
    expect(uiSchema).toEqual({
      'ui:order': ['reason', 'count', 'size', 'extras', 'start', 'agree', 'manager', '*'],
      reason: { 'ui:widget': 'textarea' },
      extras: { 'ui:widget': 'checkboxes' },
      manager: { 'ui:placeholder': 'Name or email' },
    });
  });

  it('leaves `required` out when no field is required', () => {
    expect(fieldsToSchema([field({})]).schema).not.toHaveProperty('required');
  });
});

describe('schemaToFields', () => {
  it('gives back the fields it was made from, in order (round trip)', () => {
    fc.assert(
      fc.property(formFields, (fields) => {
        const { schema, uiSchema } = fieldsToSchema(fields);
        expect(schemaToFields(schema, uiSchema)).toEqual({ fields, unsupported: [] });
      }),
    );
  });

  it('survives the key reordering of jsonb: the order comes from ui:order', () => {
    fc.assert(
      fc.property(formFields, (fields) => {
        const { schema, uiSchema } = fieldsToSchema(fields);
        const properties = schema.properties as Record<string, unknown>;
        const shuffled = Object.fromEntries(Object.entries(properties).reverse());
        const parsed = schemaToFields({ ...schema, properties: shuffled }, uiSchema);
        expect(parsed.fields.map((f) => f.key)).toEqual(fields.map((f) => f.key));
      }),
    );
  });

  it('says what it cannot represent and keeps the fields it can', () => {
    const parsed = schemaToFields({
      type: 'object',
      title: 'Order',
      required: ['code', 'ghost'],
      properties: {
        code: { type: 'string', title: 'Code', pattern: '^[A-Z]+$' },
        nested: { type: 'object', properties: {} },
        ok: { type: 'boolean', title: 'OK' },
      },
    });
    expect(parsed.fields.map((f) => f.key)).toEqual(['code', 'ok']);
    expect(parsed.unsupported).toEqual([
      'The form uses "title" at the top level.',
      '"ghost" is required but has no field.',
      '"code" uses "pattern", which the builder cannot show.',
      '"nested" uses the type "object", which the builder cannot show.',
    ]);
  });

  it('refuses a schema that is not for an object', () => {
    expect(schemaToFields({ type: 'string' }).unsupported).toHaveLength(1);
  });
});

describe('fieldProblems', () => {
  it('reports blank labels, duplicate keys, missing choices and inverted bounds', () => {
    const problems = fieldProblems([
      field({ key: 'a', label: '' }),
      field({ key: 'a', label: 'Again' }),
      field({ key: 'pick', type: 'select', options: [] }),
      field({ key: 'n', type: 'number', min: 5, max: 1 }),
    ]);
    expect(problems).toEqual([
      { index: 0, message: 'Give the field a label.' },
      { index: 1, message: 'The key "a" is already used by field 1.' },
      { index: 2, message: 'Add at least one choice.' },
      { index: 3, message: 'The minimum is above the maximum.' },
    ]);
  });

  it('accepts every generated list whose labels are filled in', () => {
    fc.assert(
      fc.property(formFields, (fields) => {
        const labelled = fields.map((f) => ({
          ...f,
          label: `L ${f.key}`,
          min: undefined,
          max: undefined,
        }));
        expect(fieldProblems(labelled)).toEqual([]);
      }),
    );
  });
});

describe('helpers', () => {
  it('makes camelCase keys from labels', () => {
    expect(keyFromLabel('Cost centre code')).toBe('costCentreCode');
    expect(keyFromLabel('2nd monitor?')).toBe('ndMonitor');
    expect(keyFromLabel('!!!')).toBe('field');
  });

  it('drops options and bounds a new type cannot hold', () => {
    const changed = changeFieldType(field({ type: 'select', options: ['A'] }), 'number');
    expect(changed).toMatchObject({ type: 'number', options: [] });
    expect(changeFieldType(field({ type: 'text', max: 4 }), 'longText').max).toBe(4);
    expect(changeFieldType(field({ type: 'text', max: 4 }), 'number')).not.toHaveProperty('max');
  });

  it('prunes ui:order of keys the schema no longer has', () => {
    const ui = syncUiOrder({ type: 'object', properties: { a: {} } }, { 'ui:order': ['b', 'a'] });
    expect(ui['ui:order']).toEqual(['a', '*']);
  });
});
