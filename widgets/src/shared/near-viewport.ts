/**
 * Widgets far down a long article should cost the reader nothing until they
 * are about to be seen: the request waits until the element comes within
 * 200 px of the viewport. A browser without IntersectionObserver loads at
 * once rather than never.
 */

/** How near the view a widget is before it asks for its data, in px on every side. */
const NEAR_PX = 200;

export function nearViewport(element: Element): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: `${NEAR_PX}px` },
    );
    observer.observe(element);
  });
}

/**
 * Whether `element` is near the view now, as the observer above would first report it: for the one-tag loader
 * (../explainers.ts), which preloads the data of the widgets that will ask at once. A box the page does not
 * render is never reported; where the browser cannot say so (no `checkVisibility`: Safari before 17.4), one
 * without a box of its own (`display: none` on it or around it) is not either, whose read would go unused.
 */
export function nearViewportNow(element: Element): boolean {
  const { top, bottom, left, right } = element.getBoundingClientRect();
  return (
    !!(element.checkVisibility?.() ?? element.getClientRects()[0]) &&
    top < innerHeight + NEAR_PX &&
    bottom > -NEAR_PX &&
    left < innerWidth + NEAR_PX &&
    right > -NEAR_PX
  );
}
