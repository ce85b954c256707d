/**
 * The messages between an embed page and the page that frames it. The embed
 * page sends its height whenever it changes: ours names itself; AMP's
 * `embed-size` lets `<amp-iframe resizable>` fit the frame with no script of
 * ours on the page, and WordPress's `height` its oEmbed frames. resize.js,
 * on the publisher's page, answers each frame with the scheme of the page
 * around it and the frame's place in that page's outline. Here, in shared/, because both ends are ours: resize.js and
 * the embed page's height reporter (widgets/src/embed/), and the embed
 * page's first script, which says hello and takes the scheme
 * (src/embed/framed-page.ts).
 */
import type { Scheme } from './options';

export const RESIZE_MESSAGE = 'explainer-edge:resize';

export type ResizeMessage = {
  type: typeof RESIZE_MESSAGE;
  /** The document's height in CSS pixels. */
  height: number;
  /** The embed page's own URL, so a parent can tell its frames apart. */
  src: string;
};

export type AmpEmbedSize = { sentinel: 'amp'; type: 'embed-size'; height: number };

/**
 * WordPress's embed protocol (its wp-embed.js). WordPress frames an oEmbed provider it does not trust (any it
 * found by discovery) in a sandboxed iframe kept to its `width` and `height`, adds `#?secret=…` to the frame's URL,
 * shows the oEmbed answer's <blockquote> until the frame speaks, and then sets the frame's height (200 to 1000 px)
 * from this message. It loads wp-embed.js only for an answer with a `wp-embedded-content` blockquote
 * (shared/embed/catalog.ts, oEmbedSnippet).
 */
export type WordPressEmbedHeight = { message: 'height'; value: number; secret: string };

/**
 * WordPress's other message: the link the reader followed in its frame, which its page opens in itself (the sandbox
 * opens no new window) if the link's host is the frame's.
 */
export type WordPressLink = { message: 'link'; value: string; secret: string };

/** The secret WordPress put in an embed page's URL (`#?secret=`, letters and digits), or null outside WordPress. */
export const wordPressSecret = (hash: string): string | null => /^#\?secret=([A-Za-z0-9]+)$/.exec(hash)?.[1] ?? null;

export function isResizeMessage(data: unknown): data is ResizeMessage {
  const d = data as Partial<ResizeMessage> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.type === RESIZE_MESSAGE &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height >= 0 &&
    d.height < 100_000
  );
}

/**
 * An embed page that follows the scheme of the page framing it says hello as
 * its <head> is parsed, before its widget has loaded, so that resize.js's
 * answer comes before the frame's first paint rather than after its first
 * height report.
 */
export const HELLO_MESSAGE = 'explainer-edge:hello';
export type HelloMessage = { type: typeof HELLO_MESSAGE };

export const isHelloMessage = (data: unknown): data is HelloMessage =>
  (data as Partial<HelloMessage> | null)?.type === HELLO_MESSAGE;

/**
 * resize.js, as it starts, asks each of our frames already on the page for its height: a frame that reported
 * before the script ran (loaded late, from a page's footer or a tag manager) would report again only when its
 * height changed, and stay at the height its code gave it, in the light theme. Its answer is a resize message,
 * which resize.js answers with the scheme.
 */
export const ASK_MESSAGE = 'explainer-edge:ask';
export type AskMessage = { type: typeof ASK_MESSAGE };

export const isAskMessage = (data: unknown): data is AskMessage =>
  (data as Partial<AskMessage> | null)?.type === ASK_MESSAGE;

/**
 * The colour scheme of the page around a frame, as a widget's `theme="auto"` would read it there: 'light' or
 * 'dark' (the embed page takes no other); and `canvas`, the scheme the page has the frame drawn in (the
 * `color-scheme` the iframe element inherits), which the framed page's must be: Chromium paints a frame's canvas
 * opaque where the two differ, so a dark page that declares no scheme (most do not) ringed a dark card with a band
 * of near-black.
 */
export const SCHEME_MESSAGE = 'explainer-edge:scheme';
export type SchemeMessage = {
  type: typeof SCHEME_MESSAGE;
  scheme: Scheme;
  canvas: Scheme;
  /**
   * The heading level the frame's widget title takes, continuing the outline of the page around the frame (as a
   * widget on the page itself reads it: widgets/src/shared/outline.ts), or the frame's `data-heading-level`. An
   * older resize.js sends none: the title keeps the frame's own level, 2.
   */
  level?: number;
};
