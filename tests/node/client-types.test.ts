/**
 * The typed client's generated types (clients/typescript/openapi.d.ts) are
 * what openapi-typescript makes of the app's OpenAPI document today; the
 * same comparison runs in `npm run check` (scripts/client-types.ts).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clientTypes } from '../../clients/typescript/generate';
import { CLIENT_TYPES_PATH, currentClientTypes } from '../../scripts/client-types';
import { openApiDocument } from '../../src/routes/openapi/openapi.index';

const openapiDocument = async () =>
  JSON.parse(JSON.stringify(await openApiDocument())) as {
    paths: Record<string, unknown>;
  };

describe('the typed client’s types', () => {
  it('are current with the OpenAPI document', async () => {
    expect(await readFile(CLIENT_TYPES_PATH, 'utf8')).toBe(await currentClientTypes());
  });

  it('change when the document changes, so a stale file is caught', async () => {
    const doc = await openapiDocument();
    delete doc.paths['/api/v1/ceasefires/{slug}'];
    const types = await clientTypes(doc);
    expect(types).not.toBe(await currentClientTypes());
    expect(types).not.toContain('"/api/v1/ceasefires/{slug}"');
  });

  it('are never impossible: no nullable field of the document is an allOf that no null satisfies', async () => {
    const found: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (!value || typeof value !== 'object') return;
      const allOf = (value as { allOf?: { type?: unknown }[] }).allOf;
      if (allOf?.some((s) => [s.type].flat().includes('null'))) found.push(at);
      for (const [key, child] of Object.entries(value)) walk(child, `${at}/${key}`);
    };
    walk(await openapiDocument(), '#');
    expect(found).toEqual([]);
  });
});
