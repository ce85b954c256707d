/**
 * Which URLs may become links. The data comes from editors and from whatever
 * API origin an embedding page chose, so only an absolute http(s) URL is
 * ever put in an href (or a JSON-LD `url`): never `javascript:`, `data:`,
 * `vbscript:` or a protocol-relative `//host`. Shared by the widgets and the
 * server renderers (embed pages, JSON-LD), so they cannot disagree.
 */

/** The URL as an http(s) href, or null if it must not be a link. */
export function webHref(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\/[^/]/i.test(url)) return null;
  // The pattern has already settled the scheme; parsing only refuses what is not a URL at all.
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** The first of `urls` that may be a link. */
export function firstWebHref(...urls: (string | null | undefined)[]): string | null {
  for (const url of urls) {
    const href = webHref(url);
    if (href) return href;
  }
  return null;
}
