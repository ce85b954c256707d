/**
 * The demo page: the seed article laid out as a publisher would, with the
 * two widgets embedded in its body exactly as a publisher embeds them (the
 * one script tag and the elements), the widgets' server-rendered fallback in
 * a <noscript> inside each element (every figure without JavaScript, and
 * nothing to lay out twice with it), schema.org JSON-LD, and the copy-embed
 * panel. Server-rendered; every value from the database goes through
 * hono/html's escaping.
 */

import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { feedDiscovery, widgetModulePath, widgetOpening } from '../../../shared/embed/catalog';
import type { WidgetKind } from '../../../shared/embed/options';
import type { Lang } from '../../../shared/format/intl';
import type { ArticleRecord } from '../../db/queries/articles';
import { claimsFallback, FALLBACK_CSS, gaugeFallback } from '../../embed/fallback';
import { socialMeta } from '../../embed/social-meta';
import { articleGraph, jsonLd } from '../../embed/structured-data';
import { DEFAULT_PAGE_CSP } from '../../http/page-headers';
import { embedPanel, PANEL_CSS, type PanelEmbed } from './embed-panel';

/** Only this origin's scripts run; styles are inline; the panel's previews frame this origin's embed pages. */
export const DEMO_CSP = `${DEFAULT_PAGE_CSP}; frame-src 'self'`;

type Block = string | HtmlEscapedString | Promise<HtmlEscapedString>;

/** The article's first incident and first ceasefire, as the panel offers them. */
export type DemoEmbeds = { claims?: PanelEmbed; gauge?: PanelEmbed };

export function demoPage(
  origin: string,
  article: ArticleRecord,
  embeds: DemoEmbeds,
  /** The widgets' language (`/?lang=es`): any the UI speaks; the article itself stays in its own language. */
  widgetLang: Lang | undefined,
): Block {
  const lang = widgetLang && widgetLang !== article.language ? widgetLang : undefined;
  const shownLang = widgetLang ?? 'en';
  const incident = embeds.claims?.embed.widget === 'casualty-claims' ? embeds.claims.embed.data : undefined;
  const ceasefire = embeds.gauge?.embed.widget === 'ceasefire-gauge' ? embeds.gauge.embed.data : undefined;
  // Each element as the panel's script code writes it (holding its space before the module runs), with the fallback inside.
  const opening = (item: PanelEmbed) => {
    const target = { widget: item.embed.widget, slug: item.embed.data.slug, ...(lang ? { lang } : {}) };
    return raw(widgetOpening(target, item.spaces[shownLang].reserve));
  };
  const claims =
    incident && embeds.claims
      ? html`${opening(embeds.claims)}<noscript>${claimsFallback(incident, shownLang)}</noscript></casualty-claims>`
      : '';
  const gauge =
    ceasefire && embeds.gauge
      ? html`${opening(embeds.gauge)}<noscript>${gaugeFallback(ceasefire, shownLang)}</noscript></ceasefire-gauge>`
      : '';
  // The claims card follows the lede that quotes the figures; the gauge sits
  // mid-story, where the article turns to the truce.
  const after = new Map<number, Block>([[0, claims]]);
  if (article.body.length > 1) after.set(Math.min(4, article.body.length - 1), gauge);

  const body = article.body.map(
    (block, i) => html`${block.kind === 'subhead' ? html`<h2>${block.text}</h2>` : html`<p>${block.text}</p>`}
${after.has(i) ? html`<figure class="embed">${after.get(i)}</figure>` : ''}`,
  );
  const graph = articleGraph(origin, `${origin}/`, article, incident ? [incident] : [], ceasefire ? [ceasefire] : []);
  const panelItems = [embeds.claims, embeds.gauge].filter((e): e is PanelEmbed => e !== undefined);
  // A shared link to the story previews its first widget: the figures it is about.
  const preview = panelItems[0]?.embed;
  const shown = panelItems.map((item): WidgetKind => item.embed.widget);

  return html`<!doctype html>
<html lang="${article.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${article.headline} · The Explainer Edge</title>
${article.dek ? html`<meta name="description" content="${article.dek}">` : ''}
${preview ? socialMeta(origin, { url: `${origin}/`, title: article.headline, description: article.dek }, { widget: preview.widget, slug: preview.data.slug, lang: shownLang }, preview) : ''}
${shown.length ? html`<script type="module" src="${widgetModulePath(shown)}"></script>` : ''}
<script src="/widgets/v1/embed-panel.js" defer></script>
${raw(feedDiscovery(origin, 'Explainer Edge: every change'))}
${panelItems.map((item) => raw(feedDiscovery(origin, `Changes: ${item.embed.title}`, { widget: item.embed.widget, slug: item.embed.data.slug })))}
<script type="application/ld+json">${raw(jsonLd(graph))}</script>
<style>${raw(STYLE + FALLBACK_CSS + PANEL_CSS)}</style>
</head>
<body>
<header class="masthead"><a class="brand" href="/">The Explainer Edge</a><span>Explainers for contested numbers</span></header>
<main>
<article>
<p class="kicker">${article.section}</p>
<h1>${article.headline}</h1>
${article.dek ? html`<p class="dek">${article.dek}</p>` : ''}
${bylineLine(article)}
${body}
${
  article.corrections.length
    ? html`<aside class="corrections"><h2>Corrections</h2>${article.corrections.map((c) => html`<p>${c.note}</p>`)}</aside>`
    : ''
}
</article>
</main>
${embedPanel(origin, panelItems, shownLang)}
<footer class="colophon"><p>Figures in the explainers come from the <a href="/api/docs">Explainer Edge API</a>.</p></footer>
</body>
</html>`;
}

/** Who wrote it and when, as far as the record knows: nothing made up for a byline or a day it does not give. */
function bylineLine(article: ArticleRecord) {
  const published = publishedLine(article);
  if (!article.byline && !published) return '';
  return html`<p class="byline">${article.byline ?? ''}${article.byline && published ? ' · ' : ''}${published}</p>`;
}

function publishedLine(article: ArticleRecord) {
  if (!article.publishedAt) return '';
  const day = article.publishedAt.slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  const approximate = article.publishedAtApproximate;
  const text = new Intl.DateTimeFormat('en', {
    timeZone: 'UTC',
    ...(approximate ? { month: 'long', year: 'numeric' } : { dateStyle: 'long' }),
  }).format(date);
  // An approximate date is known to its month: the machine-readable value says no more than the page does.
  return html`<time datetime="${approximate ? day.slice(0, 7) : day}">${text}</time>`;
}

const STYLE = `
:root{color-scheme:light dark;--ink:#1a1a1a;--paper:#fbfaf7;--muted:#5a5a5a;--rule:#d9d5cc;--accent:#a3122a;--link:#0a4d8c}
@media (prefers-color-scheme:dark){:root{--ink:#e8e6e1;--paper:#121314;--muted:#a9a7a2;--rule:#34363a;--accent:#ff8a8a;--link:#8cc4ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:19px/1.6 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif;-webkit-text-size-adjust:100%}
a{color:var(--link)}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.masthead,.kicker,.byline,.colophon,.corrections h2{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.masthead{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem;max-width:44rem;margin:0 auto;padding:1.25rem 1.25rem .9rem;border-bottom:3px double var(--rule)}
.brand{color:var(--ink);font:700 1.35rem/1.2 Charter,Georgia,serif;text-decoration:none;letter-spacing:-.01em}
.masthead span{color:var(--muted);font-size:.8rem}
main{max-width:44rem;margin:0 auto;padding:2rem 1.25rem 3rem}
.kicker{margin:0;color:var(--accent);font-size:.8rem;font-weight:700;letter-spacing:.09em;text-transform:uppercase}
h1{margin:.35rem 0 .6rem;font-size:clamp(1.9rem,5vw,2.6rem);line-height:1.12;letter-spacing:-.015em}
.dek{margin:0 0 1rem;color:var(--muted);font-size:1.2rem;line-height:1.45}
.byline{margin:0 0 2rem;padding-bottom:1rem;border-bottom:1px solid var(--rule);color:var(--muted);font-size:.85rem}
article>p{margin:0 0 1.15rem}
article h2{margin:2.2rem 0 .8rem;font-size:1.3rem;line-height:1.25}
.embed{margin:2rem 0}
@media (scripting:none){.embed>*>span{display:none!important}}
.corrections{margin-top:2.5rem;padding-top:1rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.9rem}
.corrections h2{margin:0 0 .5rem;font-size:.8rem;letter-spacing:.08em;text-transform:uppercase}
.colophon{max-width:44rem;margin:0 auto;padding:1rem 1.25rem 2.5rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.8rem}
@media print{:root{--ink:#000;--paper:#fff;--muted:#222;--rule:#999;--accent:#000;--link:#000}body{font-size:11pt}main,.masthead,.colophon{max-width:none;padding-inline:0}}
`;
