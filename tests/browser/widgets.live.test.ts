/**
 * Live widgets on a publisher's page on another origin, with the page's
 * timers driven by Playwright's clock while the server stays real: an
 * editor's new claim reaches an open page within a minute without moving
 * it; pinned widgets, hidden tabs and a server asking to be left alone get
 * no checks.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { baseUrl, hostPage, openPage, problemsBesides, settled, useOrigin, usePublisher } from './browser';

const { browser, pages, origin: publisher, visit } = usePublisher();
const token = inject('editorToken');

let counter = 0;
async function adminCall(path: string, body: unknown): Promise<Response> {
  const res = await fetch(`${baseUrl}/api/v1/admin/${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** A new incident with one claim, so each test owns its data. */
async function freshIncident(): Promise<string> {
  counter += 1;
  const slug = `live-test-${Date.now().toString(36)}-${counter}`;
  await adminCall('incidents', {
    slug,
    title: 'A strike on a market',
    occurredOn: '2026-11-30',
    placeName: 'A market town',
    summary: 'What happened.',
  });
  await addClaim(slug, 'Health ministry', 12);
  return slug;
}

const addClaim = (slug: string, name: string, low: number) =>
  adminCall(`incidents/${slug}/claims`, {
    claimant: { name, kind: 'government' },
    metric: 'killed',
    subject: 'civilians',
    qualifier: 'exact',
    low,
    asWritten: String(low),
    claimedOn: '2026-11-30',
  });

/** Sets the figure of `claimant`'s claim in incident `slug` to `low`, as an editor corrects it; the answer's status. */
async function reviseFigure(slug: string, claimant: string, low: number): Promise<number> {
  const incident = (await (await fetch(`${baseUrl}/api/v1/incidents/${slug}`)).json()) as {
    claims: { id: string; claimant: { name: string } }[];
  };
  const claim = `${baseUrl}/api/v1/admin/claims/${incident.claims.find((c) => c.claimant.name === claimant)?.id}`;
  const auth = { Authorization: `Bearer ${token}` };
  const current = await fetch(claim, { headers: auth });
  const revised = await fetch(claim, {
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag') ?? '' },
    body: JSON.stringify({ asWritten: String(low), low }),
  });
  return revised.status;
}

/**
 * A widget (`tag`, alone on `page` and checking) whose rows (`row`: each by its first datum, whom it is from) read
 * `shown`: once `change` is made and the page has checked, the new version waits behind "Updated — show", the rows
 * where the reader left them and the widget fitted to the height its page holds, as tall as it was. The reader's
 * click shows `next`, in that same height: nothing after the widget moved.
 */
async function waitsThenShows(
  page: Page,
  tag: string,
  row: string,
  change: () => Promise<unknown>,
  shown: string[],
  next: string[],
) {
  const widget = page.locator(tag);
  const rows = () =>
    widget.evaluate(
      (el, row) => [...(el.shadowRoot?.querySelectorAll(row) ?? [])].map((r) => r.querySelector('bdi')?.textContent),
      row,
    );
  const held = () =>
    widget.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      fitted: !!el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.fit,
    }));
  expect(await rows()).toEqual(shown);
  const before = await held();
  expect(before.fitted).toBe(true);
  await change();
  await page.clock.runFor(75_000);
  const button = page.locator(`${tag} button[part="update"]`);
  await button.waitFor();
  expect(await rows()).toEqual(shown);
  expect(await held()).toEqual(before);
  // Pressed by a pointer: the widget stays as it is under the press, so the click lands where it began (the focus
  // the press gives the button let a fitted card take its natural height, which moved the button from under the
  // pointer: the click reached another line, and nothing was shown).
  await button.click();
  await expect.poll(rows).toEqual(next);
  expect(await held()).toEqual(before);
}

/**
 * Records, in the page and as they are made, the URLs the page fetches: a check made while the page's clock ran is
 * on the list when `runFor` returns (the browser's request events reach the test later, on their own time).
 */
function recordFetches() {
  const w = window as unknown as { __fetches: string[] };
  w.__fetches = [];
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    w.__fetches.push(input instanceof Request ? input.url : String(input));
    return original(input, init);
  };
}

/** How many fetches the page has made so far whose URL contains `part`. */
const fetchesTo = (page: Page, part: string) =>
  page.evaluate(
    (p) => (window as unknown as { __fetches: string[] }).__fetches.filter((u) => u.includes(p)).length,
    part,
  );

function recordShifts() {
  const w = window as unknown as { __cls: number };
  w.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput) w.__cls += e.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const cardText = (page: Page) => page.locator('casualty-claims .root').innerText();

/** Until every widget on the page that should check has started checking (the code is a lazy chunk). */
const checking = (page: Page, count = 1) =>
  page.waitForFunction(
    (n) =>
      document.querySelectorAll('casualty-claims, ceasefire-gauge').length >= n &&
      [...document.querySelectorAll('casualty-claims, ceasefire-gauge')].filter(
        (el) => el.shadowRoot?.querySelector('.root')?.getAttribute('data-live') === 'on',
      ).length >= n,
    count,
  );

describe('live widgets', () => {
  it('fetch their checking code only once the data is shown, never on the way to it', async () => {
    const slug = await freshIncident();
    const { page, states } = await visit('/live-chunk', {
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims>`),
      before: (page) =>
        page.addInitScript(() =>
          addEventListener('explainer-load', () => performance.mark('explainer-shown'), { capture: true, once: true }),
        ),
    });
    expect(states).toEqual(['ready']);
    await checking(page);
    const [shown, fetched] = await page.evaluate(() => [
      performance.getEntriesByName('explainer-shown')[0]?.startTime,
      performance.getEntriesByType('resource').find((e) => e.name.includes('/chunks/live-widget'))?.startTime,
    ]);
    expect(fetched).toBeGreaterThanOrEqual(shown ?? Number.POSITIVE_INFINITY);
  });

  it('show an editor’s new claim within a minute: behind "Updated — show", announced once, nothing moved', async () => {
    const slug = await freshIncident();
    const { page, problems, states } = await visit('/live', {
      // No reserved height: a second claim makes the card taller, so the update must wait for the reader.
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims><p>After the card.</p>`, {
        head: '<style>casualty-claims{--explainer-min-height:0}</style>',
      }),
      before: async (page) => {
        await page.clock.install();
        await page.addInitScript(recordShifts);
        await page.addInitScript(() => {
          const w = window as unknown as { __updates: unknown[] };
          w.__updates = [];
          addEventListener('explainer-update', (e) => w.__updates.push((e as CustomEvent).detail), true);
        });
        await page.addInitScript(recordFetches);
      },
    });
    expect(states).toEqual(['ready']);
    await checking(page);
    expect(await cardText(page)).not.toContain('UN monitors');
    const loads = await fetchesTo(page, slug);
    // From here on: the update must move nothing (the first load, with no reserve, did).
    await page.evaluate(() => {
      (window as unknown as { __cls: number }).__cls = 0;
    });

    await addClaim(slug, 'UN monitors', 19);
    await page.clock.runFor(75_000);
    // The card would grow with a second claim while in view: the update waits behind a control.
    const control = page.locator('casualty-claims button[part="update"]');
    await control.waitFor();
    expect(await fetchesTo(page, slug)).toBe(loads + 1);
    expect(await cardText(page)).not.toContain('UN monitors');
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    // Heard as well as seen: the waiting control is announced, by its name.
    await expect(page.locator('casualty-claims [aria-live="polite"]').textContent()).resolves.toBe(
      'This story has been updated. “Updated — show”, at the top of this card, shows it.',
    );

    // By keyboard: the control, in the place of the card's label, is the card's first stop (not after its last link);
    // it goes with the update, and the card takes the focus (it fell to <body>).
    await page.locator('casualty-claims [part="root"]').focus();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.querySelector('casualty-claims')?.shadowRoot?.activeElement?.getAttribute('part'),
      ),
    ).toBe('update');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('casualty-claims')?.shadowRoot?.textContent?.includes('UN monitors'),
    );
    await page.waitForFunction(
      () => document.querySelector('casualty-claims')?.shadowRoot?.activeElement?.classList.contains('root') ?? false,
    );
    const text = await cardText(page);
    expect(text).toMatch(/updated \d{2}:\d{2}/);
    await expect(page.locator('casualty-claims [aria-live="polite"]').textContent()).resolves.toBe(
      'Updated: UN monitors says 19 killed.',
    );
    const updates = await page.evaluate(() => (window as unknown as { __updates: { changed: string[] }[] }).__updates);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.changed).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('keeps a keyboard reader on "Updated — show" when a newer update takes the waiting one’s place', async () => {
    const slug = await freshIncident();
    const { page, problems } = await visit('/live-newer', {
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims><p>After the card.</p>`, {
        head: '<style>casualty-claims{--explainer-min-height:0}</style>',
      }),
      before: (page) => page.clock.install(),
    });
    await checking(page);
    await addClaim(slug, 'UN monitors', 19);
    await page.clock.runFor(75_000);
    const control = page.locator('casualty-claims button[part="update"]');
    await control.waitFor();
    await control.focus();
    const focusedPart = () =>
      page.evaluate(() => document.querySelector('casualty-claims')?.shadowRoot?.activeElement?.getAttribute('part'));
    expect(await focusedPart()).toBe('update');
    await page.evaluate(() => {
      const w = window as unknown as { __control: Element | null | undefined };
      w.__control = document.querySelector('casualty-claims')?.shadowRoot?.querySelector('[part="update"]');
    });
    // A newer version comes while the reader is on the control: it is drawn again, for the newer one.
    await addClaim(slug, 'Press agency', 23);
    await page.clock.runFor(75_000);
    await page.waitForFunction(() => {
      const now = document.querySelector('casualty-claims')?.shadowRoot?.querySelector('[part="update"]');
      return now && now !== (window as unknown as { __control: Element }).__control;
    });
    expect(await focusedPart()).toBe('update');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardText(page)).toMatch(/UN monitors[\s\S]*Press agency|Press agency[\s\S]*UN monitors/);
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('keeps an update it has when the page gives it another language, not the older answer its page fetched', async () => {
    const slug = await freshIncident();
    const { page, problems } = await visit('/live-relang', {
      // Checked every 15 s: the update comes well within the minute the page's widgets share their first answer.
      html: hostPage(`<casualty-claims incident="${slug}" live="15"></casualty-claims><p>After the card.</p>`, {
        head: '<style>casualty-claims{--explainer-min-height:0}</style>',
      }),
      before: (page) => page.clock.install(),
    });
    await checking(page);
    await addClaim(slug, 'UN monitors', 19);
    await page.clock.runFor(20_000);
    await page.locator('casualty-claims button[part="update"]').waitFor();
    // Within that minute, the page switches the card to Spanish.
    await page.locator('casualty-claims').evaluate((el) => el.setAttribute('lang', 'es'));
    await page.waitForFunction(
      () =>
        document.querySelector('casualty-claims')?.shadowRoot?.querySelector('.root')?.getAttribute('lang') === 'es',
    );
    await expect.poll(() => cardText(page)).toContain('UN monitors');
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('puts "Updated — show" where it covers none of the card’s text, on a phone, in Spanish and in large text', async () => {
    const slug = await freshIncident();
    const cards = ['es', 'en', 'ar']
      .map((lang) => `<casualty-claims incident="${slug}" lang="${lang}"></casualty-claims>`)
      .join('<p>Between the cards.</p>');
    // A reader's larger default text size (the root's), in a phone's narrowest window.
    const { page, problems, states } = await visit('/update-place', {
      html: hostPage(cards, { head: '<style>html{font-size:22px}casualty-claims{--explainer-min-height:0}</style>' }),
      context: { viewport: { width: 320, height: 2400 } },
      before: (page) => page.clock.install(),
    });
    expect(states).toEqual(['ready', 'ready', 'ready']);
    await checking(page, 3);
    await addClaim(slug, 'UN monitors', 19);
    await page.clock.runFor(75_000);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('casualty-claims').length === 3 &&
        [...document.querySelectorAll('casualty-claims')].every((el) =>
          el.shadowRoot?.querySelector('[part="update"]'),
        ),
    );
    const placed = await page.evaluate(() =>
      [...document.querySelectorAll('casualty-claims')].map((card) => {
        const root = card.shadowRoot as ShadowRoot;
        const control = root.querySelector('[part="update"]') as HTMLElement;
        const box = control.getBoundingClientRect();
        const host = card.getBoundingClientRect();
        const covered: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement as HTMLElement;
          if (!node.textContent?.trim() || control.contains(parent) || parent.closest('.sr')) continue;
          if (getComputedStyle(parent).visibility !== 'visible') continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) {
            const overlaps = r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
            if (overlaps && r.width > 0) covered.push(node.textContent.trim());
          }
        }
        const text = control.firstElementChild as HTMLElement;
        return {
          lang: card.getAttribute('lang'),
          covered,
          inside: box.left >= host.left && box.right <= host.right && box.top >= host.top,
          whole: text.scrollWidth <= text.clientWidth,
        };
      }),
    );
    expect(placed).toEqual(['es', 'en', 'ar'].map((lang) => ({ lang, covered: [], inside: true, whole: true })));
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('is heard once on a page that shows the story twice', async () => {
    const slug = await freshIncident();
    const { page, states } = await visit('/twice', {
      html: hostPage(
        `<casualty-claims incident="${slug}"></casualty-claims><p>Between.</p><casualty-claims incident="${slug}"></casualty-claims>`,
        { head: '<style>casualty-claims{--explainer-min-height:0}</style>' },
      ),
      before: (page) => page.clock.install(),
    });
    expect(states).toEqual(['ready', 'ready']);
    await checking(page, 2);
    await addClaim(slug, 'UN monitors', 19);
    await page.clock.runFor(75_000);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('casualty-claims')].filter((el) =>
          el.shadowRoot?.querySelector('[part="update"]'),
        ).length === 2,
    );
    // Both offer it; one says so.
    const said = await page
      .locator('casualty-claims [aria-live="polite"]')
      .evaluateAll((regions) => regions.map((r) => r.textContent ?? ''));
    expect(said.filter(Boolean)).toEqual([
      'This story has been updated. “Updated — show”, at the top of this card, shows it.',
    ]);
  });

  it('holds an update that changes its height above the view too, on a page without scroll anchoring', async () => {
    const slug = await freshIncident();
    const text = '<p>The story goes on, paragraph after paragraph.</p>'.repeat(60);
    const { page, problems, states } = await visit('/above', {
      // `overflow-anchor: none`, as an engine without scroll anchoring has it: a card growing above the view
      // would push down everything in view.
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims><p id="after">After the card.</p>${text}`, {
        head: '<style>html{overflow-anchor:none}casualty-claims{--explainer-min-height:0}</style>',
      }),
      before: async (page) => {
        await page.clock.install();
        await page.addInitScript(recordShifts);
      },
    });
    expect(states).toEqual(['ready']);
    await checking(page);
    // The reader has just scrolled past the card: it is above the view, and near enough to keep checking.
    const where = () => page.locator('#after').evaluate((el) => el.getBoundingClientRect().top);
    await page.evaluate(() => {
      const card = document.querySelector('casualty-claims') as HTMLElement;
      window.scrollTo(0, scrollY + card.getBoundingClientRect().bottom + 40);
      (window as unknown as { __cls: number }).__cls = 0;
    });
    const top = await where();

    await addClaim(slug, 'UN monitors', 19);
    await page.clock.runFor(75_000);
    await page.locator('casualty-claims button[part="update"]').waitFor();
    expect(await page.locator('casualty-claims').evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(0);
    expect(await cardText(page)).not.toContain('UN monitors');
    expect(await where()).toBe(top);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('applies a change that keeps its height in place, with no control', async () => {
    const slug = await freshIncident();
    const { page } = await visit('/in-place', {
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims>`),
      before: (page) => page.clock.install(),
    });
    await checking(page);
    // A typo fixed in the figure: the card keeps its height.
    expect(await reviseFigure(slug, 'Health ministry', 13)).toBe(200);
    await page.clock.runFor(75_000);
    await page.waitForFunction(() =>
      document.querySelector('casualty-claims')?.shadowRoot?.querySelector('.figure')?.textContent?.includes('13'),
    );
    await expect(page.locator('casualty-claims button[part="update"]').count()).resolves.toBe(0);
  });

  it('holds a change that keeps its height but moves a row above another behind "Updated — show", which a click shows', async () => {
    const slug = await freshIncident();
    await addClaim(slug, 'UN monitors', 20);
    const { page, problems } = await visit('/reordered', {
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims>`),
      before: (page) => page.clock.install(),
    });
    await checking(page);
    // The ministry revises 12 to 30 (the same width of figure): its row now sorts under the monitors' 20.
    await waitsThenShows(
      page,
      'casualty-claims',
      '.claim',
      () => reviseFigure(slug, 'Health ministry', 30).then((status) => expect(status).toBe(200)),
      ['Health ministry', 'UN monitors'],
      ['UN monitors', 'Health ministry'],
    );
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('holds a gauge whose newer tally would move its source above another, behind "Updated — show"', async () => {
    counter += 1;
    const slug = `live-truce-${Date.now().toString(36)}-${counter}`;
    await adminCall('ceasefires', {
      slug,
      name: 'A local truce',
      startedAt: '2026-11-20T00:00:00Z',
      status: 'holding',
      asOf: '2026-11-30T00:00:00Z',
    });
    const tally = (name: string, count: number, reportedOn: string) =>
      adminCall(`ceasefires/${slug}/tallies`, {
        claimant: { name, kind: 'ngo' },
        count,
        qualifier: 'exact',
        asWritten: String(count),
        reportedOn,
      });
    await tally('Monitors', 12, '2026-11-25');
    await tally('Observers', 14, '2026-11-27');
    const { page, problems } = await visit('/truce', {
      html: hostPage(`<ceasefire-gauge ceasefire="${slug}"></ceasefire-gauge>`),
      before: (page) => page.clock.install(),
    });
    await checking(page);
    // Each source's latest tally, the newest first: the monitors' newer count (of the same width) puts theirs on top.
    await waitsThenShows(
      page,
      'ceasefire-gauge',
      '.tally',
      () => tally('Monitors', 13, '2026-11-29'),
      ['Observers', 'Monitors'],
      ['Monitors', 'Observers'],
    );
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('fits an update into a card held at its page’s reserved height: same height, no control, nothing moved', async () => {
    const slug = await freshIncident();
    const { page, problems, states } = await visit('/held', {
      // A reserve (as the copy-embed code carries) taller than the one-claim card, with text after the card.
      html: hostPage(
        `<casualty-claims incident="${slug}" style="--explainer-min-height:26em"></casualty-claims><p>After the card.</p>`,
      ),
      before: (page) => page.clock.install(),
    });
    expect(states).toEqual(['ready']);
    await checking(page);
    const held = () =>
      page.locator('casualty-claims').evaluate((el) => ({
        fit: el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.fit ?? null,
        height: el.getBoundingClientRect().height,
        after: el.nextElementSibling?.getBoundingClientRect().top,
      }));
    const before = await held();
    expect(before.fit).not.toBeNull();

    await addClaim(slug, 'UN monitors', 19);
    await page.clock.runFor(75_000);
    await page.waitForFunction(() =>
      document.querySelector('casualty-claims')?.shadowRoot?.textContent?.includes('UN monitors'),
    );
    // The second claim is fitted into the height the card already holds: shown at once, in place, and the
    // page after the card stays where it was (inside the card the range bar and the new row take their places).
    const after = await held();
    expect(after.fit).not.toBeNull();
    expect(after).toEqual({ ...before, fit: after.fit });
    await expect(page.locator('casualty-claims button[part="update"]').count()).resolves.toBe(0);
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('give a widget put on the page after an update that update too, though its data was fetched before it', async () => {
    const slug = await freshIncident();
    const { page, problems, states } = await visit('/joined', {
      // Checked every 15 s: the update comes while the page's first answer is still the one widgets share.
      html: hostPage(`<casualty-claims incident="${slug}" live="15"></casualty-claims><div id="later"></div>`, {
        head: '<style>casualty-claims{--explainer-min-height:0}</style>',
      }),
      before: (page) => page.clock.install(),
    });
    expect(states).toEqual(['ready']);
    await checking(page);
    await addClaim(slug, 'UN monitors', 19);
    await page.clock.runFor(20_000);
    await page.locator('casualty-claims button[part="update"]').waitFor();
    // An app's next view adds the same story: it shows what the page fetched, then what the page's checks saw since.
    await page.evaluate((slug) => {
      const card = document.createElement('casualty-claims');
      card.setAttribute('incident', slug);
      document.querySelector('#later')?.append(card);
    }, slug);
    await page.waitForFunction(() => {
      const root = document.querySelectorAll('casualty-claims')[1]?.shadowRoot;
      return !!root?.querySelector('[part="update"]') || !!root?.textContent?.includes('UN monitors');
    });
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('keep checking when moved or put back on the page', async () => {
    const slug = await freshIncident();
    const { page, problems, states } = await visit('/moved', {
      html: hostPage(
        `<div id="here"><casualty-claims incident="${slug}"></casualty-claims></div><div id="there"></div>`,
      ),
      before: async (page) => {
        await page.clock.install();
        await page.addInitScript(recordFetches);
      },
    });
    expect(states).toEqual(['ready']);
    await checking(page);
    const checksAfter = async (move: () => Promise<unknown>) => {
      await move();
      const before = await fetchesTo(page, slug);
      // The page's time runs on until a check is made: within a minute and a fifth of one, if checking goes on.
      await expect
        .poll(
          async () => {
            await page.clock.runFor(15_000);
            return fetchesTo(page, slug);
          },
          { timeout: 20_000, interval: 50 },
        )
        .toBeGreaterThan(before);
    };
    // Moved (a carousel, a re-parented component)…
    await checksAfter(() =>
      page.evaluate(() => document.querySelector('#there')?.append(document.querySelector('casualty-claims') as Node)),
    );
    // … and taken off the page, then put back (an app's view left and come back to).
    const card = await page.evaluateHandle(() => {
      const el = document.querySelector('casualty-claims') as HTMLElement;
      el.remove();
      return el;
    });
    await checksAfter(() => card.evaluate((el) => document.querySelector('#here')?.append(el)));
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('forget an update waiting for the reader when the widget is given another story', async () => {
    const [slug, other] = [await freshIncident(), await freshIncident()];
    const { page, problems, states } = await visit('/switched', {
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims>`, {
        head: '<style>casualty-claims{--explainer-min-height:0}</style>',
      }),
      before: async (page) => {
        await page.clock.install();
        await page.addInitScript(() => {
          const w = window as unknown as { __loads: number };
          w.__loads = 0;
          addEventListener('explainer-load', () => w.__loads++, true);
        });
      },
    });
    expect(states).toEqual(['ready']);
    await checking(page);
    await addClaim(slug, 'UN monitors', 19);
    await page.clock.runFor(75_000);
    await page.locator('casualty-claims button[part="update"]').waitFor();
    await page.locator('casualty-claims').evaluate((el, other) => el.setAttribute('incident', other), other);
    await page.waitForFunction(() => (window as unknown as { __loads: number }).__loads === 2);
    // The waiting update was the first story's: neither its control nor its words stay with the second.
    await expect(page.locator('casualty-claims button[part="update"]').count()).resolves.toBe(0);
    await expect(page.locator('casualty-claims [aria-live="polite"]').textContent()).resolves.toBe('');
    expect(await cardText(page)).not.toContain('UN monitors');
    expect(problemsBesides(problems)).toEqual([]);
  });

  it('never checks a pinned widget, nor one with live="off"', async () => {
    const slug = await freshIncident();
    // A live widget of another story beside them: its checks show the page's time reached theirs.
    const neighbour = await freshIncident();
    const { page, states } = await visit('/pinned', {
      html: hostPage(
        `<casualty-claims incident="${slug}" as-of="2026-11-30"></casualty-claims><casualty-claims incident="${slug}" live="off" lang="es"></casualty-claims><casualty-claims incident="${neighbour}"></casualty-claims>`,
      ),
      before: async (page) => {
        await page.clock.install();
        await page.addInitScript(recordFetches);
      },
    });
    expect(states).toEqual(['ready', 'ready', 'ready']);
    // Checking starts once the live code has arrived, after the data is shown: wait for the neighbour's.
    await checking(page);
    await expect(
      page.locator('casualty-claims .root').evaluateAll((els) => els.map((el) => el.getAttribute('data-live'))),
    ).resolves.toEqual(['off', 'off', 'on']);
    const loads = await fetchesTo(page, slug);
    const neighbourLoads = await fetchesTo(page, neighbour);
    await page.clock.runFor(3 * 3600_000);
    expect(await fetchesTo(page, neighbour)).toBeGreaterThan(neighbourLoads);
    expect(await fetchesTo(page, slug)).toBe(loads);
  });

  it('makes no check while the tab is hidden, and one when it is shown again', async () => {
    const slug = await freshIncident();
    const { page } = await visit('/hidden', {
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims>`),
      before: async (page) => {
        await page.clock.install();
        await page.addInitScript(recordFetches);
      },
    });
    await checking(page);
    const loads = await fetchesTo(page, slug);
    // Headless Chromium never hides a page (another tab in front, a minimised window: still "visible"),
    // so the page is told what a hidden tab is told: document.hidden, visibilityState and the event.
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        for (const [name, value] of [
          ['hidden', h],
          ['visibilityState', h ? 'hidden' : 'visible'],
        ] as const) {
          Object.defineProperty(document, name, { configurable: true, get: () => value });
        }
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    await page.clock.runFor(10 * 60_000);
    expect(await fetchesTo(page, slug)).toBe(loads);
    await setHidden(false);
    await expect.poll(() => fetchesTo(page, slug)).toBe(loads + 1);
  });
});

describe('live widgets facing a server in trouble', () => {
  let failing = false;
  let hanging = false;
  let hung = 0;
  const upstream = useOrigin((req, res) => {
    // Takes the request and never answers (a stalled proxy): the connection stays open.
    if (hanging) {
      hung += 1;
      return;
    }
    if (failing) {
      res.writeHead(503, {
        'Access-Control-Allow-Origin': '*',
        // As the API does: a page's script may read Retry-After.
        'Access-Control-Expose-Headers': 'Retry-After',
        'Content-Type': 'application/problem+json',
        'Retry-After': '120',
      });
      res.end('{"type":"/problems/unavailable","status":503}');
      return;
    }
    void fetch(`${baseUrl}${req.url}`).then(async (real) => {
      res.writeHead(real.status, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' });
      res.end(await real.text());
    });
  });

  it('waits at least Retry-After after a 503 before checking again', async () => {
    const slug = await freshIncident();
    const { page } = await openPage(browser());
    await page.clock.install();
    pages.set('/retry', hostPage(`<casualty-claims incident="${slug}" api="${upstream()}"></casualty-claims>`));
    await page.addInitScript(recordFetches);
    const checks = () => fetchesTo(page, upstream());
    page.on('console', (m) => process.env.DEBUG_LIVE && console.log('page:', m.text()));
    await page.goto(`${publisher()}/retry`);
    await settled(page);
    await checking(page);
    expect(await checks()).toBe(1);
    failing = true;
    // Second by second until the check that meets the 503, so the wait is measured from it.
    for (let s = 0; s < 80 && (await checks()) < 2; s += 1) {
      await page.clock.runFor(1000);
      await page.evaluate(() => 0);
    }
    await expect.poll(checks, { timeout: 10_000 }).toBe(2);
    // Retry-After: 120 — nothing for two minutes. Stepped: the 503's answer reaches the page in real time, and a
    // clock run on in one jump while it is on its way would be a check that hung, which the next one gives up.
    for (let s = 0; s < 119; s += 1) {
      await page.clock.runFor(1000);
      await page.evaluate(() => 0);
    }
    expect(await checks()).toBe(2);
    failing = false;
    // Then it checks again, soon after the two minutes. Stepped rather than one jump: the 503's answer
    // reaches the page in real time, so its wait may have started a moment after the request was counted.
    for (let s = 0; s < 240 && (await checks()) < 3; s += 1) {
      await page.clock.runFor(1000);
      await page.evaluate(() => 0);
    }
    await expect.poll(checks, { timeout: 10_000 }).toBe(3);
  });
  it('gives up a check that hangs when the next comes due, and goes on checking', async () => {
    const slug = await freshIncident();
    const { page } = await openPage(browser());
    await page.clock.install();
    pages.set(
      '/hung',
      hostPage(`<casualty-claims incident="${slug}" api="${upstream()}" live="15"></casualty-claims>`),
    );
    await page.addInitScript(recordFetches);
    const checks = () => fetchesTo(page, upstream());
    await page.goto(`${publisher()}/hung`);
    await settled(page);
    await checking(page);
    hanging = true;
    onTestFinished(() => {
      hanging = false;
    });
    const stepUntil = async (count: number) => {
      for (let s = 0; s < 120 && (await checks()) < count; s += 1) {
        await page.clock.runFor(1000);
        await page.evaluate(() => 0);
      }
      await expect.poll(checks, { timeout: 10_000 }).toBe(count);
    };
    // A check is made, and never answered (the upstream has taken it: the browser's request event comes first)…
    await stepUntil(2);
    await expect.poll(() => hung, { timeout: 10_000 }).toBe(1);
    hanging = false;
    // … and the next, when it comes due (every 15 s here), is made all the same, and shows the editor's new claim.
    await addClaim(slug, 'UN monitors', 19);
    await stepUntil(3);
    await page.waitForFunction(() => {
      const root = document.querySelector('casualty-claims')?.shadowRoot;
      return !!root?.querySelector('[part="update"]') || !!root?.textContent?.includes('UN monitors');
    });
  });
});
