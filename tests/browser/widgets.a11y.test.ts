/**
 * Accessibility, checked by axe-core in the real browser (contrast included,
 * so WCAG 2.2 AA in both themes), plus what axe cannot see: the gauge's
 * meter semantics and text value, the screen-reader summaries, and links
 * reachable by keyboard with a visible focus ring.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import {
  baseUrl,
  hostPage,
  openPage,
  pageServer,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  settled,
  useBrowser,
  useOrigin,
} from './browser';

const browser = useBrowser();
const { pages, handler } = pageServer();
const publisher = useOrigin(handler);

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
          const { page } = await openPage(browser(), { colorScheme });
          // A page that follows the reader's system (color-scheme: light dark), so the system's dark is the widget's.
          const head = '<meta name="color-scheme" content="light dark">';
          pages.set(`/${tag}`, hostPage(markup, { lang, head }));
          await page.goto(`${publisher()}/${tag}`);
          expect(await settled(page)).toEqual(['ready']);
          await expect(page.locator(`${tag} .root`).getAttribute('data-scheme')).resolves.toBe(colorScheme);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  }

  it('finds no violation in the error and not-found states', async () => {
    const { page } = await openPage(browser());
    pages.set(
      '/states',
      hostPage(
        `<casualty-claims incident="no-such-incident"></casualty-claims><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}" api="http://127.0.0.1:1"></ceasefire-gauge>`,
      ),
    );
    await page.goto(`${publisher()}/states`);
    expect(await settled(page)).toEqual(['not-found', 'error']);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('for screen readers and keyboards', () => {
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

  it('reaches the widgets’ links and disclosures with Tab, with a visible focus ring', async () => {
    const { page } = await openPage(browser());
    const { REVISED_INCIDENT } = await import('./fixtures');
    pages.set(
      '/keyboard',
      hostPage(`<a href="#before">before</a><casualty-claims incident="${REVISED_INCIDENT}"></casualty-claims>`),
    );
    await page.goto(`${publisher()}/keyboard`);
    await settled(page);
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
