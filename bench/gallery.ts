/**
 * Publishers' pages loaded as the browser suite loads them
 * (tests/gallery/measure.ts), each load holding short, seed-sized and long
 * data: the hand-picked gallery (tests/gallery/pages.ts: every page, with
 * each system colour scheme it is tried in, with the widgets in English,
 * Spanish and Arabic), or pages drawn at random from a fixed seed
 * (tests/gallery/arbitrary-pages.ts). What it keeps is the worst: the
 * largest cumulative layout shift and the largest empty space under a
 * card's content, each with the load that produced it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { launchChromium } from '../scripts/chromium';
import type { Lang } from '../shared/format/intl';
import { plannedLoads } from '../tests/gallery/arbitrary-pages';
import { serveFace } from '../tests/gallery/faces';
import { type Embed, embedsFor, galleryHtml, measureLoad } from '../tests/gallery/measure';
import { type PlannedLoad, viewportOf } from '../tests/gallery/pages';

/** Which load: the page, its column and viewport width, the system scheme, the language, and the widget and data size. */
export type Where = {
  page: string;
  column: number;
  viewport: number;
  system: string;
  lang: Lang;
  widget?: string;
  size?: string;
};

export type GalleryResult = {
  loads: number;
  widgets: number;
  worstShift: { cls: number; where: Where };
  worstEmpty: { px: number; where: Where };
  /** Cards cut short behind "Show all" when the load ended (in view when their data came, and still in view). */
  clipped: number;
  /** Where those cards are. */
  clippedWhere: Where[];
  /** How the cards met their held height as their data arrived, and the range of spacing the fitted ones took. */
  arrivals: { natural: number; held: number; clipped: number; spacing: [number, number] };
};

/** `count` pages drawn at random (tests/gallery/arbitrary-pages.ts) from `seed`: the same pages for the same seed. */
export function drawnLoads(seed: number, count: number): PlannedLoad[] {
  return fc.sample(plannedLoads, { seed, numRuns: count });
}

export async function galleryLoads(api: string, plan: PlannedLoad[]): Promise<GalleryResult> {
  const pages = new Map<string, string>();
  const server = createServer(async (req, res) => {
    if (await serveFace(req, res)) return;
    const html = pages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const result: GalleryResult = {
    loads: 0,
    widgets: 0,
    worstShift: { cls: -1, where: { page: '', column: 0, viewport: 0, system: '', lang: 'en' } },
    worstEmpty: { px: Number.NEGATIVE_INFINITY, where: { page: '', column: 0, viewport: 0, system: '', lang: 'en' } },
    clipped: 0,
    clippedWhere: [],
    arrivals: { natural: 0, held: 0, clipped: 0, spacing: [1, 1] },
  };
  try {
    for (const [i, { host, system, lang, first }] of plan.entries()) {
      const embeds: Embed[] = embedsFor(first);
      const path = `/${i}`;
      pages.set(path, await galleryHtml(api, host, embeds, lang));
      const { load, close } = await measureLoad(browser, origin + path, host, system, embeds);
      await close();
      const where: Where = { page: host.name, column: host.column, viewport: viewportOf(host).width, system, lang };
      result.loads += 1;
      result.widgets += load.widgets.length;
      if (load.cls > result.worstShift.cls) result.worstShift = { cls: load.cls, where };
      for (const a of load.arrivals) {
        result.arrivals[a.fit] += 1;
        const [low, high] = result.arrivals.spacing;
        result.arrivals.spacing = [Math.min(low, a.spacing), Math.max(high, a.spacing)];
      }
      for (const w of load.widgets) {
        if (w.clipped) {
          result.clipped += 1;
          result.clippedWhere.push({ ...where, widget: w.widget, size: w.size });
        }
        if (w.emptyBelow > result.worstEmpty.px)
          result.worstEmpty = { px: w.emptyBelow, where: { ...where, widget: w.widget, size: w.size } };
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}

/** "serif-680-undeclared (680 px column, 904 px viewport), system dark, es, casualty-claims/short" */
export function describeWhere(w: Where): string {
  if (!w.page) return 'no load';
  const widget = w.widget ? `, ${w.widget}/${w.size}` : '';
  return `${w.page} (${w.column} px column, ${w.viewport} px viewport), system ${w.system}, ${w.lang}${widget}`;
}
