/** GET /embed/{widget}/{slug}: the iframe pages (the app caches them at the edge like the public reads). */
import { database } from '../../db/client';
import { publicCacheControl } from '../../http/cache';
import { Problem } from '../../http/problem';
import { cacheControlFor } from '../../http/recorded-reads';
import { createRouter } from '../../http/router';
import { loadEmbed } from './embed.data';
import { EMBED_CSP, embedPage } from './embed.page';
import { getEmbedPage } from './embed.routes';

export const embedRoutes = createRouter().openapi(getEmbedPage, async (c) => {
  const { widget, slug } = c.req.valid('param');
  const query = c.req.valid('query');
  const asOf = query.asOf ?? query['as-of'];
  const seenAt = query.seenAt ?? query['seen-at'];
  const target = { widget, slug, lang: query.lang, theme: query.theme, asOf, seenAt };
  const embed = await loadEmbed(database(c.env.DB), target);
  if (!embed) {
    const when = `${asOf ? ` as of ${asOf}` : ''}${seenAt ? ` as published at ${seenAt}` : ''}`;
    throw new Problem('not-found', `Nothing to embed at ${widget}/${slug}${when}.`);
  }
  const origin = new URL(c.req.url).origin;
  c.header('Cache-Control', cacheControlFor(new URL(c.req.url), publicCacheControl));
  c.header('Content-Security-Policy', EMBED_CSP);
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  return c.html(embedPage(origin, target, embed), 200);
});
