/**
 * The widgets facing an API in trouble, produced by a small upstream on
 * another port (the `api` origin): a 503, no answer at all, a dropped
 * connection, malformed JSON, and a 503 that clears on the next try (the
 * upstream then passes the request on to the real API). Each time: the
 * fallback is shown, one `explainer-error` (bubbling, composed, with
 * `{reason, status}`) reaches the page, transient failures are retried once
 * and a 404 or bad JSON never, and the host page sees no console error but
 * the browser's own line for a failed load. The page's clock is Playwright's
 * (`page.clock`): a try's eight-second deadline and the wait before the
 * retry pass as the test runs the clock on, not in real time.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RETRY_DELAY_MS, TIMEOUT_MS } from '../../widgets/src/shared/api';
import { baseUrl, hostPage, problemsBesides, SEED_INCIDENT, settled, useOrigin, usePublisher } from './browser';

const { visit } = usePublisher();

/** Requests the upstream received, per slug. */
const received = new Map<string, number>();
const cors = { 'Access-Control-Allow-Origin': '*' };

const upstream = useOrigin((req, res) => {
  const slug = (req.url ?? '').split('?')[0]?.split('/').pop() ?? '';
  const count = (received.get(slug) ?? 0) + 1;
  received.set(slug, count);
  if (slug === 'unavailable') {
    res.writeHead(503, { ...cors, 'Content-Type': 'application/problem+json', 'Retry-After': '5' });
    res.end('{"type":"/problems/unavailable","status":503}');
  } else if (slug === 'silent') {
    // Never answers: the widget must give up on its own.
  } else if (slug === 'dropped') {
    req.socket.destroy();
  } else if (slug === 'garbled') {
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
    res.end('{"slug": "garbled", "title": ');
  } else if (slug === 'missing') {
    res.writeHead(404, { ...cors, 'Content-Type': 'application/problem+json' });
    res.end('{"type":"/problems/not-found","status":404}');
  } else if (slug === 'outage' && count <= 2) {
    // Down for a try and its retry, then back: each answer after that is the seed incident's.
    res.writeHead(503, { ...cors, 'Content-Type': 'application/problem+json' });
    res.end('{"type":"/problems/unavailable","status":503}');
  } else if (slug === SEED_INCIDENT && count === 1) {
    res.writeHead(503, { ...cors, 'Content-Type': 'application/problem+json' });
    res.end('{"type":"/problems/unavailable","status":503}');
  } else {
    // The real API, reached through this upstream once it has recovered.
    void fetch(`${baseUrl}${req.url?.replace('/outage', `/${SEED_INCIDENT}`)}`).then(async (real) => {
      res.writeHead(real.status, { ...cors, 'Content-Type': real.headers.get('Content-Type') ?? 'application/json' });
      res.end(await real.text());
    });
  }
});

type Seen = { type: string; reason?: string; status?: number; bubbles: boolean; composed: boolean };

/**
 * Runs the page's clock on until the widget has told the page how it ended,
 * so deadlines and retry waits pass in milliseconds. The clock moves only
 * while the page waits on nothing but its timers (no request in flight but
 * the one `silent` never answers): a real answer still under way is never
 * overtaken by its own deadline, however slow the machine.
 */
async function runClockUntilReported(page: Page): Promise<void> {
  const open = new Set<Request>();
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  const waitingOnTimers = () => [...open].every((r) => r.url().endsWith('/silent'));
  const reported = () => page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen.length > 0);
  await expect
    .poll(
      async () => {
        if (await reported()) return true;
        // The longest wait before a retry: one step covers it, and a try's deadline takes four.
        if (waitingOnTimers()) await page.clock.runFor(2 * RETRY_DELAY_MS);
        return reported();
      },
      { timeout: 10_000, interval: 20 },
    )
    .toBe(true);
}

/** What reached the page, and how long the page's clock ran from its first script to the widget's report. */
async function embedFrom(name: string, slug: string) {
  let run: Promise<void> = Promise.resolve();
  const { page, problems } = await visit(`/${name}`, {
    html: hostPage(`<casualty-claims incident="${slug}" api="${upstream()}"></casualty-claims>`),
    settle: false,
    before: async (page) => {
      await page.addInitScript(() => {
        const seen: Seen[] = [];
        (window as unknown as { __seen: Seen[] }).__seen = seen;
        (window as unknown as { __start: number }).__start = Date.now();
        for (const type of ['explainer-error', 'explainer-load']) {
          document.addEventListener(type, (e) => {
            const { reason, status } = (e as CustomEvent).detail;
            seen.push({ type, reason, status, bubbles: e.bubbles, composed: e.composed });
          });
        }
      });
      await page.clock.install();
      run = runClockUntilReported(page);
    },
  });
  await run;
  await settled(page);
  const reported = await page.evaluate(() => {
    const w = window as unknown as { __seen: Seen[]; __start: number };
    return { seen: w.__seen, pageMs: Date.now() - w.__start };
  });
  return { page, problems, ...reported };
}

async function fallback(page: Page) {
  const widget = page.locator('casualty-claims');
  return {
    state: await widget.locator('.root').getAttribute('data-state'),
    text: (await widget.locator('[part="message"]').textContent())?.replace(/\s+/g, ' ').trim(),
  };
}

const SHOWN = {
  state: 'error',
  text: 'Casualty claims These figures could not be loaded just now. Open the data at its source',
};

describe('a widget facing a failing API', () => {
  for (const [slug, reason, status, tries] of [
    ['unavailable', 'http', 503, 2],
    ['silent', 'timeout', undefined, 2],
    ['dropped', 'network', undefined, 2],
    ['garbled', 'malformed', 200, 1],
    ['missing', 'not-found', 404, 1],
  ] as const) {
    it(`${slug}: shows its fallback, reports "${reason}", and tries ${tries === 2 ? 'twice' : 'once'}`, async () => {
      const { page, problems, seen, pageMs } = await embedFrom(slug, slug);
      expect(seen).toEqual([
        { type: 'explainer-error', reason, ...(status === undefined ? {} : { status }), bubbles: true, composed: true },
      ]);
      expect(await fallback(page)).toEqual(
        reason === 'not-found'
          ? { state: 'not-found', text: expect.stringContaining(`No incident called “${slug}” was found.`) }
          : SHOWN,
      );
      expect(received.get(slug)).toBe(tries);
      // Silence is given up on only after each try's whole deadline, and the wait before the retry, in page time.
      if (reason === 'timeout') expect(pageMs).toBeGreaterThanOrEqual(2 * TIMEOUT_MS + RETRY_DELAY_MS);
      expect(problemsBesides(problems, /status of (503|404)|ERR_EMPTY_RESPONSE|ERR_CONNECTION/)).toEqual([]);
    });
  }

  it('recovers on its one retry when the first answer is a 503', async () => {
    const { page, problems, seen } = await embedFrom('flaky', SEED_INCIDENT);
    expect(seen).toEqual([{ type: 'explainer-load', bubbles: true, composed: true }]);
    expect(await page.locator('casualty-claims .root').getAttribute('data-state')).toBe('ready');
    expect(received.get(SEED_INCIDENT)).toBe(2);
    expect(problemsBesides(problems, /status of 503/)).toEqual([]);
  });

  it('asks again for a widget added once a failure has passed, rather than showing the failure again', async () => {
    const { page, problems, seen } = await embedFrom('outage', 'outage');
    expect(seen).toEqual([{ type: 'explainer-error', reason: 'http', status: 503, bubbles: true, composed: true }]);
    // The page's next view (a single-page app) shows the same story.
    await page.evaluate((api) => {
      const card = document.createElement('casualty-claims');
      card.setAttribute('incident', 'outage');
      card.setAttribute('api', api);
      document.querySelector('main')?.append(card);
    }, upstream());
    await page.waitForFunction(() => (window as unknown as { __seen: Seen[] }).__seen.length === 2);
    const after = await page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen[1]);
    expect(after).toEqual({ type: 'explainer-load', bubbles: true, composed: true });
    expect(received.get('outage')).toBe(3);
    expect(problemsBesides(problems, /status of 503/)).toEqual([]);
  });
});
