/**
 * Print: an A4 page's text column is about 170 mm, 643 CSS px. With print
 * media emulated at that width (and the reader's system in dark mode, which
 * print must ignore), the widgets, their server-rendered fallback, the demo
 * page and the embed pages fit without horizontal overflow, in black on
 * white, and the copy-embed panel is not printed.
 */
import * as mupdf from 'mupdf';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, SEED_CEASEFIRE, SEED_INCIDENT, settled, useBrowser } from './browser';

const browser = useBrowser();
const A4_COLUMN = { width: 643, height: 900 };
const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

async function printed(javaScriptEnabled: boolean): Promise<Page> {
  const { page } = await openPage(browser(), { viewport: A4_COLUMN, colorScheme: 'dark', javaScriptEnabled });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  return page;
}

/** How far the page is wider than the column (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Text colour and background of each widget card, and the text colour of its title, inside shadow DOM. */
const cardColours = (page: Page) =>
  page.$$eval('casualty-claims, ceasefire-gauge', (els) =>
    els.map((el) => {
      const root = el.shadowRoot?.querySelector('.root');
      const title = el.shadowRoot?.querySelector('.title');
      const style = root ? getComputedStyle(root) : null;
      return {
        color: style?.color,
        background: style?.backgroundColor,
        title: title ? getComputedStyle(title).color : null,
        width: root?.getBoundingClientRect().width ?? 0,
      };
    }),
  );

/** The page's background and the colour of its body text and of the fallback's text. */
const pageColours = (page: Page, selector: string) =>
  page.evaluate(
    (sel) => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      text: [...document.querySelectorAll(sel)].map((el) => getComputedStyle(el).color),
    }),
    selector,
  );

const isWhite = (c: string) => c === WHITE || c === 'rgba(0, 0, 0, 0)';

/**
 * The page as the browser prints it by default (to PDF: A4, background graphics off, as a print dialog starts),
 * drawn by MuPDF at 2 px a point: how many of its pixels are within 40 of `rgb` in each channel.
 */
async function printedPixels(page: Page, [r, g, b]: [number, number, number]): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  const pixels = mupdf.Document.openDocument(pdf, 'application/pdf')
    .loadPage(0)
    .toPixmap(mupdf.Matrix.scale(2, 2), mupdf.ColorSpace.DeviceRGB, false)
    .getPixels();
  let near = 0;
  for (let i = 0; i < pixels.length; i += 3)
    if (
      Math.abs((pixels[i] ?? 0) - r) < 40 &&
      Math.abs((pixels[i + 1] ?? 0) - g) < 40 &&
      Math.abs((pixels[i + 2] ?? 0) - b) < 40
    )
      near += 1;
  return near;
}

describe('printed', () => {
  it('the demo page: both widgets in black on white within the column, no copy-embed panel', async () => {
    const page = await printed(true);
    await page.goto(`${baseUrl}/`);
    expect(await settled(page)).toEqual(['ready', 'ready']);
    expect(await overflow(page)).toBe(0);
    for (const card of await cardColours(page)) {
      expect(card).toMatchObject({ color: BLACK, background: WHITE, title: BLACK });
      expect(card.width).toBeLessThanOrEqual(A4_COLUMN.width);
    }
    const colours = await pageColours(page, 'article > p:not(.kicker, .byline, .dek), h1');
    expect(isWhite(colours.background) && isWhite(colours.body)).toBe(true);
    expect(new Set(colours.text)).toEqual(new Set([BLACK]));
    expect(await page.locator('.embed-panel').isVisible()).toBe(false);
  });

  it('the demo page without JavaScript: the fallback in black on white within the column', async () => {
    const page = await printed(false);
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('.fallback').count()).toBe(2);
    expect(await overflow(page)).toBe(0);
    const colours = await pageColours(page, '.fallback, .fallback .title, .fallback .figure');
    expect(isWhite(colours.background) && isWhite(colours.body)).toBe(true);
    expect(new Set(colours.text)).toEqual(new Set([BLACK]));
  });

  it('the range, its ends and the keys on paper with background graphics off, in their light colours from a dark card', async () => {
    const page = await printed(true);
    await page.goto(`${baseUrl}/embed/casualty-claims/${SEED_INCIDENT}?theme=dark`);
    expect(await settled(page)).toEqual(['ready']);
    // The first claimant's colour (--explainer-series-1's default, #1d4f91) marks its key and its end of the range:
    // backgrounds, which a print leaves out unless the card asks (it printed none), and on screen a dark card's
    // lighter blue (#7fb0f0), which paper took too (a dark card printed its range near-black).
    expect(await printedPixels(page, [29, 79, 145])).toBeGreaterThan(50);
  });

  for (const path of [`casualty-claims/${SEED_INCIDENT}`, `ceasefire-gauge/${SEED_CEASEFIRE}`]) {
    it(`the embed page ${path.split('/')[0]}, upgraded and not, in black on white within the column`, async () => {
      const upgraded = await printed(true);
      await upgraded.goto(`${baseUrl}/embed/${path}?theme=dark`);
      expect(await settled(upgraded)).toEqual(['ready']);
      expect(await overflow(upgraded)).toBe(0);
      expect(await cardColours(upgraded)).toEqual([
        expect.objectContaining({ color: BLACK, background: WHITE, title: BLACK }),
      ]);
      const plain = await printed(false);
      await plain.goto(`${baseUrl}/embed/${path}`);
      expect(await overflow(plain)).toBe(0);
      const colours = await pageColours(plain, '.fallback, .fallback .title, .fallback .figure');
      expect(isWhite(colours.background) && isWhite(colours.body)).toBe(true);
      expect(new Set(colours.text)).toEqual(new Set([BLACK]));
    });
  }
});
