/**
 * /widgets/v1/resize.js: the one script a publisher adds to keep every
 * Explainer Edge iframe on the page fitted to its content, and in the page's
 * colours. It only listens: a frame's height is set when that frame (and
 * only a frame whose `src` is on the sending origin) reports it. Each such
 * frame is then told the scheme of the page around it (shared/theme.ts, as
 * a widget's `theme="auto"` reads it), and told again when that changes (a
 * reader's dark-mode toggle): an embed whose URL names no theme takes it, so
 * a white page shows a light card to a reader whose system is dark.
 */

import { isHelloMessage, isResizeMessage, SCHEME_MESSAGE, type SchemeMessage } from '../../../shared/embed/messages';
import { pageSignals, type Scheme, schemeOf, watchPageScheme } from '../shared/theme';

const FLAG = Symbol.for('explainer-edge.resize');
const host = window as unknown as Record<symbol, boolean>;

/** Our frames that have reported, with their origin and the scheme they were last told. */
const frames = new Map<MessageEventSource, { frame: HTMLIFrameElement; origin: string; told?: Scheme }>();
let watching = false;

function tellScheme(source: MessageEventSource, always: boolean): void {
  const known = frames.get(source);
  if (!known?.frame.isConnected) {
    frames.delete(source);
    return;
  }
  const scheme = schemeOf('auto', pageSignals(known.frame));
  // A frame that says hello or reports has perhaps loaded again, and forgotten: told then, otherwise on a change.
  if (!always && scheme === known.told) return;
  known.told = scheme;
  const message: SchemeMessage = { type: SCHEME_MESSAGE, scheme };
  (source as Window).postMessage(message, known.origin);
}

/** The frame `event` came from, if it is an iframe of this page showing a page of the sender's origin. */
function senderFrame(event: MessageEvent): { frame: HTMLIFrameElement; origin: string } | undefined {
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    try {
      const origin = new URL(frame.src, location.href).origin;
      return origin === event.origin ? { frame, origin } : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

if (!host[FLAG]) {
  host[FLAG] = true;
  window.addEventListener('message', (event) => {
    const resize = isResizeMessage(event.data);
    if ((!resize && !isHelloMessage(event.data)) || !event.source) return;
    const sender = senderFrame(event);
    if (!sender) return;
    if (resize) {
      sender.frame.style.height = `${event.data.height}px`;
      sender.frame.height = String(event.data.height);
    }
    if (!watching) {
      watching = true;
      watchPageScheme(() => {
        for (const source of frames.keys()) tellScheme(source, false);
      });
    }
    frames.set(event.source, sender);
    tellScheme(event.source, true);
  });
}
