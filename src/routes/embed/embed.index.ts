/**
 * GET /embed/{widget}/{slug}: the iframe pages, cached at the edge like the public reads;
 * GET /embed/{widget}/{slug}.png|.svg: the same widget as an image (image.handlers.ts), cached under its read's ETag.
 */
import { database } from '../../db/client';
import { edgeCache, publicCacheControl, type Refetch } from '../../http/cache';
import { Problem } from '../../http/problem';
import { createRouter } from '../../http/router';
import { loadEmbed } from './embed.data';
import { EMBED_CSP, embedPage } from './embed.page';
import { getEmbedPage } from './embed.routes';
import { imageHandler } from './image.handlers';
import { getEmbedImage, IMAGE_ROUTE_PATH } from './image.routes';

export function embedRoutes(refetch: Refetch) {
  const routes = createRouter();
  // Before the pages' cache and route: images have their own cache key and validation.
  routes.openAPIRegistry.registerPath(getEmbedImage);
  routes.get(IMAGE_ROUTE_PATH, imageHandler(refetch));
  routes.use('/embed/*', edgeCache(refetch));
  routes.openapi(getEmbedPage, async (c) => {
    const { widget, slug } = c.req.valid('param');
    const query = c.req.valid('query');
    const asOf = query.asOf ?? query['as-of'];
    const target = { widget, slug, lang: query.lang, theme: query.theme, asOf };
    const embed = await loadEmbed(database(c.env.DB), target);
    if (!embed) throw new Problem('not-found', `Nothing to embed at ${widget}/${slug}${asOf ? ` as of ${asOf}` : ''}.`);
    const origin = new URL(c.req.url).origin;
    c.header('Cache-Control', publicCacheControl);
    c.header('Content-Security-Policy', EMBED_CSP);
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    return c.html(embedPage(origin, target, embed), 200);
  });
  return routes;
}
