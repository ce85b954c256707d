/**
 * Runs in an embed page: tells the parent the page's height whenever it
 * changes (the widget upgrading, a disclosure opening, fonts loading).
 */
import { type AmpEmbedSize, RESIZE_MESSAGE, type ResizeMessage } from './messages';

if (window.parent !== window) {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const ours: ResizeMessage = { type: RESIZE_MESSAGE, height, src: location.href };
    const amp: AmpEmbedSize = { sentinel: 'amp', type: 'embed-size', height };
    // Heights are not secret, and the embedding page's origin is unknown: '*'.
    window.parent.postMessage(ours, '*');
    window.parent.postMessage(amp, '*');
  };
  // Once the page is parsed: this script may run before (embed-frame.js is async, so its hello goes early).
  const start = () => {
    new ResizeObserver(report).observe(document.documentElement);
    report();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
