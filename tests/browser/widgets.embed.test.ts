/**
 * Embedding: one script tag on another origin is enough; the API origin
 * comes from the script's URL unless `api` says otherwise; including the
 * script twice and the widgets many times defines each element once and
 * makes one request per resource; the widgets announce themselves with
 * bubbling, composed events. What each page downloads: widgets.modules.test.ts.
 */
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  expectOneRead,
  hostPage,
  problemsBesides,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  usePublisher,
  WIDGET_SCRIPT,
} from './browser';

const { pages, origin: publisher, visit } = usePublisher();

const claims = `<casualty-claims incident="${SEED_INCIDENT}"></casualty-claims>`;
const gauge = `<ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge>`;
const incidentUrl = `${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`;
const ceasefireUrl = `${baseUrl}/api/v1/ceasefires/${SEED_CEASEFIRE}`;

pages.set('/one-tag', hostPage(`${claims}${gauge}`));
pages.set(
  '/twice',
  hostPage(`${claims}${gauge}${claims}<script type="module" src="${WIDGET_SCRIPT}?copy=2"></script>${claims}${gauge}`),
);

/** Records every call of customElements.define, before any script of the page runs. */
const countDefines = () => {
  const calls: string[] = [];
  (window as unknown as { __defines: string[] }).__defines = calls;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    calls.push(name);
    define(name, ctor, options);
  };
};

/** Records explainer-load / explainer-error as the host page sees them, at the document. */
const recordEvents = () => {
  const seen: unknown[] = [];
  (window as unknown as { __events: unknown[] }).__events = seen;
  for (const type of ['explainer-load', 'explainer-error']) {
    document.addEventListener(type, (event) => {
      const e = event as CustomEvent;
      seen.push({
        type,
        target: (e.target as Element).tagName.toLowerCase(),
        bubbles: e.bubbles,
        composed: e.composed,
        resource: e.detail.resource,
        slug: e.detail.slug,
        url: e.detail.url,
        hasData: e.detail.data !== undefined,
      });
    });
  }
};

describe('embedding with one script tag', () => {
  it('shows the data on a page from another origin, taking the API origin from the script URL', async () => {
    const { page, problems, requests, states } = await visit('/one-tag');
    expect(new URL(publisher()).origin).not.toBe(new URL(baseUrl).origin);
    expect(states).toEqual(['ready', 'ready']);
    expect(requests).toContain(incidentUrl);
    expect(requests).toContain(ceasefireUrl);
    await expect(page.locator('casualty-claims .title').textContent()).resolves.toContain('Deir ez-Zor');
    await expect(page.locator('ceasefire-gauge [part="status"]').textContent()).resolves.toBe('Precarious');
    expect(problems).toEqual([]);
  });

  it('takes the API origin from the api attribute when given', async () => {
    // The same server under another name: a different origin as far as the browser is concerned.
    const other = baseUrl.replace('127.0.0.1', 'localhost');
    const { problems, requests, states } = await visit('/api-attribute', {
      html: hostPage(`<casualty-claims incident="${SEED_INCIDENT}" api="${other}"></casualty-claims>`),
    });
    expect(states).toEqual(['ready']);
    expect(requests.filter((u) => u.includes('/api/v1/'))).toEqual([`${other}/api/v1/incidents/${SEED_INCIDENT}`]);
    expect(problems).toEqual([]);
  });

  it('defines each element once and makes one request per resource, with the script twice and the widgets many times', async () => {
    const reads: Request[] = [];
    const { page, problems, requests, states } = await visit('/twice', {
      before: async (page) => {
        page.on('request', (r) => reads.push(r));
        await page.addInitScript(countDefines);
      },
    });
    expect(states).toEqual(['ready', 'ready', 'ready', 'ready', 'ready']);
    // Both copies of the module ran (the second is a distinct URL, so a distinct module instance)...
    expect(requests.filter((u) => u.startsWith(WIDGET_SCRIPT))).toEqual([WIDGET_SCRIPT, `${WIDGET_SCRIPT}?copy=2`]);
    // ...yet each name was defined once, and each resource fetched once.
    const defines = await page.evaluate(() => (window as unknown as { __defines: string[] }).__defines);
    expect(defines.sort()).toEqual(['casualty-claims', 'ceasefire-gauge']);
    await expectOneRead(reads, incidentUrl);
    await expectOneRead(reads, ceasefireUrl);
    expect(problemsBesides(problems, /status of 5\d\d/)).toEqual([]);
  });
});

describe('events', () => {
  it('dispatches explainer-load for each widget, bubbling and composed, with the resource in detail', async () => {
    const { page } = await visit('/one-tag', { before: (page) => page.addInitScript(recordEvents) });
    await page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length === 2);
    const events = await page.evaluate(() => (window as unknown as { __events: unknown[] }).__events);
    expect(events).toEqual(
      expect.arrayContaining([
        {
          type: 'explainer-load',
          target: 'casualty-claims',
          bubbles: true,
          composed: true,
          resource: 'incident',
          slug: SEED_INCIDENT,
          url: incidentUrl,
          hasData: true,
        },
        {
          type: 'explainer-load',
          target: 'ceasefire-gauge',
          bubbles: true,
          composed: true,
          resource: 'ceasefire',
          slug: SEED_CEASEFIRE,
          url: ceasefireUrl,
          hasData: true,
        },
      ]),
    );
  });

  it('dispatches explainer-error, bubbling and composed, with the resource and the reason', async () => {
    const { page } = await visit('/missing', {
      html: hostPage('<ceasefire-gauge ceasefire="no-such-ceasefire"></ceasefire-gauge>'),
      before: (page) => page.addInitScript(recordEvents),
    });
    await page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length === 1);
    const [event] = await page.evaluate(() => (window as unknown as { __events: unknown[] }).__events);
    expect(event).toEqual({
      type: 'explainer-error',
      target: 'ceasefire-gauge',
      bubbles: true,
      composed: true,
      resource: 'ceasefire',
      slug: 'no-such-ceasefire',
      url: `${baseUrl}/api/v1/ceasefires/no-such-ceasefire`,
      hasData: false,
    });
  });
});
