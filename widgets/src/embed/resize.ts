/**
 * /widgets/v1/resize.js: the one script a publisher adds to keep every
 * Explainer Edge iframe on the page fitted to its content, and in the page's
 * colours. It only listens: a frame's height is set when that frame (and
 * only a frame whose `src` is on the sending origin) reports it. Each such
 * frame is then told the scheme of the page around it (shared/theme.ts, as
 * a widget's `theme="auto"` reads it), and told again when that changes (a
 * reader's dark-mode toggle): an embed whose URL names no theme takes it, so
 * a white page shows a light card to a reader whose system is dark. With the
 * scheme goes the heading level of the frame's place in the page's outline,
 * which its widget's title takes.
 */

import {
  ASK_MESSAGE,
  type AskMessage,
  isHelloMessage,
  isResizeMessage,
  SCHEME_MESSAGE,
  type SchemeMessage,
} from '../../../shared/embed/messages';
import { WIDGET_BOX } from '../../../shared/embed/reserve';
import { outlineLevels } from '../shared/outline';
import { pageSignals, schemeOf, usedScheme, watchPageScheme } from '../shared/theme';

const FLAG = Symbol.for('explainer-edge.resize');
const host = window as unknown as Record<symbol, boolean>;

/**
 * Our frames that have reported, with their origin, the schemes they were last told (theme and canvas) and the end
 * of the watch on what is around them.
 */
const frames = new Map<
  MessageEventSource,
  { frame: HTMLIFrameElement; origin: string; told?: string; unwatch: () => void }
>();

function tellScheme(source: MessageEventSource, always: boolean): void {
  const known = frames.get(source);
  // Gone, or moved (a frame put elsewhere loads again, as another window, which says hello anew).
  if (!known?.frame.isConnected || known.frame.contentWindow !== source) {
    known?.unwatch();
    frames.delete(source);
    return;
  }
  const signals = pageSignals(known.frame);
  // The frame's element's scheme (it inherits it, from the page's `color-scheme` or a box around it) is the one
  // Chromium holds the framed page's to; `normal` leaves it to the page's meta.
  const own = getComputedStyle(known.frame).colorScheme;
  const canvas = usedScheme(own === 'normal' ? signals.colorScheme[0] : own, signals.prefersDark);
  const scheme = schemeOf('auto', signals);
  const [level] = outlineLevels(known.frame, known.frame.dataset.headingLevel ?? null);
  // A frame that says hello or reports has perhaps loaded again, and forgotten: told then, otherwise on a change.
  if (!always && `${scheme} ${canvas} ${level}` === known.told) return;
  known.told = `${scheme} ${canvas} ${level}`;
  const message: SchemeMessage = { type: SCHEME_MESSAGE, scheme, canvas, level };
  (source as Window).postMessage(message, known.origin);
}

/** Where this script came from: our frames' origin. (A classic script: `currentScript` is set while it first runs.) */
const OURS = (() => {
  try {
    return new URL((document.currentScript as HTMLScriptElement | null)?.src ?? '').origin;
  } catch {
    return null;
  }
})();

/**
 * The frame `event` came from, if it is one of our embeds on this page (the embed code marks its frame
 * `data-explainer-embed`; codes older than the mark show a page of this script's origin) and the sender is the
 * page it shows. Any other frame, an advertiser's, say, is not fitted or styled by its own messages.
 */
function senderFrame(event: MessageEvent): { frame: HTMLIFrameElement; origin: string } | undefined {
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    const origin = ourFrameOrigin(frame);
    return origin === event.origin ? { frame, origin } : undefined;
  }
  return undefined;
}

/** The origin of a frame of ours (marked, or showing a page of this script's origin); undefined for any other. */
function ourFrameOrigin(frame: HTMLIFrameElement): string | undefined {
  try {
    const origin = new URL(frame.src, location.href).origin;
    return frame.hasAttribute('data-explainer-embed') || origin === OURS ? origin : undefined;
  } catch {
    // A frame without a URL of its own (srcdoc) is none of ours.
    return undefined;
  }
}

/**
 * A page whose CSP refuses inline styles (a `style-src` without 'unsafe-inline') does not apply the embed code's
 * `style` attributes: its frame falls back to its `width="640"`, past a phone's screen, and the box around it to
 * no container. Applied through the CSSOM instead, which a CSP does not govern (and which such a page lets
 * resize.js, a script it allows, do): the frame's own, and the box's only where it is the code's own box (its
 * style exactly WIDGET_BOX), so no style the page's policy refused on its own elements is applied. An element
 * whose style did apply is left alone.
 */
function applyOwnStyles(frame: HTMLIFrameElement): void {
  const box = frame.parentElement;
  for (const el of [frame, box?.getAttribute('style') === WIDGET_BOX ? box : null]) {
    const style = el?.getAttribute('style');
    if (el && style && !el.style.length) el.style.cssText = style;
  }
}

if (!host[FLAG]) {
  host[FLAG] = true;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-explainer-embed]'))
    applyOwnStyles(frame);
  // Frames that reported before this script ran (it came late: a page's footer, a tag manager) report again. Asked
  // of our frames only, and to any origin: the question says nothing, and a frame still loading (its document the
  // page's blank one) would otherwise have the browser warn in the page's console; its page reports once loaded.
  for (const frame of document.querySelectorAll('iframe'))
    if (ourFrameOrigin(frame)) frame.contentWindow?.postMessage({ type: ASK_MESSAGE } satisfies AskMessage, '*');
  window.addEventListener('message', (event) => {
    const resize = isResizeMessage(event.data);
    if ((!resize && !isHelloMessage(event.data)) || !event.source) return;
    const sender = senderFrame(event);
    if (!sender) return;
    applyOwnStyles(sender.frame);
    if (resize) {
      sender.frame.style.height = `${event.data.height}px`;
      sender.frame.height = String(event.data.height);
    }
    const source = event.source;
    // A frame loaded again (perhaps from another origin) keeps its watch; a frame first heard from gets one.
    const unwatch = frames.get(source)?.unwatch ?? watchPageScheme(sender.frame, () => tellScheme(source, false));
    frames.set(source, { ...sender, unwatch });
    tellScheme(source, true);
  });
}
