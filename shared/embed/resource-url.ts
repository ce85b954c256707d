/**
 * How a public read's URL is spelled, byte for byte: the widgets fetch it,
 * and the embed code preloads it (shared/embed/catalog.ts), and a browser hands
 * a preloaded response only to a request for exactly the same URL. Pure, so
 * the Worker uses it too.
 */
import { API_V1 } from '../contract/paths';

/**
 * The URL of a public read (`incidents` or `ceasefires`) at the API origin `base`, optionally as of a date
 * (`asOf`) and as published at a moment (`seenAt`).
 */
export function resourceUrl(
  base: URL | string,
  collection: string,
  slug: string,
  asOf?: string | null,
  seenAt?: string | null,
): string {
  const url = new URL(`${API_V1}/${collection}/${encodeURIComponent(slug)}`, base);
  if (asOf) url.searchParams.set('asOf', asOf);
  if (seenAt) url.searchParams.set('seenAt', seenAt);
  return url.href;
}

/**
 * The path of the page that lists a widget's resource's changes, for readers (slugs need no escaping): in the
 * reader's language, and for a widget pinned to a moment of recording, the changes recorded by then, as many as
 * its "Changed N times" counts. English and the latest are the page's own defaults, left out of its one URL.
 */
export function changesPagePath(widget: string, slug: string, page: { lang?: string; seenAt?: string } = {}): string {
  const query = new URLSearchParams();
  if (page.lang && page.lang !== 'en') query.set('lang', page.lang);
  if (page.seenAt) query.set('seenAt', page.seenAt);
  const search = query.toString();
  return `/embed/${widget}/${slug}/changes${search ? `?${search}` : ''}`;
}

/** That page at the API origin `base`. */
export function changesPageUrl(base: URL | string, widget: string, slug: string): string {
  return new URL(changesPagePath(widget, slug), base).href;
}

/** The anchor of one change (its id) on that page, which the feeds' items link to. */
export const changeAnchor = (entry: { id: string }) => `change-${entry.id.replace('.', '-')}`;
