import fc from 'fast-check';
import type { FieldType, FormField } from './form-builder-schema';
import { FIELD_TYPES, boundsLabel, hasOptions } from './form-builder-schema';

const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/);
const text = fc.string({ maxLength: 20 });
/** A choice as the builder keeps them: trimmed, never blank. */
const choice = fc
  .string({ minLength: 1, maxLength: 12 })
  .map((value) => value.trim())
  .filter((value) => value !== '');
const bound = (type: FieldType) =>
  type === 'number'
    ? fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined })
    : fc.option(fc.nat({ max: 50 }), { nil: undefined });

/** One field in the builder's canonical shape: nothing a type does not use. */
function fieldOf(fieldKey: string): fc.Arbitrary<FormField> {
  return fc.constantFrom(...FIELD_TYPES).chain((type) =>
    fc
      .record({
        label: text,
        required: fc.boolean(),
        helpText: text,
        options: hasOptions(type)
          ? fc.uniqueArray(choice, {
              minLength: 1,
              maxLength: 5,
            })
          : fc.constant<string[]>([]),
        integer: type === 'number' ? fc.boolean() : fc.constant(false),
        min: boundsLabel(type) ? bound(type) : fc.constant(undefined),
        max: boundsLabel(type) ? bound(type) : fc.constant(undefined),
      })
      .map(({ min, max, ...rest }) => {
        const field: FormField = { key: fieldKey, type, ...rest };
        if (min !== undefined) field.min = min;
        if (max !== undefined) field.max = max;
        return field;
      }),
  );
}

/** A list of fields with distinct keys, as the builder allows. */
export const formFields: fc.Arbitrary<FormField[]> = fc
  .uniqueArray(key, { maxLength: 6 })
  .chain((keys) => (keys.length === 0 ? fc.constant([]) : fc.tuple(...keys.map(fieldOf))));
