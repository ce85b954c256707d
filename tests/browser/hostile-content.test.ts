/**
 * Hostile text in every field (put straight into D1 by fixtures.ts, as a
 * compromised editor account or a bad import could) is inert and legible
 * wherever it is shown: the widgets on a publisher's page, the embed pages
 * with JavaScript off (server-rendered) and on (upgraded), and their
 * JSON-LD. The browser records every dialog, every navigation of the page
 * and any script the data manages to run (`window.__pwned`). Source URLs
 * that are not http(s) never become links; the one https source does.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FRAMED_PAGE_SCRIPT } from '../../src/embed/framed-page';
import { HOSTILE, SAFE_URL } from '../hostile-text';
import { baseUrl, hostPage, openPage, pageServer, problemsBesides, settled, useBrowser, useOrigin } from './browser';
import { HOSTILE_CEASEFIRE, HOSTILE_INCIDENT } from './fixtures';

const browser = useBrowser();
const { pages, handler } = pageServer();
const publisher = useOrigin(handler);

const INCIDENT_TITLE = `${HOSTILE.script} ${HOSTILE.rtl}`;
const CEASEFIRE_NAME = `${HOSTILE.script} ${HOSTILE.rtl}`;

/** A page that remembers every dialog and every navigation of its main frame. */
async function watched(b: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const { page, problems } = await openPage(b, options);
  const dialogs: string[] = [];
  const navigations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  return { page, problems, dialogs, navigations };
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null);
}

/** What a widget's shadow root holds that data could have smuggled in, and every link it has. */
async function shadowAudit(page: Page, selector: string) {
  return page.$eval(selector, (el) => {
    const root = el.shadowRoot as ShadowRoot;
    return {
      smuggled: root.querySelectorAll('script, img, iframe, object, embed, style, [onerror], [style*="fixed"]').length,
      hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      title: root.querySelector('.title')?.textContent ?? null,
      titleIsolated: root.querySelector('.title bdi')?.textContent ?? null,
      text: root.textContent ?? '',
    };
  });
}

/** The same for the server-rendered page: the fallback, the links, the scripts, the JSON-LD. */
async function pageAudit(page: Page) {
  return page.evaluate(() => {
    const fallback = document.querySelector('.fallback');
    const ld = [...document.querySelectorAll('script[type="application/ld+json"]')];
    return {
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('type') ?? `classic: ${s.text}`),
      smuggled: document.querySelectorAll('body img, body iframe, body object, body style, [onerror], div[style]')
        .length,
      hrefs: [...document.querySelectorAll('body a')].map((a) => a.getAttribute('href') ?? ''),
      title: fallback?.querySelector('.title')?.textContent ?? null,
      titleIsolated: fallback?.querySelector('.title bdi')?.textContent ?? null,
      ldCount: ld.length,
      ld: ld[0] ? JSON.parse(ld[0].textContent ?? '') : null,
      hidden: getComputedStyle(document.body).display === 'none',
    };
  });
}

const onlyWeb = (hrefs: string[]) => hrefs.filter((h) => !/^https?:\/\/[^/]/.test(h));

describe('hostile text in the widgets on a publisher’s page', () => {
  it('renders as text: no dialog, no script, no navigation, no link that is not http(s)', async () => {
    const { page, problems, dialogs, navigations } = await watched(browser());
    pages.set(
      '/hostile',
      hostPage(
        `<casualty-claims incident="${HOSTILE_INCIDENT}"></casualty-claims><ceasefire-gauge ceasefire="${HOSTILE_CEASEFIRE}"></ceasefire-gauge>`,
      ),
    );
    await page.goto(`${publisher()}/hostile`);
    expect(await settled(page)).toEqual(['ready', 'ready']);

    const claims = await shadowAudit(page, 'casualty-claims');
    expect(claims.title).toBe(INCIDENT_TITLE);
    // The RTL override is shut inside its <bdi>: it cannot reverse the text around it.
    expect(claims.titleIsolated).toBe(INCIDENT_TITLE);
    expect(claims.smuggled).toBe(0);
    expect(onlyWeb(claims.hrefs)).toEqual([]);
    expect(claims.hrefs).toContain(SAFE_URL);
    expect(claims.text).toContain(HOSTILE.img);
    expect(claims.text).toContain(HOSTILE.script);

    const gauge = await shadowAudit(page, 'ceasefire-gauge');
    expect(gauge.title).toBe(CEASEFIRE_NAME);
    expect(gauge.titleIsolated).toBe(CEASEFIRE_NAME);
    expect(gauge.smuggled).toBe(0);
    expect(onlyWeb(gauge.hrefs)).toEqual([]);
    expect(gauge.text).toContain(HOSTILE.css);

    // The host page is still visible and its own.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1') as Element).display)).toBe('block');
    expect(dialogs).toEqual([]);
    expect(await pwned(page)).toBeNull();
    expect(navigations).toEqual([`${publisher()}/hostile`]);
    expect(problemsBesides(problems)).toEqual([]);
  });
});

describe('hostile text on the embed pages', () => {
  for (const [widget, slug, title] of [
    ['casualty-claims', HOSTILE_INCIDENT, INCIDENT_TITLE],
    ['ceasefire-gauge', HOSTILE_CEASEFIRE, CEASEFIRE_NAME],
  ] as const) {
    const url = `${baseUrl}/embed/${widget}/${slug}`;

    it(`${widget}, JavaScript off: the server-rendered page shows it as text, and its JSON-LD holds it as data`, async () => {
      const { page, dialogs, navigations } = await watched(browser(), { javaScriptEnabled: false });
      await page.goto(url);
      const audit = await pageAudit(page);
      expect(audit.title).toBe(title);
      expect(audit.titleIsolated).toBe(title);
      expect(audit.smuggled).toBe(0);
      expect(audit.hidden).toBe(false);
      expect(onlyWeb(audit.hrefs)).toEqual([]);
      if (widget === 'casualty-claims') expect(audit.hrefs).toContain(SAFE_URL);
      // Only the page's own scripts: two modules, the JSON-LD, the data island and the framed page's first script;
      // nothing from the data.
      expect(audit.scripts.sort()).toEqual(
        ['application/json', 'application/ld+json', `classic: ${FRAMED_PAGE_SCRIPT}`, 'module', 'module'].sort(),
      );
      expect(audit.ldCount).toBe(1);
      const graph = audit.ld['@graph'] as Record<string, unknown>[];
      expect(graph[0]?.name).toBe(title);
      const urls = JSON.stringify(graph).match(/"url":"[^"]*"/g) ?? [];
      expect(urls.filter((u) => !/^"url":"https?:\/\//.test(u))).toEqual([]);
      if (widget === 'casualty-claims') {
        expect(graph.some((n) => n.abstract === HOSTILE.ldBreak)).toBe(true);
        expect(urls).toContain(`"url":"${SAFE_URL}"`);
      } else {
        expect(graph[0]?.description).toContain(HOSTILE.ldBreak);
      }
      expect(dialogs).toEqual([]);
      expect(navigations).toEqual([url]);
    });

    it(`${widget}, JavaScript on: the upgraded widget shows it as text, and nothing runs`, async () => {
      const { page, problems, dialogs, navigations } = await watched(browser());
      await page.goto(url);
      expect(await settled(page)).toEqual(['ready']);
      const audit = await shadowAudit(page, widget);
      expect(audit.title).toBe(title);
      expect(audit.smuggled).toBe(0);
      expect(onlyWeb(audit.hrefs)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(await pwned(page)).toBeNull();
      expect(navigations).toEqual([url]);
      expect(problemsBesides(problems)).toEqual([]);
    });
  }
});
