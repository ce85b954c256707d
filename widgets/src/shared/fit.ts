/**
 * A card whose data arrives goes into exactly the height its page held for
 * it while it loaded, so nothing the reader sees moves. The held height is
 * an estimate (src/embed/height.ts): the card tightens or loosens its
 * vertical spacing (`--_fit`, half to three and a half times) to fill it;
 * what still does not fit is clipped behind a "Show all" button, and a
 * shortfall stays empty. A face the page loads after the card was fitted
 * (`font-display: swap`) sets its text anew; spacing it anew in view would
 * move what the reader sees (measured: a layout shift in the gallery, where
 * a weight only the card uses lands last), so there only the button follows
 * the new text, and the card is spaced anew, in the same height, once it is
 * out of view. A face whose text the browser hides while it loads (any
 * `font-display` but `swap` and `fallback`) is not left to arrive late: the
 * card waits for it before it is fitted (fitWhenSet). Either way the
 * card takes its natural height as soon as that moves nothing in view:
 * everything after it stays below the viewport, or the reader asks (a click
 * or a key exempts a shift). A card the reader has scrolled past keeps its
 * height: taking another above the view would move what is in view, except
 * where the browser's scroll anchoring makes up for it, which not every
 * engine has, a page may turn off (`overflow-anchor: none`), and Chromium
 * skips in any frame where the box it anchors to, or a box around it,
 * changes its height, spacing or position (measured: a box above the view
 * grown while the one in view below it had its `min-height` set moved that
 * one; the gallery once saw a card partly in view leave it without a scroll).
 */
/**
 * Looser than tighter: the reserve errs toward holding too much (shared/embed/reserve.ts, FACE_WIDTH), since a
 * card held short is cut where one held tall loosens, and airy spacing reads better than a gap under the card.
 * Two and a half, not two: a card at a phone's width in Times, when the reserve took Times for DejaVu (a fifth tall),
 * wholly in view of a desktop's tall window left 32 px empty under its content at twice (the gallery's
 * sidebar-375-desktop). Three and a half, not two and a half: a face held 7 % wide of its text (Lato; Cabin, the
 * widest margin of the faces measured, a fifth: bench/faces.ts) holds a long card in a narrow column hundreds of pixels tall, and one
 * whose data or face came once the reader had scrolled past it, which keeps its height, needed ×3.07 (a drawn page,
 * Lato 20 px in a 283 px column, Spanish: 84 px empty under the long card at ×2.5). The rest of the headroom is for
 * the faces no one has measured.
 */
const [TIGHT, LOOSE] = [0.5, 3.5];

/**
 * A card's height in layout px, the unit its `height` is set in. On a page
 * that zooms or transforms its column the card is drawn larger or smaller
 * than that, which `getBoundingClientRect` measures; what the card holds
 * and fills is its layout height. Where the two agree to within a pixel
 * (`offsetHeight` is rounded to one), the drawn height is taken: it is
 * exact, where the computed height can be a 64th of a pixel off, and a 64th
 * is still a layout shift. (The card is `border-box`, so its computed
 * height is all of it; 0 when it is not rendered.)
 */
export function layoutHeight(root: HTMLElement): number {
  const drawn = root.getBoundingClientRect().height;
  return Math.abs(drawn - root.offsetHeight) < 1 ? drawn : parseFloat(getComputedStyle(root).height) || 0;
}

/** A card's padding and borders: all of it a page that holds no height (`--explainer-min-height: 0`) holds. */
export const chromeOf = (root: HTMLElement, box = getComputedStyle(root)) =>
  root.offsetHeight - root.clientHeight + parseFloat(box.paddingTop) + parseFloat(box.paddingBottom);

/**
 * Fits `root` (the card inside `host`) into `held` layout px; returns what lets it take its natural height.
 * `exact`: fit only a card whose spacing makes it exactly `held`; any other takes its natural height at once
 * (an embed page filling its frame, which resize.js can fit to the card instead: src/embed/framed-page.ts).
 */
export function fitInto(host: HTMLElement, root: HTMLElement, held: number, exact?: boolean): () => void {
  const style = root.style;
  const height = (fit: number) => {
    style.setProperty('--_fit', String(fit));
    return layoutHeight(root);
  };
  const box = getComputedStyle(root);
  /**
   * Spaces the card to fill `held` in the faces it is set in now: its natural height, and its height so spaced.
   */
  const space = (): [number, number] => {
    const natural = height(1);
    const edge = natural > held ? TIGHT : LOOSE;
    const fit = 1 + ((edge - 1) * (held - natural)) / (height(edge) - natural || 1);
    return [natural, height(Math.min(LOOSE, Math.max(TIGHT, fit)))];
  };
  const [natural, first] = space();
  let fitted = first;
  /** Lets the card take its height: its natural one, or (`spaced`) the one its fitted spacing gives it. */
  const release = (spaced?: boolean) => {
    if (!spaced) style.removeProperty('--_fit');
    style.removeProperty('height');
    delete root.dataset.fit;
    observer.disconnect();
    grown.disconnect();
    removeEventListener('scroll', check, true);
    removeEventListener('resize', check);
    document.fonts.removeEventListener('loadingdone', faces);
  };
  // Its end below the view, once layout is done in the frame a scroll or resize may have changed (a resize
  // observer's first report on observe()), so a script that scrolls in the same frame has scrolled by then; what
  // is in view of it keeps its spacing, and only what is below the view moves. Wholly below the view, it takes
  // its own spacing too: nothing of it is in view, and a card spaced for a height it no longer keeps would stay
  // cramped or airy for nothing. (On screen, the card held is `held` layout px drawn at whatever scale the page
  // gives it: its box says where its end is.)
  const observer = new ResizeObserver(() => {
    const box = root.getBoundingClientRect();
    if (box.top >= innerHeight) release();
    else if (box.top + box.height * Math.min(1, fitted / held) >= innerHeight) release(true);
  });
  // Exact: the view is the frame the card fills, so when the frame changes (a new width, resize.js) it fills it anew.
  const top = innerHeight;
  let next: (() => void) | undefined;
  const check = () => {
    if (exact) {
      release();
      next = fitInto(host, root, held + innerHeight - top, exact);
    } else {
      respace();
      observer.unobserve(host);
      observer.observe(host);
    }
  };
  // A face that arrived after the fit sets the card's text anew in the same height (mark). Out of view, the card is
  // spaced anew to fill that height in it: its height stays, so nothing outside it moves, and what moves inside it
  // is out of view. In view it waits until the reader scrolls it out (a card scrolled past is never released).
  let stale = false;
  const respace = () => {
    // Measured only once a face has come: a scroll handler that asks for layout on every event makes scrolling slow.
    if (!stale) return;
    const { top, bottom } = root.getBoundingClientRect();
    if (bottom > 0 && top < innerHeight) return;
    stale = false;
    style.removeProperty('height');
    [, fitted] = space();
    mark();
  };
  const faces = () => {
    mark();
    stale = !exact;
    respace();
  };
  /** Holds the card at `held`, and says whether what it holds now runs past it (measured in the same task: nothing drawn moves). */
  function mark() {
    style.removeProperty('height');
    // Content that runs into the bottom padding is still in view; past it, the button says there is more.
    const over = layoutHeight(root) - held > parseFloat(box.paddingBottom);
    style.height = `${held}px`;
    root.dataset.fit = over ? 'clipped' : 'held';
  }
  // Its content set anew after the fit, in the same height: a narrower column (a window resized, a phone turned, a
  // reader's zoom) or a reader's text spacing wraps it longer. Each change of its parts' sizes says afresh whether
  // it runs past the height held, so "Show all" comes with what it cut (it stayed hidden over a cut card).
  const grown = new ResizeObserver(() => {
    if (root.dataset.fit) mark();
  });
  if (natural === held || (exact && Math.abs(fitted - held) > 1)) {
    release();
    return release;
  }
  mark();
  // Not the button itself: it shows with what mark() decides, and a size it changes in the same frame would be
  // another round of the observer's loop.
  for (const part of root.children) if (!part.matches('[part="more"]')) grown.observe(part);
  addEventListener('resize', check);
  document.fonts.addEventListener('loadingdone', faces);
  if (exact)
    return () => {
      release();
      next?.();
    };
  addEventListener('scroll', check, { capture: true, passive: true });
  check();
  return release;
}

/**
 * How long browsers hide the text of a face still loading (`font-display: block`, and `auto`, which all three
 * engines treat as block): from the face's first use, three seconds (Chromium's, Firefox's and WebKit's block
 * period). After it they show the fallback's text, and the face arrives late, as a swap face does.
 */
const BLOCK_MS = 3000;

/**
 * Fits as fitInto does, in the faces the card is drawn in. A face still loading is laid out in its fallback's
 * widths, so a card fitted while one loads is fitted for text it will not show. Layout is what asks the page for
 * a face (a preload does not start a FontFace's load): the loading card, set in the card's two weights
 * (shared/styles.ts), asked for them at `asked` (a `performance.now()`) while the data was on its way. While a face
 * of the card's family whose text the browser may hide or set anew is loading (`block`, `auto`, and `optional`,
 * which Chromium still sets text in when a preloaded face arrives after the fallback was drawn: the gallery's faces;
 * not `swap` or `fallback`, which show the fallback's text within a tenth of a second), the card holds its height with its content hidden, as the browser hides that text
 * (`data-fit="wait"`), and is fitted when those faces are in, or when the browser would show their fallback's
 * text: BLOCK_MS after the card asked for them, or sooner for a face the page asked for first. (A card first
 * drawn while a page's face was already loading can then wait a little longer than the page's own text.)
 * Returns what lets the card take its natural height, and when it is shown.
 */
export function fitWhenSet(
  host: HTMLElement,
  root: HTMLElement,
  held: number,
  asked: number,
  exact?: boolean,
): [() => void, Promise<void>?] {
  layoutHeight(root);
  // Only the card's own family: a page's icon font (declared `block`, as icon fonts are) is not the card's type.
  const name = (family: string) => family.replace(/["']/g, '').trim().toLowerCase();
  const families = getComputedStyle(root).fontFamily.split(',').map(name);
  const hidden = [...document.fonts].filter(
    (f) => f.status === 'loading' && !/swap|fallback/.test(f.display) && families.includes(name(f.family)),
  );
  const left = asked + BLOCK_MS - performance.now();
  if (!hidden.length || left <= 0) return [fitInto(host, root, held, exact)];
  const { style, dataset } = root;
  style.height = `${held}px`;
  dataset.fit = 'wait';
  let release: (() => void) | undefined;
  const end = (fit?: boolean) => {
    if (release) return;
    release = () => {};
    style.removeProperty('height');
    delete dataset.fit;
    try {
      if (fit) release = fitInto(host, root, held, exact);
    } catch {
      // A card that cannot be measured keeps its natural height.
    }
  };
  const shown = Promise.race([
    Promise.allSettled(hidden.map((f) => f.loaded)),
    new Promise((r) => setTimeout(r, left)),
  ]).then(() => end(true));
  return [
    () => {
      end();
      release?.();
    },
    shown,
  ];
}
