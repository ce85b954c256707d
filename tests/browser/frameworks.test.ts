/**
 * The framework examples (examples/: React 19, Vue, plain HTML), each on a
 * publisher's page served from another origin, against the running Worker:
 * the claims card loads by its attribute, the gauge is handed the page's
 * own copy of the ceasefire through its `data` property (it makes no request
 * of its own), and each widget's `explainer-load` / `explainer-error` reach
 * the framework's own listeners, whose text the test reads.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleExamples, EXAMPLE_ENTRIES, type ExampleName } from '../../examples/bundle';
import {
  baseUrl,
  openPage,
  problemsBesides,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  settled,
  useBrowser,
  useOrigin,
  WIDGET_SCRIPT,
} from './browser';

const browser = useBrowser();
const files = new Map<string, { type: string; body: string }>();
const publisher = useOrigin((req, res) => {
  const file = files.get((req.url ?? '/').split('?')[0] ?? '/');
  res.writeHead(file ? 200 : 404, { 'Content-Type': file?.type ?? 'text/plain' });
  res.end(file?.body ?? 'not here');
});

const HTML = 'text/html; charset=utf-8';
const MISSING_INCIDENT = 'no-such-incident';

/**
 * A page for a bundled example: the module defining both widgets at once (a
 * framework may wait for the definition before it renders the tags, which the
 * one-tag loader would never give it), then the app mounted on #story.
 */
function frameworkPage(name: ExampleName, incident: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story, in ${name}</title>
<script type="module" src="${WIDGET_SCRIPT.replace('explainers.js', 'all-widgets.js')}"></script></head>
<body><main><h1>A story</h1>
<div id="story" data-api="${baseUrl}" data-incident="${incident}" data-ceasefire="${SEED_CEASEFIRE}"></div>
</main><script type="module" src="/${name}.js"></script></body></html>`;
}

beforeAll(async () => {
  const bundles = await bundleExamples();
  for (const name of Object.keys(EXAMPLE_ENTRIES) as ExampleName[]) {
    files.set(`/${name}.js`, { type: 'text/javascript; charset=utf-8', body: bundles[name] });
    files.set(`/${name}`, { type: HTML, body: frameworkPage(name, SEED_INCIDENT) });
    files.set(`/${name}/missing`, { type: HTML, body: frameworkPage(name, MISSING_INCIDENT) });
  }
  // The plain example as written, with the Worker's origin for HOST.
  const plain = (await readFile(new URL('../../examples/html/index.html', import.meta.url), 'utf8')).replaceAll(
    'https://HOST',
    baseUrl,
  );
  expect(plain).toContain(`incident="${SEED_INCIDENT}"`);
  files.set('/html', { type: HTML, body: plain });
  files.set('/html/missing', {
    type: HTML,
    body: plain.replace(`incident="${SEED_INCIDENT}"`, `incident="${MISSING_INCIDENT}"`),
  });
});

/** Opens an example; returns its page, its problems and the API reads it made. */
async function openExample(path: string): Promise<{ page: Page; problems: string[]; reads: string[] }> {
  const { page, problems } = await openPage(browser());
  const reads: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${baseUrl}/api/`)) reads.push(r.url().slice(baseUrl.length));
  });
  await page.goto(`${publisher()}${path}`);
  // The apps put the widgets on the page once they have the ceasefire.
  await page.waitForFunction(() => document.querySelectorAll('casualty-claims, ceasefire-gauge').length === 2);
  return { page, problems, reads };
}

/** The text the example's own event listeners wrote, once it is no longer "Loading…". */
async function statusOf(page: Page, widget: 'claims' | 'gauge'): Promise<string> {
  const status = page.locator(`.${widget}-status, #${widget}-status`);
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toMatch(/^Loading/);
  return (await status.textContent()) ?? '';
}

describe.each(['react', 'vue', 'html'] as const)('the %s example', (name) => {
  it('shows both widgets, the gauge from the data property, and hears their explainer-load', async () => {
    const { page, problems, reads } = await openExample(`/${name}`);
    expect(await settled(page)).toEqual(['ready', 'ready']);
    expect(await statusOf(page, 'claims')).toBe(`Claims shown for ${SEED_INCIDENT}.`);
    expect(await statusOf(page, 'gauge')).toBe('Gauge shown (ceasefire).');
    await expect(page.locator('casualty-claims .title').textContent()).resolves.toContain('Deir ez-Zor');
    await expect(page.locator('ceasefire-gauge [part="status"]').textContent()).resolves.toBe('Precarious');

    // `data` arrived as a property (an attribute would read "[object Object]"), so the gauge asked for nothing.
    const gauge = await page.$eval('ceasefire-gauge', (el) => ({
      attributes: el.getAttributeNames(),
      slug: (el as HTMLElement & { data?: { slug: string } }).data?.slug,
    }));
    expect(gauge.attributes).not.toContain('data');
    expect(gauge.attributes).not.toContain('ceasefire');
    expect(gauge.slug).toBe(SEED_CEASEFIRE);
    // One read of the ceasefire: the page's own. The claims card made its own read of the incident.
    expect(reads.filter((r) => r.startsWith('/api/v1/ceasefires/'))).toEqual([`/api/v1/ceasefires/${SEED_CEASEFIRE}`]);
    expect(reads.filter((r) => r.startsWith('/api/v1/incidents/'))).toEqual([`/api/v1/incidents/${SEED_INCIDENT}`]);
    expect(problems).toEqual([]);
  });

  it('hears explainer-error with its reason when the incident does not exist', async () => {
    const { page, problems } = await openExample(`/${name}/missing`);
    expect(await settled(page)).toEqual(['not-found', 'ready']);
    expect(await statusOf(page, 'claims')).toBe('Claims not shown: not-found.');
    expect(await statusOf(page, 'gauge')).toBe('Gauge shown (ceasefire).');
    expect(problemsBesides(problems, /404/)).toEqual([]);
  });
});
