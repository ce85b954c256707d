/**
 * Accessibility, checked by axe-core in the real browser (contrast included,
 * so WCAG 2.2 AA in both themes), plus what axe cannot see: the gauge's
 * meter semantics and text value, the screen-reader summaries, and links
 * reachable by keyboard with a visible focus ring.
 */
import { describe, expect, it } from 'vitest';
import { adminApi } from './admin-api';
import { axeViolations } from './axe';
import {
  baseUrl,
  headingLevels,
  hostPage,
  openPage,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  settled,
  usePublisher,
  WIDGET_SCRIPT,
  WIDGETS,
} from './browser';

const { browser, visit } = usePublisher();

const one = {
  'casualty-claims': `<casualty-claims incident="${SEED_INCIDENT}"></casualty-claims>`,
  'ceasefire-gauge': `<ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge>`,
};

describe('axe', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violation on the demo page (${colorScheme})`, async () => {
      const { page } = await openPage(browser(), { colorScheme });
      await page.goto(`${baseUrl}/`);
      expect(await settled(page)).toEqual(['ready', 'ready']);
      expect(await axeViolations(page)).toEqual([]);
    });

    for (const [tag, markup] of Object.entries(one)) {
      for (const lang of ['en', 'ar']) {
        it(`finds no violation on ${tag} alone (${colorScheme}, ${lang})`, async () => {
          // A page that follows the reader's system (color-scheme: light dark), so the system's dark is the widget's.
          const head = '<meta name="color-scheme" content="light dark">';
          const html = hostPage(markup, { lang, head });
          const { page, states } = await visit(`/${tag}`, { html, context: { colorScheme } });
          expect(states).toEqual(['ready']);
          await expect(page.locator(`${tag} .root`).getAttribute('data-scheme')).resolves.toBe(colorScheme);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  }

  it('finds no violation in the error and not-found states', async () => {
    const { page, states } = await visit('/states', {
      html: hostPage(
        `<casualty-claims incident="no-such-incident"></casualty-claims><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}" api="http://127.0.0.1:1"></ceasefire-gauge>`,
      ),
    });
    expect(states).toEqual(['not-found', 'error']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists a story embedded twice as one region and its twin as a group, which takes the name when the region leaves', async () => {
    const card = one['casualty-claims'];
    // A live blog's posts: the same card twice (the second shares the first's read), and two other stories far
    // below, loading until scrolled to, so named by their label alone.
    const below = ['one-story', 'another-story'].map(
      (slug) => `<casualty-claims incident="${slug}"></casualty-claims>`,
    );
    const html = hostPage(`${card}${card}<div style="height:300vh"></div>${below.join('')}`);
    const { page } = await visit('/twice', { html, settle: false });
    const region = (name: string | RegExp) => page.getByRole('region', { name, exact: true });
    const group = (name: string | RegExp) => page.getByRole('group', { name, exact: true });
    const shown = /^Casualty claims US-led airstrike/;
    await expect.poll(() => group(shown).count()).toBe(1);
    await expect(region(shown).count()).resolves.toBe(1);
    await expect(region('Casualty claims').count()).resolves.toBe(1);
    await expect(group('Casualty claims').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // The region leaves the page (an app's next view): its twin becomes it.
    await page.evaluate(() =>
      [...document.querySelectorAll('casualty-claims')]
        .find((el) => el.shadowRoot?.querySelector('[data-state=ready]:not([role])'))
        ?.remove(),
    );
    await expect.poll(() => group(shown).count()).toBe(0);
    await expect(region(shown).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // Shown, the other two have names of their own.
    expect(await settled(page)).toEqual(['ready', 'not-found', 'not-found']);
    await expect(page.getByRole('group').count()).resolves.toBe(0);
  });
});

describe('for screen readers and keyboards', () => {
  it('names an ended ceasefire’s gauge, off the scale and so no meter, by its status', async () => {
    const slug = `ended-${Date.now().toString(36)}`;
    const created = await adminApi('POST', '/ceasefires', {
      slug,
      name: 'An ended truce',
      brokers: [],
      parties: ['Two sides'],
      startedAt: '2016-09-12T19:00:00+03:00',
      endedAt: '2016-09-19T19:00:00+03:00',
      status: 'ended',
      statusNote: null,
      asOf: '2016-09-20T12:00:00+03:00',
    });
    expect(created.status).toBe(201);
    const { page, states } = await visit('/ended', {
      html: hostPage(`<ceasefire-gauge ceasefire="${slug}"></ceasefire-gauge>`),
    });
    expect(states).toEqual(['ready']);
    await expect(page.getByRole('meter').count()).resolves.toBe(0);
    await expect(page.getByRole('img', { name: 'Ceasefire status: Ended' }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exposes the gauge as a meter with a text value, and a summary sentence for each widget', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    await settled(page);
    const meter = page.getByRole('meter', { name: 'Ceasefire status' });
    await expect(meter.getAttribute('aria-valuenow')).resolves.toBe('2');
    await expect(meter.getAttribute('aria-valuemin')).resolves.toBe('0');
    await expect(meter.getAttribute('aria-valuemax')).resolves.toBe('3');
    await expect(meter.getAttribute('aria-valuetext')).resolves.toBe(
      'Precarious: level 3 of 4, from holding to collapsed',
    );
    await expect(page.locator('casualty-claims .sr').first().textContent()).resolves.toBe(
      'Two sources disagree on the number killed: Russian delegation in Damascus says more than 60; Syrian Observatory for Human Rights says 80.',
    );
    await expect(page.locator('ceasefire-gauge .sr').first().textContent()).resolves.toBe(
      'The ceasefire is precarious after 6 days in force, as of September 19, 2016.',
    );
    // The accessible name of each card is its eyebrow and title.
    await expect(page.getByRole('region', { name: /Casualty claims US-led airstrike/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: /Ceasefire tracker US–Russia/ }).count()).resolves.toBe(1);
  });

  it('makes each widget’s title a heading one level below the page’s last before it, its sections one below that', async () => {
    const card = `<casualty-claims incident="${SEED_INCIDENT}"`;
    const gauge = `<ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outline</title>
<script type="module" src="${WIDGET_SCRIPT}"></script></head><body><main>
${card}></casualty-claims><h1>The story</h1>${gauge}></ceasefire-gauge><h2>A section</h2>${card}></casualty-claims>
<div role="heading" aria-level="5">A box</div>${gauge}></ceasefire-gauge>
${card} heading-level="1"></casualty-claims>${gauge} heading-level="9"></ceasefire-gauge></main></body></html>`;
    const { page, states } = await visit('/outline', { html });
    expect(states).toEqual(Array(6).fill('ready'));
    const outline = await Promise.all((await page.locator(WIDGETS).all()).map(headingLevels));
    const expected = [
      [2, 3], // before every heading of the page
      [2, 3], // after its h1
      [3, 4], // after an h2
      [6, 6], // after a role="heading" at level 5: 6, the deepest, for its sections too
      [1, 2], // heading-level="1"
      [6, 6], // heading-level="9" is no level: the page's outline decides
    ];
    expect(outline.map((list) => [list[0], ...new Set(list.slice(1))])).toEqual(expected);
    // Every section label is a heading: a card's metrics' (one in the seed, killed), a gauge's tallies' and milestone's.
    const labels = await Promise.all((await page.locator(WIDGETS).all()).map((w) => w.locator('.label').count()));
    expect(labels).toEqual([1, 2, 1, 2, 1, 2]);
    expect(outline.map((list) => list.length - 1)).toEqual(labels);
  });

  it('leaves out of its outline the headings its page does not show, as the accessibility tree does', async () => {
    // A heading with no box (display: none, hidden, inside a closed <details>) is not in the accessibility tree.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hidden headings</title>
<script type="module" src="${WIDGET_SCRIPT}"></script></head><body><main><h1>The story</h1>
<h2 style="display: none">Menu</h2><div hidden><h3>Share</h3></div><details><summary>More</summary><h4>Related</h4></details>
<casualty-claims incident="${SEED_INCIDENT}"></casualty-claims></main></body></html>`;
    const { page, states } = await visit('/hidden-headings', { html });
    expect(states).toEqual(['ready']);
    await expect(page.getByRole('heading', { name: /Menu|Share|Related/ }).count()).resolves.toBe(0);
    await expect(headingLevels(page.locator('casualty-claims'))).resolves.toEqual([2, 3]);
  });

  it('leaves them out where the browser has no checkVisibility (Safari before 17.4)', async () => {
    // Only those without a box: Chromium lays out a closed <details>' content (skipped, not undrawn), so there
    // only checkVisibility tells it apart.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hidden headings</title>
<script type="module" src="${WIDGET_SCRIPT}"></script></head><body><main><h1>The story</h1>
<h2 style="display: none">Menu</h2><div hidden><h3>Share</h3></div>
<casualty-claims incident="${SEED_INCIDENT}"></casualty-claims></main></body></html>`;
    const { page, states } = await visit('/hidden-headings-old', {
      html,
      before: (p) => p.addInitScript(() => delete (Element.prototype as Partial<Element>).checkVisibility),
    });
    expect(states).toEqual(['ready']);
    await expect(page.evaluate(() => typeof Element.prototype.checkVisibility)).resolves.toBe('undefined');
    await expect(headingLevels(page.locator('casualty-claims'))).resolves.toEqual([2, 3]);
  });

  it('reaches the widgets’ links and disclosures with Tab, with a visible focus ring', async () => {
    const { REVISED_INCIDENT } = await import('./fixtures');
    const { page } = await visit('/keyboard', {
      html: hostPage(`<a href="#before">before</a><casualty-claims incident="${REVISED_INCIDENT}"></casualty-claims>`),
    });
    await page.keyboard.press('Tab');
    const focused: { text: string; tag: string; outline: string }[] = [];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Tab');
      focused.push(
        await page.evaluate(() => {
          const host = document.activeElement;
          const el = host?.shadowRoot?.activeElement ?? host;
          const s = el ? getComputedStyle(el) : null;
          return {
            text: el?.textContent?.trim() ?? '',
            tag: `${host?.tagName.toLowerCase()} ${el?.tagName.toLowerCase()}`,
            outline: s ? `${s.outlineStyle} ${s.outlineWidth}` : '',
          };
        }),
      );
    }
    expect(focused).toEqual([
      { text: 'syriahr.com', tag: 'casualty-claims a', outline: 'solid 3px' },
      { text: 'Earlier figures (2)', tag: 'casualty-claims summary', outline: 'solid 3px' },
    ]);
  });
});

/** WCAG's contrast ratio of two computed colours (`rgb(…)`). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('in forced colours (Windows contrast themes)', () => {
  const cases = (['light', 'dark'] as const).flatMap((colorScheme) => [
    { colorScheme, declared: null },
    // A page that declares the other scheme: the card takes that one's colours, the reader's Canvas is this one's.
    { colorScheme, declared: colorScheme === 'light' ? 'dark' : 'light' },
  ]);
  for (const { colorScheme, declared } of cases) {
    it(`draws the card's range, its keys and the gauge's dial, in the reader's colours (${colorScheme}, page ${declared ?? 'undeclared'})`, async () => {
      const { page, states } = await visit(`/forced-${colorScheme}-${declared}`, {
        html: hostPage(Object.values(one).join(''), {
          head: declared ? `<meta name="color-scheme" content="${declared}">` : '',
        }),
        context: { colorScheme, forcedColors: 'active' },
      });
      expect(states).toEqual(['ready', 'ready']);
      const card = await page.locator('casualty-claims').evaluate((host) => {
        const root = host.shadowRoot?.querySelector('.root') as Element;
        const all = (selector: string) => [...(host.shadowRoot?.querySelectorAll(selector) ?? [])];
        const track = getComputedStyle(all('.track')[0] as Element);
        return {
          text: getComputedStyle(root).color,
          canvas: getComputedStyle(root).backgroundColor,
          marks: all('.mark').map((el) => getComputedStyle(el).backgroundColor),
          dots: all('.mark').map((el) => getComputedStyle(el, '::before').backgroundColor),
          keys: all('.claims:not(.earlier) .key').map((el) => getComputedStyle(el).backgroundColor),
          hatching: all('.spread').map((el) => getComputedStyle(el).backgroundImage),
          outline: [track.outlineStyle, track.outlineColor],
          more: getComputedStyle(all('.more')[0] as Element).backgroundColor,
        };
      });
      // Forced colours paint author backgrounds in Canvas: without the widgets' own rules every mark would vanish into the card.
      expect(card.text).not.toBe(card.canvas);
      expect(card.marks.length).toBeGreaterThan(1);
      expect(new Set([...card.marks, ...card.dots, ...card.keys])).toEqual(new Set([card.text]));
      expect(card.keys).toHaveLength(card.marks.length);
      expect(card.hatching.length).toBeGreaterThan(0);
      for (const image of card.hatching) expect(image).toMatch(/^repeating-linear-gradient/);
      expect(card.outline).toEqual(['solid', card.text]);
      // "Show all" covers the clipped content rather than laying its words over it.
      expect(card.more).toBe(card.canvas);

      const gauge = await page.locator('ceasefire-gauge').evaluate((host) => {
        const q = (selector: string) => host.shadowRoot?.querySelector(selector) as Element;
        return {
          canvas: getComputedStyle(q('.root')).backgroundColor,
          dot: getComputedStyle(q('.status'), '::before').backgroundColor,
          band: getComputedStyle(q('.band.on')).stroke,
          needle: getComputedStyle(q('.needle')).fill,
        };
      });
      expect(gauge.dot).toBe(gauge.band);
      // The dial against the reader's Canvas: the lit band as a graphic (3:1), the needle as the text is.
      expect(contrast(gauge.band, gauge.canvas)).toBeGreaterThanOrEqual(3);
      expect(contrast(gauge.needle, gauge.canvas)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
