/**
 * An embed as oEmbed 1.0 shows it (https://oembed.com/#section2.3.4): a
 * `rich` response whose `html` is the iframe a publisher would paste (after
 * a hidden link for WordPress: oEmbedSnippet), sized
 * from the data (src/embed/height.ts) within the consumer's limits. Plain
 * data in, plain data out: no zod, no HTTP.
 */
import type { OEmbedShape } from '../../shared/contract/oembed';
import { EMBED_WIDTH, type EmbedData, type EmbedTarget, oEmbedSnippet, SOCIAL_IMAGE } from '../../shared/embed/catalog';
import { embedSpace } from '../embed/height';
import { socialImageUrl } from '../embed/social-meta';
import { embedTitle } from '../embed/title';
import { REFERENCE_MAX_AGE } from '../http/cache-control';

/** What a consumer asked for: at most this wide or tall, in px. */
export type OEmbedLimits = { maxwidth?: number; maxheight?: number };

export function presentOEmbed(
  origin: string,
  target: EmbedTarget,
  embed: EmbedData,
  { maxwidth, maxheight }: OEmbedLimits,
): OEmbedShape {
  const width = Math.min(maxwidth ?? EMBED_WIDTH, EMBED_WIDTH);
  const space = embedSpace(embed, target.lang ?? 'en', width);
  // A consumer's maxheight caps the iframe, fitted or not.
  const height = Math.min(space.height, maxheight ?? Number.POSITIVE_INFINITY);
  const frameHeight = maxheight ? `min(${space.frameHeight},${maxheight}px)` : space.frameHeight;
  const title = embedTitle(embed, target.lang ?? 'en');
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Explainer Edge',
    provider_url: `${origin}/`,
    html: oEmbedSnippet(origin, target, { title, height, frameHeight, maxWidth: width }),
    width,
    height,
    cache_age: REFERENCE_MAX_AGE,
    // oEmbed 1.0: "the thumbnail must respect any maxwidth and maxheight parameters"; the one we have is 1200 × 630.
    ...(SOCIAL_IMAGE.width <= (maxwidth ?? Number.POSITIVE_INFINITY) &&
    SOCIAL_IMAGE.height <= (maxheight ?? Number.POSITIVE_INFINITY)
      ? {
          thumbnail_url: socialImageUrl(origin, target),
          thumbnail_width: SOCIAL_IMAGE.width,
          thumbnail_height: SOCIAL_IMAGE.height,
        }
      : {}),
  };
}
