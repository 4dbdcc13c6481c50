/**
 * The form builder's model and its mapping to what the API stores: a JSON Schema (draft-07,
 * validated by the API and by the requester's form) and a react-jsonschema-form uiSchema.
 * Pure functions, so the mapping is tested on its own (form-builder-schema.spec.ts).
 */

export const FIELD_TYPES = [
  'text',
  'longText',
  'number',
  'date',
  'select',
  'multiSelect',
  'checkbox',
  'user',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FIELD_TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  text: 'Text',
  longText: 'Long text',
  number: 'Number',
  date: 'Date',
  select: 'Select',
  multiSelect: 'Multi-select',
  checkbox: 'Checkbox',
  user: 'Person (picked from the directory)',
};

/** One question of a request form. */
export interface FormField {
  /** The property name in the submitted answers. */
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** Shown under the field; '' for none. */
  helpText: string;
  /** The choices of a select or multi-select; [] for other types. */
  options: string[];
  /** Whole numbers only; number fields only. */
  integer: boolean;
  /** Characters for text, the value for numbers, choices for multi-select; absent for none. */
  min?: number;
  max?: number;
}

export type JsonObject = Record<string, unknown>;

export interface FormDefinition {
  schema: JsonObject;
  uiSchema: JsonObject;
}

/** Which types take options, and what min/max mean for each type (null: no bounds). */
export const hasOptions = (type: FieldType) => type === 'select' || type === 'multiSelect';
export function boundsLabel(type: FieldType): string | null {
  switch (type) {
    case 'text':
    case 'longText':
      return 'characters';
    case 'number':
      return 'value';
    case 'multiSelect':
      return 'choices';
    case 'date':
    case 'select':
    case 'checkbox':
    case 'user':
      return null;
  }
}

const BOUND_KEYWORDS: Partial<Record<FieldType, readonly [string, string]>> = {
  text: ['minLength', 'maxLength'],
  longText: ['minLength', 'maxLength'],
  number: ['minimum', 'maximum'],
  multiSelect: ['minItems', 'maxItems'],
};

export const FIELD_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** A property name from a label: "Cost centre code" -> "costCentreCode". */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const key = words
    .map((word, index) =>
      index === 0 ? word.toLowerCase() : word[0].toUpperCase() + word.slice(1).toLowerCase(),
    )
    .join('')
    .replace(/^[0-9]+/, '');
  return key.slice(0, 64) || 'field';
}

function propertySchema(field: FormField): JsonObject {
  const base: JsonObject = { title: field.label };
  if (field.helpText !== '') base.description = field.helpText;
  const bounds = BOUND_KEYWORDS[field.type];
  const withBounds = (schema: JsonObject): JsonObject => {
    if (bounds && field.min !== undefined) schema[bounds[0]] = field.min;
    if (bounds && field.max !== undefined) schema[bounds[1]] = field.max;
    return schema;
  };
  switch (field.type) {
    case 'text':
    case 'longText':
      return withBounds({ type: 'string', ...base });
    case 'number':
      return withBounds({ type: field.integer ? 'integer' : 'number', ...base });
    case 'date':
      return { type: 'string', format: 'date', ...base };
    case 'user':
      return { type: 'string', format: 'email', ...base };
    case 'select':
      return { type: 'string', ...base, enum: [...field.options] };
    case 'multiSelect':
      return withBounds({
        type: 'array',
        ...base,
        uniqueItems: true,
        items: { type: 'string', enum: [...field.options] },
      });
    case 'checkbox':
      return { type: 'boolean', ...base };
  }
}

function propertyUi(field: FormField): JsonObject | null {
  switch (field.type) {
    case 'longText':
      return { 'ui:widget': 'textarea' };
    case 'multiSelect':
      return { 'ui:widget': 'checkboxes' };
    case 'user':
      return { 'ui:placeholder': 'Name or email' };
    case 'text':
    case 'number':
    case 'date':
    case 'select':
    case 'checkbox':
      return null;
  }
}

/** The JSON Schema and uiSchema of a list of fields, in their order. */
export function fieldsToSchema(fields: readonly FormField[]): FormDefinition {
  const properties: JsonObject = {};
  const uiSchema: JsonObject = {};
  for (const field of fields) {
    properties[field.key] = propertySchema(field);
    const ui = propertyUi(field);
    if (ui) uiSchema[field.key] = ui;
  }
  // The database stores JSON as jsonb, which does not keep key order: the order lives here.
  uiSchema['ui:order'] = [...fields.map((field) => field.key), '*'];
  const required = fields.filter((field) => field.required).map((field) => field.key);
  const schema: JsonObject = {
    type: 'object',
    ...(required.length > 0 ? { required } : {}),
    properties,
    additionalProperties: false,
  };
  return { schema, uiSchema };
}

export interface ParsedForm {
  /** The fields the builder can show, in form order. */
  fields: FormField[];
  /** What the builder cannot represent (and would drop), one sentence each. */
  unsupported: string[];
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The keywords each field type may carry; anything else is not representable. */
const COMMON_KEYS = ['type', 'title', 'description'];
function allowedKeys(type: FieldType): string[] {
  const bounds = BOUND_KEYWORDS[type] ?? [];
  switch (type) {
    case 'date':
    case 'user':
      return [...COMMON_KEYS, 'format'];
    case 'select':
      return [...COMMON_KEYS, 'enum'];
    case 'multiSelect':
      return [...COMMON_KEYS, 'items', 'uniqueItems', ...bounds];
    case 'text':
    case 'longText':
    case 'number':
    case 'checkbox':
      return [...COMMON_KEYS, ...bounds];
  }
}

/** The field type a property maps to, or `{ unsupported }` saying what the builder lacks. */
function detectType(property: JsonObject, ui: JsonObject): FieldType | { unsupported: string } {
  const widget = ui['ui:widget'];
  switch (property.type) {
    case 'string':
      if (property.format === 'date') return 'date';
      if (property.format === 'email') return 'user';
      if (property.format !== undefined) {
        return { unsupported: `the format ${JSON.stringify(property.format)}` };
      }
      if (property.enum !== undefined) return 'select';
      return widget === 'textarea' ? 'longText' : 'text';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'checkbox';
    case 'array': {
      const items = property.items;
      const ok =
        isObject(items) &&
        items.type === 'string' &&
        isStringList(items.enum) &&
        Object.keys(items).length === 2 &&
        property.uniqueItems === true;
      return ok
        ? 'multiSelect'
        : { unsupported: 'a list that is not a multi-select of text choices' };
    }
    default:
      return { unsupported: `the type ${JSON.stringify(property.type)}` };
  }
}

function parseField(key: string, property: unknown, ui: unknown, required: boolean) {
  const problems: string[] = [];
  if (!isObject(property)) return { problems: [`"${key}" is not a schema object.`] };
  const uiObject = isObject(ui) ? ui : {};
  const fieldType = detectType(property, uiObject);
  if (typeof fieldType === 'object') {
    return { problems: [`"${key}" uses ${fieldType.unsupported}, which the builder cannot show.`] };
  }
  const extra = Object.keys(property).filter((name) => !allowedKeys(fieldType).includes(name));
  if (extra.length > 0) {
    problems.push(
      `"${key}" uses ${extra.map((name) => `"${name}"`).join(', ')}, which the builder cannot show.`,
    );
  }
  if (!FIELD_KEY_PATTERN.test(key)) problems.push(`The key "${key}" is not a simple name.`);
  const options =
    fieldType === 'select' ? property.enum : (property.items as JsonObject | undefined)?.enum;
  if (hasOptions(fieldType) && !isStringList(options)) {
    problems.push(`"${key}" has choices that are not all text.`);
  }
  const bounds = BOUND_KEYWORDS[fieldType];
  const bound = (name: string | undefined) => {
    const value = name === undefined ? undefined : property[name];
    if (value !== undefined && typeof value !== 'number')
      problems.push(`"${key}" has a non-numeric "${name}".`);
    return typeof value === 'number' ? value : undefined;
  };
  const field: FormField = {
    key,
    label: typeof property.title === 'string' ? property.title : key,
    type: fieldType,
    required,
    helpText: typeof property.description === 'string' ? property.description : '',
    options: hasOptions(fieldType) && isStringList(options) ? [...options] : [],
    integer: property.type === 'integer',
  };
  const min = bound(bounds?.[0]);
  const max = bound(bounds?.[1]);
  if (min !== undefined) field.min = min;
  if (max !== undefined) field.max = max;
  return { field, problems };
}

const ROOT_KEYS = ['type', 'properties', 'required', 'additionalProperties'];

/**
 * The builder's fields for a schema and uiSchema, as far as they are representable, and what is
 * not. A field with something unrepresentable is still returned when its type is known (its
 * extra keywords are what `unsupported` lists); one of an unknown type is left out.
 */
export function schemaToFields(schema: unknown, uiSchema: unknown = {}): ParsedForm {
  if (!isObject(schema) || schema.type !== 'object') {
    return { fields: [], unsupported: ['The schema must be an object with "type": "object".'] };
  }
  const ui = isObject(uiSchema) ? uiSchema : {};
  const unsupported: string[] = [];
  const extraRoot = Object.keys(schema).filter((name) => !ROOT_KEYS.includes(name));
  if (extraRoot.length > 0) {
    unsupported.push(
      `The form uses ${extraRoot.map((name) => `"${name}"`).join(', ')} at the top level.`,
    );
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    unsupported.push('The form accepts answers beyond its fields ("additionalProperties").');
  }
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(isStringList(schema.required) ? schema.required : []);
  for (const name of required) {
    if (!Object.hasOwn(properties, name))
      unsupported.push(`"${name}" is required but has no field.`);
  }
  const order = isStringList(ui['ui:order']) ? ui['ui:order'].filter((key) => key !== '*') : [];
  const keys = [
    ...order.filter((key) => Object.hasOwn(properties, key)),
    ...Object.keys(properties).filter((key) => !order.includes(key)),
  ];
  const fields: FormField[] = [];
  for (const key of keys) {
    const parsed = parseField(key, properties[key], ui[key], required.has(key));
    unsupported.push(...parsed.problems);
    if (parsed.field) fields.push(parsed.field);
  }
  return { fields, unsupported };
}

/** The uiSchema's order without keys the schema no longer has (react-jsonschema-form refuses those). */
export function syncUiOrder(schema: unknown, uiSchema: JsonObject): JsonObject {
  const order = uiSchema['ui:order'];
  if (!isStringList(order) || !isObject(schema)) return uiSchema;
  const properties = isObject(schema.properties) ? schema.properties : {};
  const kept = order.filter((key) => key === '*' || Object.hasOwn(properties, key));
  return { ...uiSchema, 'ui:order': kept.includes('*') ? kept : [...kept, '*'] };
}
