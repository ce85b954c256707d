/**
 * Widgets far down a long article should cost the reader nothing until they
 * are about to be seen: the request waits until the element comes within
 * 200 px of the viewport. A browser without IntersectionObserver loads at
 * once rather than never.
 */
export function nearViewport(element: Element): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
  });
}
