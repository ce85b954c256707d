/**
 * The widgets on publishers' pages we did not design them on (the gallery:
 * tests/gallery/pages.ts), each with short, seed-sized and long data, in
 * English, Spanish or Arabic (each page and scheme in one of them, the same every run:
 * `npm run bench` loads every page in all three, tests/gallery/pages.ts,
 * handPickedLoads): `theme="auto"` matches what the reader sees
 * around the widget, contrast and the headings' order pass axe, nothing moves the page while the
 * widgets load (cumulative layout shift exactly 0, from before navigation
 * until every widget shows data and stays still), and no card leaves more
 * than 24 px empty below its content. A page failing them is screenshot to
 * test-results/screenshots/gallery/ (every page with GALLERY_SCREENSHOTS=1).
 * The same checks then hold on pages
 * drawn at random (tests/gallery/arbitrary-pages.ts), new ones every run.
 */

import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { plannedLoads } from '../gallery/arbitrary-pages';
import { type Embed, embedsFor, galleryHtml, measureLoad } from '../gallery/measure';
import { handPickedLoads, type PlannedLoad } from '../gallery/pages';
import { axeViolations } from './axe';
import { baseUrl, pageServer, problemsBesides, useBrowser, useOrigin } from './browser';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/gallery/', import.meta.url));
/**
 * A screenshot of every hand-picked load with GALLERY_SCREENSHOTS=1 (a full-page PNG cost the file about a second a
 * load, 74 → 49 s here); of a load that fails its checks, always.
 */
const EVERY_SHOT = process.env.GALLERY_SCREENSHOTS === '1';
/** Most a card may leave empty below its content once loaded. */
const MAX_EMPTY_PX = 24;
/**
 * Pages drawn at random per run, on top of the hand-picked ones: a few, as each is a page load; the bench loads
 * a hundred from a fixed seed (bench/gallery.ts).
 */
const DRAWN_PER_RUN = 12;

const browser = useBrowser();

const { pages, handler } = pageServer();
const publisher = useOrigin(handler);

const schemesOf = (page: import('playwright-core').Page) =>
  page.$$eval('casualty-claims, ceasefire-gauge', (els) =>
    els.map((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.scheme),
  );

/**
 * Loads `host` as a reader with `system` colour scheme would, with the widgets in `lang` (`first`'s data size at
 * the top), and checks what every publisher's page must show. Returns the page, open, for checks of its own,
 * and the errors it has logged from before navigation on (still collected).
 */
async function loadAndCheck(
  { host, system, lang, first }: PlannedLoad,
  path: string,
  screenshot?: string,
): Promise<{ page: Page; embeds: Embed[]; problems: string[]; close: () => Promise<void> }> {
  const embeds: Embed[] = embedsFor(first);
  pages.set(path, await galleryHtml(baseUrl, host, embeds, lang));
  const { load, page, problems, close } = await measureLoad(browser(), publisher() + path, host, system, embeds, {
    screenshot: EVERY_SHOT ? screenshot : undefined,
  });
  try {
    // The page is laid out as its markup asks: a page without a doctype in quirks mode.
    expect(await page.evaluate(() => document.compatMode)).toBe(host.quirks ? 'BackCompat' : 'CSS1Compat');
    const expected = host.expected(system);
    expect(load.widgets.map((w) => w.state)).toEqual(embeds.map(() => 'ready'));
    expect(load.widgets.map((w) => w.lang)).toEqual(embeds.map(() => lang));
    expect(load.widgets.map((w) => w.scheme)).toEqual(embeds.map(() => expected));
    // Nothing moved while the widgets loaded, those above the fold included, and no card stands over a gap.
    expect(load.cls, JSON.stringify(load.shifts)).toBe(0);
    // Said on failure: how each card met its held height, and the faces the page had loaded by then.
    const faces = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status !== 'unloaded').map((f) => `${f.family} ${f.weight} ${f.status}`),
    );
    expect(
      load.widgets.filter((w) => w.emptyBelow > MAX_EMPTY_PX),
      JSON.stringify({ arrivals: load.arrivals, faces }),
    ).toEqual([]);
    expect(problemsBesides(problems)).toEqual([]);
  } catch (error) {
    // The failure is what is reported, whether or not the page can still be captured.
    if (screenshot && !EVERY_SHOT) await page.screenshot({ path: screenshot, fullPage: true }).catch(() => undefined);
    await close();
    throw error;
  }
  return { page, embeds, problems, close };
}

describe('the gallery of host pages', () => {
  for (const load of handPickedLoads('rotating')) {
    const { host, system, lang } = load;
    it(`${host.name}, system ${system}, widgets in ${lang}`, async () => {
      await mkdir(SHOTS, { recursive: true });
      const { page, embeds, problems, close } = await loadAndCheck(
        load,
        `/${host.name}/${lang}`,
        `${SHOTS}${host.name}-${system}-${lang}.png`,
      );
      try {
        // Legible on the page's colours, and the widgets' headings continuing the page's outline (no level skipped).
        const widgetRules = ['color-contrast', 'heading-order'];
        expect((await axeViolations(page)).filter((v) => widgetRules.includes(v.id))).toEqual([]);
        if (host.afterLoad && host.expectedAfter) {
          await host.afterLoad(page);
          const after = host.expectedAfter;
          await page.waitForFunction(
            (want) =>
              [...document.querySelectorAll('casualty-claims, ceasefire-gauge')].every(
                (el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.scheme === want,
              ),
            after,
          );
          expect(await schemesOf(page)).toEqual(embeds.map(() => after));
          if (EVERY_SHOT)
            await page.screenshot({ path: `${SHOTS}${host.name}-${system}-${lang}-after.png`, fullPage: true });
        }
        expect(problemsBesides(problems)).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe('publishers’ pages drawn at random', () => {
  it(`hold the gallery’s checks on ${DRAWN_PER_RUN} pages drawn anew at every run`, async () => {
    let drawn = 0;
    await fc.assert(
      fc.asyncProperty(plannedLoads, async ({ host, system, lang, first }) => {
        drawn += 1;
        const { close } = await loadAndCheck({ host, system, lang, first }, `/drawn/${drawn}`);
        await close();
      }),
      // A failing page is reported as drawn, with the seed that draws it again (GALLERY_SEED=… npm test), not
      // shrunk: each step of a shrink is another page load.
      {
        numRuns: DRAWN_PER_RUN,
        endOnFailure: true,
        seed: process.env.GALLERY_SEED ? Number(process.env.GALLERY_SEED) : undefined,
      },
    );
  });
});
