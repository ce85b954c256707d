/**
 * A widget's public read before it is made: where it goes, and whether the page has started it already. Apart from
 * ./api.ts (which makes it) so that the one-tag loader (../explainers.ts), which preloads the reads of the widgets
 * it is about to load, carries these and nothing of the requests' shared state.
 */

/** The data a page gave a widget in its markup instead (an embed page's island), which it shows with no read. */
export const DATA_ISLAND = ':scope > script[data-explainer-data]';

/** The origin of the API: the `api` attribute if given, else where this script was loaded from. */
export function apiBase(attribute: string | null | undefined): URL {
  return attribute ? new URL(attribute, document.baseURI) : new URL(import.meta.url);
}

/**
 * Whether the page preloads `url` (`<link rel="preload" as="fetch">`, as the
 * embed code does): the request is then already under way, and the widget
 * takes its answer at once rather than waiting to come into view.
 */
export function preloaded(url: string): boolean {
  return [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].some((link) => link.href === url);
}
