/**
 * Where a widget's title sits in its page's outline. A reader of a screen
 * reader moves through an article by its headings; the widget's title and
 * its sections' labels are headings of their own (the no-script fallback's
 * `h2` and `h3`), at the level that continues the page's outline rather
 * than one fixed level that would jump over or out of the section the
 * publisher placed the widget in.
 */

/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelled as its value: the constant's name would ship in every module. */
const FOLLOWING = 4;

/**
 * The levels of the widget's title and of its sections' labels (one below, at most 6). `asked`: the element's
 * `heading-level` (1–6); otherwise one below the last heading before the element in its document or shadow
 * root (an `h1`–`h6`, or a `role="heading"` at its `aria-level`, ARIA's 2 without one), and 2 where no heading
 * comes before it. A heading the page does not render is no part of the outline.
 */
export function outlineLevels(element: Element, asked: string | null): [title: number, section: number] {
  let title = Number(asked);
  if (!/^[1-6]$/.test(String(asked))) {
    title = 1;
    for (const h of (element.getRootNode() as ParentNode).querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')) {
      // The list is in document order: the first heading not before the element ends it.
      if (!(h.compareDocumentPosition(element) & FOLLOWING)) break;
      // A heading without a box (display: none, hidden, in a closed <details>) is not in the accessibility tree.
      // Where checkVisibility is missing (Safari before 17.4), a heading with no box has no client rects either.
      if (!(h.checkVisibility?.() ?? h.getClientRects()[0])) continue;
      title = Number(h.getAttribute('aria-level') || h.tagName[1]) || 2;
    }
    title = Math.min(6, title + 1);
  }
  return [title, Math.min(6, title + 1)];
}
