/**
 * The OpenAPI document as served, byte for byte. v1 only grows, and the
 * document is built on first request from routers loaded on demand: this
 * holds it to the one committed under __snapshots__/. A change to the
 * contract on purpose updates the snapshot with
 * `npx vitest run --project worker tests/worker/openapi-document.test.ts -u`,
 * and the diff shows exactly what changed for API clients.
 */
import { describe, expect, it } from 'vitest';
import { get } from './helpers';

describe('GET /api/v1/openapi.json', () => {
  it('serves the committed document, byte for byte', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const text = await res.text();
    // Compact JSON on the wire; the snapshot is the same document indented, for readable diffs.
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    await expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/openapi.json');
  });

  it('is the same document however many times, and after other routes have loaded', async () => {
    const first = await (await get('/api/v1/openapi.json')).text();
    await (await get('/admin')).arrayBuffer();
    await (await get('/health/live')).arrayBuffer();
    expect(await (await get('/api/v1/openapi.json')).text()).toBe(first);
  });
});
