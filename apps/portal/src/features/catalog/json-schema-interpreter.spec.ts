import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formFields } from '../catalog-admin/form-builder-arbitraries';
import { fieldsToSchema } from '../catalog-admin/form-builder-schema';
import { validateJsonSchema } from './json-schema-interpreter';

/** Ajv as the API configures it (form-data-validator.ts): the reference the interpreter must match. */
const ajv = new Ajv({
  allErrors: true,
  strictTypes: false,
  strictRequired: false,
  logger: false,
  addUsedSchema: false,
});
addFormats(ajv);

function ajvErrors(schema: Record<string, unknown>, data: unknown) {
  const validate = ajv.compile(schema);
  validate(data);
  return validate.errors ?? [];
}

const summary = (errors: { keyword: string; instancePath: string; message?: string }[]) =>
  errors.map((e) => `${e.instancePath} ${e.keyword} ${e.message ?? ''}`).sort();

const answer = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    '2024-02-29',
    '2023-02-29',
    '2024-13-01',
    'someone@acme.test',
    'not-an-email',
    'S',
    'M',
  ),
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ min: -100, max: 100, noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom('S', 'M', 'Option 1', 'x'), { maxLength: 4 }),
);

// Compiling hundreds of schemas with Ajv takes seconds on a busy machine.
describe('validateJsonSchema', { timeout: 60_000 }, () => {
  it('finds exactly the errors Ajv finds for builder forms and any answers', () => {
    fc.assert(
      fc.property(
        formFields.chain((fields) => {
          const keys = [...fields.map((f) => f.key), 'unexpected'];
          return fc.tuple(
            fc.constant(fields),
            fc.dictionary(fc.constantFrom(...keys), answer, { maxKeys: keys.length }),
          );
        }),
        ([fields, data]) => {
          const { schema } = fieldsToSchema(fields);
          expect(summary(validateJsonSchema(schema, data))).toEqual(
            summary(ajvErrors(schema, data)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('handles the draft-07 keywords hand-written forms use like Ajv does', () => {
    const schema = {
      type: 'object',
      definitions: { code: { type: 'string', pattern: '^[A-Z]{3}$' } },
      properties: {
        code: { $ref: '#/definitions/code' },
        reason: { type: 'string', enum: ['upgrade', 'other'] },
        details: { type: 'string', minLength: 5 },
        ram: { type: 'integer', multipleOf: 8, exclusiveMinimum: 0 },
        tags: { type: 'array', items: { type: 'string' }, contains: { const: 'vpn' } },
        when: { type: 'string', format: 'date-time' },
      },
      required: ['code'],
      if: { properties: { reason: { const: 'other' } }, required: ['reason'] },
      then: { required: ['details'] },
      dependencies: { ram: ['reason'] },
      anyOf: [{ required: ['code'] }, { required: ['tags'] }],
      not: { required: ['forbidden'] },
    };
    const samples: unknown[] = [
      { code: 'ABC' },
      { code: 'abc', reason: 'other' },
      { code: 'ABC', reason: 'other', details: 'long enough' },
      { code: 'ABC', ram: 12 },
      { ram: 0, tags: ['x'], forbidden: 1 },
      { code: 'ABC', tags: ['vpn'], when: '2024-01-01T10:00:00Z' },
      { code: 'ABC', when: 'yesterday' },
      'not an object',
    ];
    for (const data of samples) {
      expect(summary(validateJsonSchema(schema, data))).toEqual(summary(ajvErrors(schema, data)));
    }
  });
});
