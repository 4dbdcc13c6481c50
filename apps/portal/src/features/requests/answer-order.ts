type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface AnswerField {
  name: string;
  /** The form's title for the field, when the form names it. */
  title: string | null;
}

/**
 * The answered fields in the order the form shows them: its `ui:order` (with `*` standing for
 * the rest, as react-jsonschema-form reads it), else the order of its properties; answers the
 * form no longer has come last, by name.
 */
export function orderedAnswers(
  answers: JsonObject,
  schema: unknown,
  uiSchema: unknown,
): AnswerField[] {
  const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  const declared = Object.keys(properties);
  const uiOrder =
    isObject(uiSchema) && Array.isArray(uiSchema['ui:order'])
      ? uiSchema['ui:order'].filter((entry): entry is string => typeof entry === 'string')
      : ['*'];
  const listed = uiOrder.filter((name) => name !== '*' && declared.includes(name));
  const rest = declared.filter((name) => !listed.includes(name));
  const star = uiOrder.indexOf('*');
  const formOrder =
    star === -1 ? [...listed, ...rest] : [...listed.slice(0, star), ...rest, ...listed.slice(star)];
  const unknown = Object.keys(answers)
    .filter((name) => !declared.includes(name))
    .sort();
  return [...formOrder.filter((name) => name in answers), ...unknown].map((name) => {
    const property = properties[name];
    const title = isObject(property) && typeof property.title === 'string' ? property.title : null;
    return { name, title };
  });
}
