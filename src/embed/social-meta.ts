/**
 * Link previews: what a social network, a chat app or a news reader shows
 * when someone shares an embed page or the demo page. Open Graph and
 * Twitter Card tags pointing at the widget's 1200 × 630 image, described by
 * the widget's screen-reader sentence.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { type EmbedData, type EmbedTarget, imagePath, SOCIAL_IMAGE } from '../../shared/embed/catalog';
import { screenReaderSentence } from './alt-text';

export function socialImageUrl(origin: string, target: EmbedTarget): string {
  return origin + imagePath(target, { format: 'png', layout: 'social' });
}

export function socialMeta(
  origin: string,
  page: { url: string; title: string; description?: string | null },
  target: EmbedTarget,
  embed: EmbedData,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const alt = screenReaderSentence(embed, target.lang ?? 'en');
  return html`<meta property="og:type" content="article">
<meta property="og:site_name" content="Explainer Edge">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description || alt}">
<meta property="og:url" content="${page.url}">
<meta property="og:image" content="${socialImageUrl(origin, target)}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${SOCIAL_IMAGE.width}">
<meta property="og:image:height" content="${SOCIAL_IMAGE.height}">
<meta property="og:image:alt" content="${alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image:alt" content="${alt}">`;
}
