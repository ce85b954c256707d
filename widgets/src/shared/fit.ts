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

/** Fits `root` (the card inside `host`) into `held` px; returns what lets it take its natural height. */
export function fitInto(host: HTMLElement, root: HTMLElement, held: number): () => void {
  const style = root.style;
  const height = (fit: number) => {
    style.setProperty('--_fit', String(fit));
    return root.getBoundingClientRect().height;
  };
  const natural = height(1);
  // A page that holds no height (`--explainer-min-height: 0`) held the card's padding and borders only.
  const box = getComputedStyle(root);
  const chrome = root.offsetHeight - root.clientHeight + parseFloat(box.paddingTop) + parseFloat(box.paddingBottom);
  const edge = natural > held ? TIGHT : LOOSE;
  const fit = 1 + ((edge - 1) * (held - natural)) / (height(edge) - natural || 1);
  const fitted = height(Math.min(LOOSE, Math.max(TIGHT, fit)));
  const top = () => host.getBoundingClientRect().top;
  /** Lets the card take its height: its natural one, or (`spaced`) the one its fitted spacing gives it. */
  const release = (spaced?: boolean) => {
    if (!spaced) style.removeProperty('--_fit');
    style.removeProperty('height');
    delete root.dataset.fit;
    observer.disconnect();
    removeEventListener('scroll', check, true);
    removeEventListener('resize', check);
  };
  // Wholly above the view, at once: the browser's scroll anchoring keeps what is in view still. Its end below
  // the view, once layout is done in the frame a scroll or resize may have changed (a resize observer's first
  // report on observe()), so a script that scrolls in the same frame has scrolled by then; what is in view of
  // it keeps its spacing, and only what is below the view moves.
  const observer = new ResizeObserver(() => {
    if (top() + Math.min(held, fitted) >= innerHeight) release(true);
  });
  const check = () => {
    if (top() + held <= 0) return release();
    observer.unobserve(host);
    observer.observe(host);
  };
  if (natural === held || held <= chrome) {
    release();
    return release;
  }
  style.height = `${held}px`;
  // Content that runs into the bottom padding is still in view; past it, the button says there is more.
  root.dataset.fit = fitted - held > parseFloat(box.paddingBottom) ? 'clipped' : 'held';
  addEventListener('scroll', check, { capture: true, passive: true });
  addEventListener('resize', check);
  check();
  return release;
}
