/**
 * What the browser tests share: one real headless Chromium per test file
 * (`@sparticuz/chromium`, or `CHROME_PATH`), pages that record every console
 * error and uncaught exception, a second origin to embed the widgets from,
 * and waits that read the widgets' own state.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { serveFace } from '../gallery/faces';

export const baseUrl = inject('baseUrl');
export const WIDGET_SCRIPT = `${baseUrl}/widgets/v1/explainers.js`;
export const SEED_INCIDENT = 'deir-ez-zor-airstrike-2016';
export const SEED_CEASEFIRE = 'syria-cessation-of-hostilities-2016';
export const WIDGETS = 'casualty-claims, ceasefire-gauge';

/** The heading levels inside `widget`, title first, as the accessibility tree has them (Playwright's ARIA snapshot). */
export const headingLevels = async (widget: Locator): Promise<number[]> =>
  [...(await widget.ariaSnapshot()).matchAll(/- heading "[^"]+" \[level=(\d)\]/g)].map((m) => Number(m[1]));

/** Launches Chromium (scripts/chromium.ts: the one the bench drives too) before the file's tests and closes it after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
}

/** A page in a fresh context, with every console error and uncaught exception of the host page recorded. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems };
}

/**
 * The host page's problems other than the browser's own network log for the
 * requests a test failed on purpose. Chromium logs "Failed to load resource"
 * for every 404 or refused connection, whatever the page does with it; no
 * script can prevent that line. Everything else (a script's console.error,
 * a CORS refusal, an uncaught exception) stays a problem.
 */
export function problemsBesides(problems: string[], ...expectedFailures: RegExp[]): string[] {
  return problems.filter(
    (p) => !(p.startsWith('console.error: Failed to load resource:') && expectedFailures.some((re) => re.test(p))),
  );
}

/**
 * Checks that a page read `url` once, as the widgets read: one request answered 200, or, after a failure in passing
 * (a 5xx or no answer: D1 past its deadline on a loaded machine, the network; or a body cut off after its status),
 * their one retry answered 200. A second read of a URL that had answered whole is a duplicate, and fails the test;
 * the message says how each was asked (a retry asks `no-store`, a live check `no-cache` for JSON) and when.
 * `reads`: the page's requests.
 */
export async function expectOneRead(reads: Request[], url: string): Promise<void> {
  const asked = reads.filter((r) => r.url() === url);
  const outcomes = await Promise.all(
    asked.map(async (r) => {
      const response = await r.response();
      // A body lost after its headers is a failure the widget retries, though its status was 200.
      return response && (await response.finished()) === null ? response.status() : 'failed';
    }),
  );
  const how = await Promise.all(
    asked.map(async (r) => {
      const headers = await r.allHeaders();
      return `${r.resourceType()} at ${Math.round(r.timing().startTime)} (accept ${headers.accept}, cache-control ${headers['cache-control'] ?? '-'})`;
    }),
  );
  const said = `${url}: ${outcomes.join(', ') || 'never read'} [${how.join('; ')}]`;
  expect(outcomes.length, said).toBeGreaterThan(0);
  expect(outcomes.length, said).toBeLessThanOrEqual(2);
  expect(outcomes.at(-1), said).toBe(200);
  for (const failed of outcomes.slice(0, -1)) expect(failed === 'failed' || failed >= 500, said).toBe(true);
}

/** A gate a test opens when it chooses: what a route it holds back waits on (`await gate.opened`). */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/**
 * Waits until every widget on the page has left its loading state and shows
 * what it loaded; returns their states. Widgets load only when near the
 * viewport, so the window is scrolled to the first one still loading out of
 * view, as a reader would.
 */
export async function settled(page: Page): Promise<string[]> {
  await page.waitForFunction((selector) => {
    const pending = [...document.querySelectorAll(selector)].find((el) => {
      const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
      // A card with its data waits, hidden, for the page's faces still loading (widgets/src/shared/fit.ts).
      return root?.dataset.state === undefined || root.dataset.state === 'loading' || root.dataset.fit === 'wait';
    });
    // Scrolling the window (not scrollIntoView) leaves the page's focus navigation starting point alone.
    const box = pending?.getBoundingClientRect();
    if (box && (box.top > innerHeight || box.bottom < 0)) window.scrollTo(0, scrollY + box.top);
    return pending === undefined;
  }, WIDGETS);
  return page.$$eval(WIDGETS, (els) =>
    els.map((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.state ?? ''),
  );
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * A second origin on a free local port: a publisher's page, or an upstream
 * that answers badly. Closed after the file's tests.
 */
export function useOrigin(handler: Handler): () => string {
  let origin = '';
  const server = createServer(handler);
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    servers.set(origin, server);
  });
  afterAll(() => closeOrigin(origin));
  return () => origin;
}

const servers = new Map<string, ReturnType<typeof createServer>>();

/** Stops serving an origin; its port then refuses connections, as a server that is down does. */
export function closeOrigin(origin: string): Promise<void> {
  const server = servers.get(origin);
  servers.delete(origin);
  return new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.close(() => resolve());
    // A browser context left open keeps its connections: end them, as a server that goes down does.
    server.closeAllConnections();
  });
}

/** A publisher's page: the widget script and `body`, nothing else unless `head` adds it. */
export function hostPage(body: string, { head = '', lang = 'en' }: { head?: string; lang?: string } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A publisher’s page</title>${head}
<script type="module" src="${WIDGET_SCRIPT}"></script></head><body><main><h1>A publisher’s page</h1>${body}</main></body></html>`;
}

/** Serves whatever page the test put at a path, and the web fonts the gallery's pages link (tests/gallery/faces.ts); 404 elsewhere. */
export function pageServer(): { pages: Map<string, string>; handler: Handler } {
  const pages = new Map<string, string>();
  return {
    pages,
    handler: async (req, res) => {
      if (await serveFace(req, res)) return;
      const page = pages.get((req.url ?? '/').split('?')[0] ?? '/');
      res.writeHead(page === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page ?? 'not here');
    },
  };
}

export type PublisherVisit = {
  /** Served at the path first (`hostPage(…)` for a page with the widget script), unless the page is set already. */
  html?: string;
  /** Options of the page's browser context: viewport, colour scheme, … */
  context?: BrowserContextOptions;
  /** Runs before the page is loaded: init scripts, the clock, listeners. */
  before?: (page: Page) => Promise<unknown>;
  /** Wait for the widgets to leave their loading state (the default), or return once the page has loaded. */
  settle?: boolean;
};

/**
 * A publisher's site on another origin, and the file's browser: what every
 * widget test file starts from. `visit(path)` opens the page at `path` in a
 * fresh page of that browser, recording every request it makes, and waits
 * until its widgets have settled; `states` are theirs.
 */
export function usePublisher() {
  const browser = useBrowser();
  const { pages, handler } = pageServer();
  const origin = useOrigin(handler);
  async function visit(path: string, options: PublisherVisit = {}) {
    if (options.html !== undefined) pages.set(path, options.html);
    const { page, problems } = await openPage(browser(), options.context);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await options.before?.(page);
    await page.goto(`${origin()}${path}`);
    const states = options.settle === false ? [] : await settled(page);
    return { page, problems, requests, states };
  }
  return { browser, pages, origin, visit };
}
