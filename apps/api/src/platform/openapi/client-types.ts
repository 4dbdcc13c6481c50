import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * Generated from apps/api/openapi.json by \`npm run generate\`. Do not edit by hand.
 */

`;

/** The api-client's TypeScript types for a spec (openapi-typescript), as committed. */
export async function renderClientTypes(spec: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(spec) as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    exportType: true,
    rootTypes: false,
  });
  return HEADER + astToString(ast);
}
