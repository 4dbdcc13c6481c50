import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_TYPES_PATH, OPENAPI_PATH, renderOpenApi } from '../../generate-openapi';
import { renderClientTypes } from './client-types';

const root = join(__dirname, '../../../../..');

describe('the committed OpenAPI document and client', () => {
  let spec: string;
  beforeAll(async () => {
    spec = await renderOpenApi();
  });

  it('matches the code (run `npm run generate` if this fails)', () => {
    expect(readFileSync(join(root, OPENAPI_PATH), 'utf8')).toBe(spec);
  });

  it('has client types generated from it (run `npm run generate` if this fails)', () => {
    expect(readFileSync(join(root, CLIENT_TYPES_PATH), 'utf8')).toBe(renderClientTypes(spec, root));
  });

  it('is deterministic: rendering twice gives the same bytes', async () => {
    expect(await renderOpenApi()).toBe(spec);
  });

  it('names every operation after its controller method, uniquely', () => {
    const document = JSON.parse(spec);
    const ids: string[] = Object.values(document.paths).flatMap((ops) =>
      Object.values(ops as Record<string, { operationId: string }>).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('login');
    expect(document.openapi).toBe('3.1.0');
  });
});
