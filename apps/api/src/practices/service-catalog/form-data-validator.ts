import { Injectable } from '@nestjs/common';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { createHash } from 'node:crypto';

/** One problem with a form or its data, at a JSON Pointer. */
export interface FormProblem {
  path: string;
  message: string;
}

/** Compiled validators kept; a tenant's catalog is small, so this covers every live form. */
const MAX_CACHED_VALIDATORS = 1000;

/**
 * Request forms are JSON Schema draft-07: the dialect of Ajv's default class and of
 * @rjsf/validator-ajv8, the portal's form renderer, so what the portal accepts the API accepts.
 *
 * A fresh Ajv instance per compile: Ajv caches every schema object it compiles and registers
 * every `$id`, so one shared instance would grow without bound and let two items' schemas
 * collide on an `$id`. Compiling is rare (cached below); construction costs about a millisecond.
 */
function newAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // Unknown keywords and formats are errors, so a typo ("requird", "emial") is caught when the
    // item is saved instead of silently validating nothing. Other strict checks only warn.
    strictSchema: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    logger: false,
    // Never change the caller's data: no defaults filled in, no type coercion.
    useDefaults: false,
    coerceTypes: false,
    addUsedSchema: false,
  });
  addFormats(ajv);
  return ajv;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function toProblem(error: ErrorObject, prefix: string): FormProblem {
  const params = error.params as Record<string, unknown>;
  const at = (name: unknown) => `${prefix}${error.instancePath}/${escapePointer(String(name))}`;
  switch (error.keyword) {
    case 'required':
    case 'dependencies':
    case 'dependentRequired':
      return { path: at(params.missingProperty), message: 'is required' };
    case 'additionalProperties':
      return { path: at(params.additionalProperty), message: 'is not allowed' };
    default:
      return { path: `${prefix}${error.instancePath}`, message: error.message ?? 'is invalid' };
  }
}

function toProblems(errors: ErrorObject[] | null | undefined, prefix: string): FormProblem[] {
  const seen = new Set<string>();
  const problems: FormProblem[] = [];
  // An `if` error only says "the then/else branch failed"; that branch's own errors say why.
  for (const error of (errors ?? []).filter((e) => e.keyword !== 'if')) {
    const problem = toProblem(error, prefix);
    const id = `${problem.path}\u0000${problem.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      problems.push(problem);
    }
  }
  return problems;
}

/**
 * Checks that a value is usable as a request form: a draft-07 JSON Schema for an object that
 * compiles. Paths point into the schema, prefixed with `prefix` (e.g. `/formSchema`).
 */
export function checkFormSchema(schema: Record<string, unknown>, prefix = ''): FormProblem[] {
  if (schema.type !== 'object') {
    return [{ path: `${prefix}/type`, message: 'a form schema must have "type": "object"' }];
  }
  if (schema.$async === true) {
    return [{ path: `${prefix}/$async`, message: 'asynchronous schemas are not supported' }];
  }
  const ajv = newAjv();
  try {
    if (!ajv.validateSchema(schema)) return toProblems(ajv.errors, prefix);
    ajv.compile(schema);
    return [];
  } catch (error) {
    // Strict-mode violations, unresolvable $refs and an unknown $schema dialect all end here.
    return [{ path: prefix || '/', message: (error as Error).message }];
  }
}

/**
 * Validates request form data against an item's form schema, reporting every error with a JSON
 * Pointer. Exported by the catalog module for the requests practice.
 */
@Injectable()
export class FormDataValidator {
  /** Keyed by a hash of the schema itself, so a changed form can never meet a stale validator. */
  private readonly compiled = new Map<string, ValidateFunction>();

  /**
   * @param schema a form schema that passed `checkFormSchema` (every stored schema has)
   * @param prefix prepended to each path, e.g. `/formData`
   * @returns no problems when the data is valid
   */
  validate(schema: Record<string, unknown>, data: unknown, prefix = ''): FormProblem[] {
    const validate = this.validatorFor(schema);
    return validate(data) ? [] : toProblems(validate.errors, prefix);
  }

  private validatorFor(schema: Record<string, unknown>): ValidateFunction {
    const key = createHash('sha256').update(JSON.stringify(schema)).digest('base64url');
    const hit = this.compiled.get(key);
    if (hit) {
      // Re-insert so Map order tracks recency and eviction drops the least recently used.
      this.compiled.delete(key);
      this.compiled.set(key, hit);
      return hit;
    }
    const validate = newAjv().compile(schema);
    if (this.compiled.size >= MAX_CACHED_VALIDATORS) {
      const oldest = this.compiled.keys().next().value;
      if (oldest !== undefined) this.compiled.delete(oldest);
    }
    this.compiled.set(key, validate);
    return validate;
  }
}
