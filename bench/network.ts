/**
 * Real networks: a publisher's page, on its own origin, with the code the
 * copy-embed panel hands out (one card, both widgets, or the iframe), loaded
 * by headless Chromium under network emulation (Chrome DevTools Protocol),
 * with a cold browser cache every time and the edge cache warm, as a new
 * reader finds them. Each figure is the median of five loads: the time from
 * navigation to the frame that first draws the last widget's data (after
 * its `explainer-load`, one event per widget element); for the iframe, to
 * the frame that first draws a figure of the card inside it, in view and
 * with a box (bench/README.md, "emulated networks", says what this leaves
 * out: connection setup).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium';
import {
  apiUrl,
  type EmbedData,
  type EmbedTarget,
  embedCodes,
  type PlacedTarget,
  scriptSnippet,
} from '../shared/embed/catalog';
import { SEED } from '../src/db/seed/story';
import { embedSpace } from '../src/embed/height';
import { embedTitle } from '../src/embed/title';
import { serveFace } from '../tests/gallery/faces';
import { median } from './stats';

/** Chrome DevTools' throttling profiles: round trip in ms, throughput in bits per second. */
export const NETWORKS = {
  'slow 4G (150 ms, 1.6 Mbps)': { latency: 150, download: 1.6e6, upload: 750e3 },
  '4G (40 ms, 9 Mbps)': { latency: 40, download: 9e6, upload: 9e6 },
} as const;
export type NetworkName = keyof typeof NETWORKS;

/** What the rows measure on each network. */
export const NETWORK_PAGES = [
  'one card',
  'both widgets',
  'iframe embed (first paint)',
  'one card, page in its own web face',
  'one card, an existing snippet (explainers.js)',
] as const;
export type NetworkPage = (typeof NETWORK_PAGES)[number];

/** `medianMs` and `samplesMs`: the row's figure. For the iframe, from the frame's own navigation (the anchor its goal was set on). */
export type NetworkRow = {
  network: NetworkName;
  page: NetworkPage;
  medianMs: number;
  samplesMs: number[];
};

/** One load's figure. */
type Sample = { ms: number };

const RUNS = 5;

declare global {
  interface Window {
    /** Each widget element's first `explainer-load`, then the time of the frame that drew it (NaN until then). */
    __shown: Map<EventTarget, number>;
    __failed: boolean;
    /** In the embed frame: the time of the frame that first drew one of the card's figures. */
    __figurePainted?: number;
  }
}

/**
 * A self-hosted web face as a page declares it by default (`font-display` unset: the browser hides text while
 * it loads), regular for its text and bold for its heading. The card waits for its faces before it is fitted
 * (widgets/src/shared/fit.ts): this page times that wait.
 */
const WEB_FACE = [400, 700]
  .map(
    (weight) =>
      `@font-face{font-family:Roboto;font-weight:${weight};src:url(/fonts/roboto/files/roboto-latin-${weight}-normal.woff2)}`,
  )
  .join('');

/** A publisher's page holding `body`, in a column, in Georgia or (`face`) in its own web face. */
const publisherPage = (body: string, face = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A publisher’s story</title>
<style>${face}body{margin:0 auto;max-width:42rem;padding:1rem;font:18px/1.6 ${face ? 'Roboto,' : ''}Georgia,serif}</style></head>
<body><h1>A publisher’s story</h1><p>What the paper says before the explainer.</p>
${body}
<p>What it says after.</p></body></html>`;

/** A target with the height the copy-embed panel's code would reserve for it (read from the API, as the panel does). */
async function placed(apiOrigin: string, target: EmbedTarget): Promise<PlacedTarget> {
  const data = await (await fetch(apiUrl(apiOrigin, target))).json();
  const embed = { widget: target.widget, data, title: '' } as EmbedData;
  return { ...target, reserve: embedSpace(embed, 'en').reserve };
}

/**
 * The iframe code the copy-embed panel hands out for the card (embedCodes, as src/routes/demo/embed-panel.ts
 * calls it: English, the title and height of the data): the frame, in its box, and resize.js.
 */
async function iframeCode(apiOrigin: string): Promise<string> {
  const target: EmbedTarget = { widget: 'casualty-claims', slug: SEED.incidentSlug, lang: 'en' };
  const data = await (await fetch(apiUrl(apiOrigin, target))).json();
  const embed = { widget: target.widget, data, title: data.title } as EmbedData;
  return embedCodes(apiOrigin, target, { title: embedTitle(embed, 'en'), ...embedSpace(embed, 'en') }).iframe;
}

async function servePublisher(apiOrigin: string): Promise<{ server: Server; origin: string }> {
  const card = await placed(apiOrigin, { widget: 'casualty-claims', slug: SEED.incidentSlug });
  const gauge = await placed(apiOrigin, { widget: 'ceasefire-gauge', slug: SEED.ceasefireSlug });
  const pages: Record<string, string> = {
    '/one-card': publisherPage(scriptSnippet(apiOrigin, card)),
    '/both-widgets': publisherPage(scriptSnippet(apiOrigin, card, gauge)),
    '/one-card-web-face': publisherPage(scriptSnippet(apiOrigin, card), WEB_FACE),
    // The one-tag code of earlier snippets, still served: the loader, then the card's module, then its data.
    '/one-card-loader': publisherPage(
      `<script type="module" src="${apiOrigin}/widgets/v1/explainers.js"></script><casualty-claims incident="${SEED.incidentSlug}"></casualty-claims>`,
    ),
  };
  const server = createServer(async (req, res) => {
    if (await serveFace(req, res)) return;
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function emulate(page: Page, network: NetworkName): Promise<void> {
  const { latency, download, upload } = NETWORKS[network];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency,
    downloadThroughput: download / 8,
    uploadThroughput: upload / 8,
  });
}

/**
 * In the page, before its scripts: each widget element's first `explainer-load` (its data is in its DOM), then
 * the time of the next frame (a task queued from the next animation frame runs once that frame's rendering is
 * done): the data drawn, not only in the DOM. One entry per element, so a second event from the same widget
 * (a data refresh) cannot stand in for another widget's first. (No named function inside: see
 * watchFigurePainted.)
 */
export function watchWidgetsShown(): void {
  const shown = new Map<EventTarget, number>();
  window.__shown = shown;
  window.__failed = false;
  const widgets = new Set(['casualty-claims', 'ceasefire-gauge']);
  addEventListener(
    'explainer-load',
    (event) => {
      const target = event.target;
      if (!(target instanceof Element) || !widgets.has(target.localName) || shown.has(target)) return;
      shown.set(target, Number.NaN);
      requestAnimationFrame(() => setTimeout(() => shown.set(target, performance.now())));
    },
    true,
  );
  addEventListener('explainer-error', () => (window.__failed = true), true);
}

/** Navigation → the frame that drew the data of the `widgets`-th widget element, in a fresh context (a cold browser cache). */
async function timeToData(browser: Browser, url: string, network: NetworkName, widgets: number): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 2000 } });
  try {
    const page = await context.newPage();
    await emulate(page, network);
    await page.addInitScript(watchWidgetsShown);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      (n) => window.__failed || [...window.__shown.values()].filter((t) => !Number.isNaN(t)).length >= n,
      widgets,
      { timeout: 30_000 },
    );
    const { failed, times } = await page.evaluate(() => ({
      failed: window.__failed,
      times: [...window.__shown.values()],
    }));
    if (failed) throw new Error(`a widget failed to load on ${url}`);
    if (times.length !== widgets) throw new Error(`${url}: ${times.length} widgets showed data, not ${widgets}`);
    return { ms: Math.max(...times) };
  } finally {
    await context.close();
  }
}

/**
 * In every frame, before its scripts; acts in the embed page only. Each animation frame until one shows it,
 * looks for one of the card's figures (`.figure`: the server-rendered fallback's, or once the widget is defined,
 * its card's in the shadow root) with a box, visible and in view. The first frame in which one is laid out so is
 * the frame that draws it; its time is read in a task queued then, which runs once that frame's rendering is
 * done. The JSON data island and the JSON-LD hold the same figures but are never drawn, so they never count, and
 * a light-DOM figure the defined widget no longer slots has no box.
 *
 * No named function inside: tsx compiles with esbuild's `keepNames`, which wraps each in a helper (`__name`) that
 * the page does not have. The loop awaits each animation frame instead of naming a callback.
 */
function watchFigurePainted(): void {
  if (!location.pathname.startsWith('/embed/')) return;
  void (async () => {
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const widgets = [...document.querySelectorAll('casualty-claims, ceasefire-gauge')];
      const figures = [
        ...document.querySelectorAll('.figure'),
        ...widgets.flatMap((w) => [...(w.shadowRoot?.querySelectorAll('.figure') ?? [])]),
      ];
      const drawn = figures.some((el) => {
        const box = el.getBoundingClientRect();
        const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
        const visible = getComputedStyle(el).visibility === 'visible' && (el.textContent ?? '').trim() !== '';
        return box.width > 0 && box.height > 0 && inView && visible;
      });
      if (drawn) {
        setTimeout(() => (window.__figurePainted = performance.now()));
        return;
      }
    }
  })();
}

/**
 * The embed page the panel's iframe code frames (its `src`), loaded as its own navigation → the first frame that
 * draws one of the card's figures: the frame's navigation, which the 400 ms goal is set on (inside a publisher's
 * page, the page's own load and the frame's lazy start would come first). The emulation is checked to hold by the
 * time the figure is drawn, which the emulated round trip must precede.
 */
async function timeToFramePaint(browser: Browser, url: string, network: NetworkName): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 2000 } });
  try {
    const page = await context.newPage();
    await emulate(page, network);
    await page.addInitScript(watchFigurePainted);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__figurePainted !== undefined, undefined, { timeout: 30_000 });
    const painted = await page.evaluate(() => window.__figurePainted as number);
    // The emulated round trip delays the page's delivery, not the timestamps the network stack records (its
    // responseStart reads ~30 ms at 150 ms emulated): a drawn figure is what must come after it.
    const { latency } = NETWORKS[network];
    if (painted < latency) {
      throw new Error(
        `${url}: a figure was drawn ${Math.round(painted)} ms after navigation, under the ${latency} ms emulated`,
      );
    }
    return { ms: painted };
  } finally {
    await context.close();
  }
}

/** The `src` of the panel's iframe code: the embed page it frames. */
const frameSource = (code: string) => {
  const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(code)?.[1];
  if (!src) throw new Error(`no iframe src in the panel's code: ${code}`);
  return src.replaceAll('&amp;', '&');
};

/** Every page on every network, five cold loads each (after one load that warms the edge cache, not counted). */
export async function networkRows(apiOrigin: string): Promise<NetworkRow[]> {
  const { server, origin } = await servePublisher(apiOrigin);
  const frame = frameSource(await iframeCode(apiOrigin));
  const browser = await launchChromium();
  const measures: Record<NetworkPage, (network: NetworkName) => Promise<Sample>> = {
    'one card': (network) => timeToData(browser, `${origin}/one-card`, network, 1),
    'both widgets': (network) => timeToData(browser, `${origin}/both-widgets`, network, 2),
    'iframe embed (first paint)': (network) => timeToFramePaint(browser, frame, network),
    'one card, page in its own web face': (network) => timeToData(browser, `${origin}/one-card-web-face`, network, 1),
    'one card, an existing snippet (explainers.js)': (network) =>
      timeToData(browser, `${origin}/one-card-loader`, network, 1),
  };
  const rows: NetworkRow[] = [];
  try {
    for (const network of Object.keys(NETWORKS) as NetworkName[]) {
      for (const page of NETWORK_PAGES) {
        await measures[page](network);
        const samples: Sample[] = [];
        for (let i = 0; i < RUNS; i += 1) samples.push(await measures[page](network));
        const samplesMs = samples.map((x) => Math.round(x.ms));
        rows.push({
          network,
          page,
          medianMs: median(samplesMs),
          samplesMs,
        });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/**
 * The goals (issue 12): one card at slow 4G ≤ 450 ms; the iframe embed's first paint, with its data, ≤ 400 ms
 * (from the frame's navigation, the anchor it was set on). Neither counts connection setup (bench/README.md).
 */
export function networkGoal(row: NetworkRow): number | undefined {
  if (!row.network.startsWith('slow 4G')) return undefined;
  if (row.page === 'one card') return 450;
  if (row.page === 'iframe embed (first paint)') return 400;
  return undefined;
}

/** The bench table's wording of a row. */
export function networkMeasure(row: NetworkRow): string {
  const what = row.page.startsWith('iframe')
    ? 'the frame’s navigation → a figure of the card drawn'
    : 'navigation → the data drawn';
  return `${row.page.replace(' (first paint)', '')} at ${row.network}: ${what} (median of ${row.samplesMs.length}, cold)`;
}
