/**
 * Recorded time in a real browser: a pinned code from the copy-embed panel
 * carries the moment it was copied (`seen-at`), so a figure entered later —
 * back-dated or not — never reaches it, and the widget says "As published on
 * …"; a code pinned with `as-of` alone still works as before. A widget links
 * to its changes ("Changed N times"), a page that reads without JavaScript.
 * The back-dated figure is undone afterwards, so the other files see the
 * seed story.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { adminApi } from './admin-api';
import { baseUrl, openPage, pageServer, SEED_INCIDENT, settled, useBrowser, useOrigin } from './browser';

const browser = useBrowser();
const publisher = pageServer();
const origin = useOrigin(publisher.handler);

const undo: number[] = [];
afterAll(async () => {
  for (const id of undo) expect((await adminApi('POST', `/audit/${id}/revert`)).status).toBe(201);
});

/** Adds a claim as an editor would, and has it undone after the file's tests. */
async function addClaim(body: Record<string, unknown>): Promise<string> {
  const created = await adminApi('POST', `/incidents/${SEED_INCIDENT}/claims`, body);
  expect(created.status).toBe(201);
  const id = String(created.body.id);
  const audit = await adminApi('GET', `/audit?entity=claim:${id}&limit=1`);
  undo.unshift(Number((audit.body.data as { id: number }[])[0]?.id));
  return id;
}

/** How many changes the seed story's public read counts now: what its card's link says. */
const changesAt = async () =>
  Number(
    ((await (await fetch(`${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`)).json()) as { changeCount: number })
      .changeCount,
  );

const cardText = (widget: string) =>
  `document.querySelector('${widget}').shadowRoot.querySelector('.root').textContent`;

describe('codes pinned to the moment they were copied', () => {
  it('show what was published then, whatever is entered later, and say so', async () => {
    const { page, problems } = await openPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/`);
    await page.locator('input[name="data"][value="pinned"]').check();
    await page.locator('button[data-copy="casualty-claims-script"]').click();
    await page.waitForFunction(() => document.querySelector('[data-embed-status]')?.textContent === 'Copied');
    const pinned = await page.evaluate(() => navigator.clipboard.readText());
    const asOf = /as-of="([^"]+)"/.exec(pinned)?.[1] ?? '';
    expect(pinned).toMatch(/ seen-at="\d{4}-\d{2}-\d{2}T[\d:.]+Z"/);
    expect(problems).toEqual([]);
    await page.context().close();

    // Later, an editor enters a figure dated before the pin.
    await addClaim({
      claimant: { name: 'A late monitor', kind: 'ngo' },
      metric: 'killed',
      subject: 'Syrian government soldiers',
      qualifier: 'about',
      low: 999,
      asWritten: 'about 999',
      claimedOn: '2016-09-16',
    });

    publisher.pages.set(
      '/pinned',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pinned</title></head><body><main style="width:640px">
${pinned}
<casualty-claims id="as-of" incident="${SEED_INCIDENT}" as-of="${asOf}"></casualty-claims>
<casualty-claims id="latest" incident="${SEED_INCIDENT}"></casualty-claims>
</main></body></html>`,
    );
    const { page: host, problems: hostProblems } = await openPage(browser());
    await host.goto(`${origin()}/pinned`);
    expect(await settled(host)).toEqual(['ready', 'ready', 'ready']);
    const [copied, asOfOnly, latest] = await Promise.all(
      ['casualty-claims[seen-at]', '#as-of', '#latest'].map((selector) => host.evaluate(cardText(selector))),
    );
    expect(copied).not.toContain('999');
    expect(copied).toMatch(/As published on [^.]*\d{4}\./);
    // A code pinned with as-of alone keeps working, following the dates the sources give.
    expect(asOfOnly).toContain('999');
    expect(asOfOnly).not.toContain('As published on');
    expect(latest).toContain('999');
    expect(hostProblems).toEqual([]);
    await host.context().close();
  });
});

describe('the link to a widget’s changes', () => {
  it('says how many changes there were and opens a page that needs no JavaScript', async () => {
    await addClaim({
      claimant: { name: 'Another late monitor', kind: 'ngo' },
      metric: 'wounded',
      subject: 'civilians',
      qualifier: 'exact',
      low: 7,
      asWritten: '7',
      claimedOn: '2016-09-19',
    });
    const count = await changesAt();
    expect(count).toBeGreaterThan(0);
    publisher.pages.set(
      '/latest',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Latest</title>
<script type="module" src="${baseUrl}/widgets/v1/casualty-claims.js"></script></head>
<body><main style="width:640px"><casualty-claims incident="${SEED_INCIDENT}"></casualty-claims></main></body></html>`,
    );
    const { page, problems } = await openPage(browser());
    await page.goto(`${origin()}/latest`);
    expect(await settled(page)).toEqual(['ready']);
    const link = page.locator('casualty-claims [part="footer"] a');
    await expect(link.textContent()).resolves.toBe(count === 1 ? 'Changed once' : `Changed ${count} times`);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`${baseUrl}/embed/casualty-claims/${SEED_INCIDENT}/changes`);
    expect(problems).toEqual([]);
    await page.context().close();

    const { page: reader } = await openPage(browser(), { javaScriptEnabled: false });
    await reader.goto(href);
    await expect(reader.locator('ol.changes > li').count()).resolves.toBe(count);
    await expect(reader.locator('ol.changes > li').first().textContent()).resolves.toContain(
      'New figure: Another late monitor · wounded, 7.',
    );
    await reader.context().close();
  });

  it('opens the changes in the card’s language, and for a card pinned to a moment, those recorded by then', async () => {
    const seenAt = new Date().toISOString();
    const pinnedCount = await changesAt();
    expect(pinnedCount).toBeGreaterThan(0);
    // A change recorded after the pin: the latest has one more than the pinned card counts.
    await addClaim({
      claimant: { name: 'A monitor after the pin', kind: 'ngo' },
      metric: 'wounded',
      subject: 'civilians',
      qualifier: 'exact',
      low: 3,
      asWritten: '3',
      claimedOn: '2016-09-19',
    });
    expect(await changesAt()).toBe(pinnedCount + 1);
    publisher.pages.set(
      '/languages',
      `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Cambios</title>
<script type="module" src="${baseUrl}/widgets/v1/casualty-claims.js"></script></head>
<body><main style="width:640px"><casualty-claims id="latest" incident="${SEED_INCIDENT}"></casualty-claims>
<casualty-claims id="pinned" incident="${SEED_INCIDENT}" seen-at="${seenAt}"></casualty-claims></main></body></html>`,
    );
    const { page, problems } = await openPage(browser());
    await page.goto(`${origin()}/languages`);
    expect(await settled(page)).toEqual(['ready', 'ready']);
    const hrefs = await Promise.all(
      ['#latest', '#pinned'].map(
        async (card) => (await page.locator(`${card} [part="footer"] a`).getAttribute('href')) ?? '',
      ),
    );
    expect(problems).toEqual([]);
    await page.context().close();

    const { page: reader } = await openPage(browser(), { javaScriptEnabled: false });
    for (const [href, count] of [
      [hrefs[0] ?? '', pinnedCount + 1],
      [hrefs[1] ?? '', pinnedCount],
    ] as const) {
      await reader.goto(href);
      await expect(reader.locator('html').getAttribute('lang'), href).resolves.toBe('es');
      await expect(reader.locator('ol.changes > li').count(), href).resolves.toBe(count);
    }
    await reader.context().close();
  });
});
