import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The api-client's TypeScript types for a spec (openapi-typescript), exactly as committed. */
export function renderClientTypes(spec: string, root = process.cwd()): string {
  return execFileSync(process.execPath, [join(root, 'tools/render-client-types.mjs')], {
    input: spec,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
