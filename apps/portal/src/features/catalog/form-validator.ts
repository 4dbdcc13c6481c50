import type {
  CustomValidator,
  ErrorTransformer,
  RJSFSchema,
  UiSchema,
  ValidationData,
  ValidatorType,
} from '@rjsf/utils';
// Only the error post-processing of the Ajv validator (it imports @rjsf/utils, never Ajv), so
// errors become field errors exactly as with @rjsf/validator-ajv8.
import processRawValidationErrors from '@rjsf/validator-ajv8/lib/processRawValidationErrors.js';
import { validateJsonSchema } from './json-schema-interpreter';

/**
 * Live validation of request forms that works under the API's CSP.
 *
 * The CSP (`script-src 'self'`, no 'unsafe-eval'; set in apps/api/src/app.factory.ts) forbids
 * `new Function`, which Ajv (and so @rjsf/validator-ajv8) needs to compile a schema. The options:
 * - loosening the CSP with 'unsafe-eval' would let any injected string run as code, for every
 *   page of the product, to validate a form: not a trade worth making;
 * - Ajv's standalone (precompiled) validators need the schemas at build time, but catalog forms
 *   are written by administrators at run time (and previewed before they are even saved);
 * - so the schema is interpreted instead (json-schema-interpreter), with Ajv-shaped errors fed to
 *   the Ajv validator's own error processing. The same validator runs in development, tests and
 *   production, so what the tests prove is what requesters get.
 */
class InterpretingValidator implements ValidatorType {
  rawValidation<Result = unknown>(schema: RJSFSchema, formData?: unknown): { errors?: Result[] } {
    const errors = validateJsonSchema(schema, formData);
    return { errors: errors.length > 0 ? (errors as Result[]) : undefined };
  }

  validateFormData(
    formData: unknown,
    schema: RJSFSchema,
    customValidate?: CustomValidator,
    transformErrors?: ErrorTransformer,
    uiSchema?: UiSchema,
  ): ValidationData<unknown> {
    return processRawValidationErrors(
      this,
      // Ajv's ErrorObject and SchemaError share every field the processing reads.
      { errors: validateJsonSchema(schema, formData) as never[] },
      formData,
      schema,
      customValidate,
      transformErrors,
      uiSchema,
    );
  }

  /** Used by react-jsonschema-form to pick `oneOf`/`anyOf` branches; `$ref`s resolve in the root. */
  isValid(schema: RJSFSchema, formData: unknown, rootSchema: RJSFSchema): boolean {
    return validateJsonSchema(schema, formData, rootSchema).length === 0;
  }
}

export const formValidator: ValidatorType = new InterpretingValidator();
