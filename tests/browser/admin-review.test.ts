/**
 * /admin with review before publish and single sign-on, in a real browser
 * against the suite's `wrangler dev` (configured with a team key set served
 * on a loopback port, tests/access/): an editor's change is sent for review
 * and readers see nothing of it; a desk editor signed in through single
 * sign-on (no token pasted) finds it under "Waiting for review" with the
 * widget as it would look, approves or rejects it by keyboard alone, and
 * the history names who proposed and who approved. The page passes axe
 * with a change waiting. Works on an incident of its own, so the seed story
 * stays as the other files expect it.
 */
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { WATCH_INTERVAL_MS } from '../../widgets/src/admin/history-watch';
import { accessToken } from '../access/keys';
import { adminApi, claim, heardIn, openEditorPage, told } from './admin-api';
import { axeViolations } from './axe';
import { baseUrl, gate, problemsBesides, useBrowser } from './browser';

const browser = useBrowser();
const adminToken = inject('editorToken');
const keys = inject('accessKeys');
const ADMIN = `${baseUrl}/admin`;
/** Polls wait for the page and the API to catch up on a busy machine; they end as soon as the condition holds. */
const SETTLE = { timeout: 15_000 };
const run = Date.now().toString(36);
const SLUG = `review-fixture-${run}`;
/** Its own title: the suite's other fixtures hold incidents with similar names. */
const TITLE = `Shelling of a market (${run})`;
const DESK = { name: `Desk Editor ${run}`, email: `desk-${run}@newsroom.example` };
const WRITER = { name: `Writer ${run}` };
let writerToken = '';
let deskToken = '';

async function publicClaims(): Promise<string[]> {
  const res = await fetch(`${baseUrl}/api/v1/incidents/${SLUG}`, { headers: { 'Cache-Control': 'no-cache' } });
  return ((await res.json()) as { claims: { asWritten: string }[] }).claims.map((c) => c.asWritten);
}

beforeAll(async () => {
  const desk = await adminApi('POST', '/editors', { ...DESK, role: 'desk' });
  expect(desk.status).toBe(201);
  deskToken = String(desk.body.token);
  const writer = await adminApi('POST', '/editors', { ...WRITER, role: 'editor' });
  writerToken = String(writer.body.token);
  const created = await adminApi('POST', '/incidents', {
    slug: SLUG,
    title: TITLE,
    occurredOn: '2016-09-20',
    placeName: 'Somewhere',
  });
  expect(created.status).toBe(201);
  expect((await adminApi('POST', `/incidents/${SLUG}/claims`, claim('about 40', 40))).status).toBe(201);
  expect((await adminApi('PATCH', `/incidents/${SLUG}`, { review: 'required' })).status).toBe(200);
});

/** A page as Cloudflare Access would serve it to the desk editor: every request carries their Access token. */
async function deskPage() {
  const jwt = await accessToken(keys, { email: DESK.email });
  return openEditorPage(browser(), { extraHTTPHeaders: { 'Cf-Access-Jwt-Assertion': jwt } });
}

/** Answers a request as the editors' API does when it sheds load: 503, problem+json. */
const shed = (route: Route) =>
  route.fulfill({
    status: 503,
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }),
  });

/** Presses Tab until the focused element (inside the app's shadow roots) matches; fails after `max` presses. */
async function tabTo(page: Page, matches: RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.textContent ?? ''}`;
    });
    if (matches.test(focused)) return;
  }
  throw new Error(`nothing matching ${matches} took the focus`);
}

describe('/admin: review before publish', () => {
  it('sends an editor’s change for review; readers see nothing of it', async () => {
    const { page, problems } = await openEditorPage(browser());
    await page.goto(ADMIN);
    await page.getByLabel('Editor token').fill(writerToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(`Signed in as ${WRITER.name} (editor)`).textContent()).resolves.toBeTruthy();
    await page.getByRole('button', { name: TITLE }).click();
    const editor = page.locator('incident-editor');
    await expect(editor.getByText('Review required').textContent()).resolves.toMatch(/waits for another desk editor/);
    // An editor cannot switch review.
    expect(await editor.getByRole('button', { name: /review/i }).count()).toBe(0);
    const form = editor.locator('form').first();
    await form.getByLabel('Claimant', { exact: true }).fill('A monitoring group');
    await form.getByLabel('Qualifier').selectOption('about');
    await form.getByLabel('Figure (low)').fill('95');
    await form.getByLabel('As written').fill('about 95');
    await form.getByLabel('Claimed on').fill('2016-09-21');
    await form.getByLabel('Who (subject)').fill('civilians');
    await form.getByRole('button', { name: 'Add claim' }).click();
    await expect.poll(() => told(page, 'status').first().innerText(), SETTLE).toMatch(/Sent for review/);
    expect(await publicClaims()).toEqual(['about 40']);

    await page.getByRole('button', { name: /All incidents/ }).click();
    const held = page.locator('review-queue article', { hasText: 'about 95' });
    await expect(held.innerText()).resolves.toMatch(new RegExp(`Proposed by ${WRITER.name}`));
    await expect(held.innerText()).resolves.toMatch(/A desk editor approves or rejects it/);
    expect(await held.getByRole('button').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows the incident as it stands in a form whose change went for review, not the change', async () => {
    const { page, problems } = await openEditorPage(browser());
    await page.goto(ADMIN);
    await page.getByLabel('Editor token').fill(writerToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: TITLE }).click();
    const details = page.locator('incident-editor form[data-part="details"]');
    await expect.poll(() => details.getByLabel('Title').inputValue(), SETTLE).toBe(TITLE);
    await details.getByLabel('Title').fill(`Retitled (${run})`);
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => told(page, 'status').first().innerText(), SETTLE).toMatch(/Sent for review/);
    // The proposal stayed in the field, as if it were the title now.
    await expect.poll(() => details.getByLabel('Title').inputValue(), SETTLE).toBe(TITLE);
    const pending = (await adminApi('GET', '/changes?status=pending&limit=100')).body.data as {
      id: string;
      operation: string;
      subject: { key: string };
    }[];
    const held = pending.find((c) => c.operation === 'incident.update' && c.subject.key === SLUG);
    expect((await adminApi('POST', `/changes/${held?.id}/reject`, { reason: 'Test over.' }, deskToken)).status).toBe(
      200,
    );
    expect(problems).toEqual([]);
  });

  it('signs a desk editor in through single sign-on, shows the change as readers would see it, passes axe, and approves it by keyboard; the history names both', async () => {
    const { page, problems } = await deskPage();
    await page.goto(ADMIN);
    await expect(page.getByText(`Signed in as ${DESK.name} (desk)`).textContent()).resolves.toBeTruthy();
    expect(await page.getByLabel('Editor token').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    await expect(page.getByRole('link', { name: 'Sign out' }).getAttribute('href')).resolves.toBe(
      '/cdn-cgi/access/logout',
    );

    const held = page.locator('review-queue article', { hasText: 'about 95' });
    await held.waitFor();
    const preview = held.locator('casualty-claims');
    await expect.poll(() => preview.locator('ul.claims').first().innerText(), SETTLE).toMatch(/about 95/);
    await expect(preview.locator('ul.claims').first().innerText()).resolves.toMatch(/about 40/);
    await page.waitForFunction(() => {
      const queue = document.querySelector('editor-app')?.shadowRoot?.querySelector('review-queue')?.shadowRoot;
      const widget = queue?.querySelector('casualty-claims');
      return widget?.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.state === 'ready';
    });
    expect(await axeViolations(page)).toEqual([]);

    // The list's read after the decision is held back, as on a slow link: the change approved keeps its buttons till
    // then, and pressed again they would be a 409 in place of the "Approved" line.
    const reread = gate();
    const reading = new Promise<void>((reached) =>
      page.route(/\/api\/v1\/admin\/changes\?status=pending/, async (route) => {
        reached();
        await reread.opened;
        await route.continue();
      }),
    );
    await tabTo(page, /^Approve: .*about 95/);
    await page.keyboard.press('Enter');
    await reading;
    await expect.poll(() => held.getByRole('button', { name: /^Approve/ }).isDisabled()).toBe(true);
    reread.open();
    await expect.poll(() => told(page, 'status').first().innerText(), SETTLE).toMatch(/Approved and published/);
    await expect.poll(publicClaims, SETTLE).toEqual(['about 40', 'about 95']);

    const history = page.locator('audit-log tr', { hasText: 'claim' }).first();
    await expect
      .poll(() => history.innerText(), SETTLE)
      .toMatch(new RegExp(`${WRITER.name} \\(approved by ${DESK.name}\\)`));
    expect(problems).toEqual([]);
  });

  it('rejects a change with a reason, by keyboard alone; nothing is published', async () => {
    const proposed = await adminApi('POST', `/incidents/${SLUG}/claims`, claim('about 500', 500), writerToken);
    expect(proposed.status).toBe(202);
    const { page, problems } = await deskPage();
    await page.goto(ADMIN);
    await page.locator('review-queue article', { hasText: 'about 500' }).waitFor();
    await tabTo(page, /^Reject: .*about 500/);
    await page.keyboard.press('Enter');
    // The reason field takes the focus.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            let el: Element | null = document.activeElement;
            while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
            return el?.tagName;
          }),
        SETTLE,
      )
      .toBe('TEXTAREA');
    await page.keyboard.type('The source says 50, not 500.');
    await tabTo(page, /Reject change/);
    await page.keyboard.press('Enter');
    await expect.poll(() => told(page, 'status').first().innerText(), SETTLE).toMatch(/Rejected/);
    const change = await adminApi('GET', `/changes/${proposed.body.id}`);
    expect(change.body).toMatchObject({ status: 'rejected', reason: 'The source says 50, not 500.' });
    expect(await publicClaims()).toEqual(['about 40', 'about 95']);
    expect(problems).toEqual([]);

    // The proposer reads why, on their first screen (the change left the list waiting for review).
    const { page: writer, problems: writerProblems } = await openEditorPage(browser());
    await writer.goto(ADMIN);
    await writer.getByLabel('Editor token').fill(writerToken);
    await writer.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => writer.locator('review-queue section').innerText(), SETTLE)
      .toMatch(/Your changes sent back[\s\S]*about 500[\s\S]*Rejected by .*: The source says 50, not 500\./);
    expect(writerProblems).toEqual([]);
  });

  it('shows what a held revert would undo: which change, whose, and the figures either side', async () => {
    type Entry = { id: number; action: string; entity: { type: string }; after: { asWritten?: string } | null };
    const history = await adminApi('GET', `/audit?entity=incident:${SLUG}&limit=100`);
    const created = (history.body.data as Entry[]).find(
      (e) => e.entity.type === 'claim' && e.action === 'create' && e.after?.asWritten === 'about 40',
    );
    const held = await adminApi('POST', `/audit/${created?.id}/revert`, undefined, writerToken);
    expect(held.status).toBe(202);
    const { page, problems } = await deskPage();
    await page.goto(ADMIN);
    const item = page.locator('review-queue article', { hasText: 'Undo a change to' });
    await expect
      .poll(() => item.innerText(), SETTLE)
      .toMatch(/Undoes: create of claim \S+ by .+ at \d{4}-\d\d-\d\d \d\d:\d\d UTC: “about 40”/);
    // Decided, so the other tests find nothing waiting.
    expect(
      (await adminApi('POST', `/changes/${held.body.id}/reject`, { reason: 'Test over.' }, deskToken)).status,
    ).toBe(200);
    expect(problems).toEqual([]);
  });

  it('shows what a held revert of an article edit would undo, and says so where a read for the preview failed', async () => {
    // An article reporting a story of its own, edited before that story required review; then review, then a revert.
    const story = `${SLUG}-article`;
    const article = `${SLUG}-report`;
    const written = { body: [], section: 'World', language: 'en', status: 'published' };
    expect(
      (await adminApi('POST', '/articles', { slug: article, headline: 'First headline', ...written })).status,
    ).toBe(201);
    expect(
      (
        await adminApi('POST', '/incidents', {
          slug: story,
          title: `A reported strike (${run})`,
          occurredOn: '2016-09-20',
          placeName: 'Somewhere',
          articleSlugs: [article],
        })
      ).status,
    ).toBe(201);
    const read = await adminApi('GET', `/articles/${article}`);
    const edited = await adminApi(
      'PATCH',
      `/articles/${article}`,
      { headline: 'Second headline' },
      undefined,
      read.etag ?? '',
    );
    expect(edited.status).toBe(200);
    expect((await adminApi('PATCH', `/incidents/${story}`, { review: 'required' })).status).toBe(200);
    type Entry = { id: number; action: string };
    const [edit] = (await adminApi('GET', `/audit?entity=article:${article}&limit=1`)).body.data as Entry[];
    expect(edit?.action).toBe('update');
    const held = await adminApi('POST', `/audit/${edit?.id}/revert`, undefined, writerToken);
    expect(held.status).toBe(202);

    const { page, problems } = await deskPage();
    // The story's read for the preview fails, as on a shed or broken link; everything else is read.
    await page.route(new RegExp(`/api/v1/admin/incidents/${story}$`), shed);
    await page.goto(ADMIN);
    const item = page.locator('review-queue article', { hasText: 'Undo a change to' }).filter({ hasText: story });
    // It was looked up in the story's history, where an article's entries are not: no line at all.
    await expect
      .poll(() => item.innerText(), SETTLE)
      .toMatch(
        new RegExp(`Undoes: update of article ${article} by .+ at .+ UTC: .*Second headline.*back to .*First headline`),
      );
    // The preview was left out without a word.
    await expect(item.innerText()).resolves.toMatch(
      new RegExp(`No preview: incident ${story} could not be read just now`),
    );

    // An edit of the article held too, and the article's read failing: its preview took the article for published
    // (a draft going live was drawn as not there), without a word.
    const writerRead = await adminApi('GET', `/articles/${article}`, undefined, writerToken);
    const proposed = await adminApi(
      'PATCH',
      `/articles/${article}`,
      { headline: 'Third headline' },
      writerToken,
      writerRead.etag ?? '',
    );
    expect(proposed.status).toBe(202);
    const second = await deskPage();
    await second.page.route(new RegExp(`/api/v1/admin/articles/${article}$`), shed);
    await second.page.goto(ADMIN);
    const articleEdit = second.page.locator('review-queue article', { hasText: 'Edit an article reporting' });
    await expect
      .poll(() => articleEdit.innerText(), SETTLE)
      .toMatch(new RegExp(`No preview: article ${article} could not be read just now`));
    await expect(articleEdit.locator('casualty-claims').count()).resolves.toBe(0);
    for (const id of [held.body.id, proposed.body.id])
      expect((await adminApi('POST', `/changes/${id}/reject`, { reason: 'Test over.' }, deskToken)).status).toBe(200);
    expect(problemsBesides([...problems, ...second.problems], /status of 503/)).toEqual([]);
  });

  it('says when the waiting list could not be read, and reads it again on asking', async () => {
    const { page, problems } = await deskPage();
    // The first read of the list fails, as when the editors' API sheds load; the next goes through.
    let failed = false;
    await page.route(/\/api\/v1\/admin\/changes\?status=pending/, (route) => {
      if (failed) return route.continue();
      failed = true;
      return shed(route);
    });
    await page.goto(ADMIN);
    const queue = page.locator('review-queue section');
    // It said "Loading…" for good under the error.
    await expect.poll(() => queue.innerText(), SETTLE).toMatch(/The list could not be read/);
    await expect(queue.innerText()).resolves.not.toMatch(/Loading/);
    await queue.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => queue.locator('h2').innerText(), SETTLE).toMatch(/^Waiting for review \(\d+\)$/);
    // Read, the failure is no longer said, and the keyboard is on the list (its button went with the failure).
    await expect(queue.innerText()).resolves.not.toMatch(/could not be read/);
    await expect
      .poll(() =>
        page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.id;
        }),
      )
      .toBe('review-heading');
    expect(problemsBesides(problems, /status of 503/)).toEqual([]);
  });

  it('says a failure read again in the background once, and again when the editor asks', async () => {
    const { page, problems } = await deskPage();
    await page.route(/\/api\/v1\/admin\/changes\?status=pending/, shed);
    await page.goto(ADMIN);
    const queue = page.locator('review-queue');
    await expect.poll(() => told(queue, 'alert').innerText(), SETTLE).toMatch(/The list could not be read/);
    // Each line the list's live regions are given from here on.
    const heard = await heardIn(queue);
    // Read again as the page's watch reads it, failing the same way: the line stays, not said every 15 seconds.
    await queue.evaluate(async (host) => {
      const list = host as HTMLElement & { load(): Promise<void>; updateComplete: Promise<boolean> };
      await list.load();
      await list.updateComplete;
    });
    expect(await heard()).toEqual([]);
    await expect(told(queue, 'alert').innerText()).resolves.toMatch(/The list could not be read/);
    // Asked for, the same failure is said again.
    await queue.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(heard, SETTLE).toEqual([expect.stringMatching(/^alert: The list could not be read/)]);
    expect(problemsBesides(problems, /status of 503/)).toEqual([]);
  });

  it('lists a change proposed while a desk editor has the page open, at its next check', async () => {
    const { page, problems } = await deskPage();
    await page.clock.install();
    await page.goto(ADMIN);
    const queue = page.locator('review-queue section');
    await expect.poll(() => queue.innerText(), SETTLE).toMatch(/Waiting for review \(\d+\)/);
    const proposed = await adminApi('POST', `/incidents/${SLUG}/claims`, claim('about 700', 700), writerToken);
    expect(proposed.status).toBe(202);
    await page.clock.runFor(WATCH_INTERVAL_MS);
    await page.locator('review-queue article', { hasText: 'about 700' }).waitFor(SETTLE);
    // The page's watch of the history heard it (holding writes an entry), and says whose it is: not "a change … shown".
    await expect
      .poll(() => told(page.locator('editor-app'), 'status').last().innerText(), SETTLE)
      .toMatch(/proposed a change, waiting for review at \d\d:\d\d/);
    // Decided, so the other tests find nothing waiting.
    expect(
      (await adminApi('POST', `/changes/${proposed.body.id}/reject`, { reason: 'Test over.' }, deskToken)).status,
    ).toBe(200);
    expect(problems).toEqual([]);
  });

  it('offers no Approve on one’s own change', async () => {
    const proposed = await adminApi('POST', `/incidents/${SLUG}/claims`, claim('about 60', 60));
    expect(proposed.status).toBe(202);
    const { page, problems } = await openEditorPage(browser());
    await page.goto(ADMIN);
    await page.getByLabel('Editor token').fill(adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const held = page.locator('review-queue article', { hasText: 'about 60' });
    await expect(held.innerText()).resolves.toMatch(/You proposed this: another desk editor must approve it/);
    expect(await held.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    // Decided, so the other files find nothing waiting.
    const rejected = await adminApi('POST', `/changes/${proposed.body.id}/reject`, { reason: 'Test over.' }, deskToken);
    expect(rejected.status).toBe(200);
    expect(problems).toEqual([]);
  });

  it('sends a desk editor’s “Stop requiring review” for another desk editor’s approval; review stays on', async () => {
    const { page, problems } = await deskPage();
    await page.goto(ADMIN);
    await page.getByRole('button', { name: TITLE }).click();
    const editor = page.locator('incident-editor');
    await editor.getByRole('button', { name: 'Stop requiring review' }).click();
    await expect.poll(() => told(page, 'status').first().innerText(), SETTLE).toMatch(/Sent for review/);
    await expect(editor.getByText('Review required').textContent()).resolves.toMatch(/waits for another desk editor/);
    const incident = await adminApi('GET', `/incidents/${SLUG}`);
    expect(incident.body.review).toBe('required');
    await page.getByRole('button', { name: /All incidents/ }).click();
    const held = page.locator('review-queue article', { hasText: `Stop requiring review for ${SLUG}` });
    await expect(held.innerText()).resolves.toMatch(/You proposed this: another desk editor must approve it/);
    // Decided, so the other files find nothing waiting.
    const pending = await adminApi('GET', '/changes?status=pending&limit=100');
    const id = (pending.body.data as { id: string; operation: string }[]).find((c) => c.operation === 'review.off')?.id;
    expect((await adminApi('POST', `/changes/${id}/reject`, { reason: 'Test over.' })).status).toBe(200);
    expect(problems).toEqual([]);
  });

  it('says review is off where another desk editor’s switch was approved while the page still offered one', async () => {
    const { page, problems } = await deskPage();
    await page.goto(ADMIN);
    await page.getByRole('button', { name: TITLE }).click();
    const editor = page.locator('incident-editor');
    const stop = editor.getByRole('button', { name: 'Stop requiring review' });
    await stop.waitFor();
    const heard = await heardIn(editor);
    // The page's watch of the history, which would read the switch below and redraw the button, waits till the end.
    const watch = gate();
    await page.route(/\/api\/v1\/admin\/audit/, async (route) => watch.opened.then(() => route.continue()));
    // Meanwhile another desk editor proposes switching review off, and this one approves it in another window.
    const proposed = await adminApi('PATCH', `/incidents/${SLUG}`, { review: 'off' });
    expect(proposed.status).toBe(202);
    expect((await adminApi('POST', `/changes/${proposed.body.id}/approve`, {}, deskToken)).status).toBe(200);
    try {
      // The page has not read it yet: its switch answers at once, with nothing left to hold.
      await stop.click();
      await expect.poll(heard, SETTLE).toContain('status: Review is off: changes are now published at once.');
      expect((await heard())[0]).toBe('status: Review is off: changes are now published at once.');
      await expect.poll(() => editor.getByRole('button', { name: 'Require review' }).count(), SETTLE).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      watch.open();
      // The other tests of the file edit a story that requires review.
      expect((await adminApi('PATCH', `/incidents/${SLUG}`, { review: 'required' })).status).toBe(200);
    }
  });
});
