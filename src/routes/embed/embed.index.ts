/**
 * GET /embed/{widget}/{slug}: the iframe pages (the app caches them at the edge like the public reads).
 * The same widget as an image, /embed/{widget}/{slug}.png|.svg, is served by its own router (image.index.ts);
 * its route is documented here, beside the page's.
 */
import { database } from '../../db/client';
import { CACHE_CONTROL } from '../../http/cache-control';
import { Problem } from '../../http/problem';
import { createRouter } from '../../http/router';
import { loadEmbed } from './embed.data';
import { EMBED_CSP, embedPage } from './embed.page';
import { getEmbedPage } from './embed.routes';
import { getEmbedImage } from './image.routes';

export const embedRoutes = createRouter().openapi(getEmbedPage, async (c) => {
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
});
embedRoutes.openAPIRegistry.registerPath(getEmbedImage);
