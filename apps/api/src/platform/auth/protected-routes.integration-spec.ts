import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';

interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
}

/** Every operation of the committed OpenAPI document that declares bearer security. */
function protectedOperations(): { method: string; path: string; operationId: string }[] {
  const spec = JSON.parse(readFileSync(join(__dirname, '../../../openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, Operation>>;
  };
  const out: { method: string; path: string; operationId: string }[] = [];
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (operation.security?.some((requirement) => 'bearer' in requirement)) {
        out.push({ method: method.toUpperCase(), path, operationId: operation.operationId });
      }
    }
  }
  return out;
}

const SAMPLE_UUID = '00000000-0000-4000-8000-000000000000';

describe('closed by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const operations = protectedOperations();

  it('finds the protected operations in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it('documents every operation as either public or bearer-protected', () => {
    const spec: { paths: Record<string, Record<string, Operation>> } = JSON.parse(
      readFileSync(join(__dirname, '../../../openapi.json'), 'utf8'),
    );
    for (const ops of Object.values(spec.paths)) {
      for (const op of Object.values(ops)) expect(op.security).toBeDefined();
    }
  });

  it.each(operations.map((o) => [o.operationId, o.method, o.path] as const))(
    '%s (%s %s) answers 401 problem details without a token, with a junk token and with a junk API token',
    async (_id, method, path) => {
      const url = path.replace(/\{[^}]+\}/g, SAMPLE_UUID);
      for (const token of [undefined, 'junk', 'trl_junk']) {
        const response = await t.request({
          method: method as 'GET',
          url,
          token,
          payload: method === 'GET' || method === 'DELETE' ? undefined : {},
        });
        expect(response.statusCode).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    },
  );
});
