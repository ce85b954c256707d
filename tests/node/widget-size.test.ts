/**
 * The widget budget (SPEC §7), from the real build graph: what an English
 * page downloads through the code the copy-embed panel hands out — the
 * module for the widgets it shows and every chunk that module imports
 * statically — stays within 10 KB gzip for a page with only the card or
 * only the gauge, and 13 KB for a page with both, whichever code the page
 * uses: the older one-tag embed (`explainers.js`, existing snippets) imports
 * the same module after a small loader, counted too. Spanish and Arabic,
 * and the live-update code, are lazy chunks, counted only in the totals
 * that are printed (the live chunk's on its own too). Reads the build `npm test` runs before the suites
 * (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allWidgetFiles,
  budgetOf,
  liveChunk,
  staticGraph,
  WIDGET_DIR,
  WIDGET_PAGES,
  widgetPageSizes,
} from '../../bench/sizes';
import { widgetModulePath } from '../../shared/embed/catalog';

const pages = widgetPageSizes();

/**
 * The pages that do not meet SPEC §7 yet, and the ceiling each is held to
 * meanwhile: what it downloads now (gzip bytes) plus a few bytes, so a
 * small fix does not trip it but a new feature does. Each raise is a feature
 * measured on its own, listed with its bytes in bench/README.md, "Widget
 * bytes"; README, "Size", says why the features stay over the budget for
 * now. None can grow while the gap is open; a page
 * that gets within its budget must leave this list (the test says so), and
 * `npm run bench` reports every page against the budget itself.
 */
const OVER_BUDGET: Record<string, number> = {
  'card only, panel code': 15_810,
  'card only, explainers.js': 16_670,
  'gauge only, panel code': 14_830,
  'gauge only, explainers.js': 15_690,
  'both widgets, panel code': 18_240,
  'both widgets, explainers.js': 19_100,
};

describe('what an English page downloads of the widgets', () => {
  it('is built', () => {
    expect(pages, 'run `npm run build` first').not.toBeNull();
  });

  for (const download of pages ?? []) {
    const budget = budgetOf(download);
    const held = OVER_BUDGET[`${download.page}, ${download.code}`];
    const page = `${download.page}, through ${download.code}`;
    // A page over its budget is named for what its test holds it to (its ceiling), not for the budget it misses.
    it(
      held ? `${page}: over its budget (${budget} bytes gzip), held at ${held}` : `${page}: ≤ ${budget} bytes gzip`,
      () => {
        console.log(
          `Widgets, ${download.page} (${download.code}): ${download.gzip} bytes gzip, ${download.brotli} brotli (${download.files.join(' + ')})`,
        );
        if (held === undefined) return expect(download.gzip).toBeLessThanOrEqual(budget);
        expect(download.gzip, 'within the budget now: take the page off OVER_BUDGET').toBeGreaterThan(budget);
        expect(download.gzip, `over the budget by ${download.gzip - budget} bytes, and grown`).toBeLessThanOrEqual(
          held,
        );
      },
    );
  }

  it('holds only the widgets the page shows, each with its own English, and no other language', () => {
    const holds = (module: string, text: string) =>
      staticGraph(join(WIDGET_DIR, module)).some((file) => readFileSync(file, 'utf8').includes(text));
    const card = 'Figures as reported, not independently verified.';
    const claimsOnly = 'Monitoring group';
    const gaugeOnly = 'Violations reported';
    for (const { widgets } of WIDGET_PAGES) {
      const module = widgetModulePath(widgets).replace('/widgets/v1/', '');
      expect(holds(module, card), module).toBe(true);
      expect(holds(module, claimsOnly), module).toBe(widgets.includes('casualty-claims'));
      expect(holds(module, gaugeOnly), module).toBe(widgets.includes('ceasefire-gauge'));
      expect(holds(module, 'Cifras tal como se publicaron'), module).toBe(false);
      expect(holds(module, 'الأرقام كما وردت'), module).toBe(false);
      // The live-update code (the checks, the "Updated — show" control) comes only once the data is shown.
      expect(holds(module, 'visibilitychange'), module).toBe(false);
    }
    console.log(`Widgets, every module and language: ${allWidgetFiles().gzip} bytes gzip`);
    const live = liveChunk();
    console.log(
      `Widgets, the live-update chunk (once the data is shown): ${live?.gzip} bytes gzip, ${live?.brotli} brotli`,
    );
  });
});
