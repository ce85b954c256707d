/**
 * Runs in a framed embed page whose URL names no theme (`auto`), which the
 * page's first script drew light and marked `data-scheme-from="parent"`
 * (FRAMED_PAGE_SCRIPT, src/embed/framed-page.ts): takes the scheme that
 * resize.js, on the page framing it, reports of the page around the frame.
 * The page's colours and the widget's `theme="auto"` both follow
 * `data-theme` on <html> (page-style.ts, shared/theme.ts), and the frame's
 * canvas follows the page's `color-scheme` meta. Without resize.js the
 * frame stays light. A theme the URL names stands: the server writes its
 * `data-theme`, and no mark.
 */
import { HELLO_MESSAGE, type HelloMessage, isSchemeMessage } from './messages';

const root = document.documentElement;
if (window.parent !== window && root.dataset.schemeFrom === 'parent') {
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !isSchemeMessage(event.data)) return;
    root.dataset.theme = event.data.scheme;
    // Chromium paints a frame's canvas opaque, in the frame's scheme, when its declared scheme (this meta, not
    // the CSS) is not the framing page's: left at "light dark", a light card is ringed in dark for a dark system.
    document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', event.data.scheme);
  });
  const hello: HelloMessage = { type: HELLO_MESSAGE };
  // Which page frames this one is unknown, and a hello tells it nothing: '*'.
  window.parent.postMessage(hello, '*');
}
