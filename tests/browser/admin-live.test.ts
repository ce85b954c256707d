/**
 * Editors see each other: /admin open on an incident shows another
 * editor's change (the claims table, the preview and the history) without
 * a reload, and says who made it, once the page's clock reaches its next
 * check; the editor's own changes raise no such line. Time is driven with
 * Playwright's page.clock, so nothing waits the real interval. Works on an
 * incident of its own.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { WATCH_INTERVAL_MS } from '../../widgets/src/admin/history-watch';
import { adminApi, claim, openEditorPage } from './admin-api';
import { baseUrl, problemsBesides, useBrowser } from './browser';

const browser = useBrowser();
const adminToken = inject('editorToken');
const run = Date.now().toString(36);
const SLUG = `watch-fixture-${run}`;
const TITLE = `Watched incident (${run})`;
const OTHER = `Other Editor ${run}`;
const SETTLE = { timeout: 15_000 };
let otherToken = '';

/** The page's next read of the open incident's history (the watch's check), answered. */
const historyRead = (page: Page) => page.waitForResponse((r) => r.url().includes(`limit=1&entity=incident%3A${SLUG}`));

/**
 * Counts, in the page, the watch's checks whose answer the page has read: the count moves as the body is read, and
 * what the page does with it (a notice, a refresh) runs before the test's next look into the page.
 */
function countWatchReads() {
  const w = window as unknown as { __watchReads: number };
  w.__watchReads = 0;
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const res = await original(input, init);
    if (!String(input instanceof Request ? input.url : input).includes('/audit?limit=1')) return res;
    const text = res.text.bind(res);
    res.text = () =>
      text().then((body) => {
        w.__watchReads += 1;
        return body;
      });
    return res;
  };
}
const watchReads = (page: Page) => page.evaluate(() => (window as unknown as { __watchReads: number }).__watchReads);

beforeAll(async () => {
  const other = await adminApi('POST', '/editors', { name: OTHER, role: 'editor' });
  expect(other.status).toBe(201);
  otherToken = String(other.body.token);
  const created = await adminApi('POST', '/incidents', {
    slug: SLUG,
    title: TITLE,
    occurredOn: '2016-09-20',
    placeName: 'Somewhere',
  });
  expect(created.status).toBe(201);
  expect((await adminApi('POST', `/incidents/${SLUG}/claims`, claim('about 40', 40))).status).toBe(201);
});

/** /admin signed in with `token`, its clock Playwright's, open on the watched incident once the page has read its history. */
async function openWatched(token: string) {
  const { page, problems } = await openEditorPage(browser());
  await page.clock.install();
  await page.addInitScript(countWatchReads);
  await page.goto(`${baseUrl}/admin`);
  await page.getByLabel('Editor token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const firstCheck = historyRead(page);
  await page.getByRole('button', { name: TITLE }).click();
  // The page's first read of the incident's history: what it has seen, before anyone writes.
  await firstCheck;
  const editor = page.locator('incident-editor');
  return { page, problems, editor, table: editor.locator('table') };
}

describe('/admin: editors see each other', () => {
  it("shows another editor's change to the open incident without a reload, and says whose", async () => {
    const { page, problems, editor, table } = await openWatched(adminToken);
    await expect.poll(() => table.innerText(), SETTLE).toMatch(/about 40/);
    const history = page.locator('audit-log table');
    await expect.poll(() => history.innerText(), SETTLE).toMatch(/create/);
    const said = page.locator('main > [role]:has(> .status)');
    // The page has read the history once it opened the incident; nothing has changed since. The check this tick
    // starts is answered before the other editor writes: answered after, it would already see the write.
    const reads = await watchReads(page);
    await page.clock.runFor(WATCH_INTERVAL_MS);
    await expect.poll(() => watchReads(page), SETTLE).toBeGreaterThan(reads);
    expect(await said.count()).toBe(0);

    expect((await adminApi('POST', `/incidents/${SLUG}/claims`, claim('about 95', 95), otherToken)).status).toBe(201);
    expect(await table.innerText()).not.toMatch(/about 95/);
    await page.clock.runFor(WATCH_INTERVAL_MS);
    await expect.poll(() => table.innerText(), SETTLE).toMatch(/about 95/);
    await expect
      .poll(() => editor.locator('casualty-claims ul.claims:not(.earlier)').innerText(), SETTLE)
      .toMatch(/about 95/);
    await expect.poll(() => history.innerText(), SETTLE).toContain(OTHER);
    await expect(said.getAttribute('role')).resolves.toBe('status');
    await expect(said.innerText()).resolves.toContain(`${OTHER} made a change`);
    expect(problems).toEqual([]);
  });

  it('raises no such line for the editor’s own change', async () => {
    const { page, problems, table } = await openWatched(otherToken);
    await expect.poll(() => table.innerText(), SETTLE).toMatch(/about 95/);
    await page.clock.runFor(WATCH_INTERVAL_MS);
    // The same editor writes from elsewhere (a script with their token): shown at the next check, without a line.
    expect((await adminApi('POST', `/incidents/${SLUG}/claims`, claim('about 120', 120), otherToken)).status).toBe(201);
    await page.clock.runFor(WATCH_INTERVAL_MS);
    await expect.poll(() => table.innerText(), SETTLE).toMatch(/about 120/);
    expect(await page.locator('main > [role]:has(> .status)').count()).toBe(0);
    expect(problems).toEqual([]);
  });
  it('keeps what the editor is typing when another editor changes the story, and says so, with Reload', async () => {
    const { page, problems, editor, table } = await openWatched(adminToken);
    await expect.poll(() => table.innerText(), SETTLE).toMatch(/about 40/);
    // This editor is correcting the title, not yet saved…
    await editor.locator('#details-title').fill(`${TITLE}, corrected`);
    // … when another editor adds a claim.
    expect((await adminApi('POST', `/incidents/${SLUG}/claims`, claim('about 130', 130), otherToken)).status).toBe(201);
    const seen = historyRead(page);
    await page.clock.runFor(WATCH_INTERVAL_MS);
    await seen;
    const said = page.locator('main > [role]:has(> .status)');
    await expect
      .poll(() => said.innerText(), SETTLE)
      .toMatch(new RegExp(`${OTHER} made a change .*What you typed is kept`));
    await expect(editor.locator('#details-title').inputValue()).resolves.toBe(`${TITLE}, corrected`);
    expect(await table.innerText()).not.toMatch(/about 130/);
    await said.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => table.innerText(), SETTLE).toMatch(/about 130/);
    // Reload shows the story as it is: what was typed goes, in a field the other editor's change left alone too.
    await expect.poll(() => editor.locator('#details-title').inputValue(), SETTLE).toBe(TITLE);
    expect(problems).toEqual([]);
  });

  it('says so above the page, and keeps what was typed, when the API stops accepting the editor’s token', async () => {
    const name = `Revoked Editor ${run}`;
    const created = await adminApi('POST', '/editors', { name, role: 'editor' });
    expect(created.status).toBe(201);
    const { page, problems, editor, table } = await openWatched(String(created.body.token));
    await expect.poll(() => table.innerText(), SETTLE).toMatch(/about 40/);
    await editor.locator('#details-title').fill(`${TITLE}, being corrected`);
    expect((await adminApi('PATCH', `/editors/${created.body.id}`, { active: false })).status).toBe(200);
    // The watch's next check meets the 401.
    const refused = historyRead(page);
    await page.clock.runFor(WATCH_INTERVAL_MS);
    expect((await refused).status()).toBe(401);
    const said = page.locator('main > [role]:has(> .status)');
    await expect.poll(() => said.innerText(), SETTLE).toMatch(/no longer accepts your sign-in/);
    await expect(said.getAttribute('role')).resolves.toBe('alert');
    await expect(editor.locator('#details-title').inputValue()).resolves.toBe(`${TITLE}, being corrected`);
    expect(problemsBesides(problems, /401/)).toEqual([]);
  });
});
