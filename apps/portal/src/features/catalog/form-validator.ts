import type { ValidatorType } from '@rjsf/utils';
import ajvValidator from '@rjsf/validator-ajv8';

/**
 * Whether this page may compile code at run time. ajv (and so react-jsonschema-form's live
 * validation) compiles each schema with `new Function`, which the API's CSP (`script-src 'self'`,
 * no 'unsafe-eval') rightly forbids in production; the Vite dev server and the tests allow it.
 */
function canCompileCode(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a probe, never executed
    new Function('');
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the CSP forbids compiling, answers are checked by the API instead (with the same schema):
 * its 400 `errors[]` are shown beside the fields. `isValid` only matters for `oneOf`/`anyOf`
 * forms, which the catalog does not use yet.
 *
 * TODO: validate live under the CSP too, with a JSON Schema validator that interprets instead of
 * compiling (e.g. @cfworker/json-schema wrapped as a ValidatorType).
 */
const serverSideValidator: ValidatorType = {
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  isValid: () => true,
  rawValidation: () => ({ errors: [] }),
};

export const formValidator: ValidatorType = canCompileCode() ? ajvValidator : serverSideValidator;
