import type { Problem } from '@trellis/api-client';
import type { ErrorSchema } from '@rjsf/utils';

export interface SplitErrors {
  /** Errors inside the item's form, in react-jsonschema-form's shape. */
  form: ErrorSchema;
  /** Errors of the request's own fields (priority, justification, cost centre...), by name. */
  fields: Partial<Record<RequestField, string>>;
  /** Whatever cannot be shown beside a field. */
  other: string[];
}

const REQUEST_FIELDS = ['priority', 'justification', 'costCenterId', 'requestedForId'] as const;
type RequestField = (typeof REQUEST_FIELDS)[number];
const isRequestField = (name: string | undefined): name is RequestField =>
  (REQUEST_FIELDS as readonly (string | undefined)[]).includes(name);

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * Places the API's 400 `errors[]` (JSON Pointers into the request body) beside the fields they
 * are about: `/formData/...` into the form, `/priority`, `/justification`, `/costCenterId` and
 * `/requestedForId` beside those inputs,
 * and the rest into a list for an alert.
 */
export function splitProblemErrors(problem: Problem): SplitErrors {
  const result: SplitErrors = { form: {}, fields: {}, other: [] };
  for (const error of problem.errors ?? []) {
    const [, head, ...rest] = error.path.split('/').map(unescape);
    if (head === 'formData' && rest.length > 0) {
      let node = result.form as Record<string, unknown>;
      for (const segment of rest) {
        node[segment] ??= {};
        node = node[segment] as Record<string, unknown>;
      }
      node['__errors'] = [...((node['__errors'] as string[] | undefined) ?? []), error.message];
    } else if (isRequestField(head) && rest.length === 0) {
      result.fields[head] = error.message;
    } else {
      result.other.push(`${error.path || 'Request'}: ${error.message}`);
    }
  }
  return result;
}
