/**
 * A card whose data arrives goes into exactly the height its page held for
 * it while it loaded, so nothing the reader sees moves. The held height is
 * an estimate (src/embed/height.ts): the card tightens or loosens its
 * vertical spacing (`--_fit`, half to one and a half times) to fill it;
 * what still does not fit is clipped behind a "Show all" button, and a
 * shortfall stays empty. Either way the card takes its natural height as
 * soon as that moves nothing in view: everything after it stays below the
 * viewport, or all of it is above (the browser's scroll anchoring keeps what
 * is in view still), or the reader asks (a click or a key exempts a shift).
 */
const [TIGHT, LOOSE] = [0.5, 1.5];

/**
 * Fits `root` (the card inside `host`) into the height it held while loading (`was`, its box in the frame
 * before its data); returns what lets it take its natural height.
 */
export function fitInto(host: HTMLElement, root: HTMLElement, was: DOMRect): () => void {
  const held = was.height;
  const style = root.style;
  const height = (fit: number) => {
    style.setProperty('--_fit', String(fit));
    return root.getBoundingClientRect().height;
  };
  const natural = height(1);
  const unseen = () => {
    const top = host.getBoundingClientRect().top;
    return top + Math.min(held, natural) >= innerHeight || top + held <= 0;
  };
  const check = () => {
    if (unseen()) release();
  };
  /**
   * A card above the view changing height: the browser's scroll anchoring keeps what is in view still,
   * except when a change elsewhere in the same frame suppresses it (another widget defined or fitted),
   * so the card scrolls by whatever it did not make up.
   */
  const keepView = (bottom: number) => {
    const moved = host.getBoundingClientRect().bottom - bottom;
    if (bottom <= 0 && moved) scrollBy(0, moved);
  };
  const release = () => {
    const bottom = host.getBoundingClientRect().bottom;
    style.removeProperty('--_fit');
    style.removeProperty('height');
    delete root.dataset.fit;
    removeEventListener('scroll', check, true);
    removeEventListener('resize', check);
    keepView(bottom);
  };
  // A page that holds no height (`--explainer-min-height: 0`) held the card's padding and borders only.
  const box = getComputedStyle(root);
  const chrome = root.offsetHeight - root.clientHeight + parseFloat(box.paddingTop) + parseFloat(box.paddingBottom);
  if (natural === held || held <= chrome || unseen()) {
    release();
    keepView(was.bottom);
    return release;
  }
  const edge = natural > held ? TIGHT : LOOSE;
  const fit = 1 + ((edge - 1) * (held - natural)) / (height(edge) - natural || 1);
  const fitted = height(Math.min(LOOSE, Math.max(TIGHT, fit)));
  style.height = `${held}px`;
  // Content that runs into the bottom padding is still in view; past it, the button says there is more.
  root.dataset.fit = fitted - held > parseFloat(box.paddingBottom) ? 'clipped' : 'held';
  addEventListener('scroll', check, { capture: true, passive: true });
  addEventListener('resize', check);
  return release;
}
