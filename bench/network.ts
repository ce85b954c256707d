/**
 * Real networks: a publisher's page, on its own origin, with the code the
 * copy-embed panel hands out (one card, or both widgets), loaded by headless
 * Chromium under network emulation (Chrome DevTools Protocol), with a cold
 * browser cache every time and the edge cache warm, as a new reader finds
 * them. Each figure is the median of five loads: the time from navigation
 * to the last widget's `explainer-load` (its data shown). The iframe embed
 * is timed by its page's first paint, which already holds the data (the
 * page is server-rendered).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium';
import {
  apiUrl,
  type EmbedData,
  type EmbedTarget,
  embedPath,
  type PlacedTarget,
  scriptSnippet,
} from '../shared/embed/catalog';
import { SEED } from '../src/db/seed/story';
import { embedSpace } from '../src/embed/height';
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
] as const;
export type NetworkPage = (typeof NETWORK_PAGES)[number];

export type NetworkRow = { network: NetworkName; page: NetworkPage; medianMs: number; samplesMs: number[] };

const RUNS = 5;

declare global {
  interface Window {
    __shown: number[];
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

async function servePublisher(apiOrigin: string): Promise<{ server: Server; origin: string }> {
  const card = await placed(apiOrigin, { widget: 'casualty-claims', slug: SEED.incidentSlug });
  const gauge = await placed(apiOrigin, { widget: 'ceasefire-gauge', slug: SEED.ceasefireSlug });
  const pages: Record<string, string> = {
    '/one-card': publisherPage(scriptSnippet(apiOrigin, card)),
    '/both-widgets': publisherPage(scriptSnippet(apiOrigin, card, gauge)),
    '/one-card-web-face': publisherPage(scriptSnippet(apiOrigin, card), WEB_FACE),
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

/** Navigation → the `widgets`-th explainer-load, in a fresh context (a cold browser cache). */
async function timeToData(browser: Browser, url: string, network: NetworkName, widgets: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 2000 } });
  try {
    const page = await context.newPage();
    await emulate(page, network);
    await page.addInitScript(() => {
      window.__shown = [];
      addEventListener('explainer-load', () => window.__shown.push(performance.now()), true);
      addEventListener('explainer-error', () => window.__shown.push(Number.NaN), true);
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((n) => window.__shown.length >= n, widgets, { timeout: 30_000 });
    const shown = await page.evaluate(() => window.__shown);
    if (shown.some(Number.isNaN)) throw new Error(`a widget failed to load on ${url}`);
    return Math.max(...shown);
  } finally {
    await context.close();
  }
}

/** Navigation → the page's first contentful paint, after checking the server-rendered page holds the data. */
async function timeToFirstPaint(browser: Browser, url: string, network: NetworkName, holds: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 640, height: 1000 } });
  try {
    const page = await context.newPage();
    await emulate(page, network);
    const response = await page.goto(url, { waitUntil: 'load' });
    // The first paint comes before any script has run, so it shows what the server sent: the figures must be in it.
    if (!(await response?.text())?.includes(holds)) throw new Error(`${url} does not hold "${holds}" as served`);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
  } finally {
    await context.close();
  }
}

/** Every page on every network, five cold loads each (after one load that warms the edge cache, not counted). */
export async function networkRows(apiOrigin: string): Promise<NetworkRow[]> {
  const { server, origin } = await servePublisher(apiOrigin);
  const browser = await launchChromium();
  const iframeUrl = `${apiOrigin}${embedPath({ widget: 'casualty-claims', slug: SEED.incidentSlug })}`;
  const measures: Record<NetworkPage, (network: NetworkName) => Promise<number>> = {
    'one card': (network) => timeToData(browser, `${origin}/one-card`, network, 1),
    'both widgets': (network) => timeToData(browser, `${origin}/both-widgets`, network, 2),
    'iframe embed (first paint)': (network) => timeToFirstPaint(browser, iframeUrl, network, 'Syrian Observatory'),
    'one card, page in its own web face': (network) => timeToData(browser, `${origin}/one-card-web-face`, network, 1),
  };
  const rows: NetworkRow[] = [];
  try {
    for (const network of Object.keys(NETWORKS) as NetworkName[]) {
      for (const page of NETWORK_PAGES) {
        await measures[page](network);
        const samplesMs: number[] = [];
        for (let i = 0; i < RUNS; i += 1) samplesMs.push(Math.round(await measures[page](network)));
        rows.push({ network, page, medianMs: median(samplesMs), samplesMs });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/** The goals (issue 12): one card at slow 4G ≤ 450 ms; the iframe embed's first paint, with its data, ≤ 400 ms. */
export function networkGoal(row: NetworkRow): number | undefined {
  if (!row.network.startsWith('slow 4G')) return undefined;
  if (row.page === 'one card') return 450;
  if (row.page === 'iframe embed (first paint)') return 400;
  return undefined;
}

/** The bench table's wording of a row. */
export function networkMeasure(row: NetworkRow): string {
  const what = row.page.startsWith('iframe') ? 'navigation → first paint, with the data' : 'navigation → data shown';
  return `${row.page.replace(' (first paint)', '')} at ${row.network}: ${what} (median of ${row.samplesMs.length}, cold)`;
}
