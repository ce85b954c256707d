/**
 * GET /embed/{widget}/{slug}: the iframe pages (the app caches them at the edge like the public reads). A plain
 * Hono handler behind hand-written checks (src/http/public-route.ts).
 */
import { Hono } from 'hono';
import { database } from '../../db/client';
import type { AppEnv } from '../../env';
import { CACHE_CONTROL } from '../../http/cache-control';
import { embedParams, embedQuery } from '../../http/checks';
import { Problem } from '../../http/problem';
import { servePublic } from '../../http/public-route';
import { loadEmbed } from './embed.data';
import { EMBED_CSP, embedPage } from './embed.page';

export const embedRoutes = new Hono<AppEnv>();
servePublic(
  embedRoutes,
  {
    method: 'get',
    path: '/embed/{widget}/{slug}',
    contract: () => import('./embed.routes').then((m) => m.getEmbedPage),
    query: embedQuery,
    params: embedParams,
  },
  async (c) => {
    const { widget, slug } = c.req.valid('param');
    const query = c.req.valid('query');
    const asOf = query.asOf ?? query['as-of'];
    const target = { widget, slug, lang: query.lang, theme: query.theme, asOf };
    const embed = await loadEmbed(database(c.env.DB), target);
    if (!embed) throw new Problem('not-found', `Nothing to embed at ${widget}/${slug}${asOf ? ` as of ${asOf}` : ''}.`);
    const origin = new URL(c.req.url).origin;
    c.header('Cache-Control', CACHE_CONTROL.publicRead);
    c.header('Content-Security-Policy', EMBED_CSP);
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    return c.html(embedPage(origin, target, embed), 200);
  },
);
