/**
 * /widgets/v1/embed-frame.js, run by every embed page: in a frame, it
 * reports the page's height to the parent, takes the heading level resize.js
 * tells it, and in WordPress's sandbox sends its page the links the reader
 * follows. (The page's scheme in a frame is its inline first script's:
 * src/embed/framed-page.ts.)
 */
import './outline-level';
import './report-height';
import './wordpress-links';
