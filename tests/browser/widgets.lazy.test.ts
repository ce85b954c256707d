/**
 * Lazy work: a widget far below the fold makes no request until the reader
 * scrolls within 200 px of it; without IntersectionObserver it loads at
 * once; a widget handed its data needs no request, seen or not.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, hostPage, SEED_INCIDENT, usePublisher } from './browser';

const { pages, visit } = usePublisher();

const VIEWPORT = { width: 1024, height: 900 };
/** Space above the widget: far more than a 900 px viewport. */
const SPACER = 3000;
const incidentUrl = `${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`;

pages.set(
  '/below-the-fold',
  hostPage(
    `<div style="height:${SPACER}px">The story so far.</div><casualty-claims incident="${SEED_INCIDENT}"></casualty-claims><div style="height:2000px"></div>`,
  ),
);

/** Opens the page with the widget far below the fold; `apiCalls()` are the API requests it has made so far. */
async function belowTheFold(before?: (page: Page) => Promise<unknown>) {
  const opened = await visit('/below-the-fold', { context: { viewport: VIEWPORT }, settle: false, before });
  return { ...opened, apiCalls: () => opened.requests.filter((url) => url.includes('/api/')) };
}

const state = (page: Page) =>
  page.locator('casualty-claims').evaluate((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.state);

const waitReady = (page: Page) =>
  page.waitForFunction(() =>
    document.querySelector('casualty-claims')?.shadowRoot?.querySelector('[data-state="ready"]'),
  );

/** Records, in the page and as they are made, the widget's requests: nothing in flight can be missed. */
const recordFetches = () => {
  const calls: string[] = [];
  (window as unknown as { __fetches: string[] }).__fetches = calls;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
};
const fetchesSoFar = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fetches: string[] }).__fetches.filter((u) => u.includes('/api/')));

/**
 * Resolves once the browser has told every IntersectionObserver where the
 * widget stands now: an observer made after the widget's own is answered
 * after it, in the same step, and whatever the widget does on being near
 * (its fetch) has run by then.
 */
const visibilityDelivered = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const el = document.querySelector('casualty-claims');
        if (!el) return resolve();
        const io = new IntersectionObserver(() => {
          io.disconnect();
          setTimeout(resolve);
        });
        io.observe(el);
      }),
  );

describe('a widget below the fold', () => {
  it('asks the API nothing until the reader scrolls within 200 px of it', async () => {
    const { page, problems, apiCalls } = await belowTheFold((page) => page.addInitScript(recordFetches));
    await page.waitForFunction(() => customElements.get('casualty-claims'));
    await visibilityDelivered(page);
    expect(await fetchesSoFar(page)).toEqual([]);
    expect(apiCalls()).toEqual([]);
    expect(await state(page)).toBe('loading');
    const top = await page.locator('casualty-claims').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

    // 300 px below the viewport: still nothing.
    await page.evaluate((y) => window.scrollTo(0, y), top - VIEWPORT.height - 300);
    await visibilityDelivered(page);
    expect(await fetchesSoFar(page)).toEqual([]);
    expect(apiCalls()).toEqual([]);

    // 150 px below the viewport: inside the margin, so it loads before it is seen.
    await page.evaluate((y) => window.scrollTo(0, y), top - VIEWPORT.height - 150);
    await waitReady(page);
    expect(apiCalls()).toEqual([incidentUrl]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('loads at once where IntersectionObserver is missing', async () => {
    const { page, problems } = await belowTheFold((page) =>
      page.addInitScript(() => {
        delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
      }),
    );
    await waitReady(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('needs no request, seen or not, when handed its data', async () => {
    const data = await (await fetch(incidentUrl)).json();
    const { page, problems, apiCalls } = await belowTheFold((page) => page.addInitScript(recordFetches));
    await page.locator('casualty-claims').evaluate((el, d) => {
      (el as HTMLElement & { data: unknown }).data = d;
    }, data);
    await waitReady(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await fetchesSoFar(page)).toEqual([]);

    // Seen: being near is what starts a fetch, and one handed its data has nothing to ask.
    await page.locator('casualty-claims').scrollIntoViewIfNeeded();
    await visibilityDelivered(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(SPACER - VIEWPORT.height);
    expect(await fetchesSoFar(page)).toEqual([]);
    expect(apiCalls()).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
