/**
 * Editing the form builder's fields: what must be fixed before they make a sensible form, new
 * fields, and changing a field's type. The schema mapping is in form-builder-schema.ts.
 */
import type { FieldType, FormField } from './form-builder-schema';
import { FIELD_KEY_PATTERN, boundsLabel, hasOptions } from './form-builder-schema';

export interface FieldProblem {
  /** Index of the field, or null for the whole form. */
  index: number | null;
  message: string;
}

/** What must be fixed before the fields make a sensible form. */
export function fieldProblems(fields: readonly FormField[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  fields.forEach((field, index) => {
    const report = (message: string) => problems.push({ index, message });
    if (field.label.trim() === '') report('Give the field a label.');
    if (!FIELD_KEY_PATTERN.test(field.key)) {
      report('The key must start with a letter and use only letters, digits and _.');
    } else if (seen.has(field.key)) {
      report(`The key "${field.key}" is already used by field ${(seen.get(field.key) ?? 0) + 1}.`);
    } else seen.set(field.key, index);
    if (hasOptions(field.type)) {
      if (field.options.length === 0) report('Add at least one choice.');
      if (new Set(field.options).size !== field.options.length) report('Choices must differ.');
      if (field.options.some((option) => option.trim() === ''))
        report('Choices must not be blank.');
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      report('The minimum is above the maximum.');
    }
    if (
      field.type !== 'number' &&
      [field.min, field.max].some((b) => b !== undefined && (b < 0 || !Number.isInteger(b)))
    ) {
      report('Limits must be whole numbers of zero or more.');
    }
  });
  return problems;
}

/** A new field of a type, with a key no other field has. */
export function newField(type: FieldType, existing: readonly FormField[]): FormField {
  const taken = new Set(existing.map((field) => field.key));
  let n = existing.length + 1;
  while (taken.has(`field${n}`)) n += 1;
  return {
    key: `field${n}`,
    label: '',
    type,
    required: false,
    helpText: '',
    options: hasOptions(type) ? ['Option 1'] : [],
    integer: false,
  };
}

/** The field as another type: what the new type cannot hold is dropped. */
export function changeFieldType(field: FormField, type: FieldType): FormField {
  const next: FormField = {
    key: field.key,
    label: field.label,
    type,
    required: field.required,
    helpText: field.helpText,
    options: hasOptions(type) ? (field.options.length > 0 ? field.options : ['Option 1']) : [],
    integer: type === 'number' ? field.integer : false,
  };
  if (boundsLabel(type) === boundsLabel(field.type)) {
    if (field.min !== undefined) next.min = field.min;
    if (field.max !== undefined) next.max = field.max;
  }
  return next;
}
