/**
 * /widgets/v1/resize.js: the one script a publisher adds to keep every
 * Explainer Edge iframe on the page fitted to its content. It only listens:
 * a frame's height is set when that frame (and only a frame whose `src` is
 * on the sending origin) reports it.
 */
import { isResizeMessage } from './messages';

const FLAG = Symbol.for('explainer-edge.resize');
const host = window as unknown as Record<symbol, boolean>;

if (!host[FLAG]) {
  host[FLAG] = true;
  window.addEventListener('message', (event) => {
    if (!isResizeMessage(event.data)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      let origin: string;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = `${event.data.height}px`;
      frame.height = String(event.data.height);
      return;
    }
  });
}
