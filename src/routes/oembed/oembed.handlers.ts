import type { RouteHandler } from '@hono/zod-openapi';
import type { OEmbedShape } from '../../contract/oembed';
import { database } from '../../db/client';
import { EMBED_WIDTH, iframeSnippet, parseEmbedUrl, WIDGETS } from '../../embed/catalog';
import { embedSpace } from '../../embed/height';
import type { AppEnv } from '../../env';
import { Problem } from '../../http/problem';
import { loadEmbed } from '../embed/embed.data';
import type { getOEmbed } from './oembed.routes';

const CACHE_AGE = 300;

export const oembedHandler: RouteHandler<typeof getOEmbed, AppEnv> = async (c) => {
  const { url, format, maxwidth, maxheight, seenAt } = c.req.valid('query');
  if (format === 'xml') throw new Problem('not-implemented', 'Only format=json is served.');
  const origin = new URL(c.req.url).origin;
  const parsed = parseEmbedUrl(url, origin);
  if (!parsed) throw new Problem('not-found', 'That URL is not an embeddable widget of this site.');
  const target = seenAt ? { ...parsed, seenAt } : parsed;

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
    cache_age: CACHE_AGE,
  };
  c.header('Cache-Control', `public, max-age=${CACHE_AGE}`);
  return c.json(body, 200);
};
