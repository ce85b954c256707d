/**
 * The admin API as the /admin browser tests call it beside the page: a JSON
 * call with an editor's token (the suite's admin by default), and a claim
 * body of the shape those tests add; and how a test that writes puts the
 * suite's D1 back afterwards, without the product's own revert.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { baseUrl, openPage } from './browser';

/**
 * A page of /admin on an editor's own machine: its requests carry an address of their own (`CF-Connecting-IP`, in
 * the documentation prefix 2001:db8::/32; wrangler dev keeps the one a client sends), as each editor's browser has.
 * The editors' API spends a budget per address (src/http/budgets.ts: 600 a minute), and these files drive /admin
 * at 15–25 requests a second, far past any editor's hands: from the one loopback address, two of them run back to
 * back spent the budget between them and a test met 429. Only for same-origin pages: an added header makes a
 * cross-origin read preflighted, which a widget on another origin never is.
 */
export function openEditorPage(browser: Browser, options: BrowserContextOptions = {}) {
  const bytes = randomBytes(4);
  const address = `2001:db8:${bytes.readUInt16BE(0).toString(16)}:${bytes.readUInt16BE(2).toString(16)}::1`;
  return openPage(browser, {
    ...options,
    extraHTTPHeaders: { ...options.extraHTTPHeaders, 'CF-Connecting-IP': address },
  });
}

/**
 * What the page has told the editor, as `role` (a success is a status, a refusal an alert): the live regions that
 * hold words. Each region stays on the page, empty between messages (widgets/src/admin/notice.ts).
 */
export const told = (scope: Page | Locator, role: 'status' | 'alert') =>
  scope.getByRole(role).filter({ hasText: /\S/ });

/**
 * From now on, each line the live regions inside `host`'s shadow root are given (a region given a line is a screen
 * reader's cue to speak it), as `role: text`; read them with the function returned.
 */
export async function heardIn(host: Locator): Promise<() => Promise<string[]>> {
  const key = `heard${Math.random().toString(36).slice(2)}`;
  await host.evaluate((el, key) => {
    const heard: string[] = [];
    Object.assign(window, { [key]: heard });
    for (const region of el.shadowRoot?.querySelectorAll('[role="status"], [role="alert"]') ?? [])
      new MutationObserver((records) => {
        for (const r of records)
          for (const added of r.addedNodes)
            if (added instanceof HTMLElement) heard.push(`${region.getAttribute('role')}: ${added.innerText}`);
      }).observe(region, { childList: true });
  }, key);
  return () => host.page().evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], key);
}

/** `ifMatch`: the ETag an edit was read at (a PATCH needs one); the answer's own comes back as `etag`. */
export async function adminApi(
  method: string,
  path: string,
  body?: unknown,
  token: string = inject('editorToken'),
  ifMatch?: string,
) {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${baseUrl}/api/v1/admin${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, etag: res.headers.get('ETag') };
}

/** A monitoring group's "about N" killed, dated 2016-09-20. */
export const claim = (asWritten: string, low: number) => ({
  claimant: { name: 'A monitoring group', kind: 'ngo' },
  metric: 'killed',
  subject: 'civilians',
  qualifier: 'about',
  low,
  asWritten,
  claimedOn: '2016-09-20',
});

/** Calls the test Worker's door to its D1 (tests/browser/test-worker.ts). */
async function data(step: 'snapshot' | 'restore'): Promise<void> {
  const res = await fetch(`${baseUrl}/__tests/data/${step}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${inject('dataToken')}` },
  });
  if (res.status !== 204) throw new Error(`${step} of the suite's D1: ${res.status} ${await res.text()}`);
}

/** Copies the suite's D1 aside, before a test writes to it. */
export const snapshotData = () => data('snapshot');

/** Puts the suite's D1 back as the last snapshot had it, and purges the public reads that changed. */
export const restoreData = () => data('restore');
