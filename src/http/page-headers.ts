/**
 * Security headers of every HTML page the Worker serves, in one place. A
 * page that sets no CSP of its own gets a strict default, so a new page is
 * safe before anyone thinks about it. Only the embed pages may be framed
 * (publishers put them in iframes anywhere); every other page is never
 * framed: the demo page is a full article with nothing to gain from framing
 * and a click target to lose. nosniff and Referrer-Policy come from the
 * app's secureHeaders, which covers every response.
 */
import type { MiddlewareHandler } from 'hono';

/** Same-origin scripts only, never inline; inline styles are allowed (the pages' own <style>). */
export const DEFAULT_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** What a browser may open as a document, with scripts and navigation of its own: HTML, and SVG opened on its own. */
export function isDocument(res: Response): boolean {
  return /^(?:text\/html|application\/xhtml\+xml|image\/svg\+xml)\b/i.test(res.headers.get('Content-Type') ?? '');
}

/** The pages meant to be framed by other sites. */
export function isFrameablePage(path: string): boolean {
  return path.startsWith('/embed/');
}

export function pageHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!/^text\/html\b/i.test(c.res.headers.get('Content-Type') ?? '')) return;
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', DEFAULT_PAGE_CSP);
    if (!isFrameablePage(c.req.path)) c.res.headers.set('X-Frame-Options', 'DENY');
  };
}
