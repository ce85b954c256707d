import { HELLO_MESSAGE, SCHEME_MESSAGE } from '../../shared/embed/messages';
import { RESERVE_PROPERTY } from '../../shared/embed/reserve';

/**
 * What an embed page does differently in a frame, decided as its <head> is
 * parsed, before its first paint: its links open in a new tab (a source's
 * site, or the page of changes, would otherwise replace the card inside the
 * frame, and most sites refuse to be framed); its <html> is marked
 * `data-framed`, which fills the frame with the card (FRAME_FILL_CSS); and
 * an `auto` page is drawn light, says hello to the page framing it, and
 * takes the scheme resize.js answers with, there and whenever that page's
 * scheme changes (shared/embed/messages.ts; widgets/src/embed/resize.ts).
 * The page's colours and the widget's `theme="auto"` both follow
 * `data-theme` on <html> (./page-style.ts, widgets/src/shared/theme.ts), and
 * the frame's canvas follows the `color-scheme` meta: Chromium paints a
 * frame's canvas opaque, in the frame's scheme, when its declared scheme is
 * not the framing page's, so left at "light dark" a light card would be
 * ringed in dark for a dark system. So the meta takes the scheme the framing
 * page's canvas is in, which resize.js reports beside the page's colours
 * (`canvas`; an older resize.js, none: then the colours' scheme), and a
 * framed page's own `color-scheme` is left to it (./page-style.ts): a dark
 * page that declares no scheme gets a dark card in a frame that lets the
 * page through, where a frame declared dark was a band of near-black round
 * the card. A theme the URL names stands (the server writes its
 * `data-theme`). Opened on its own, the page takes its card's own height
 * and follows the reader's system, and its links open where they are.
 *
 * Why light rather than the reader's system: a frame sees the system's
 * scheme whenever the page around it declares none, which most publishers'
 * pages, white ones, do not; left to it, every reader whose system is dark
 * would see a dark card, on a dark band, in a white article wherever a CMS
 * keeps resize.js out.
 *
 * Inline, so it runs with no request and its hello goes as early as it can
 * (resize.js's answer then comes before the frame's first paint); the
 * page's CSP allows it by its hash. Only the parent may set the scheme, and
 * only to 'light' or 'dark'.
 */
export const FRAMED_PAGE_SCRIPT = `if(parent!==window){var r=document.documentElement,m=document.querySelector('meta[name=color-scheme]'),b=document.createElement('base');b.target='_blank';document.head.appendChild(b);r.dataset.framed='';if(!r.dataset.theme){r.dataset.theme=m.content='light';addEventListener('message',function(e){var d=e.data,s=d&&d.type==='${SCHEME_MESSAGE}'&&d.scheme,c=d&&d.canvas;if(e.source===parent&&(s==='light'||s==='dark')){r.dataset.theme=s;m.content=c==='light'||c==='dark'?c:s}});parent.postMessage({type:'${HELLO_MESSAGE}'},'*')}}`;

/** FRAMED_PAGE_SCRIPT's SHA-256, for the CSP (tests/worker/embed.test.ts checks every inline script is allowed). */
export const FRAMED_PAGE_SCRIPT_HASH = "'sha256-/AKKniv9BXW7774+7jMh/C5+DkLxRIPlFmNTxuR6b28='";

/** The embed page's padding round the widget, in px (its body's, all round). */
export const EMBED_PADDING_PX = 8;

/**
 * In a frame, the widget holds the frame's height less the page's padding
 * while it loads, and its card fills that exactly when its spacing can make
 * it (widgets/src/shared/fit.ts, `exact`): the frame's first height is an
 * estimate from the data (src/embed/height.ts, a few percent either way in
 * the browser suite's faces, more in narrower ones), and without resize.js
 * nothing else corrects it, so a card would be cut short or leave a gap;
 * when the frame changes (a new width, resize.js), the card fills it anew. A
 * card the frame cannot hold that way (a frame far off its content, as a
 * publisher's own `height` may be) takes its own height, which resize.js
 * and AMP then fit the frame to. A page with a line under its card (a
 * pinned embed whose data has changed since) leaves the rule out, and its
 * card takes its own height.
 */
export const FRAME_FILL_CSS = `:root[data-framed] body>:first-child{${RESERVE_PROPERTY}:calc(100vh - ${2 * EMBED_PADDING_PX}px)}`;
