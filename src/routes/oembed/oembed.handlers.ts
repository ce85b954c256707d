import type { RouteHandler } from '@hono/zod-openapi';
import type { OEmbedShape } from '../../../shared/contract/oembed';
import { EMBED_WIDTH, iframeSnippet, parseEmbedUrl, SOCIAL_IMAGE, WIDGETS } from '../../../shared/embed/catalog';
import { database } from '../../db/client';
import { embedSpace } from '../../embed/height';
import { socialImageUrl } from '../../embed/social-meta';
import type { AppEnv } from '../../env';
import { CACHE_CONTROL, REFERENCE_MAX_AGE } from '../../http/cache-control';
import { Problem } from '../../http/problem';
import { loadEmbed } from '../embed/embed.data';
import type { getOEmbed } from './oembed.routes';

export const oembedHandler: RouteHandler<typeof getOEmbed, AppEnv> = async (c) => {
  const { url, format, maxwidth, maxheight } = c.req.valid('query');
  if (format === 'xml') throw new Problem('not-implemented', 'Only format=json is served.');
  const origin = new URL(c.req.url).origin;
  const target = parseEmbedUrl(url, origin);
  if (!target) throw new Problem('not-found', 'That URL is not an embeddable widget of this site.');

  const embed = await loadEmbed(database(c.env.DB), target);
  if (!embed) throw new Problem('not-found', `No ${WIDGETS[target.widget].attribute} "${target.slug}".`);

  const width = Math.min(maxwidth ?? EMBED_WIDTH, EMBED_WIDTH);
  const space = embedSpace(embed, target.lang ?? 'en', width);
  // A consumer's maxheight caps the iframe, fitted or not.
  const height = Math.min(space.height, maxheight ?? Number.POSITIVE_INFINITY);
  const frameHeight = maxheight ? `min(${space.frameHeight},${maxheight}px)` : space.frameHeight;
  const title = `${WIDGETS[target.widget].name}: ${embed.title}`;
  const body: OEmbedShape = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Explainer Edge',
    provider_url: `${origin}/`,
    html: iframeSnippet(origin, target, { title, height, frameHeight, maxWidth: width }),
    width,
    height,
    cache_age: REFERENCE_MAX_AGE,
    thumbnail_url: socialImageUrl(origin, target),
    thumbnail_width: SOCIAL_IMAGE.width,
    thumbnail_height: SOCIAL_IMAGE.height,
  };
  c.header('Cache-Control', CACHE_CONTROL.reference);
  return c.json(body, 200);
};
