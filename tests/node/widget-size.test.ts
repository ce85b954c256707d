/**
 * The widget budget (SPEC §7), from the real build graph: what an English
 * page downloads through the code the copy-embed panel hands out — the
 * module for the widgets it shows and every chunk that module imports
 * statically — stays within 10 KB gzip for a page with only the card or
 * only the gauge, and 13 KB for a page with both. The older one-tag embed
 * (`explainers.js`, existing snippets) imports the same module after a small
 * loader, and costs only that loader more. Spanish and Arabic are lazy
 * chunks, counted only in the total that is printed. Reads the build
 * `npm test` runs before the suites (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allWidgetFiles, budgetOf, staticGraph, WIDGET_DIR, WIDGET_PAGES, widgetPageSizes } from '../../bench/sizes';
import { widgetModulePath } from '../../src/embed/catalog';

const pages = widgetPageSizes();

describe('what an English page downloads of the widgets', () => {
  it('is built', () => {
    expect(pages, 'run `npm run build` first').not.toBeNull();
  });

  for (const download of pages ?? []) {
    const budget = budgetOf(download);
    it(`${download.page}, through ${download.code}: ≤ ${budget} bytes gzip`, () => {
      console.log(
        `Widgets, ${download.page} (${download.code}): ${download.gzip} bytes gzip, ${download.brotli} brotli (${download.files.join(' + ')})`,
      );
      expect(download.gzip).toBeLessThanOrEqual(budget);
    });
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
    }
    console.log(`Widgets, every module and language: ${allWidgetFiles().gzip} bytes gzip`);
  });
});
