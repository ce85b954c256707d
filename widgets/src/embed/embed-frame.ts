/**
 * /widgets/v1/embed-frame.js, run by every embed page: in a frame, it
 * reports the page's height to the parent and takes the parent page's
 * scheme from resize.js.
 */
import './report-height';
import './follow-scheme';
