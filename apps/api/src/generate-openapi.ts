import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createApp } from './app.factory';
import { loadConfig } from './platform/config/app-config';
import { renderClientTypes } from './platform/openapi/client-types';
import { buildOpenApiDocument, serializeOpenApi } from './platform/openapi/openapi';

export const OPENAPI_PATH = 'apps/api/openapi.json';
export const CLIENT_TYPES_PATH = 'libs/api-client/src/generated/schema.d.ts';

/**
 * Renders the OpenAPI document without a database: the module graph is built in preview mode, so
 * no provider (and no connection) is created. Placeholder settings satisfy validation only.
 */
export async function renderOpenApi(): Promise<string> {
  const config = loadConfig({
    DATABASE_URL: 'postgres://openapi@localhost:1/none',
    JWT_SECRET: 'openapi-generation-placeholder-secret-0000',
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config, { preview: true });
  try {
    return serializeOpenApi(buildOpenApiDocument(app));
  } finally {
    await app.close();
  }
}

/** `npm run generate`: the committed spec and the api-client types, from the code. */
async function generate(root: string): Promise<void> {
  const spec = await renderOpenApi();
  writeFileSync(join(root, OPENAPI_PATH), spec);
  const types = renderClientTypes(spec, root);
  mkdirSync(dirname(join(root, CLIENT_TYPES_PATH)), { recursive: true });
  writeFileSync(join(root, CLIENT_TYPES_PATH), types);
  process.stdout.write(`Wrote ${OPENAPI_PATH} and ${CLIENT_TYPES_PATH}\n`);
}

if (require.main === module) {
  generate(process.cwd()).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
