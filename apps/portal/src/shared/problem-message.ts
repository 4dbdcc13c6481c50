import { isProblem } from '@trellis/api-client';

/**
 * A sentence for a person from whatever a failed call produced: the API's problem `detail` (or its
 * `title`), else a network failure (fetch rejects with a TypeError when the server is unreachable).
 */
export function problemMessage(error: unknown): string {
  if (isProblem(error)) return error.detail ?? error.title;
  if (error instanceof TypeError)
    return 'Trellis could not be reached. Check your connection and try again.';
  return 'Something went wrong. Please try again.';
}
