/**
 * The demo page at `/`: the seed article, server-rendered from D1, with both
 * widgets in its body; the page never moves as they load (cumulative layout
 * shift 0, measured by the browser itself). Screenshots of it, light and
 * dark, English and Arabic widgets, go to test-results/screenshots/.
 */

import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ArticleShape } from '../../shared/contract/article';
import { baseUrl, openPage, settled, useBrowser } from './browser';

const browser = useBrowser();
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const ARTICLE = 'us-airstrike-deir-ez-zor-tests-syria-ceasefire';
/** Tall enough to hold the whole article: a shift anywhere on the page is in view, so it counts. */
const WHOLE_PAGE = { width: 1024, height: 4000 };

/** Sums every layout shift the page reports, from before its first script runs. */
const recordLayoutShifts = () => {
  const w = window as unknown as { __cls: number; __shifts: number };
  w.__cls = 0;
  w.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) {
        w.__cls += entry.value;
        w.__shifts += 1;
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

async function layoutShift(page: Page): Promise<{ cls: number; shifts: number }> {
  // Any late shift (fonts, a second layout pass) is reported once fonts are in and two frames have been laid out.
  await page.evaluate(() =>
    document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
  );
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: number };
    return { cls: w.__cls, shifts: w.__shifts };
  });
}

describe('the demo page', () => {
  it('is the seed article from D1, server-rendered, with both widgets in its body', async () => {
    const article = (await (await fetch(`${baseUrl}/api/v1/articles/${ARTICLE}`)).json()) as ArticleShape;
    const response = await fetch(`${baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const { page, problems } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(article.headline);
    await expect(page.locator('.dek').textContent()).resolves.toBe(article.dek);
    await expect(page.title()).resolves.toContain(article.headline);
    const paragraphs = article.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    await expect(page.locator('article > p:not(.kicker, .dek, .byline)').allTextContents()).resolves.toEqual(
      paragraphs,
    );
    await expect(page.locator('article > h2').allTextContents()).resolves.toEqual(
      article.body.filter((b) => b.kind === 'subhead').map((b) => b.text),
    );
    await expect(page.locator('article casualty-claims').getAttribute('incident')).resolves.toBe(
      article.incidents[0]?.slug,
    );
    await expect(page.locator('article ceasefire-gauge').getAttribute('ceasefire')).resolves.toBe(
      article.ceasefires[0]?.slug,
    );
    // The page shows both widgets: the one module that holds both, as the copy-embed panel's code for both does.
    await expect(page.locator('script[type="module"]').getAttribute('src')).resolves.toBe('/widgets/v1/all-widgets.js');
    expect(problems).toEqual([]);
  });

  it('shows every figure with JavaScript off, from the fallback inside each element', async () => {
    const incident = (await (await fetch(`${baseUrl}/api/v1/incidents/deir-ez-zor-airstrike-2016`)).json()) as {
      claims: { asWritten: string; claimant: { name: string } }[];
    };
    const { page, problems } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    const claims = await page.locator('article casualty-claims').innerText();
    for (const claim of incident.claims) {
      expect(claims).toContain(claim.asWritten);
      expect(claims).toContain(claim.claimant.name);
    }
    // The fallback is all each element shows: the box that holds the widget's space while it loads is not drawn.
    await expect(page.locator('article casualty-claims > span').first().isVisible()).resolves.toBe(false);
    const gauge = await page.locator('article ceasefire-gauge').innerText();
    expect(gauge).toContain('Precarious');
    expect(gauge).toContain('6 days in force');
    expect(gauge).toContain('at least 55');
    expect(problems).toEqual([]);
  });

  for (const [colorScheme, lang] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'ar'],
    ['dark', 'ar'],
  ] as const) {
    it(`shows both widgets without moving the page (${colorScheme}, widgets in ${lang})`, async () => {
      const { page, problems } = await openPage(browser(), { colorScheme, viewport: WHOLE_PAGE });
      await page.addInitScript(recordLayoutShifts);
      await page.goto(`${baseUrl}/?lang=${lang}`);
      expect(await settled(page)).toEqual(['ready', 'ready']);
      await expect(page.locator('casualty-claims .root').getAttribute('lang')).resolves.toBe(lang);
      await expect(page.locator('casualty-claims .root').getAttribute('data-scheme')).resolves.toBe(colorScheme);
      expect(await layoutShift(page)).toEqual({ cls: 0, shifts: 0 });
      expect(problems).toEqual([]);
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.setViewportSize({ width: 1024, height: 900 });
      await page.screenshot({ path: `${SCREENSHOTS}demo-${colorScheme}-${lang}.png`, fullPage: true });
    });
  }

  it('would report a layout shift if the page moved after the widgets loaded (the measurement can fail)', async () => {
    const { page } = await openPage(browser(), { viewport: WHOLE_PAGE });
    await page.addInitScript(recordLayoutShifts);
    await page.goto(`${baseUrl}/`);
    await settled(page);
    await page.addStyleTag({ content: 'casualty-claims { margin-top: 10em; }' });
    expect((await layoutShift(page)).cls).toBeGreaterThan(0);
  });
});
