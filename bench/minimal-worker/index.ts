/**
 * The yardstick of `npm run bench`'s cold-start rows: a minimal Hono Worker
 * on the same local D1, answering the same two URLs with one query each and
 * no validation, schemas, cache or pages. Whatever the Explainer Edge Worker
 * takes beyond this on a fresh `wrangler dev` is its own start-up.
 *
 * Started with `wrangler.edge-cache.toml` (`EDGE_CACHE`, `INTL_DATES`), it
 * also looks each read up in the Cache API and stores it, as any Worker with
 * an edge cache does, and its page gives the incident's date through `Intl`,
 * as any page in its reader's language does: the second yardstick, which
 * tells the platform's own first uses (the first Cache API lookup and store,
 * the first `Intl` formatter of the process) apart from the rest.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { Hono } from 'hono';
import { html } from 'hono/html';

const app = new Hono<{ Bindings: { DB: D1Database; EDGE_CACHE?: string; INTL_DATES?: string } }>();

app.use('*', async (c, next) => {
  if (!c.env.EDGE_CACHE) return next();
  const cache = await caches.open('public-reads');
  const copy = await cache.match(c.req.url);
  if (copy) return copy;
  await next();
  c.res.headers.set('Cache-Control', 'public, s-maxage=60');
  c.executionCtx.waitUntil(cache.put(c.req.url, c.res.clone()));
});

app.get('/api/v1/incidents/:slug', async (c) => {
  const row = await c.env.DB.prepare('SELECT * FROM incidents WHERE slug = ?').bind(c.req.param('slug')).first();
  return row ? c.json(row) : c.notFound();
});

app.get('/embed/:widget/:slug', async (c) => {
  const row = await c.env.DB.prepare('SELECT title, occurred_on FROM incidents WHERE slug = ?')
    .bind(c.req.param('slug'))
    .first<{ title: string; occurred_on: string }>();
  if (!row) return c.notFound();
  const date = c.env.INTL_DATES
    ? new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(row.occurred_on))
    : row.occurred_on;
  return c.html(html`<!doctype html><title>${row.title}</title><h1>${row.title}</h1><p>${date}</p>`);
});

export default app;
