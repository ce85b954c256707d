/**
 * In a frame WordPress sandboxed (`#?secret=` in the URL), no link of the
 * widget opens: the sandbox allows no new window, and the frame itself is
 * no place for a source's site (most refuse to be framed). WordPress's own
 * embeds send their page `{ message: 'link', value, secret }` instead, and
 * its page opens the link in itself (wp-embed.js), only if the link's host
 * is the frame's. So each link the reader follows goes that way: one to
 * this host as it is; any other through this widget's `/link`, which
 * redirects to a link the widget shows and nowhere else
 * (src/routes/embed/embed.index.ts).
 */
import { type WordPressLink, wordPressSecret } from '../../../shared/embed/messages';

const secret = wordPressSecret(location.hash);

/** Where WordPress's page can take the reader for `href`: on this host, as the widget shows it (as of, as seen). */
function followable(href: string): string {
  if (new URL(href).host === location.host) return href;
  const link = new URL(`${location.pathname}/link`, location.href);
  link.searchParams.set('to', href);
  const query = new URLSearchParams(location.search);
  // The page's URL may spell them as the widget's attributes do.
  for (const [name, attribute] of [
    ['asOf', 'as-of'],
    ['seenAt', 'seen-at'],
  ] as const) {
    const value = query.get(name) ?? query.get(attribute);
    if (value) link.searchParams.set(name, value);
  }
  return link.href;
}

if (secret && window.parent !== window) {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    // The widget's links are in its shadow root: the event's path reaches them.
    const a = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.href);
    if (!a || !/^https?:$/.test(a.protocol)) return;
    event.preventDefault();
    const message: WordPressLink = { message: 'link', value: followable(a.href), secret };
    window.parent.postMessage(message, '*');
  });
}
