/**
 * The embeddable widgets and the URLs that stand for them. One place knows
 * how an embed URL is spelled (`/embed/{widget}/{slug}?lang=&theme=&asOf=`),
 * how the demo page names a widget (`/#{widget}/{slug}`), and how to read
 * either back: the embed pages, oEmbed and the copy-embed panel all go
 * through here.
 */

import type { CeasefireShape } from '../contract/ceasefire';
import type { IncidentShape } from '../contract/incident';
import { API_V1 } from '../contract/paths';
import { SLUG_PATTERN } from '../contract/slug';
import { isAsOfValue } from '../domain/time';
import { LANGS, type Lang } from '../format/intl';
import { THEMES, type Theme, WIDGET_KINDS, type WidgetKind } from './options';
import { MEASURE_PROPERTY, measureFor, RESERVE_PROPERTY, WIDGET_BOX, WIDGET_FONT_SIZE } from './reserve';
import { resourceUrl } from './resource-url';

export const WIDGETS: Record<
  WidgetKind,
  { attribute: 'incident' | 'ceasefire'; name: string; collection: 'incidents' | 'ceasefires' }
> = {
  'casualty-claims': { attribute: 'incident', name: 'Casualty claims', collection: 'incidents' },
  'ceasefire-gauge': { attribute: 'ceasefire', name: 'Ceasefire gauge', collection: 'ceasefires' },
};

/**
 * The module a page loads for the widgets it shows: a widget's own, or the
 * one holding both, with one copy of Lit (widgets/vite.config.ts builds
 * them; `/widgets/v1/explainers.js`, the older one-tag embed, picks among
 * them on the page).
 */
export function widgetModulePath(widgets: WidgetKind[]): string {
  const kinds = [...new Set(widgets)];
  return `/widgets/v1/${kinds.length > 1 ? 'all-widgets' : kinds[0]}.js`;
}

/** The public read a widget makes for a target: what the script code preloads. */
export function apiUrl(origin: string, target: EmbedTarget): string {
  return resourceUrl(origin, WIDGETS[target.widget].collection, target.slug, target.asOf, target.seenAt);
}

/** What an embed shows: which widget, of what, and how. */
export type EmbedTarget = {
  widget: WidgetKind;
  slug: string;
  lang?: Lang;
  theme?: Theme;
  asOf?: string;
  /** The moment of recording it is pinned to: what the API served then (src/http/recorded-reads.ts). */
  seenAt?: string;
};

/** An embed's resource as the API shows it, and the title its iframe and oEmbed response carry. */
export type EmbedData =
  | { widget: 'casualty-claims'; data: IncidentShape; title: string }
  | { widget: 'ceasefire-gauge'; data: CeasefireShape; title: string };

/** The iframe's width (and oEmbed's default): wide enough for the cards' two columns. */
export const EMBED_WIDTH = 640;

const isWidget = (s: string | undefined): s is WidgetKind => WIDGET_KINDS.includes(s as WidgetKind);
const oneOf = <T extends string>(values: readonly T[], s: string | null): T | undefined =>
  s !== null && values.includes(s as T) ? (s as T) : undefined;

export function embedPath(target: EmbedTarget): string {
  const query = new URLSearchParams();
  if (target.lang) query.set('lang', target.lang);
  if (target.theme && target.theme !== 'auto') query.set('theme', target.theme);
  if (target.asOf) query.set('asOf', target.asOf);
  if (target.seenAt) query.set('seenAt', target.seenAt);
  const qs = query.toString();
  return `/embed/${target.widget}/${target.slug}${qs ? `?${qs}` : ''}`;
}

/** How an image of a widget is drawn (src/images/contract.ts lists the values). */
export type ImageVariant = { format: 'png' | 'svg'; width?: 600 | 1200; scale?: 1 | 2; layout?: 'card' | 'social' };

/** The Open Graph size of every social preview: `layout=social`. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** `/embed/{widget}/{slug}.png|.svg?…`: the widget as an image, with the embed page's language, theme and pin. */
export function imagePath(target: EmbedTarget, image: ImageVariant): string {
  const [page, search] = embedPath(target).split('?');
  const query = new URLSearchParams(search);
  if (image.layout === 'social') query.set('layout', 'social');
  else if (image.width && image.width !== 600) query.set('width', String(image.width));
  if (image.scale === 2) query.set('scale', '2');
  const qs = query.toString();
  return `${page}.${image.format}${qs ? `?${qs}` : ''}`;
}

/**
 * The `<img>` a newsletter pastes: the PNG at 2× for sharp print and
 * high-density screens, shown at its CSS size, described by the widget's
 * screen-reader sentence.
 */
export function imageSnippet(
  origin: string,
  target: EmbedTarget,
  size: { width: number; height?: number; alt: string },
): string {
  const src = origin + imagePath(target, { format: 'png', width: size.width === 1200 ? 1200 : 600, scale: 2 });
  const height = size.height ? ` height="${size.height}"` : '';
  // `vertical-align:top`, as the iframe's (iframeSnippet): no descender gap under an inline image.
  return `<img src="${escapeAttr(src)}" width="${size.width}"${height} alt="${escapeAttr(size.alt)}" style="max-width:100%;height:auto;vertical-align:top">`;
}

/**
 * The change feeds (Atom and JSON Feed 1.1) of one widget's resource, or of
 * the whole site without one: the routes, and the discovery links of the
 * embed and demo pages.
 */
export function feedPaths(target?: Pick<EmbedTarget, 'widget' | 'slug'>): { atom: string; json: string } {
  const base = target ? `${API_V1}/${WIDGETS[target.widget].collection}/${target.slug}/changes` : `${API_V1}/changes`;
  return { atom: `${base}.atom`, json: `${base}.json` };
}

/** The `<link>`s a page carries so feed readers find those feeds. */
export function feedDiscovery(origin: string, title: string, target?: Pick<EmbedTarget, 'widget' | 'slug'>): string {
  const paths = feedPaths(target);
  const t = escapeAttr(title);
  return [
    `<link rel="alternate" type="application/atom+xml" href="${escapeAttr(origin + paths.atom)}" title="${t}">`,
    `<link rel="alternate" type="application/feed+json" href="${escapeAttr(origin + paths.json)}" title="${t}">`,
  ].join('\n');
}

/** The demo page's link to one of its widgets. */
export function demoWidgetPath(target: Pick<EmbedTarget, 'widget' | 'slug'>): string {
  return `/#${target.widget}/${target.slug}`;
}

/**
 * Reads an embed page URL or a demo page widget URL of `origin`; null for
 * anything else (another host, another path, an unknown widget).
 */
export function parseEmbedUrl(raw: string, origin: string): EmbedTarget | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  let widget: string | undefined;
  let slug: string | undefined;
  // Exactly the embed page's path: with a trailing slash the page is 404, and so is this.
  const embed = /^\/embed\/([a-z-]+)\/([^/]+)$/.exec(url.pathname);
  if (embed) {
    [, widget, slug] = embed;
  } else if (url.pathname === '/') {
    try {
      [widget, slug] = decodeURIComponent(url.hash.slice(1)).split('/');
    } catch {
      // Not valid percent-encoding (`#%`): no widget of ours.
      return null;
    }
  }
  if (!isWidget(widget) || !slug || !SLUG_PATTERN.test(slug)) return null;
  const q = url.searchParams;
  // What the embed page refuses (400: a parameter given twice, a language or theme it does not have) is no page of
  // ours, not an English or light one instead. (The demo page reads an unknown language as English, and so does this.)
  if (embed && ['lang', 'theme', 'asOf', 'as-of', 'seenAt', 'seen-at'].some((k) => q.getAll(k).length > 1)) return null;
  const asOf = q.get('asOf') ?? q.get('as-of') ?? undefined;
  if (asOf !== undefined && !isAsOfValue(asOf)) return null;
  const seenAt = q.get('seenAt') ?? q.get('seen-at') ?? undefined;
  if (seenAt !== undefined && !isAsOfValue(seenAt)) return null;
  const lang = oneOf(LANGS, q.get('lang'));
  const theme = oneOf(THEMES, q.get('theme'));
  if (embed && ((q.has('lang') && !lang) || (q.has('theme') && !theme))) return null;
  return {
    widget,
    slug,
    lang,
    theme,
    ...(asOf ? { asOf } : {}),
    ...(seenAt ? { seenAt } : {}),
  };
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How an embed holds its space on the publisher's page before it has its data (src/embed/height.ts). */
export type EmbedSpace = {
  /** The iframe's first height at its widest, in px: its `height` attribute, and its height where CSS has no container units. */
  height: number;
  /** The iframe's first height at the width the page gives it, as CSS. */
  frameHeight?: string;
  /** The element's reserved height, as CSS. */
  reserve?: string;
};

/**
 * The iframe a publisher pastes (and oEmbed returns): titled, lazy, sized
 * close to its final height. With `frameHeight` the iframe sits in an
 * inline-size container, so its first height follows the width the column
 * gives it; a browser without container units keeps `height`.
 */
export function iframeSnippet(
  origin: string,
  target: EmbedTarget,
  size: { title: string; maxWidth?: number } & EmbedSpace,
  /** `frameborder="0"` too, for a consumer that strips the style (oEmbedSnippet). */
  frameBorder = false,
): string {
  const fitted = size.frameHeight ? `;height:${size.frameHeight}` : '';
  // `vertical-align:top`: an iframe is inline, and on its text's baseline it stands on the line's descender space,
  // a gap below it (10 px in 18 px text at a line height of 1.7) on every page that does not reset it.
  const style = `border:0;vertical-align:top;width:100%;${size.maxWidth ? `max-width:${size.maxWidth}px;` : ''}height:${size.height}px${fitted}`;
  const border = frameBorder ? ' frameborder="0"' : '';
  const frame = `<iframe src="${escapeAttr(origin + embedPath(target))}" title="${escapeAttr(size.title)}" loading="lazy" width="${size.maxWidth ?? '100%'}" height="${size.height}"${border} style="${escapeAttr(style)}" data-explainer-embed></iframe>`;
  return size.frameHeight ? `<div style="${WIDGET_BOX}">${frame}</div>` : frame;
}

/**
 * The oEmbed answer's `html`: the iframe, after a link to its page in a hidden `wp-embedded-content` blockquote,
 * for WordPress (shared/embed/messages.ts, WordPressEmbedHeight). WordPress keeps of a provider it does not trust
 * the blockquote (its class and style stripped: shown until the frame speaks) and the iframe, and seeing the
 * blockquote loads its embed script, which sizes the frame from the embed page's messages; `frameborder="0"`, which
 * it keeps where it strips the style, spares the frame the browser's inset border. Other consumers keep the answer
 * as it is: the blockquote hidden, the iframe as the panel's code has it. (`npm run wordpress:check` runs
 * WordPress's own wp_filter_oembed_result over this answer and its wp-embed.js on the page.)
 */
export function oEmbedSnippet(
  origin: string,
  target: EmbedTarget,
  size: { title: string; maxWidth?: number } & EmbedSpace,
): string {
  const link = pageLink({ href: origin + embedPath(target), title: size.title });
  return `<blockquote class="wp-embedded-content" style="display:none">${link}</blockquote>${iframeSnippet(origin, target, size, true)}`;
}

/**
 * The element, holding its reserved height before the module defines it: it
 * is an inline-size container whose `--explainer-min-height` is the
 * reserve, and its one child, a box the size of the widgets' text, is that
 * tall. Once defined, the widget's shadow root hides the child and holds the
 * same height itself while it loads.
 */
export function widgetElement(target: EmbedTarget, reserve?: string, fallback?: Fallback): string {
  return `${widgetOpening(target, reserve, fallback)}</${target.widget}>`;
}

/**
 * The pasted element's child, which holds the reserve before the module runs. Of the page's styles it keeps
 * only the face's family (and the custom properties, which `all` leaves), as the widget's card does
 * (shared/styles.ts, `.root`): its `1ch`, which the reserve reads, is then the card's digit in a bold,
 * condensed or size-adjusted box too, and a page's rules for its elements (margins, padding, `:empty { display:
 * none }`) do not change the height it holds. (Measured without: 2 to 9 px other than the loading card.) A
 * `<span>`, not a `<div>`: an editor that wraps what is pasted in a paragraph (WordPress's classic editor does)
 * would have a `<div>` close the `<p>`, and the element with it, leaving the child outside the element and the
 * element no height. Its height, size and family are `!important`: a page's own `!important` rules (a framework's
 * `span { font-size: 30px !important }`) outrank an inline declaration that is not, and held cards 1,400 px tall
 * for 500. Its `display` stays plain: the fallback below shows the link by changing it, with an animation and a
 * `scripting: none` rule, which an important inline declaration would outrank.
 */
const SPACER = `all:initial;display:block;height:var(${RESERVE_PROPERTY})!important;font-size:${WIDGET_FONT_SIZE}!important;font-family:inherit!important`;

/**
 * Where the module never defines the elements, the reserve would hold an empty box for good. So each pasted
 * element's child holds, hidden, a link to the widget's own page (the iframe embed's, drawn by the server), and
 * the pasted code shows it instead of the empty box (SHOWN): at once when the module cannot load (a content
 * filter or the network blocks it, an outage: the script's `error`) or JavaScript is off (`scripting: none`);
 * else once UNHELD_AFTER has passed with the element still undefined (a script that never ran: the code inserted
 * by a page's own script as markup, which leaves scripts inert, or a CMS that strips `onerror`; a module that
 * never finishes loading). An element defined by then is drawn by its shadow root, and its child, never drawn,
 * runs no timer. The selector of what is shown, for the widgets `kinds`.
 */
const fallbackOf = (kinds: WidgetKind[]) => [...new Set(kinds)].map((w) => `${w}>span,${w}>span>a`).join();

/**
 * What shows the link in place of the box: the child inline, where a height has no hold, and the link visible. The
 * link is hidden with `visibility`, not `display: none`, since an element not drawn runs no animation (the timer).
 */
const SHOWN = 'display:inline;visibility:visible';

/**
 * How long a pasted element waits for its module before it shows its link: twenty times what one card takes to
 * show its data at slow 4G (about 450 ms: bench/README.md), so a slow line still gets the widget. `!important`
 * keeps a page's reduced-motion reset (`* { animation-duration: 0.01ms !important }`, sometimes a delay too) from
 * showing the link at once.
 */
const UNHELD_AFTER = '10s';

/** The stylesheet that shows the links of the elements `fallback` selects where their module does not run. */
const fallbackStyle = (fallback: string) =>
  `<style>${fallback}{animation:explainer-unheld 1ms ${UNHELD_AFTER} forwards!important}@keyframes explainer-unheld{to{${SHOWN}}}@media (scripting:none){${fallback}{${SHOWN.replaceAll(';', '!important;')}!important}}</style>`;

/** The link an element shows where the module does not run: to the widget's own page, by its title. */
type Fallback = { href: string; title: string };

/** A link to a widget's own page by its title: an element's fallback (hidden until shown), the oEmbed blockquote's. */
const pageLink = ({ href, title }: Fallback, style = '') =>
  `<a href="${escapeAttr(href)}"${style && ` style="${style}"`}>${escapeAttr(title)}</a>`;

/** `widgetElement` without its end tag, for a page that puts more inside (a <noscript> fallback). */
export function widgetOpening(target: EmbedTarget, reserve?: string, fallback?: Fallback): string {
  const attrs = [`${WIDGETS[target.widget].attribute}="${escapeAttr(target.slug)}"`];
  if (target.lang) attrs.push(`lang="${target.lang}"`);
  if (target.theme && target.theme !== 'auto') attrs.push(`theme="${target.theme}"`);
  if (target.asOf) attrs.push(`as-of="${escapeAttr(target.asOf)}"`);
  if (target.seenAt) attrs.push(`seen-at="${escapeAttr(target.seenAt)}"`);
  if (reserve) {
    const measure = reserve.includes(MEASURE_PROPERTY) ? `${MEASURE_PROPERTY}:${measureFor(target.lang)};` : '';
    attrs.push(`style="display:block;${WIDGET_BOX};${measure}${RESERVE_PROPERTY}:${escapeAttr(reserve)}"`);
  }
  const link = fallback ? pageLink(fallback, 'visibility:hidden') : '';
  const spacer = reserve ? `<span style="${SPACER}">${link}</span>` : '';
  return `<${target.widget} ${attrs.join(' ')}>${spacer}`;
}

/**
 * A target as placed on a page: with the height its element holds before the module runs (src/embed/height.ts),
 * and the title of the link shown in its place where the module does not run.
 */
export type PlacedTarget = EmbedTarget & { reserve?: string; title?: string };

/**
 * The script-tag embed of one or more widgets on one page, tag by tag: the one module the page needs, a preload
 * of each widget's data (so it downloads alongside the module instead of after it; `as="fetch" crossorigin` is
 * how the widget's own request asks for it, so the browser hands it the preloaded answer), the elements, and what
 * shows each element's link where the module does not run (fallbackOf).
 *
 * The module comes before the preloads, and `scriptSnippet` writes the tags on one line, for the editors that
 * make paragraphs of what is pasted (WordPress's classic editor, wpautop): each line break there becomes a `<br>`,
 * a blank line above the widget, and a paragraph that opens on `<link` loses its `<p>` (wpautop takes `<li` for a
 * list item) but not its `</p>`. A preload after the module script still starts with it: the browser's preload
 * scanner finds both before either has been asked for, and a module runs only once the page is parsed.
 */
export function scriptTags(origin: string, ...targets: PlacedTarget[]): string[] {
  const { loading, elements, style } = scriptParts(origin, targets);
  return [...loading, ...elements, ...style];
}

/** `scriptTags` by what each tag is for: what loads (the module, then the preloads), the elements, the stylesheet. */
function scriptParts(origin: string, targets: PlacedTarget[]) {
  const kinds = targets.map((t) => t.widget);
  // Only elements that hold a reserve have a box to replace.
  const fallback = targets.some((t) => t.reserve) ? fallbackOf(kinds) : '';
  const onError = fallback
    ? ` onerror="document.querySelectorAll('${fallback}').forEach(e=>e.style.cssText+=';${SHOWN}')"`
    : '';
  return {
    loading: [
      `<script type="module" src="${escapeAttr(origin + widgetModulePath(kinds))}"${onError}></script>`,
      ...targets.map((t) => `<link rel="preload" href="${escapeAttr(apiUrl(origin, t))}" as="fetch" crossorigin>`),
    ],
    elements: targets.map(({ reserve, title, ...target }) =>
      widgetElement(target, reserve, title ? { href: origin + embedPath(target), title } : undefined),
    ),
    style: fallback ? [fallbackStyle(fallback)] : [],
  };
}

/**
 * The script-tag embed as the copy-embed panel hands it out: `scriptTags` on one line. The code for several widgets
 * is a kit, cut up and placed, so each element is on a line of its own: the module and the preloads on the first,
 * then the elements, then the stylesheet (pasted whole into WordPress's classic editor, the line between two
 * elements is a blank line between their cards).
 */
export function scriptSnippet(origin: string, ...targets: PlacedTarget[]): string {
  const { loading, elements, style } = scriptParts(origin, targets);
  if (targets.length < 2) return [...loading, ...elements, ...style].join('');
  return [loading.join(''), ...elements, ...style].join('\n');
}

/** The script that keeps iframes fitted to their content; once per page, however many iframes. */
export function resizeScriptTag(origin: string): string {
  return `<script src="${escapeAttr(origin)}/widgets/v1/resize.js" async></script>`;
}

/** Everything the copy-embed panel offers for one embed: the same code whoever renders it. */
export function embedCodes(
  origin: string,
  target: EmbedTarget,
  frame: { title: string } & EmbedSpace,
): { script: string; iframe: string; url: string } {
  return {
    script: scriptSnippet(origin, { ...target, reserve: frame.reserve, title: frame.title }),
    iframe: iframeSnippet(origin, target, { ...frame, maxWidth: EMBED_WIDTH }) + resizeScriptTag(origin),
    url: origin + embedPath(target),
  };
}
