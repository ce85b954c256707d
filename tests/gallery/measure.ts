/**
 * One gallery load, measured as a reader would see it: the publisher's page
 * with its embeds opened in a fresh context (cold cache), every layout shift
 * recorded from before navigation, the widgets brought into view as a
 * reader scrolling would, then held until their boxes stop changing. What
 * it returns is what the gallery test asserts and the bench reports.
 */
import type { Browser, Page } from 'playwright-core';
import { type EmbedData, scriptSnippet } from '../../shared/embed/catalog';
import { WIDGET_KINDS, type WidgetKind } from '../../shared/embed/options';
import type { Lang } from '../../shared/format/intl';
import { embedSpace } from '../../src/embed/height';
import type { Scheme } from '../../widgets/src/shared/theme';
import { DATA_SIZES, type DataSize } from './data';
import { type HostPage, hostPageHtml, viewportOf } from './pages';

export type Embed = { widget: WidgetKind; size: DataSize };

export type WidgetMeasure = Embed & {
  state: string;
  scheme: string;
  lang: string;
  /** Pixels between the bottom of the widget's content and the bottom of its card. */
  emptyBelow: number;
  height: number;
  /** Cut short to the height its page held for it, with "Show all" showing. */
  clipped: boolean;
};

/** How a card met the height its page held when its data arrived (widgets/src/shared/fit.ts). */
export type Arrival = {
  /** `natural`: it took its own height (nothing in view could move); `held`: it filled the held height; `clipped`: cut short behind "Show all". */
  fit: 'natural' | 'held' | 'clipped';
  /** The factor its vertical spacing was set to (1 when untouched). */
  spacing: number;
};

export type GalleryLoad = {
  cls: number;
  shifts: { value: number; sources: string[] }[];
  widgets: WidgetMeasure[];
  arrivals: Arrival[];
};

const SELECTOR = WIDGET_KINDS.join(', ');

/** Every embed of one page: the three data sizes of both widgets, starting with `first`. */
export function embedsFor(first: DataSize): Embed[] {
  const sizes = Object.keys(DATA_SIZES) as DataSize[];
  const order = [first, ...sizes.filter((s) => s !== first)];
  return order.flatMap((size) => WIDGET_KINDS.map((widget) => ({ widget, size })));
}

/** The page as served: each embed is the copy-embed panel's script code for it, its reserve computed from the API's data. */
export async function galleryHtml(api: string, host: HostPage, embeds: Embed[], lang: Lang): Promise<string> {
  const snippets = embeds.map(async ({ widget, size }) => {
    const slug = DATA_SIZES[size][widget === 'casualty-claims' ? 'incident' : 'ceasefire'];
    const url = `${api}/api/v1/${widget === 'casualty-claims' ? 'incidents' : 'ceasefires'}/${slug}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    const data = await res.json();
    const { reserve } = embedSpace({ widget, data, title: '' } as EmbedData, lang);
    return scriptSnippet(api, { widget, slug, lang, reserve });
  });
  return hostPageHtml(host, await Promise.all(snippets));
}

declare global {
  interface Window {
    __gallery: { cls: number; shifts: { value: number; sources: string[] }[]; arrivals: Arrival[] };
  }
}

/**
 * An init script: sums every layout shift not caused by the reader's input,
 * from before the page's first script, into `window.__gallery`, and notes how
 * each card met its held height as its data arrived (`explainer-load` is sent
 * once the card is fitted).
 */
export function recordShifts() {
  window.__gallery = { cls: 0, shifts: [], arrivals: [] };
  addEventListener(
    'explainer-load',
    (event) => {
      const root = (event.target as Element).shadowRoot?.querySelector<HTMLElement>('.root');
      // As the frame that shows the data paints it: a card that nothing in view would see move is let go by then.
      requestAnimationFrame(() =>
        setTimeout(() =>
          window.__gallery.arrivals.push({
            fit: (root?.dataset.fit as 'held' | 'clipped' | undefined) ?? 'natural',
            spacing: Number(root?.style.getPropertyValue('--_fit') || 1),
          }),
        ),
      );
    },
    true,
  );
  new PerformanceObserver((list) => {
    type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] };
    const rect = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput) continue;
      window.__gallery.cls += entry.value;
      window.__gallery.shifts.push({
        value: entry.value,
        // What moved, from where to where (in the viewport), at what time: enough to tell which card did it.
        sources: entry.sources.map(
          (s) =>
            `${(s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? String(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)} at ${Math.round(entry.startTime)} ms, scrollY ${Math.round(scrollY)}`,
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Opens `url` as a reader with `system` colour scheme would, and measures it; `problems`: the console's errors and the page's uncaught ones, then and after. */
export async function measureLoad(
  browser: Browser,
  url: string,
  host: HostPage,
  system: Scheme,
  embeds: Embed[],
  options: { screenshot?: string } = {},
): Promise<{ load: GalleryLoad; page: Page; problems: string[]; close: () => Promise<void> }> {
  const { width, height, deviceScaleFactor } = viewportOf(host);
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, colorScheme: system });
  const page = await context.newPage();
  // From before navigation: an error the page or a widget throws while loading is the one most worth seeing.
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(recordShifts);
  await page.goto(url);
  await bringAllIntoView(page);
  await untilStill(page);
  const load = await readLoad(page, embeds);
  if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
  return { load, page, problems, close: () => context.close() };
}

/**
 * Scrolls to each widget still loading, as a reader would, until none is, nor waits for the page's faces still
 * loading before it fits (widgets/src/shared/fit.ts: it holds a fixed height meanwhile, and its fit, or a shift, would
 * come after the measures). Not until every face has loaded: a face later than the card's wait sets its text anew in
 * the height it was fitted to, and on a loaded machine that left a gap under a card's text in view (53 px, once in
 * CI), which the card keeps until it is out of view (README, Layout) and which this check cannot hold steady.
 */
export async function bringAllIntoView(page: Page): Promise<void> {
  await page.waitForFunction((selector) => {
    const pending = [...document.querySelectorAll(selector)].find((el) => {
      const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
      return root?.dataset.state === undefined || root.dataset.state === 'loading' || root.dataset.fit === 'wait';
    });
    const box = pending?.getBoundingClientRect();
    if (box && (box.top > innerHeight || box.bottom < 0)) window.scrollTo(0, scrollY + box.top - 100);
    return pending === undefined;
  }, SELECTOR);
}

/** Waits until no widget's box has changed for ten animation frames in a row. */
export async function untilStill(page: Page): Promise<void> {
  await page.evaluate(async (selector) => {
    let last = '';
    for (let still = 0; still < 10; ) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = [...document.querySelectorAll(selector)]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return `${r.top + scrollY},${r.height}`;
        })
        .join(';');
      still = now === last ? still + 1 : 0;
      last = now;
    }
  }, SELECTOR);
}

/** The layout shifts recorded so far by `recordShifts`. */
export function shiftsSoFar(page: Page): Promise<Window['__gallery']> {
  return page.evaluate(() => window.__gallery);
}

export async function readLoad(page: Page, embeds: Embed[]): Promise<GalleryLoad> {
  const widgets = await page.$$eval(SELECTOR, (els) =>
    els.map((el) => {
      const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
      if (!root) return { state: 'missing', scheme: '', lang: '', emptyBelow: 0, height: 0, clipped: false };
      const style = getComputedStyle(root);
      const inner =
        root.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
      const bottoms = [...root.children]
        .filter((c) => getComputedStyle(c).position !== 'absolute')
        .map((c) => c.getBoundingClientRect().bottom);
      return {
        state: root.dataset.state ?? '',
        scheme: root.dataset.scheme ?? '',
        lang: root.lang,
        emptyBelow: Math.round(inner - Math.max(...bottoms)),
        height: Math.round(root.getBoundingClientRect().height),
        clipped: root.dataset.fit === 'clipped' && Boolean(root.querySelector<HTMLElement>('.more')?.offsetHeight),
      };
    }),
  );
  const { cls, shifts, arrivals } = await shiftsSoFar(page);
  return { cls, shifts, arrivals, widgets: widgets.map((w, i) => ({ ...(embeds[i] as Embed), ...w })) };
}
