/**
 * Builds form data that satisfies a catalog item's JSON Schema (required fields only), so request
 * tests do not hard-code each demo form. Covers the keywords the demo forms use.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
};

export function validFormData(schema: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of schema.required ?? []) out[key] = valueFor(schema.properties?.[key] ?? {});
  return out;
}

function valueFor(schema: Schema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.oneOf?.length) return valueFor(schema.oneOf[0]);
  if (schema.anyOf?.length) return valueFor(schema.anyOf[0]);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () =>
        valueFor(schema.items ?? { type: 'string' }),
      );
    case 'object':
      return validFormData(schema);
    case undefined:
    default:
      if (schema.format === 'email') return 'someone@acme.test';
      if (schema.format === 'date') return '2030-01-15';
      if (schema.format === 'date-time') return '2030-01-15T09:00:00Z';
      if (schema.format === 'uri') return 'https://example.test/';
      return 'x'.repeat(Math.max(schema.minLength ?? 12, 12));
  }
}
