/**
 * What live widgets cost: the bytes an idle check puts on the wire, the
 * workerd CPU of the 304 that answers it, and how many checks an open page
 * makes per minute — measured in Chromium with the page's clock driven
 * (Playwright `page.clock`) over an hour of reading, once for a story that
 * moved in the last day and once for one that has settled.
 */
import { launchChromium } from '../scripts/chromium';
import { type LoadResult, loadRows } from './http';

export type LiveCosts = {
  /** Bytes of one conditional re-check answered 304, as the browser counts them (headers; no body). */
  bytesPerIdleCheck: number;
  /** workerd CPU per 304, under load. */
  cpuMsPer304: number | null;
  notModifiedPerSecond: number;
  /** Checks per minute an open page with both widgets makes, by how recently its story changed. */
  checksPerMinute: { movingStory: number; settledStory: number };
};

const MINUTES = 60;

/** Checks per minute over an hour of a page showing `incident` and `ceasefire`, clock driven. */
async function checksPerMinute(base: string, incident: string, ceasefire: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1024, height: 3000 } });
    const page = await context.newPage();
    await page.clock.install();
    let checks = 0;
    let counting = false;
    let inFlight = 0;
    page.on('request', (r) => {
      inFlight += 1;
      if (counting && r.url().includes('/api/v1/')) checks += 1;
    });
    const done = () => {
      inFlight -= 1;
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${base}/widgets/v1/explainers.js"></script></head>
<body><casualty-claims incident="${incident}"></casualty-claims><ceasefire-gauge ceasefire="${ceasefire}"></ceasefire-gauge></body></html>`;
    await page.route(`${base}/bench-live-page`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(`${base}/bench-live-page`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('casualty-claims, ceasefire-gauge')].every(
        (el) => el.shadowRoot?.querySelector('.root')?.getAttribute('data-state') === 'ready',
      ),
    );
    counting = true;
    // Five simulated seconds at a time, letting each check's real request finish before time moves on
    // (otherwise the page's clock would run ahead of the network and schedule from a later moment).
    for (let second = 0; second < MINUTES * 60; second += 5) {
      await page.clock.runFor(5_000);
      await page.evaluate(() => 0);
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return checks / MINUTES;
  } finally {
    await browser.close();
  }
}

async function bytesPerIdleCheck(base: string, path: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/health/live`);
    return await page.evaluate(async (url) => {
      await (await fetch(url)).text();
      await (await fetch(url, { cache: 'no-cache' })).text();
      const entries = performance.getEntriesByName(new URL(url, location.href).href) as PerformanceResourceTiming[];
      return entries.at(-1)?.transferSize ?? 0;
    }, path);
  } finally {
    await browser.close();
  }
}

export async function liveCosts(
  base: string,
  story: { incident: string; ceasefire: string; movingIncident: string; movingCeasefire: string },
  cpuMs: () => number | null,
): Promise<LiveCosts> {
  const path = `/api/v1/incidents/${story.incident}`;
  const etag = (await fetch(base + path)).headers.get('ETag') ?? '';
  const [notModified] = (await loadRows(
    base,
    [{ label: 'live re-check answered 304 (If-None-Match)', path, headers: { 'If-None-Match': etag } }],
    cpuMs,
  )) as [LoadResult];
  return {
    bytesPerIdleCheck: await bytesPerIdleCheck(base, path),
    cpuMsPer304: notModified.cpuMsPerRequest,
    notModifiedPerSecond: notModified.requestsPerSecond,
    checksPerMinute: {
      movingStory: await checksPerMinute(base, story.movingIncident, story.movingCeasefire),
      settledStory: await checksPerMinute(base, story.incident, story.ceasefire),
    },
  };
}
