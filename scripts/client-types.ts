/**
 * Regenerates clients/typescript/openapi.d.ts from the app's OpenAPI
 * document, or with `--check` fails (exit 1) when the file is stale, so a
 * route or schema change cannot ship without the client's types.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { clientTypes } from '../clients/typescript/generate';
import { openApiDocument } from '../src/routes/openapi/openapi.index';
import { runAsMain } from './run-as-main';

export const CLIENT_TYPES_PATH = fileURLToPath(new URL('../clients/typescript/openapi.d.ts', import.meta.url));

/** The client's types as the app's current OpenAPI document gives them. */
export async function currentClientTypes(): Promise<string> {
  return clientTypes(await openApiDocument());
}

if (runAsMain(import.meta.url)) {
  const expected = await currentClientTypes();
  if (process.argv.includes('--check')) {
    const actual = await readFile(CLIENT_TYPES_PATH, 'utf8').catch(() => '');
    if (actual !== expected) {
      console.error(
        'clients/typescript/openapi.d.ts is stale against the OpenAPI document: run `npm run client:types` and commit it.',
      );
      process.exit(1);
    }
  } else {
    await writeFile(CLIENT_TYPES_PATH, expected);
    console.log('Wrote clients/typescript/openapi.d.ts.');
  }
}
