/**
 * The /admin page in a real browser against the suite's `wrangler dev`:
 * signing in, editing through the page as an editor would (keyboard
 * included), the live preview, inline errors from the API, the 412 message,
 * the history with revert, and axe. The writes go through the real admin
 * API into the suite's D1; the suite's D1 is snapshotted before each test
 * that writes and restored after it (tests/browser/test-worker.ts), so the
 * other files see the seed.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import { WATCH_INTERVAL_MS } from '../../widgets/src/admin/history-watch';
import { adminApi, heardIn, openEditorPage, restoreData, snapshotData, told } from './admin-api';
import { axeViolations } from './axe';
import {
  baseUrl,
  gate,
  openPage,
  problemsBesides,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  settled,
  useBrowser,
} from './browser';
import { MARKUP } from './fixtures';

const browser = useBrowser();
const token = inject('editorToken');
const ADMIN = `${baseUrl}/admin`;

/** The newest audit id: what a test wrote is everything after it. */
async function latestAuditId(): Promise<number> {
  const { body } = await adminApi('GET', '/audit?limit=1');
  return (body.data as { id: number }[])[0]?.id ?? 0;
}

/** The seed story as readers get it: what every other file expects to find after this one. */
const seedReads = () =>
  Promise.all(
    [`incidents/${SEED_INCIDENT}`, `ceasefires/${SEED_CEASEFIRE}`].map(async (path) =>
      (await fetch(`${baseUrl}/api/v1/${path}`)).text(),
    ),
  );
let seedAsRead: string[] = [];
beforeAll(async () => {
  seedAsRead = await seedReads();
});
afterAll(async () => {
  // Every write of this file was undone by restoring the D1, and the reads it changed were purged.
  expect(await seedReads()).toEqual(seedAsRead);
});

async function signIn(page: Page, withToken = token): Promise<void> {
  await page.goto(ADMIN);
  await page.getByLabel('Editor token').fill(withToken);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function openIncident(page: Page): Promise<void> {
  await signIn(page);
  await page.getByRole('button', { name: /Deir ez-Zor/ }).click();
  await page.getByRole('heading', { name: 'Add a claim' }).or(page.getByText('Add a claim')).first().waitFor();
}

describe('/admin: signing in', () => {
  it('refuses a wrong token with a message and keeps no token', async () => {
    const { page, problems } = await openEditorPage(browser());
    await signIn(page, 'ee_not-a-real-token');
    await expect(told(page, 'alert').or(page.locator('.error')).first().textContent()).resolves.toMatch(/not accepted/);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(problemsBesides(problems, /status of 401/)).toEqual([]);
  });

  it('signs in with a token kept in sessionStorage, never in the URL, and signs out', async () => {
    const { page, problems } = await openEditorPage(browser());
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await signIn(page);
    await page.getByRole('heading', { name: 'Incidents' }).waitFor();
    expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([token]);
    expect(await page.evaluate(() => localStorage.length + document.cookie.length)).toBe(0);
    expect(urls.filter((u) => u.includes(token))).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { name: 'Incidents' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Editor token').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('pages through the lists when there are more than a page of incidents', async () => {
    const { page, problems } = await openEditorPage(browser());
    await page.goto(ADMIN);
    await page.evaluate(() => {
      (document.querySelector('editor-app') as HTMLElement & { pageSize: number }).pageSize = 1;
    });
    await page.getByLabel('Editor token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const picker = page.getByRole('navigation', { name: 'What to edit' });
    const incidents = picker.locator('ul').first().locator('li');
    await expect.poll(() => incidents.count()).toBe(1);
    await picker.getByRole('button', { name: 'More incidents' }).click();
    await expect.poll(() => incidents.count()).toBe(2);
    const listed = await incidents.allInnerTexts();
    expect(new Set(listed).size).toBe(2);
    expect(problems).toEqual([]);
  });

  it('is usable by keyboard alone: sign in and open an incident', async () => {
    const { page } = await openEditorPage(browser());
    await page.goto(ADMIN);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).resolves.toBe('f-token');
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Incidents' }).waitFor();
    // Tab to the first incident: past "Sign out", then the picker.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? '');
      if (/Deir ez-Zor/.test(focused)) break;
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Deir ez-Zor/, level: 2 }).textContent()).resolves.toMatch(
      /Deir ez-Zor/,
    );
    // Each button pressed below goes with what it opened or closed: the keyboard must land somewhere, not the page's
    // start. Opened, the story's way back.
    await expect.poll(() => focused(page)).toBe('← All incidents and ceasefires');
    const editor = page.locator('incident-editor');
    await editor.getByRole('button', { name: /^Retract Syrian Observatory/ }).press('Enter');
    await expect.poll(() => focused(page)).toBe('Keep');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^Retract Syrian Observatory/);
    await editor.getByRole('button', { name: /^Revise Syrian Observatory/ }).press('Enter');
    await expect.poll(() => focused(page)).toBe('As written');
    await editor.getByRole('button', { name: 'Cancel' }).press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^Revise Syrian Observatory/);
    await page.getByRole('button', { name: '← All incidents and ceasefires' }).press('Enter');
    await expect.poll(() => focused(page)).toMatch(/Deir ez-Zor/);
  });

  it('puts the keyboard on the token field when a sign-in is refused, where its error is read', async () => {
    const { page, problems } = await openEditorPage(browser());
    await signIn(page, 'ee_not-a-real-token');
    await expect.poll(() => focused(page)).toBe('Editor token');
    expect(problemsBesides(problems, /status of 401/)).toEqual([]);
  });
});

/** The focused element inside the page's shadow roots, by its accessible name (label, aria-label or text). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const labelled = el.id
      ? el.getRootNode() instanceof ShadowRoot &&
        (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`)
      : null;
    return (el.getAttribute('aria-label') ?? (labelled ? labelled.textContent : el.textContent) ?? '').trim();
  });
}

describe('/admin: editing', () => {
  beforeEach(snapshotData);
  afterEach(restoreData);

  it('revises SOHR’s 80 to 90: the preview shows it unsaved, and after saving the demo page’s card shows 90 with 80 in its history', async () => {
    const { page, problems } = await openEditorPage(browser());
    await openIncident(page);
    await page.getByRole('button', { name: /Revise .*SOHR.*80|Revise .*Syrian Observatory.*80/ }).click();
    const form = page.locator('incident-editor form').first();
    await expect(form.locator('legend').innerText()).resolves.toMatch(/^Revise Syrian Observatory.*“80”/);
    await expect(form.getByLabel('Figure (low)').inputValue()).resolves.toBe('80');
    // A revision keeps its claimant and metric (the API refuses another): the form offers neither to change.
    await expect(form.getByLabel(/claimant|metric/i).count()).resolves.toBe(0);
    await form.getByLabel('Figure (low)').fill('90');
    await form.getByLabel('As written').fill('90');
    await form.getByLabel('Claimed on').fill('2016-09-19');
    const preview = page.locator('incident-editor aside.preview');
    await expect(preview.getByRole('heading').first().textContent()).resolves.toMatch(/unsaved/);
    await expect(preview.locator('casualty-claims').textContent()).resolves.not.toBeNull();
    await expect.poll(() => preview.locator('casualty-claims ul.claims:not(.earlier)').innerText()).toMatch(/\b90\b/);
    // The preview is the real widget with all its styles (the range bar has its height), not bare markup.
    // Polled: the preview renders again on every keystroke, and a box read mid-render is none.
    const track = preview.locator('casualty-claims .track');
    await expect.poll(async () => (await track.boundingBox())?.height ?? 0).toBeGreaterThan(10);

    await form.getByRole('button', { name: 'Save revision' }).click();
    await expect(told(page, 'status').first().textContent()).resolves.toMatch(/“90” now stands in place of “80”/);

    const demo = await openPage(browser());
    await demo.page.goto(`${baseUrl}/`);
    await settled(demo.page);
    const card = demo.page.locator(`casualty-claims[incident="${SEED_INCIDENT}"]`);
    await expect(card.locator('ul.claims:not(.earlier)').innerText()).resolves.toMatch(/\b90\b/);
    const history = card.locator('details[part="history"]');
    await history.locator('summary').click();
    await expect(history.innerText()).resolves.toMatch(/\b80\b/);
    expect(problems).toEqual([]);
    expect(demo.problems).toEqual([]);
  });

  it('holds the claims’ buttons while a revision is saved, and says what was saved', async () => {
    const { page, problems } = await openEditorPage(browser());
    await openIncident(page);
    await page.getByRole('button', { name: /Revise .*Syrian Observatory.*80/ }).click();
    const form = page.locator('incident-editor form').first();
    await form.getByLabel('Figure (low)').fill('90');
    await form.getByLabel('As written').fill('90');
    // The revision's answer is held back, as on a slow link.
    const answer = gate();
    const sent = new Promise<void>((reached) =>
      page.route(`${baseUrl}/api/v1/admin/incidents/${SEED_INCIDENT}/claims`, async (route) => {
        reached();
        await answer.opened;
        await route.continue();
      }),
    );
    await form.getByRole('button', { name: 'Save revision' }).click();
    await sent;
    const editor = page.locator('incident-editor');
    // Another claim's Revise or Retract, or Cancel, now would open a form the save then empties, under its notice.
    for (const button of [
      editor.getByRole('button', { name: /^Revise (?!.*Syrian Observatory)/ }).first(),
      editor.getByRole('button', { name: /^Retract/ }).first(),
      form.getByRole('button', { name: 'Cancel' }),
    ])
      await expect.poll(() => button.isDisabled()).toBe(true);
    answer.open();
    await expect.poll(() => told(page, 'status').first().textContent()).toMatch(/“90” now stands in place of “80”/);
    await expect
      .poll(() =>
        editor
          .getByRole('button', { name: /^Revise/ })
          .first()
          .isDisabled(),
      )
      .toBe(false);
    expect(problems).toEqual([]);
  });

  it('shows the API’s validation errors inline, on the field, and writes nothing', async () => {
    const before = await latestAuditId();
    const { page } = await openEditorPage(browser());
    await openIncident(page);
    const form = page.locator('incident-editor form');
    await form.getByLabel('Claimant', { exact: true }).fill('A monitor');
    await form.getByLabel('Qualifier').selectOption('between');
    await form.getByLabel('Figure (low)').fill('50');
    await form.getByLabel('High (between / up to only)').fill('40');
    await form.getByLabel('As written').fill('between 50 and 40');
    await form.getByLabel('Claimed on').fill('2016-09-18');
    await form.getByLabel('Who (subject)').fill('Syrian soldiers');
    await form.getByLabel('Source URL').fill('ftp://example.org/x');
    await form.getByRole('button', { name: 'Add claim' }).click();
    const low = form.getByLabel('Figure (low)');
    await expect.poll(() => low.getAttribute('aria-invalid')).toBe('true');
    await expect(form.locator('#f-low-error').textContent()).resolves.toMatch(/greater than high/);
    await expect(form.getByLabel('Source URL').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await latestAuditId()).toBe(before);
  });

  it('says it changed since it was read (412) when the ceasefire moved on since the page read it', async () => {
    const { page, problems } = await openEditorPage(browser());
    await signIn(page);
    await page.getByRole('button', { name: /cessation of hostilities/i }).click();
    const form = page.locator('ceasefire-editor form').first();
    await form.locator('#status-status').waitFor();

    // Another editor changes the status first.
    const current = await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`);
    const other = await adminApi(
      'PATCH',
      `/ceasefires/${SEED_CEASEFIRE}`,
      { statusNote: 'Changed by another editor' },
      undefined,
      current.etag ?? '',
    );
    expect(other.status).toBe(200);

    await form.locator('#status-status').selectOption({ label: 'Collapsed' });
    await form.getByRole('button', { name: /Save status/ }).click();
    await expect(told(page, 'alert').first().textContent()).resolves.toMatch(
      /This was changed since you opened it.*reload/i,
    );
    const after = await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`);
    expect(after.body.status).toBe(current.body.status);

    await page.getByRole('alert').getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => form.locator('#status-statusNote').inputValue()).toBe('Changed by another editor');
    await expect(told(page, 'alert').count()).resolves.toBe(0);
    expect(problemsBesides(problems, /status of 412/)).toEqual([]);
  });

  it('keeps another editor’s milestone change: saving the milestone as the page shows it is refused (412)', async () => {
    const { page, problems } = await openEditorPage(browser());
    // The page's clock held still: its check for others' changes would otherwise read the story again, at any moment.
    await page.clock.install();
    await signIn(page);
    await page.getByRole('button', { name: /cessation of hostilities/i }).click();
    const editor = page.locator('ceasefire-editor');
    const milestoneForm = editor.locator('form').nth(2);
    await milestoneForm.locator('select').waitFor();

    // Another editor marks the milestone met, after the page read it.
    const ceasefire = await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`);
    const [shown] = ceasefire.body.milestones as { id: string; state: string }[];
    const path = `/ceasefires/${SEED_CEASEFIRE}/milestones/${shown?.id}`;
    const mine = await adminApi('GET', path);
    const other = await adminApi('PATCH', path, { state: 'met' }, undefined, mine.etag ?? '');
    expect(other.status).toBe(200);

    // This editor only adds a note to the milestone as the page shows it: it would have put its old state back.
    await milestoneForm.locator('textarea, input[name="note"]').first().fill('Delayed by a day.');
    await milestoneForm.getByRole('button', { name: 'Save milestone' }).click();
    await expect(told(page, 'alert').first().textContent()).resolves.toMatch(
      /This was changed since you opened it.*reload/i,
    );
    expect((await adminApi('GET', path)).body.state).toBe('met');
    expect(problemsBesides(problems, /status of 412/)).toEqual([]);
  });

  it('previews an unsaved status change in the gauge, and reverts a change from the history', async () => {
    const { page } = await openEditorPage(browser());
    await signIn(page);
    await page.getByRole('button', { name: /cessation of hostilities/i }).click();
    const editor = page.locator('ceasefire-editor');
    await editor.locator('#status-status').selectOption('collapsed');
    const gauge = editor.locator('ceasefire-gauge');
    await expect.poll(() => gauge.locator('p.status').innerText()).toMatch(/collapsed/i);
    await editor.getByRole('button', { name: /Save status/ }).click();
    await expect(told(page, 'status').first().textContent()).resolves.toMatch(/Saved/);
    expect((await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`)).body.status).toBe('collapsed');

    const history = page.locator('audit-log');
    // The history reloads after the save: the newest row is this change, and only it can still be undone.
    await expect.poll(() => history.getByRole('button', { name: /Revert update of ceasefire/ }).count()).toBe(1);
    // The history's read after the revert is held back, as on a slow link: the entry undone keeps its button till
    // then, and pressed again it would be a 409 in place of the "Reverted" line.
    const reread = gate();
    const reading = new Promise<void>((reached) =>
      page.route(/\/api\/v1\/admin\/audit\?limit=20/, async (route) => {
        reached();
        await reread.opened;
        await route.continue();
      }),
    );
    const revert = history.getByRole('button', { name: /Revert update of ceasefire/ }).first();
    await revert.click();
    await reading;
    await expect.poll(() => revert.isDisabled()).toBe(true);
    reread.open();
    await expect(told(history, 'status').textContent()).resolves.toMatch(/Reverted/);
    expect((await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`)).body.status).not.toBe('collapsed');
  });

  it('retracts a claim after a confirmation; the claim stays, marked retracted, and the history shows it', async () => {
    const { page, problems } = await openEditorPage(browser());
    await openIncident(page);
    await page
      .getByRole('button', { name: /Retract .*Russia/ })
      .first()
      .click();
    const confirm = page.getByRole('group', { name: 'Confirm retraction' });
    await expect(page.locator('incident-editor aside h2').textContent()).resolves.toMatch(/unsaved/);
    // Keep closes the confirmation and puts the keyboard back on the claim's Retract (it fell to the page's start).
    await confirm.getByRole('button', { name: 'Keep' }).click();
    const focused = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return `${el?.tagName} ${el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? ''}`;
      });
    await expect.poll(focused).toMatch(/^BUTTON Retract .*Russia/);
    await page.keyboard.press('Enter');
    await confirm.getByRole('button', { name: /Retract/ }).click();
    await expect(told(page, 'status').first().textContent()).resolves.toMatch(/Retracted .* stays in the history/);
    // The button went with the claim's retraction: the keyboard is on the line that says what happened.
    await expect.poll(focused).toMatch(/^SPAN Retracted/);
    const incident = await adminApi('GET', `/incidents/${SEED_INCIDENT}`);
    const claims = incident.body.claims as { claimant: { name: string }; status: string }[];
    expect(claims.filter((c) => /Russia/.test(c.claimant.name)).map((c) => c.status)).toContain('retracted');
    await expect(page.locator('audit-log tbody tr').first().innerText()).resolves.toMatch(/retract/);
    expect(problems).toEqual([]);
  });

  it('adds a violation tally, moves a milestone on and adds one', async () => {
    const { page, problems } = await openEditorPage(browser());
    await signIn(page);
    await page.getByRole('button', { name: /cessation of hostilities/i }).click();
    const creates: (string | undefined)[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/tallies')) creates.push(r.headers()['idempotency-key']);
    });
    const editor = page.locator('ceasefire-editor');
    await editor.locator('#tally-count').fill('61');
    await editor.locator('#tally-asWritten').fill('at least 61');
    await editor.locator('#tally-reportedOn').fill('2016-09-19');
    await editor.getByRole('button', { name: 'Add tally' }).click();
    await expect(told(page, 'status').first().textContent()).resolves.toMatch(/tally “at least 61” added/);
    // Sent with a key, so a retry after a lost answer could not record the tally twice.
    expect(creates).toHaveLength(1);
    expect(creates[0]).toMatch(/^[0-9a-f-]{36}$/);

    const milestone = editor.locator('form').nth(2);
    await milestone.locator('select').selectOption({ label: 'Missed' });
    await milestone.getByRole('button', { name: 'Save milestone' }).click();
    await expect.poll(() => editor.locator('.status').first().innerText()).toMatch(/is now missed/);

    await editor.locator('#new-milestone-label').fill('Joint Implementation Centre set up');
    await editor.locator('#new-milestone-dueOn').fill('2016-09-19');
    await editor.getByRole('button', { name: 'Add milestone' }).click();
    await expect
      .poll(() => editor.locator('.status').first().innerText())
      .toMatch(/milestone “Joint Implementation Centre set up” added/);

    const ceasefire = await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`);
    const tallies = ceasefire.body.tallies as { asWritten: string }[];
    expect(tallies.map((t) => t.asWritten)).toContain('at least 61');
    const milestones = ceasefire.body.milestones as { state: string; label: string }[];
    expect(milestones.map((m) => m.state)).toContain('missed');
    expect(milestones.map((m) => m.label)).toContain('Joint Implementation Centre set up');
    expect(problems).toEqual([]);
  });

  it('keeps a title typed over another editor’s retitling when the editor adds a claim: its save is then refused (412)', async () => {
    const other = await adminApi('POST', '/editors', { name: `Desk Colleague ${Date.now()}`, role: 'editor' });
    expect(other.status).toBe(201);
    const { page, problems } = await openEditorPage(browser());
    // The page's clock held still: its check for others' changes would otherwise read the story again, at any moment.
    await page.clock.install();
    await openIncident(page);
    const editor = page.locator('incident-editor');
    const details = editor.locator('form', { has: page.getByText('Incident details') });
    const title = details.getByLabel('Title');
    // This editor is correcting the title, not yet saved…
    const mine = 'US-led airstrike near Deir ez-Zor (title corrected)';
    await title.fill(mine);
    // … when another editor retitles the incident.
    const theirs = 'Retitled by a colleague';
    const read = await adminApi('GET', `/incidents/${SEED_INCIDENT}`);
    const retitled = await fetch(`${baseUrl}/api/v1/admin/incidents/${SEED_INCIDENT}`, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${other.body.token}`,
        'Content-Type': 'application/json',
        'If-Match': String(read.etag),
      },
      body: JSON.stringify({ title: theirs }),
    });
    expect(retitled.status).toBe(200);

    // This editor adds a claim: the page reads the incident again, and shows the claim, and the new title above…
    const form = editor.locator('form').first();
    await form.getByLabel('Claimant', { exact: true }).fill('A monitor');
    await form.getByLabel('Figure (low)').fill('12');
    await form.getByLabel('As written').fill('12 soldiers');
    await form.getByLabel('Claimed on').fill('2016-09-18');
    await form.getByLabel('Who (subject)').fill('Syrian soldiers');
    await form.getByRole('button', { name: 'Add claim' }).click();
    await expect.poll(() => editor.locator('.status').first().innerText()).toMatch(/“12 soldiers” added/);
    await expect.poll(() => editor.locator('table').innerText()).toMatch(/12 soldiers/);
    await expect.poll(() => editor.locator('h2').first().innerText()).toBe(theirs);
    // … but not over the title being typed: it is kept, and the page says the incident changed under it, with Reload.
    await expect(title.inputValue()).resolves.toBe(mine);
    const kept = editor.locator('.status', { hasText: 'what you typed is kept' });
    await expect.poll(() => kept.count()).toBe(1);
    await expect(kept.getByRole('button', { name: 'Reload' }).count()).resolves.toBe(1);

    // Saved now, the title meets the colleague's change (412), not goes through over it.
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect
      .poll(() => editor.locator('[role="alert"] > .status').innerText())
      .toMatch(/This was changed since you opened it/);
    await expect(title.inputValue()).resolves.toBe(mine);
    expect((await adminApi('GET', `/incidents/${SEED_INCIDENT}`)).body.title).toBe(theirs);
    expect(problemsBesides(problems, /412/)).toEqual([]);
  });
});

describe('/admin: a ceasefire’s details', () => {
  beforeEach(snapshotData);
  afterEach(restoreData);

  /** The seed ceasefire's editor, signed in, and its details form. */
  async function openDetails() {
    const { page, problems } = await openEditorPage(browser());
    await signIn(page);
    await page.getByRole('button', { name: /cessation of hostilities/i }).click();
    const details = page.locator('ceasefire-editor form', { has: page.getByRole('button', { name: 'Save details' }) });
    return { page, problems, details };
  }

  it('renames a ceasefire, lists its brokers one per line and sets the language of its text', async () => {
    const { page, problems, details } = await openDetails();
    await expect(details.getByLabel('Brokers').inputValue()).resolves.toBe('United States\nRussian Federation');
    await details.getByLabel('Name').fill('Cese de hostilidades en Siria');
    await details.getByLabel('Brokers').fill('Estados Unidos\n\n  Rusia  ');
    await details.getByLabel('Language of its text').fill('es');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect(told(page, 'status').first().textContent()).resolves.toMatch(/Saved: the ceasefire’s details/);
    const read = (await (await fetch(`${baseUrl}/api/v1/ceasefires/${SEED_CEASEFIRE}`)).json()) as CeasefireShape;
    expect([read.name, read.brokers, read.language]).toEqual([
      'Cese de hostilidades en Siria',
      ['Estados Unidos', 'Rusia'],
      'es',
    ]);
    // Back on the first screen, its list names it as it is now.
    await page.getByRole('button', { name: /All incidents and ceasefires/ }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Cese de hostilidades en Siria' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('says each outcome in a live region already on the page, the same words twice as two lines', async () => {
    const { page, problems, details } = await openDetails();
    const editor = page.locator('ceasefire-editor');
    const save = details.getByRole('button', { name: 'Save details' });
    await expect.poll(() => details.getByLabel('Name').inputValue()).toMatch(/cessation of hostilities/i);
    // Each region is there, and empty, before anything is said: a screen reader hears what changes inside a live
    // region it knows, and may say nothing of one inserted with its words. What each region is given is recorded.
    const regions = editor.locator('[role="status"], [role="alert"]');
    // The editor's line and the line for what was typed over a change: a status and an alert each, all empty.
    await expect
      .poll(() => regions.evaluateAll((all) => all.map((r) => r.textContent?.trim())))
      .toEqual(['', '', '', '']);
    const heard = await heardIn(editor);
    await save.click();
    await expect.poll(heard).toEqual([expect.stringMatching(/^status: Saved: the ceasefire’s details/)]);
    // The same save again says the same words: a new line, heard again.
    await expect.poll(() => save.isDisabled()).toBe(false);
    await save.click();
    await expect.poll(heard).toHaveLength(2);
    expect((await heard())[1]).toBe((await heard())[0]);
    // A refusal is an alert, in the region that was there all along.
    await details.getByLabel('Name').fill('');
    await save.click();
    await expect.poll(heard).toHaveLength(3);
    expect((await heard())[2]).toMatch(/^alert: \S/);
    expect(problemsBesides(problems, /400/)).toEqual([]);
  });

  it('says review is now required once switched on, not only in the switch’s own line', async () => {
    const { page, problems } = await openDetails();
    const editor = page.locator('ceasefire-editor');
    await editor.getByRole('button', { name: 'Require review' }).click();
    await expect.poll(() => told(editor, 'status').first().innerText()).toBe('Review is now required.');
    await expect.poll(() => editor.getByRole('button', { name: 'Stop requiring review' }).count()).toBe(1);
    expect((await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`)).body.review).toBe('required');
    expect(problems).toEqual([]);
  });

  it('keeps an end the data has not reached (an announced expiry) in its field, where the editor can clear it', async () => {
    const { problems, details } = await openDetails();
    const ended = details.getByLabel('Ended at');
    const read = async () => (await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`)).body;
    const save = () => details.getByRole('button', { name: 'Save details' }).click();
    // An expiry announced for after the moment its data describes (“data as of”, the 19th): readers do not see it yet.
    await ended.fill('2016-09-25T00:00:00+03:00');
    await save();
    await expect.poll(read).toMatchObject({ endedAt: null, storedEndedAt: '2016-09-25T00:00:00+03:00' });
    await expect.poll(() => ended.inputValue()).toBe('2016-09-25T00:00:00+03:00');
    // Saving the name leaves it as it is; emptying the field clears it.
    await details.getByLabel('Name').fill('Cessation of hostilities');
    await save();
    await expect.poll(read).toMatchObject({ name: 'Cessation of hostilities' });
    expect(await read()).toMatchObject({ storedEndedAt: '2016-09-25T00:00:00+03:00' });
    await ended.fill('');
    await save();
    await expect.poll(read).toMatchObject({ storedEndedAt: null });
    await expect.poll(() => ended.inputValue()).toBe('');
    expect(problems).toEqual([]);
  });

  it('takes a second save only once the first one’s version is read (its ETag), not as a 412 against itself', async () => {
    const { page, problems, details } = await openDetails();
    const saveButton = details.getByRole('button', { name: 'Save details' });
    await expect.poll(() => details.getByLabel('Name').inputValue()).toMatch(/cessation of hostilities/i);
    // The editor's read of the ceasefire after the save is held back, as on a slow link.
    const read = gate();
    const held = new Promise<void>((reached) =>
      page.route(`${baseUrl}/api/v1/admin/ceasefires/${SEED_CEASEFIRE}`, async (route) => {
        if (route.request().method() !== 'GET') return route.continue();
        reached();
        await read.opened;
        await route.continue();
      }),
    );
    await details.getByLabel('Name').fill('Cessation of hostilities');
    await saveButton.click();
    await held;
    await expect.poll(() => saveButton.isDisabled()).toBe(true);
    read.open();
    await details.getByLabel('Language of its text').fill('es');
    await saveButton.click();
    await expect
      .poll(async () => (await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`)).body)
      .toMatchObject({
        name: 'Cessation of hostilities',
        language: 'es',
      });
    await expect(told(page, 'status').first().textContent()).resolves.toMatch(/Saved: the ceasefire’s details/);
    expect(problems).toEqual([]);
  });

  it('keeps a refused form’s text as unsaved after another form’s save, and another editor’s change off it', async () => {
    const other = await adminApi('POST', '/editors', { name: `Desk Colleague ${Date.now()}`, role: 'editor' });
    expect(other.status).toBe(201);
    const { page, problems } = await openEditorPage(browser());
    await page.clock.install();
    await signIn(page);
    const firstCheck = page.waitForResponse((r) => r.url().includes('limit=1&entity=ceasefire'));
    await page.getByRole('button', { name: /cessation of hostilities/i }).click();
    await firstCheck;
    const editor = page.locator('ceasefire-editor');
    const details = editor.locator('form', { has: page.getByRole('button', { name: 'Save details' }) });
    // The end typed is refused (not a time): the form still holds what is not written.
    await details.getByLabel('Ended at').fill('the 25th');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => details.getByLabel('Ended at').getAttribute('aria-invalid')).toBe('true');
    // Another form's save succeeds.
    const add = editor.locator('form', { has: page.getByRole('button', { name: 'Add milestone' }) });
    await add.getByLabel('Milestone').fill('Aid reaches eastern Aleppo');
    await add.getByRole('button', { name: 'Add milestone' }).click();
    await expect.poll(() => editor.locator('[role="status"] > .status').innerText()).toMatch(/Saved/);
    // Another editor renames the ceasefire; the page hears of it at its next check.
    const read = await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`);
    const renamed = await fetch(`${baseUrl}/api/v1/admin/ceasefires/${SEED_CEASEFIRE}`, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${other.body.token}`,
        'Content-Type': 'application/json',
        'If-Match': String(read.etag),
      },
      body: JSON.stringify({ name: 'Renamed by a colleague' }),
    });
    expect(renamed.status).toBe(200);
    await page.clock.runFor(WATCH_INTERVAL_MS);
    await expect.poll(() => page.locator('main > [role]:has(> .status)').innerText()).toMatch(/What you typed is kept/);
    await expect(details.getByLabel('Ended at').inputValue()).resolves.toBe('the 25th');
    // Saved now, the refused form meets the colleague's change (412), not goes through over it.
    await details.getByLabel('Ended at').fill('');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect
      .poll(() => editor.locator('[role="alert"] > .status').innerText())
      .toMatch(/This was changed since you opened it/);
    expect(problemsBesides(problems, /412|400/)).toEqual([]);
  });

  it('says a first read that failed in the alert region it showed while loading', async () => {
    const { page, problems } = await openEditorPage(browser());
    await signIn(page);
    // The editor's first read of the ceasefire waits, then gets no answer.
    const read = gate();
    await page.route(`${baseUrl}/api/v1/admin/ceasefires/${SEED_CEASEFIRE}`, async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      await read.opened;
      await route.abort('internetdisconnected');
    });
    await page.getByRole('button', { name: /cessation of hostilities/i }).click();
    const editor = page.locator('ceasefire-editor');
    await editor.getByText('Loading…').waitFor();
    // While it loads, the alert region is there, empty; marked, to know it is the one that speaks.
    const alert = editor.locator('[role="alert"]').first();
    await expect(alert.textContent()).resolves.toBe('');
    await alert.evaluate((el) => el.setAttribute('data-known', ''));
    read.open();
    await expect.poll(() => told(editor, 'alert').innerText()).toMatch(/\S/);
    await expect(told(editor, 'alert').getAttribute('data-known')).resolves.toBe('');
    await expect(editor.getByText('Loading…').count()).resolves.toBe(0);
    expect(problemsBesides(problems, /ERR_INTERNET_DISCONNECTED/)).toEqual([]);
  });

  it('keeps its forms, and what was typed, when reading the ceasefire again fails, and says so', async () => {
    const { page, problems, details } = await openDetails();
    await expect.poll(() => details.getByLabel('Name').inputValue()).toMatch(/cessation of hostilities/i);
    // After the save the connection drops: the editor's read of the ceasefire gets no answer.
    await page.route(`${baseUrl}/api/v1/admin/ceasefires/${SEED_CEASEFIRE}`, (route) =>
      route.request().method() === 'GET' ? route.abort('internetdisconnected') : route.continue(),
    );
    await details.getByLabel('Name').fill('Cessation of hostilities');
    await details.getByRole('button', { name: 'Save details' }).click();
    const said = page.locator('ceasefire-editor [role="alert"] > .status');
    await expect.poll(() => said.innerText()).toMatch(/Could not read the ceasefire again/);
    // The save landed, and the line still says so (the failed read took "Saved" back), with the way on: Reload.
    await expect(said.innerText()).resolves.toMatch(
      /^Saved: the ceasefire’s details\..*Could not read the ceasefire again/s,
    );
    await expect(details.getByLabel('Name').inputValue()).resolves.toBe('Cessation of hostilities');
    expect((await adminApi('GET', `/ceasefires/${SEED_CEASEFIRE}`)).body.name).toBe('Cessation of hostilities');
    // Reloaded once the link is back, the next save goes against the version saved (it met "this was changed
    // since you opened it": the page's version was the one before the editor's own save).
    await page.unrouteAll();
    const reread = page.waitForResponse(
      (r) => r.url() === `${baseUrl}/api/v1/admin/ceasefires/${SEED_CEASEFIRE}` && r.request().method() === 'GET',
    );
    await said.getByRole('button', { name: 'Reload' }).click();
    // Save waits for the read (sent before it came, it went against the version being replaced: a 412); the click
    // below waits for the button to be enabled again.
    expect((await reread).status()).toBe(200);
    await details.getByLabel('Language of its text').fill('es');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect
      .poll(() => page.locator('ceasefire-editor .status').first().innerText())
      .toMatch(/^Saved: the ceasefire’s details/);
    expect(problemsBesides(problems, /ERR_INTERNET_DISCONNECTED/)).toEqual([]);
  });
});

/** Fills the New incident form (`create`) with a story of 2016-09-19, not yet submitted. */
async function fillNewIncident(create: Locator, slug: string, title: string, place: string): Promise<void> {
  await create.getByLabel('Slug').fill(slug);
  await create.getByLabel('Title').fill(title);
  await create.getByLabel('Occurred on').fill('2016-09-19');
  await create.getByLabel('Place').fill(place);
}

describe('/admin: new stories', () => {
  beforeEach(snapshotData);
  afterEach(restoreData);

  it('creates an incident, opens its editor, adds a claim and edits its details', async () => {
    const { page, problems } = await openEditorPage(browser());
    await signIn(page);
    await page.locator('summary', { hasText: 'New incident' }).click();
    const create = page.locator('create-entity[kind="incident"]');
    await create.getByLabel('Slug').fill('Not A Slug');
    await create.getByRole('button', { name: 'Create incident' }).click();
    await expect.poll(() => create.getByLabel('Slug').getAttribute('aria-invalid')).toBe('true');

    await fillNewIncident(create, 'aleppo-aid-convoy-2016', 'Aid convoy struck near Aleppo', 'Urum al-Kubra');
    await create.getByRole('button', { name: 'Create incident' }).click();
    const editor = page.locator('incident-editor');
    await expect(editor.locator('h2').first().innerText()).resolves.toBe('Aid convoy struck near Aleppo');

    const form = editor.locator('form').first();
    await form.getByLabel('Claimant', { exact: true }).fill('UN OCHA');
    // The options read as the card reads (United Nations, Monitoring group), and save the API's value.
    await form.getByLabel('Kind of claimant').selectOption({ label: 'United Nations' });
    await form.getByLabel('Figure (low)').fill('20');
    await form.getByLabel('As written').fill('about 20');
    await form.getByLabel('Qualifier').selectOption('about');
    await form.getByLabel('Claimed on').fill('2016-09-20');
    await form.getByLabel('Who (subject)').fill('civilians and aid workers');
    await form.getByRole('button', { name: 'Add claim' }).click();
    await expect(told(page, 'status').first().innerText()).resolves.toMatch(/“about 20” added/);

    const details = editor.locator('form', { has: page.getByText('Incident details') });
    await details.getByLabel('Place').fill('Urum al-Kubra, west of Aleppo');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => editor.locator('.status').first().innerText()).toMatch(/Saved: the incident’s details/);

    const read = await fetch(`${baseUrl}/api/v1/incidents/aleppo-aid-convoy-2016`);
    const incident = (await read.json()) as {
      placeName: string;
      claims: { asWritten: string; claimant: { kind: string } }[];
    };
    expect(incident.placeName).toBe('Urum al-Kubra, west of Aleppo');
    expect(incident.claims.map((c) => [c.asWritten, c.claimant.kind])).toEqual([['about 20', 'un']]);
    expect(problemsBesides(problems, /status of 400/)).toEqual([]);
  });

  it('opens the new story’s editor even when the lists cannot be read just then', async () => {
    const { page, problems } = await openEditorPage(browser());
    await signIn(page);
    await page.locator('summary', { hasText: 'New incident' }).click();
    const create = page.locator('create-entity[kind="incident"]');
    await fillNewIncident(create, 'lists-unread-2016', 'A story made while the lists are shed', 'A town');
    // The Worker sheds the lists' reads as it sheds under load: 503, problem+json.
    await page.route(
      (url) => url.pathname === '/api/v1/admin/incidents' || url.pathname === '/api/v1/admin/ceasefires',
      (route) =>
        route.request().method() === 'GET'
          ? route.fulfill({
              status: 503,
              contentType: 'application/problem+json',
              headers: { 'Retry-After': '1' },
              body: JSON.stringify({ type: '/problems/unavailable', title: 'Unavailable', status: 503 }),
            })
          : route.continue(),
    );
    await create.getByRole('button', { name: 'Create incident' }).click();
    const editor = page.locator('incident-editor');
    await expect(editor.locator('h2').first().innerText()).resolves.toBe('A story made while the lists are shed');
    // Still signed in: the token form is not shown.
    await expect(page.getByLabel(/token/i).count()).resolves.toBe(0);
    expect(problemsBesides(problems, /status of 503/)).toEqual([]);
  });
});

describe('/admin: hostile content', () => {
  it('shows markup in the data as text, runs none of it, and never links a javascript: URL', async () => {
    const { page, problems } = await openEditorPage(browser());
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signIn(page);
    await page.getByRole('button', { name: /Revised figures/ }).click();
    const editor = page.locator('incident-editor');
    await expect(editor.locator('h2').first().innerText()).resolves.toContain(MARKUP);
    await settledPreview(page);
    // The revision form puts the claim's own fields into inputs too.
    await editor
      .getByRole('button', { name: /^Revise/ })
      .first()
      .click();
    await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    const injected = await page.evaluate(() => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return {
        imgs: all.filter((el) => el.tagName === 'IMG').length,
        bold: all.filter((el) => el.tagName === 'B').length,
        jsLinks: all.filter((el) => el.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')).length,
      };
    });
    expect(injected).toEqual({ imgs: 0, bold: 0, jsLinks: 0 });
    expect(dialogs).toEqual([]);
    expect(page.url()).toBe(ADMIN);
    expect(problems).toEqual([]);
  });
});

describe('/admin: accessibility', () => {
  it('has no axe violation signed out, on the picker, and in both editors', async () => {
    const { page } = await openEditorPage(browser());
    await page.goto(ADMIN);
    await page.getByLabel('Editor token').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page);
    await page.getByRole('heading', { name: 'Incidents' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Deir ez-Zor/ }).click();
    await page.locator('incident-editor casualty-claims').waitFor();
    await settledPreview(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /All incidents/ }).click();
    await page.getByRole('button', { name: /cessation of hostilities/i }).click();
    await page.locator('ceasefire-editor ceasefire-gauge').waitFor();
    await settledPreview(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

async function settledPreview(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const host = document.querySelector('editor-app')?.shadowRoot;
    const editor = host?.querySelector('incident-editor, ceasefire-editor')?.shadowRoot;
    const widget = editor?.querySelector('casualty-claims, ceasefire-gauge');
    return widget?.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.state === 'ready';
  });
}
