/**
 * The embeddable widgets and the URLs that stand for them. One place knows
 * how an embed URL is spelled (`/embed/{widget}/{slug}?lang=&theme=&asOf=`),
 * how the demo page names a widget (`/#{widget}/{slug}`), and how to read
 * either back: the embed pages, oEmbed and the copy-embed panel all go
 * through here.
 */

import type { CeasefireShape } from '../contract/ceasefire';
import type { IncidentShape } from '../contract/incident';

export const WIDGET_KINDS = ['casualty-claims', 'ceasefire-gauge'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

export const WIDGETS: Record<WidgetKind, { attribute: 'incident' | 'ceasefire'; name: string; api: string }> = {
  'casualty-claims': { attribute: 'incident', name: 'Casualty claims', api: '/api/v1/incidents/' },
  'ceasefire-gauge': { attribute: 'ceasefire', name: 'Ceasefire gauge', api: '/api/v1/ceasefires/' },
};

export const EMBED_LANGS = ['en', 'es', 'ar'] as const;
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;

/** What an embed shows: which widget, of what, and how. */
export type EmbedTarget = {
  widget: WidgetKind;
  slug: string;
  lang?: (typeof EMBED_LANGS)[number];
  theme?: (typeof EMBED_THEMES)[number];
  asOf?: string;
};

/** An embed's resource as the API shows it, and the title its iframe and oEmbed response carry. */
export type EmbedData =
  | { widget: 'casualty-claims'; data: IncidentShape; title: string }
  | { widget: 'ceasefire-gauge'; data: CeasefireShape; title: string };

/** The iframe's width (and oEmbed's default): wide enough for the cards' two columns. */
export const EMBED_WIDTH = 640;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isWidget = (s: string | undefined): s is WidgetKind => WIDGET_KINDS.includes(s as WidgetKind);
const oneOf = <T extends string>(values: readonly T[], s: string | null): T | undefined =>
  s !== null && values.includes(s as T) ? (s as T) : undefined;

export function embedPath(target: EmbedTarget): string {
  const query = new URLSearchParams();
  if (target.lang) query.set('lang', target.lang);
  if (target.theme && target.theme !== 'auto') query.set('theme', target.theme);
  if (target.asOf) query.set('asOf', target.asOf);
  const qs = query.toString();
  return `/embed/${target.widget}/${target.slug}${qs ? `?${qs}` : ''}`;
}

/** How an image of a widget is drawn (src/images/contract.ts lists the values). */
export type ImageVariant = { format: 'png' | 'svg'; width?: 600 | 1200; scale?: 1 | 2; layout?: 'card' | 'social' };

/** The Open Graph size of every social preview: `layout=social`. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** `/embed/{widget}/{slug}.png|.svg?…`: the widget as an image, with the embed's language, theme and pin. */
export function imagePath(target: EmbedTarget, image: ImageVariant): string {
  const query = new URLSearchParams();
  if (target.lang) query.set('lang', target.lang);
  if (target.theme && target.theme !== 'auto') query.set('theme', target.theme);
  if (target.asOf) query.set('asOf', target.asOf);
  if (image.layout === 'social') query.set('layout', 'social');
  else if (image.width && image.width !== 600) query.set('width', String(image.width));
  if (image.scale === 2) query.set('scale', '2');
  const qs = query.toString();
  return `/embed/${target.widget}/${target.slug}.${image.format}${qs ? `?${qs}` : ''}`;
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
  return `<img src="${escapeAttr(src)}" width="${size.width}"${height} alt="${escapeAttr(size.alt)}" style="max-width:100%;height:auto">`;
}

/** The demo page's link to one of its widgets. */
export function demoWidgetPath(target: Pick<EmbedTarget, 'widget' | 'slug'>): string {
  return `/#${target.widget}/${target.slug}`;
}

/** A date (`YYYY-MM-DD`) or an ISO instant with its offset, as `?asOf=` takes them. */
export function isAsOf(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
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
  const embed = /^\/embed\/([a-z-]+)\/([^/]+)\/?$/.exec(url.pathname);
  if (embed) {
    [, widget, slug] = embed;
  } else if (url.pathname === '/') {
    [widget, slug] = decodeURIComponent(url.hash.slice(1)).split('/');
  }
  if (!isWidget(widget) || !slug || !SLUG.test(slug)) return null;
  const q = url.searchParams;
  const asOf = q.get('asOf') ?? q.get('as-of') ?? undefined;
  if (asOf !== undefined && !isAsOf(asOf)) return null;
  return {
    widget,
    slug,
    lang: oneOf(EMBED_LANGS, q.get('lang')),
    theme: oneOf(EMBED_THEMES, q.get('theme')),
    ...(asOf ? { asOf } : {}),
  };
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe a publisher pastes (and oEmbed returns): titled, lazy, sized close to its final height. */
export function iframeSnippet(
  origin: string,
  target: EmbedTarget,
  size: { title: string; height: number; maxWidth?: number },
): string {
  const style = `border:0;width:100%;${size.maxWidth ? `max-width:${size.maxWidth}px;` : ''}height:${size.height}px`;
  return `<iframe src="${escapeAttr(origin + embedPath(target))}" title="${escapeAttr(size.title)}" loading="lazy" width="${size.maxWidth ?? '100%'}" height="${size.height}" style="${style}" data-explainer-embed></iframe>`;
}

/**
 * The one-tag embed: a preconnect hint (the module and the API share one
 * origin, and both are fetched in CORS mode, hence `crossorigin`), the
 * module and the element.
 */
export function scriptSnippet(origin: string, target: EmbedTarget): string {
  const attrs = [`${WIDGETS[target.widget].attribute}="${escapeAttr(target.slug)}"`];
  if (target.lang) attrs.push(`lang="${target.lang}"`);
  if (target.theme && target.theme !== 'auto') attrs.push(`theme="${target.theme}"`);
  if (target.asOf) attrs.push(`as-of="${escapeAttr(target.asOf)}"`);
  return [
    `<link rel="preconnect" href="${escapeAttr(origin)}" crossorigin>`,
    `<script type="module" src="${escapeAttr(origin)}/widgets/v1/explainers.js"></script>`,
    `<${target.widget} ${attrs.join(' ')}></${target.widget}>`,
  ].join('\n');
}

/** The script that keeps iframes fitted to their content; once per page, however many iframes. */
export function resizeScriptTag(origin: string): string {
  return `<script src="${escapeAttr(origin)}/widgets/v1/resize.js" async></script>`;
}

/** Everything the copy-embed panel offers for one embed: the same code whoever renders it. */
export function embedCodes(
  origin: string,
  target: EmbedTarget,
  frame: { title: string; height: number },
): { script: string; iframe: string; url: string } {
  return {
    script: scriptSnippet(origin, target),
    iframe: `${iframeSnippet(origin, target, { ...frame, maxWidth: EMBED_WIDTH })}\n${resizeScriptTag(origin)}`,
    url: origin + embedPath(target),
  };
}
