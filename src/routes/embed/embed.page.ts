/**
 * The standalone embed page (for iframes): the widget over a server-rendered
 * fallback and a JSON data island, so the figures are in the HTML with
 * JavaScript off and the widget upgrades without a second request. It
 * reports its height to the parent and takes the parent page's colour
 * scheme from resize.js (widgets/src/embed/embed-frame.ts).
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import {
  type EmbedData,
  type EmbedTarget,
  embedPath,
  feedDiscovery,
  WIDGETS,
  widgetModulePath,
} from '../../../shared/embed/catalog';
import { STRINGS } from '../../../shared/i18n/every-language';
import { claimsFallback, FALLBACK_CSS, gaugeFallback } from '../../embed/fallback';
import { EMBED_PADDING_PX, FRAME_FILL_CSS, FRAMED_PAGE_SCRIPT, FRAMED_PAGE_SCRIPT_HASH } from '../../embed/framed-page';
import { PAGE_SCHEME_CSS } from '../../embed/page-style';
import { socialMeta } from '../../embed/social-meta';
import { ceasefireGraph, incidentGraph, jsonIsland, jsonLd } from '../../embed/structured-data';
import { embedTitle } from '../../embed/title';

/** Framable anywhere, but nothing runs or loads that is not ours. */
export const EMBED_CSP = [
  "default-src 'none'",
  `script-src 'self' ${FRAMED_PAGE_SCRIPT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function embedPage(
  origin: string,
  target: EmbedTarget,
  embed: EmbedData,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const lang = target.lang ?? 'en';
  const s = STRINGS[lang];
  const self = origin + embedPath(target);
  const latest = origin + embedPath({ ...target, asOf: undefined, seenAt: undefined });
  const title = embedTitle(embed, lang);
  const graph =
    embed.widget === 'casualty-claims' ? incidentGraph(origin, embed.data) : ceasefireGraph(origin, embed.data);
  const fallback =
    embed.widget === 'casualty-claims' ? claimsFallback(embed.data, lang) : gaugeFallback(embed.data, lang);
  const attribute = WIDGETS[embed.widget].attribute;
  const pinnedAndStale = Boolean(target.asOf && embed.data.updatedSince);
  // A theme the URL names stands; `auto` follows the reader's system, or in a frame the framing page's (framed-page.ts).
  const scheme = target.theme && target.theme !== 'auto' ? target.theme : undefined;
  return html`<!doctype html>
<html lang="${lang}" dir="${s.dir}"${scheme ? html` data-theme="${scheme}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${scheme ?? 'light dark'}">
<script>${raw(FRAMED_PAGE_SCRIPT)}</script>
<title>${title}</title>
<link rel="canonical" href="${self}">
${socialMeta(origin, { url: self, title }, target, embed)}
<link rel="alternate" type="application/json+oembed" href="${`${origin}/oembed?url=${encodeURIComponent(self)}&format=json`}" title="${title}">
${raw(feedDiscovery(origin, `Changes: ${embed.title}`, target))}
<script type="module" src="/widgets/v1/embed-frame.js" async></script>
<script type="module" src="${widgetModulePath([embed.widget])}"></script>
<script type="application/ld+json">${raw(jsonLd(graph))}</script>
<style>${raw(PAGE_SCHEME_CSS + EMBED_STYLE + FALLBACK_CSS + (pinnedAndStale ? '' : FRAME_FILL_CSS))}</style>
</head>
<body>
<${raw(embed.widget)} ${raw(attribute)}="${target.slug}" lang="${lang}"${target.theme ? html` theme="${target.theme}"` : ''}${target.asOf ? html` as-of="${target.asOf}"` : ''}${target.seenAt ? html` seen-at="${target.seenAt}"` : ''}>
<script type="application/json" data-explainer-data>${raw(jsonIsland(embed.data))}</script>
${fallback}
</${raw(embed.widget)}>
${pinnedAndStale ? html`<p class="pinned">${s.updatedSince} <a href="${latest}" target="_blank" rel="noopener">${s.seeLatest}</a></p>` : ''}
</body>
</html>`;
}

/** The page around the widget (print included). */
const EMBED_STYLE = `
body{margin:0;padding:${EMBED_PADDING_PX}px;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.pinned{max-width:42rem;margin:.5rem 0 0;font-size:.85rem;color:var(--muted)}
@media print{body{padding:0}}
`;
