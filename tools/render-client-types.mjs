// Reads an OpenAPI document on stdin and writes the api-client's TypeScript types to stdout.
// A separate process because openapi-typescript's dependencies are ES modules, which the
// CommonJS API build and Jest cannot load in-process.
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * Generated from apps/api/openapi.json by \`npm run generate\`. Do not edit by hand.
 */

`;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const ast = await openapiTS(JSON.parse(Buffer.concat(chunks).toString('utf8')), {
  alphabetize: true,
  exportType: true,
  rootTypes: false,
});
process.stdout.write(HEADER + astToString(ast));
