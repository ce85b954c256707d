/**
 * Writes the client's types from an OpenAPI document (openapi-typescript).
 * Used by the repository's `npm run client:types` (and its `--check` in
 * `npm run check`); not part of the installed package.
 */
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * The Explainer Edge API's types, generated from its OpenAPI document by
 * openapi-typescript. Do not edit: run \`npm run client:types\` in the
 * repository instead (\`npm run check\` fails while this file is stale).
 */

`;

/** The text of `openapi.d.ts` for this document. */
export async function clientTypes(document: object): Promise<string> {
  // openapi-typescript reads a parsed document as a plain object; a copy keeps the caller's untouched.
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { alphabetize: false });
  return HEADER + astToString(ast);
}
