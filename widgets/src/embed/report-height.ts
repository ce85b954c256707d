/**
 * Runs in an embed page: tells the parent the page's height whenever it
 * changes (a disclosure opening, fonts loading, a live update).
 */
import {
  type AmpEmbedSize,
  isAskMessage,
  RESIZE_MESSAGE,
  type ResizeMessage,
  type WordPressEmbedHeight,
  wordPressSecret,
} from '../../../shared/embed/messages';

if (window.parent !== window) {
  let last = -1;
  const secret = wordPressSecret(location.hash);
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const ours: ResizeMessage = { type: RESIZE_MESSAGE, height, src: location.href };
    const amp: AmpEmbedSize = { sentinel: 'amp', type: 'embed-size', height };
    // Heights are not secret, and the embedding page's origin is unknown: '*'.
    window.parent.postMessage(ours, '*');
    window.parent.postMessage(amp, '*');
    // WordPress's secret only tells its frames apart; its page finds the frame by it and by the message's source.
    if (secret)
      window.parent.postMessage({ message: 'height', value: height, secret } satisfies WordPressEmbedHeight, '*');
  };
  // Once the widget has drawn what it shows (its data, or what went wrong), or the page has loaded without it:
  // never the server-rendered fallback the widget is about to replace, which a parent would fit the frame to
  // for a moment, moving its page twice. (This script is async, so it may run before the widget's module, even
  // once the page is parsed; or after the widget has drawn, and then the page's load starts it.)
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    new ResizeObserver(report).observe(document.documentElement);
    report();
  };
  for (const settled of ['explainer-load', 'explainer-error'])
    document.addEventListener(settled, start, { once: true });
  // A resize.js that came after this page reported asks again: told once started, whatever the height.
  addEventListener('message', (event) => {
    if (event.source !== window.parent || !isAskMessage(event.data)) return;
    last = -1;
    if (started) report();
  });
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
