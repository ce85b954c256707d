/**
 * Loading, error and not-found states: the skeleton holds the card's final
 * space, and whatever the API does (down, 404, 503, malformed or wrong JSON)
 * the widget shows a readable message with a link to the data, dispatches
 * explainer-error, and the host page sees no exception and no console error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  closeOrigin,
  hostPage,
  openPage,
  problemsBesides,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  settled,
  useOrigin,
  usePublisher,
} from './browser';

const { browser, pages, origin: publisher, visit } = usePublisher();

/** An upstream that answers badly, as a broken proxy or CDN in front of the API might. */
const upstreamBodies: Record<string, { status: number; body: string }> = {
  'truncated-json': { status: 200, body: '{"slug":"truncated-json","title":"Cut off' },
  'wrong-shape': { status: 200, body: '{"hello":"world"}' },
  'server-error': { status: 503, body: '{"type":"/problems/unavailable","status":503}' },
};
const upstream = useOrigin((req, res) => {
  const slug = (req.url ?? '').split('/').pop() ?? '';
  const answer = upstreamBodies[slug] ?? { status: 404, body: '{}' };
  res.writeHead(answer.status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
  res.end(answer.body);
});

/** An origin nothing listens on any more: the API is down. */
const down = useOrigin(() => {});
let DOWN = '';
beforeAll(async () => {
  DOWN = down();
  await closeOrigin(DOWN);
});

async function errorOf(page: import('playwright-core').Page, selector: string) {
  const widget = page.locator(selector);
  return {
    state: await widget.locator('.root').getAttribute('data-state'),
    text: (await widget.locator('[part="message"]').textContent())?.replace(/\s+/g, ' ').trim(),
    link: await widget
      .locator('[part="message"] a')
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null),
  };
}

describe('loading', () => {
  it('shows a skeleton that already holds the final height before data arrives', async () => {
    // Both widgets in view: one whose bottom is below the fold may take its natural height, as that moves nothing seen.
    const { page, problems } = await openPage(browser(), { viewport: { width: 1024, height: 1600 } });
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Hold the real API's answers until the skeleton has been measured.
    await page.route(`${baseUrl}/api/v1/**`, async (route) => {
      await gate;
      await route.continue();
    });
    // The demo article's column: the width the reserved heights are measured for.
    pages.set(
      '/slow',
      hostPage(
        `<div style="width:664px"><casualty-claims incident="${SEED_INCIDENT}"></casualty-claims><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge></div>`,
        {
          head: '<style>body{font:19px/1.6 Georgia,serif}:is(casualty-claims,ceasefire-gauge)::part(eyebrow){color:rgb(1,2,3)}</style>',
        },
      ),
    );
    await page.goto(`${publisher()}/slow`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('casualty-claims, ceasefire-gauge')].every(
        (el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.state === 'loading',
      ),
    );
    const heights = () =>
      page.$$eval('casualty-claims, ceasefire-gauge', (els) => els.map((el) => el.getBoundingClientRect().height));
    const before = await heights();
    await expect(page.locator('casualty-claims .root').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(page.locator('casualty-claims [role="status"]').textContent()).resolves.toBe('Loading…');
    // The page's ::part() rules reach the loading card too: its label does not change when the data comes.
    await expect(
      page.locator('.eyebrow').evaluateAll((els) => els.map((el) => getComputedStyle(el).color)),
    ).resolves.toEqual(['rgb(1, 2, 3)', 'rgb(1, 2, 3)']);
    expect(before.every((h) => h > 400)).toBe(true);
    release();
    expect(await settled(page)).toEqual(['ready', 'ready']);
    expect(await heights()).toEqual(before);
    expect(problems).toEqual([]);
  });
});

describe('failures', () => {
  it('shows a readable error with a link to the data when the API is down', async () => {
    const { page, problems } = await visit('/down', {
      html: hostPage(`<casualty-claims incident="${SEED_INCIDENT}" api="${DOWN}"></casualty-claims>`),
    });
    expect(await errorOf(page, 'casualty-claims')).toEqual({
      state: 'error',
      text: 'Casualty claims These figures could not be loaded just now. Open the data at its source',
      link: `${DOWN}/api/v1/incidents/${SEED_INCIDENT}`,
    });
    expect(problemsBesides(problems, /ERR_CONNECTION_REFUSED/)).toEqual([]);
  });

  it('sets its message in the middle of the height its page held for the card, not over an empty box', async () => {
    // Followed by text in view, the card keeps the height held for it (shared/fit.ts): the message is all it has.
    const { page, problems } = await visit('/down-held', {
      html: hostPage(
        `<casualty-claims incident="${SEED_INCIDENT}" api="${DOWN}" style="--explainer-min-height:320px"></casualty-claims><p>The article goes on.</p>`,
      ),
    });
    expect((await errorOf(page, 'casualty-claims')).state).toBe('error');
    const [root, message] = await Promise.all(
      ['.root', '[part="message"]'].map((part) => page.locator(`casualty-claims ${part}`).boundingBox()),
    );
    if (!root || !message) throw new Error('the card or its message is not drawn');
    expect(root.height).toBeCloseTo(320, 0);
    const [above, below] = [message.y - root.y, root.y + root.height - (message.y + message.height)];
    expect(Math.abs(above - below)).toBeLessThanOrEqual(2);
    expect(problemsBesides(problems, /ERR_CONNECTION_REFUSED/)).toEqual([]);
  });

  it('says what was not found on a 404', async () => {
    const { page, problems, states } = await visit('/not-found', {
      html: hostPage(
        '<casualty-claims incident="no-such-incident"></casualty-claims><ceasefire-gauge ceasefire="no-such-ceasefire"></ceasefire-gauge>',
      ),
    });
    expect(states).toEqual(['not-found', 'not-found']);
    await expect(page.locator('casualty-claims [part="message"]').textContent()).resolves.toContain(
      'No incident called “no-such-incident” was found.',
    );
    await expect(page.locator('ceasefire-gauge [part="message"]').textContent()).resolves.toContain(
      'No ceasefire called “no-such-ceasefire” was found.',
    );
    expect(problemsBesides(problems, /status of 404/)).toEqual([]);
  });

  it('says that nothing is named when the attribute is missing or empty, without asking the API', async () => {
    const asked: string[] = [];
    const { page, problems, states } = await visit('/unnamed', {
      html: hostPage('<casualty-claims></casualty-claims><ceasefire-gauge ceasefire=""></ceasefire-gauge>'),
      before: async (page) => {
        page.on('request', (r) => r.url().includes('/api/') && asked.push(r.url()));
        await page.addInitScript(() => {
          const reasons: string[] = [];
          (window as unknown as { __reasons: string[] }).__reasons = reasons;
          addEventListener('explainer-error', (e) => reasons.push((e as CustomEvent).detail.reason));
        });
      },
    });
    expect(states).toEqual(['not-found', 'not-found']);
    expect(await errorOf(page, 'casualty-claims')).toMatchObject({
      text: expect.stringContaining('No incident is named here.'),
    });
    expect(await errorOf(page, 'ceasefire-gauge')).toMatchObject({
      text: expect.stringContaining('No ceasefire is named here.'),
    });
    expect(await page.evaluate(() => (window as unknown as { __reasons: string[] }).__reasons)).toEqual([
      'not-found',
      'not-found',
    ]);
    // No data is coming: the message holds no card-sized box, wherever it is.
    for (const name of ['casualty-claims', 'ceasefire-gauge']) {
      const box = await page.locator(`${name} .root`).evaluate((root: HTMLElement) => ({
        fit: root.dataset.fit ?? null,
        lines: root.getBoundingClientRect().height / parseFloat(getComputedStyle(root).fontSize),
      }));
      expect(box.fit, name).toBeNull();
      expect(box.lines, name).toBeLessThan(12);
    }
    expect(asked).toEqual([]);
    expect(problems).toEqual([]);
  });

  for (const [slug, expected] of [
    ['truncated-json', 'malformed'],
    ['wrong-shape', 'malformed'],
    ['server-error', 'http'],
  ] as const) {
    it(`shows the error state and reports "${expected}" when the API answers ${slug}`, async () => {
      const { page, problems, states } = await visit(`/${slug}`, {
        html: hostPage(
          `<casualty-claims incident="${slug}" api="${upstream()}"></casualty-claims><ceasefire-gauge ceasefire="${slug}" api="${upstream()}"></ceasefire-gauge>`,
        ),
        before: (page) =>
          page.addInitScript(() => {
            const reasons: string[] = [];
            (window as unknown as { __reasons: string[] }).__reasons = reasons;
            addEventListener('explainer-error', (e) => reasons.push((e as CustomEvent).detail.reason));
          }),
      });
      expect(states).toEqual(['error', 'error']);
      const claims = await errorOf(page, 'casualty-claims');
      expect(claims.text).toContain('These figures could not be loaded just now.');
      expect(claims.link).toBe(`${upstream()}/api/v1/incidents/${slug}`);
      await page.waitForFunction(() => (window as unknown as { __reasons: string[] }).__reasons.length === 2);
      expect(await page.evaluate(() => (window as unknown as { __reasons: string[] }).__reasons)).toEqual([
        expected,
        expected,
      ]);
      expect(problemsBesides(problems, /status of 503/)).toEqual([]);
    });
  }

  it('shows not-found, without a request, when no resource is named', async () => {
    const { problems, requests, states } = await visit('/unnamed', {
      html: hostPage('<casualty-claims></casualty-claims>'),
    });
    expect(states).toEqual(['not-found']);
    expect(requests.filter((u) => u.includes('/api/'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
