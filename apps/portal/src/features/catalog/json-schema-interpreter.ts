/**
 * A JSON Schema draft-07 validator that interprets the schema on every call instead of compiling
 * it to JavaScript. Ajv compiles with `new Function`, which the portal's CSP (`script-src 'self'`,
 * no 'unsafe-eval') forbids, and forms are defined by administrators at run time, so they cannot
 * be compiled ahead of time either. Catalog forms are small, so interpreting costs microseconds.
 *
 * Errors have Ajv's shape (keyword, instancePath, schemaPath, params, message) and Ajv's wording,
 * so react-jsonschema-form turns them into field errors exactly as it does Ajv's, and the
 * requester reads the same messages the API (Ajv, draft-07, allErrors) would send. The API stays
 * the authority: remote `$ref`s and unknown formats are not checked here, only there.
 *
 * Why not @cfworker/json-schema, which also validates without eval: its errors are located by
 * keyword path and worded its own way ("Instance does not have required property ..."), while
 * rjsf needs Ajv's shape and the requester should read the API's words. Mapping them back would
 * cost as much code as this, and the property test could no longer compare with Ajv exactly.
 */

import {
  hasType,
  jsonEqual,
  numberProblems,
  plural,
  stringProblems,
  typeOf,
} from './json-schema-values';

export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
  /** The schema holding the failed keyword, as Ajv's `verbose` option gives it (rjsf reads titles from it). */
  parentSchema: boolean | Record<string, unknown>;
}

type Schema = boolean | Record<string, unknown>;

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

class Interpreter {
  readonly errors: SchemaError[] = [];

  constructor(private readonly root: Schema) {}

  private fail(
    parentSchema: Schema,
    keyword: string,
    instancePath: string,
    schemaPath: string,
    message: string,
    params: Record<string, unknown> = {},
  ) {
    this.errors.push({
      keyword,
      instancePath,
      schemaPath: `${schemaPath}/${keyword}`,
      params,
      message,
      parentSchema,
    });
  }

  /** Whether `value` matches `schema`, without reporting (for anyOf, oneOf, not, if, contains). */
  private matches(schema: Schema, value: unknown): boolean {
    const probe = new Interpreter(this.root);
    probe.validate(schema, value, '', '#');
    return probe.errors.length === 0;
  }

  private resolve(ref: string): Schema | undefined {
    // Only references into this document: the API rejects anything it cannot resolve at save.
    if (!ref.startsWith('#')) return undefined;
    let node: unknown = this.root;
    for (const segment of ref.slice(1).split('/').slice(1).map(unescapePointer)) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[decodeURIComponent(segment)];
    }
    return typeof node === 'boolean' || (typeof node === 'object' && node !== null)
      ? (node as Schema)
      : undefined;
  }

  validate(schema: Schema, value: unknown, path: string, at: string): void {
    if (schema === true) return;
    if (schema === false)
      return this.fail(schema, 'false schema', path, at, 'boolean schema is false');
    if (typeof schema.$ref === 'string') {
      // In draft-07 `$ref` replaces its siblings.
      const target = this.resolve(schema.$ref);
      if (target !== undefined) this.validate(target, value, path, `${at}/$ref`);
      return;
    }
    this.generic(schema, value, path, at);
    // Type-specific keywords apply only to values of their type, whatever `type` says.
    if (typeof value === 'string' || typeof value === 'number')
      this.scalar(schema, value, path, at);
    else if (Array.isArray(value)) this.array(schema, value, path, at);
    else if (typeOf(value) === 'object')
      this.object(schema, value as Record<string, unknown>, path, at);
    this.combinators(schema, value, path, at);
  }

  private generic(schema: Record<string, unknown>, value: unknown, path: string, at: string) {
    const type = schema.type;
    if (type !== undefined) {
      const types = Array.isArray(type) ? (type as string[]) : [type as string];
      if (!types.some((t) => hasType(value, t))) {
        this.fail(schema, 'type', path, at, `must be ${types.join(',')}`, {
          type: types.join(','),
        });
      }
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((option) => jsonEqual(option, value))) {
      this.fail(schema, 'enum', path, at, 'must be equal to one of the allowed values', {
        allowedValues: schema.enum,
      });
    }
    if ('const' in schema && !jsonEqual(schema.const, value)) {
      this.fail(schema, 'const', path, at, 'must be equal to constant', {
        allowedValue: schema.const,
      });
    }
  }

  private scalar(
    schema: Record<string, unknown>,
    value: string | number,
    path: string,
    at: string,
  ) {
    const problems =
      typeof value === 'string' ? stringProblems(schema, value) : numberProblems(schema, value);
    for (const problem of problems) {
      this.fail(schema, problem.keyword, path, at, problem.message, problem.params);
    }
  }

  private array(schema: Record<string, unknown>, value: unknown[], path: string, at: string) {
    const { maxItems, minItems, items, additionalItems, uniqueItems, contains } = schema;
    if (typeof maxItems === 'number' && value.length > maxItems) {
      this.fail(
        schema,
        'maxItems',
        path,
        at,
        `must NOT have more than ${plural(maxItems, 'items')}`,
        {
          limit: maxItems,
        },
      );
    }
    if (typeof minItems === 'number' && value.length < minItems) {
      this.fail(
        schema,
        'minItems',
        path,
        at,
        `must NOT have fewer than ${plural(minItems, 'items')}`,
        {
          limit: minItems,
        },
      );
    }
    if (Array.isArray(items)) {
      items.forEach((itemSchema: Schema, index) => {
        if (index < value.length)
          this.validate(itemSchema, value[index], `${path}/${index}`, `${at}/items/${index}`);
      });
      if (additionalItems === false && value.length > items.length) {
        this.fail(
          schema,
          'additionalItems',
          path,
          at,
          `must NOT have more than ${plural(items.length, 'items')}`,
          {
            limit: items.length,
          },
        );
      } else if (typeof additionalItems === 'object' && additionalItems !== null) {
        for (let index = items.length; index < value.length; index += 1) {
          this.validate(
            additionalItems as Schema,
            value[index],
            `${path}/${index}`,
            `${at}/additionalItems`,
          );
        }
      }
    } else if (items !== undefined) {
      value.forEach((item, index) =>
        this.validate(items as Schema, item, `${path}/${index}`, `${at}/items`),
      );
    }
    if (uniqueItems === true) {
      // Ajv's scan: from the end, the first item with an equal item after it (the nearest one).
      outer: for (let i = value.length - 2; i >= 0; i -= 1) {
        for (let j = i + 1; j < value.length; j += 1) {
          if (jsonEqual(value[i], value[j])) {
            this.fail(
              schema,
              'uniqueItems',
              path,
              at,
              `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
              { i, j },
            );
            break outer;
          }
        }
      }
    }
    if (contains !== undefined && !value.some((item) => this.matches(contains as Schema, item))) {
      // Like Ajv, say why each item failed, then that none matched.
      value.forEach((item, index) =>
        this.validate(contains as Schema, item, `${path}/${index}`, `${at}/contains`),
      );
      this.fail(schema, 'contains', path, at, 'must contain at least 1 valid item(s)', {
        minContains: 1,
      });
    }
  }

  private object(
    schema: Record<string, unknown>,
    value: Record<string, unknown>,
    path: string,
    at: string,
  ) {
    const keys = Object.keys(value);
    const { required, maxProperties, minProperties, dependencies, propertyNames } = schema;
    if (typeof maxProperties === 'number' && keys.length > maxProperties) {
      this.fail(
        schema,
        'maxProperties',
        path,
        at,
        `must NOT have more than ${plural(maxProperties, 'properties')}`,
        { limit: maxProperties },
      );
    }
    if (typeof minProperties === 'number' && keys.length < minProperties) {
      this.fail(
        schema,
        'minProperties',
        path,
        at,
        `must NOT have fewer than ${plural(minProperties, 'properties')}`,
        { limit: minProperties },
      );
    }
    if (Array.isArray(required)) {
      for (const name of required as string[]) {
        if (!Object.hasOwn(value, name) || value[name] === undefined) {
          this.fail(schema, 'required', path, at, `must have required property '${name}'`, {
            missingProperty: name,
          });
        }
      }
    }
    if (typeof dependencies === 'object' && dependencies !== null) {
      for (const [name, dependency] of Object.entries(dependencies)) {
        if (!Object.hasOwn(value, name)) continue;
        if (Array.isArray(dependency)) {
          for (const missing of (dependency as string[]).filter((d) => !Object.hasOwn(value, d))) {
            this.fail(
              schema,
              'dependencies',
              path,
              at,
              `must have property ${missing} when property ${name} is present`,
              {
                property: name,
                missingProperty: missing,
                depsCount: dependency.length,
                deps: dependency.join(', '),
              },
            );
          }
        } else {
          this.validate(
            dependency as Schema,
            value,
            path,
            `${at}/dependencies/${escapePointer(name)}`,
          );
        }
      }
    }
    if (propertyNames !== undefined) {
      for (const key of keys.filter((k) => !this.matches(propertyNames as Schema, k))) {
        this.fail(schema, 'propertyNames', path, at, 'property name must be valid', {
          propertyName: key,
        });
      }
    }
    this.properties(schema, value, path, at);
  }

  private properties(
    schema: Record<string, unknown>,
    value: Record<string, unknown>,
    path: string,
    at: string,
  ) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const patterns = Object.entries((schema.patternProperties ?? {}) as Record<string, Schema>).map(
      ([pattern, sub]) => [new RegExp(pattern, 'u'), pattern, sub] as const,
    );
    const { additionalProperties } = schema;
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const itemPath = `${path}/${escapePointer(key)}`;
      let known = false;
      if (Object.hasOwn(properties, key)) {
        known = true;
        this.validate(properties[key], item, itemPath, `${at}/properties/${escapePointer(key)}`);
      }
      for (const [regex, pattern, sub] of patterns) {
        if (!regex.test(key)) continue;
        known = true;
        this.validate(sub, item, itemPath, `${at}/patternProperties/${escapePointer(pattern)}`);
      }
      if (known || additionalProperties === undefined || additionalProperties === true) continue;
      if (additionalProperties === false) {
        this.fail(schema, 'additionalProperties', path, at, 'must NOT have additional properties', {
          additionalProperty: key,
        });
      } else {
        this.validate(additionalProperties as Schema, item, itemPath, `${at}/additionalProperties`);
      }
    }
  }

  private combinators(schema: Record<string, unknown>, value: unknown, path: string, at: string) {
    const { allOf, anyOf, oneOf, not } = schema;
    if (Array.isArray(allOf)) {
      allOf.forEach((sub: Schema, index) =>
        this.validate(sub, value, path, `${at}/allOf/${index}`),
      );
    }
    if (Array.isArray(anyOf) && !anyOf.some((sub: Schema) => this.matches(sub, value))) {
      // Like Ajv, say why each branch failed as well, so the field shows something useful.
      anyOf.forEach((sub: Schema, index) =>
        this.validate(sub, value, path, `${at}/anyOf/${index}`),
      );
      this.fail(schema, 'anyOf', path, at, 'must match a schema in anyOf');
    }
    if (Array.isArray(oneOf)) {
      const passing = oneOf.flatMap((sub: Schema, index) =>
        this.matches(sub, value) ? [index] : [],
      );
      if (passing.length === 0) {
        oneOf.forEach((sub: Schema, index) =>
          this.validate(sub, value, path, `${at}/oneOf/${index}`),
        );
      }
      if (passing.length !== 1) {
        this.fail(schema, 'oneOf', path, at, 'must match exactly one schema in oneOf', {
          passingSchemas: passing.length > 1 ? passing : null,
        });
      }
    }
    if (not !== undefined && this.matches(not as Schema, value)) {
      this.fail(schema, 'not', path, at, 'must NOT be valid');
    }
    if (schema.if !== undefined) {
      const branch = this.matches(schema.if as Schema, value) ? 'then' : 'else';
      const sub = schema[branch];
      if (sub !== undefined) {
        const before = this.errors.length;
        this.validate(sub as Schema, value, path, `${at}/${branch}`);
        if (this.errors.length > before) {
          this.fail(schema, 'if', path, at, `must match "${branch}" schema`, {
            failingKeyword: branch,
          });
        }
      }
    }
  }
}

/**
 * Every way `value` breaks `schema` (all errors, as Ajv's `allErrors`); `root` resolves `#...`
 * references and defaults to `schema`. An empty list means valid.
 */
export function validateJsonSchema(
  schema: Schema,
  value: unknown,
  root: Schema = schema,
): SchemaError[] {
  const interpreter = new Interpreter(root);
  interpreter.validate(schema, value, '', '#');
  return interpreter.errors;
}
