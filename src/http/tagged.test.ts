import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { describe, expect, it } from 'vitest';
import { taggedJson } from './tagged';

/** The same value answered through Hono's `etag()`, once hashed by it and once tagged beforehand. */
const app = new Hono()
  .use(etag())
  .get('/hashed', (c) => c.json(VALUE, 200))
  .get('/tagged', (c) => taggedJson(c, VALUE));
const VALUE = { title: 'Deir ez-Zor — دير الزور', figures: [62, 83], note: 'not “verified”' };

describe('a read tagged before etag()', () => {
  it('carries the tag etag() would hash from its bytes, with the same body and type', async () => {
    const [hashed, tagged] = await Promise.all([app.request('/hashed'), app.request('/tagged')]);
    expect(tagged.headers.get('ETag')).toMatch(/^"[0-9a-f]{40}"$/);
    expect(tagged.headers.get('ETag')).toBe(hashed.headers.get('ETag'));
    expect(tagged.headers.get('Content-Type')).toBe(hashed.headers.get('Content-Type'));
    expect(await tagged.text()).toBe(await hashed.text());
  });

  it('is answered 304 by etag() when the client has it', async () => {
    const tag = (await app.request('/tagged')).headers.get('ETag') as string;
    const again = await app.request('/tagged', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
  });
});
