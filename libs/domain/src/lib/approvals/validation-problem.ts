/**
 * One thing wrong with a submitted document, located by a JSON Pointer (RFC 6901) into the
 * request body, e.g. `/levels/0/rule/percent`. The API returns a list of these in the `errors`
 * member of a 400 problem details response, and the portal puts each message beside its field.
 */
export interface ValidationProblem {
  readonly path: string;
  readonly message: string;
}
