/**
 * Pay for what you show: the one-tag embed (`explainers.js`) imports only
 * the module of the widgets the page holds — the card's, the gauge's, or
 * both in one — and still finds widgets added after the page loaded; each
 * widget's own module works alone; every module is served to any origin
 * with the cache lifetimes the README promises.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scriptSnippet } from '../../shared/embed/catalog';
import { WIDGET_MODULES } from '../../widgets/vite.config';
import {
  baseUrl,
  expectOneRead,
  gate,
  hostPage,
  problemsBesides,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  settled,
  usePublisher,
} from './browser';

const { pages, visit } = usePublisher();

const MODULES = `${baseUrl}/widgets/v1/`;
const claims = `<casualty-claims incident="${SEED_INCIDENT}"></casualty-claims>`;
const gauge = `<ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge>`;

pages.set('/card', hostPage(claims));
pages.set('/gauge', hostPage(gauge));
pages.set('/both', hostPage(`${claims}<p>Between the two.</p>${gauge}`));
pages.set('/none', hostPage('<p>No widget yet.</p>'));
pages.set(
  '/reads-ahead',
  hostPage(
    `${claims}<casualty-claims incident="${SEED_INCIDENT}" as-of="2016-09-18"></casualty-claims>` +
      `<div hidden>${claims.replace('incident=', 'as-of="2016-09-19" incident=')}</div>` +
      `<div style="height: 4000px">A long article.</div>${gauge}`,
  ),
);
pages.set(
  '/card-module',
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One card</title>
<script type="module" src="${MODULES}casualty-claims.js"></script></head><body>${claims}</body></html>`,
);

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A publisher’s page</title></head><body><main>${body}</main></body></html>`;
const cardCode = scriptSnippet(baseUrl, { widget: 'casualty-claims', slug: SEED_INCIDENT });
pages.set('/card-code', page(cardCode));
pages.set('/card-code-far-down', page(`<div style="height:4000px">A long article.</div>${cardCode}`));
pages.set(
  '/together-code',
  page(
    scriptSnippet(
      baseUrl,
      { widget: 'casualty-claims', slug: SEED_INCIDENT },
      { widget: 'ceasefire-gauge', slug: SEED_CEASEFIRE },
    ),
  ),
);

/**
 * Opens a publisher's page and lists the widget modules it downloaded (by
 * file name) and the API reads. Lazy chunks are left out: the live-update
 * code comes once the data is shown, and languages only on pages in them
 * (widgets.live and widgets.i18n test those).
 */
async function modulesFetchedBy(path: string, before?: (page: Page) => Promise<void>) {
  const fetched: string[] = [];
  const reads: Request[] = [];
  const { page, problems } = await visit(path, {
    settle: false,
    before: async (page) => {
      page.on('request', (r) => {
        const file = r.url().startsWith(MODULES) ? r.url().slice(MODULES.length) : undefined;
        if (file && !file.startsWith('chunks/')) fetched.push(file);
        if (r.url().startsWith(`${baseUrl}/api/`)) reads.push(r);
      });
      await before?.(page);
    },
  });
  return { page, problems, fetched, reads };
}

/** Whether Lit's template library was evaluated once, as one copy serves every widget on the page. */
const litCopies = () => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions?.length ?? 0;

describe('explainers.js imports what the page shows', () => {
  it('a page with only the card loads the card’s module, never the gauge’s', async () => {
    const { page, problems, fetched } = await modulesFetchedBy('/card');
    expect(await settled(page)).toEqual(['ready']);
    expect(fetched.sort()).toEqual(['casualty-claims.js', 'explainers.js']);
    expect(problems).toEqual([]);
  });

  it('a page with only the gauge loads the gauge’s module, never the card’s', async () => {
    const { page, problems, fetched } = await modulesFetchedBy('/gauge');
    expect(await settled(page)).toEqual(['ready']);
    expect(fetched.sort()).toEqual(['ceasefire-gauge.js', 'explainers.js']);
    expect(problems).toEqual([]);
  });

  it('a page with both loads one module holding both, with one copy of Lit', async () => {
    const { page, problems, fetched } = await modulesFetchedBy('/both');
    expect(await settled(page)).toEqual(['ready', 'ready']);
    expect(fetched.sort()).toEqual(['all-widgets.js', 'explainers.js']);
    expect(await page.evaluate(litCopies)).toBe(1);
    expect(problems).toEqual([]);
  });

  it('defines widgets the page adds after it has loaded', async () => {
    const { page, problems, fetched } = await modulesFetchedBy('/none');
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(fetched).toEqual(['explainers.js']);
    await page.evaluate((html) => document.querySelector('main')?.insertAdjacentHTML('beforeend', html), claims);
    expect(await settled(page)).toEqual(['ready']);
    // A gauge arriving later still gets its module (its own copy of Lit: the price of loading only what is shown).
    await page.evaluate((html) => document.querySelector('main')?.insertAdjacentHTML('beforeend', html), gauge);
    expect(await settled(page)).toEqual(['ready', 'ready']);
    expect(fetched.sort()).toEqual(['casualty-claims.js', 'ceasefire-gauge.js', 'explainers.js']);
    expect(problems).toEqual([]);
  });
});

/** Until the /reads-ahead page's two cards in view show their data. */
const twoCardsShown = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('casualty-claims')]
        .slice(0, 2)
        .every((w) => w.shadowRoot?.querySelector('[data-state="ready"]')),
    null,
    { timeout: 15_000 },
  );

describe('explainers.js starts the data of the widgets it loads', () => {
  it('alongside their module: each read in view is preloaded before the module is asked for, and taken once', async () => {
    const { page, problems, reads } = await modulesFetchedBy('/reads-ahead');
    const card = `${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`;
    const pinned = `${card}?asOf=2016-09-18`;
    await twoCardsShown(page);
    // Not the hidden card's, nor the gauge's far below the view: neither would ask until the reader got there.
    const preloads = await page.evaluate(() =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].map((l) => [l.href, l.as]),
    );
    expect(preloads).toEqual([
      [card, 'fetch'],
      [pinned, 'fetch'],
    ]);
    // Asked as the page's module was: before the widgets' module, which once ran only then asked for its data.
    const started = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])),
    );
    const module = started[`${MODULES}all-widgets.js`] ?? Number.NaN;
    expect(started[card]).toBeLessThanOrEqual(module);
    expect(started[pinned]).toBeLessThanOrEqual(module);
    // Each widget took its preloaded answer: one read each (the gauge's waits for the reader).
    expect(new Set(reads.map((r) => r.url()))).toEqual(new Set([card, pinned]));
    await expectOneRead(reads, card);
    await expectOneRead(reads, pinned);
    expect(problemsBesides(problems, /status of 5\d\d/)).toEqual([]);
  });

  it('not a hidden widget’s where the browser has no checkVisibility (Safari before 17.4)', async () => {
    const { page, problems } = await modulesFetchedBy('/reads-ahead', async (p) => {
      await p.addInitScript(() => {
        delete (Element.prototype as Partial<Element>).checkVisibility;
      });
    });
    const card = `${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`;
    await expect.poll(() => page.evaluate(() => typeof Element.prototype.checkVisibility)).toBe('undefined');
    await twoCardsShown(page);
    const preloads = await page.evaluate(() =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].map((l) => l.href),
    );
    expect(preloads).toEqual([card, `${card}?asOf=2016-09-18`]);
    expect(problemsBesides(problems, /status of 5\d\d/)).toEqual([]);
  });
});

describe('explainers.js on a line that drops', () => {
  it('imports a module that failed again, under a URL of its own, until it loads', async () => {
    const tries: string[] = [];
    const failures = [gate(), gate()];
    const { page, problems, fetched } = await modulesFetchedBy('/card', async (p) => {
      await p.clock.install();
      await p.route(`${MODULES}casualty-claims.js*`, async (route) => {
        tries.push(route.request().url().slice(MODULES.length));
        // The first two tries fail as a dropped connection fails; the third gets the module.
        if (tries.length > 2) return route.continue();
        await route.abort('connectionreset');
        failures[tries.length - 1]?.open();
      });
    });
    // The page's clock, paused once the first try has failed, runs the waits between tries a tenth of a second at a
    // time: each try comes within two tenths of its wait (2 s, then 4 s) after the failure before it (the first
    // wait began as the clock still ran, a moment before it was paused).
    await failures[0]?.opened;
    // A moment ahead of the page's clock; on a busy machine that moment can pass before the pause is asked for
    // ("cannot fast-forward to the past"), and it is asked for again, ahead of the clock as it is then.
    await expect
      .poll(async () =>
        page.clock.pauseAt((await page.evaluate(() => Date.now())) + 20).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    const waited: number[] = [];
    for (const i of [1, 2]) {
      if (i === 2) await failures[1]?.opened;
      let ran = 0;
      await expect
        .poll(
          async () => {
            await page.clock.runFor(100);
            ran += 100;
            return tries.length;
          },
          { timeout: 20_000, interval: 10 },
        )
        .toBe(i + 1);
      waited.push(ran);
    }
    expect(waited[0]).toBeGreaterThanOrEqual(1800);
    expect(waited[0]).toBeLessThanOrEqual(2200);
    expect(waited[1]).toBeGreaterThanOrEqual(3800);
    expect(waited[1]).toBeLessThanOrEqual(4200);
    await page.clock.resume();
    expect(await settled(page)).toEqual(['ready']);
    expect(tries).toEqual(['casualty-claims.js', 'casualty-claims.js?try=2', 'casualty-claims.js?try=3']);
    expect(fetched.filter((f) => f.startsWith('ceasefire'))).toEqual([]);
    // The browser's own line for each failed load, and nothing else: no error thrown into the page.
    expect(problemsBesides(problems, /ERR_CONNECTION_RESET/)).toEqual([]);
  });
});

describe('a widget’s own module', () => {
  it('defines its element alone, without the loader', async () => {
    const { page, problems, fetched } = await modulesFetchedBy('/card-module');
    expect(await settled(page)).toEqual(['ready']);
    expect(fetched).toEqual(['casualty-claims.js']);
    await expect(page.locator('casualty-claims .title').textContent()).resolves.toContain('Deir ez-Zor');
    expect(problems).toEqual([]);
  });
});

describe('the script code the copy-embed panel hands out', () => {
  it('loads the widget’s own module and preloads its data, which the widget takes: one request, even out of view', async () => {
    const { page, problems, fetched, reads } = await modulesFetchedBy('/card-code-far-down');
    // Out of view, yet it shows its data without a scroll: the preload has already spent the request.
    await page.waitForFunction(
      () => document.querySelector('casualty-claims')?.shadowRoot?.querySelector('[data-state="ready"]'),
      null,
      { timeout: 15_000 },
    );
    expect(
      await page.evaluate(() => document.querySelector('casualty-claims')?.getBoundingClientRect().top ?? 0),
    ).toBeGreaterThan(await page.evaluate(() => innerHeight));
    expect(fetched).toEqual(['casualty-claims.js']);
    // The widget's fetch asks exactly as the preload did (same URL, CORS, no credentials), so the browser hands it
    // the preloaded answer and no second read goes out (but the widget's one retry, when the preload failed in passing).
    const url = `${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`;
    expect(new Set(reads.map((r) => r.url()))).toEqual(new Set([url]));
    await expectOneRead(reads, url);
    for (const read of reads) {
      const headers = await read.allHeaders();
      expect([headers['sec-fetch-mode'], headers.cookie]).toEqual(['cors', undefined]);
    }
    expect(problemsBesides(problems, /status of 5\d\d/)).toEqual([]);
  });

  it('gives a page with both widgets one module holding both', async () => {
    const { page, problems, fetched } = await modulesFetchedBy('/together-code');
    expect(await settled(page)).toEqual(['ready', 'ready']);
    expect(fetched).toEqual(['all-widgets.js']);
    expect(await page.evaluate(litCopies)).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('the served modules', () => {
  it('carry, like every answer of the Worker, nosniff, no referrer, its HSTS and a resource policy', async () => {
    const own = await fetch(`${baseUrl}/health/live`);
    const hsts = own.headers.get('strict-transport-security');
    expect(hsts).toMatch(/^max-age=\d+/);
    const card = await (await fetch(`${MODULES}casualty-claims.js`)).text();
    const chunk = card.match(/chunks\/[\w-]+\.js/)?.[0];
    const files = [
      ...Object.keys(WIDGET_MODULES).map((name) => `${MODULES}${name}.js`),
      `${MODULES}${chunk}`,
      `${baseUrl}/api-docs/swagger-ui.css`,
      `${baseUrl}/admin-assets/admin.css`,
    ];
    for (const url of files) {
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), url).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security'), url).toBe(hsts);
      // Readers' pages load the widgets from any origin; the docs' and editors' files are this origin's own.
      expect(res.headers.get('cross-origin-resource-policy'), url).toBe(
        url.startsWith(MODULES) ? 'cross-origin' : 'same-origin',
      );
    }
  });

  it('are open to every origin, cached briefly at their stable URLs and for ever as hashed chunks', async () => {
    for (const name of Object.keys(WIDGET_MODULES)) {
      const module = await fetch(`${MODULES}${name}.js`);
      expect(module.status, name).toBe(200);
      expect(module.headers.get('content-type'), name).toContain('javascript');
      expect(module.headers.get('access-control-allow-origin'), name).toBe('*');
      expect(module.headers.get('cache-control'), name).toBe('public, max-age=300, stale-while-revalidate=86400');
    }
    const card = await (await fetch(`${MODULES}casualty-claims.js`)).text();
    const chunk = card.match(/chunks\/es-[\w-]+\.js/)?.[0];
    expect(chunk).toBeDefined();
    const lazy = await fetch(`${MODULES}${chunk}`);
    expect(lazy.status).toBe(200);
    expect(lazy.headers.get('access-control-allow-origin')).toBe('*');
    expect(lazy.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
