/**
 * Runs in an embed page: in a frame on a page with resize.js, the widget's
 * title takes the heading level of the frame's place in that page's outline
 * (the scheme message's `level`), as a widget on the page itself does. A
 * screen reader lists the frame's headings among its page's; without the
 * message the title stays at the frame's own level, 2.
 */
import { SCHEME_MESSAGE, type SchemeMessage } from '../../../shared/embed/messages';
import { WIDGET_KINDS } from '../../../shared/embed/options';

if (window.parent !== window) {
  addEventListener('message', (event) => {
    const message = event.data as Partial<SchemeMessage> | null;
    if (event.source !== window.parent || message?.type !== SCHEME_MESSAGE) return;
    const level = String(message.level);
    if (/^[1-6]$/.test(level)) document.querySelector(WIDGET_KINDS.join())?.setAttribute('heading-level', level);
  });
}
