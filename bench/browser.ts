/**
 * The reader's view, in headless Chromium: how soon both widgets on the demo
 * page show data, whether anything shifts, how many bytes it costs; and
 * Lighthouse's performance and accessibility scores.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumExecutable, launchChromium } from '../scripts/chromium';
import { watchWidgetsShown } from './network';
import { median } from './stats';

export type PageLoad = { widgetsReadyMs: number; cumulativeLayoutShift: number; transferredBytes: number };

declare global {
  interface Window {
    __bench: { shifts: number };
  }
}

/** Median over `runs` fresh loads (no HTTP cache; the edge cache is warm, as for a real reader). */
export async function demoPageLoad(url: string, runs = 5): Promise<PageLoad> {
  const browser = await launchChromium();
  const samples: PageLoad[] = [];
  try {
    for (let i = 0; i < runs + 1; i += 1) {
      // Tall enough to hold the whole article: widgets load only near the
      // viewport, and this measures both as a reader who sees both would.
      const context = await browser.newContext({ viewport: { width: 1024, height: 4000 } });
      const page = await context.newPage();
      // Each widget element's data drawn (network.ts): two events of one widget do not make both widgets shown.
      await page.addInitScript(watchWidgetsShown);
      await page.addInitScript(() => {
        window.__bench = { shifts: 0 };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) window.__bench.shifts += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(
        () => window.__failed || [...window.__shown.values()].filter((t) => !Number.isNaN(t)).length >= 2,
        null,
        { timeout: 15_000 },
      );
      await page.waitForTimeout(300);
      const sample = await page.evaluate(() => {
        const entries = [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ] as PerformanceResourceTiming[];
        return {
          // The second widget element's data drawn.
          widgetsReadyMs:
            [...window.__shown.values()].filter((t) => !Number.isNaN(t)).sort((a, b) => a - b)[1] ?? Number.NaN,
          cumulativeLayoutShift: window.__bench.shifts,
          transferredBytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
          errors: window.__failed ? 1 : 0,
        };
      });
      await context.close();
      if (sample.errors > 0) throw new Error(`a widget failed to load on ${url}`);
      // The first load warms the Worker and the edge cache; it is not counted.
      if (i > 0) samples.push(sample);
    }
  } finally {
    await browser.close();
  }
  return {
    widgetsReadyMs: Math.round(median(samples.map((s) => s.widgetsReadyMs))),
    cumulativeLayoutShift: Math.max(...samples.map((s) => s.cumulativeLayoutShift)),
    transferredBytes: median(samples.map((s) => s.transferredBytes)),
  };
}

export type LighthouseScores = { performance: number; accessibility: number };

export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumExecutable(),
    chromeFlags: [...chromiumArgs(), '--headless=new'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'desktop',
      screenEmulation: { disabled: true },
      throttlingMethod: 'provided',
    });
    const categories = result?.lhr.categories;
    return {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
    };
  } finally {
    chrome.kill();
  }
}
