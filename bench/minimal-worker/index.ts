/**
 * The yardstick of `npm run bench`'s cold-start rows: a minimal Hono Worker
 * on the same local D1, answering the same two URLs with one query each and
 * no validation, schemas, cache or pages. Whatever the Explainer Edge Worker
 * takes beyond this on a fresh `wrangler dev` is its own start-up.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { Hono } from 'hono';
import { html } from 'hono/html';

const app = new Hono<{ Bindings: { DB: D1Database } }>();

app.get('/api/v1/incidents/:slug', async (c) => {
  const row = await c.env.DB.prepare('SELECT * FROM incidents WHERE slug = ?').bind(c.req.param('slug')).first();
  return row ? c.json(row) : c.notFound();
});

app.get('/embed/:widget/:slug', async (c) => {
  const row = await c.env.DB.prepare('SELECT title FROM incidents WHERE slug = ?')
    .bind(c.req.param('slug'))
    .first<{ title: string }>();
  return row ? c.html(html`<!doctype html><title>${row.title}</title><h1>${row.title}</h1>`) : c.notFound();
});

export default app;
