/**
 * How a widget fits the space its page held for it (widgets/src/shared/fit.ts):
 * the pasted element holds its height before the module runs and the widget
 * holds the same one while it loads; a card that comes out a little taller
 * or shorter tightens or loosens its spacing to fill it exactly; one that
 * comes out much taller is cut short behind a "Show all" button (keyboard,
 * axe, three languages), and takes its natural height when the reader asks
 * or when it is below the view (never above it, where only scroll anchoring
 * would keep what is in view still). Nothing the reader sees moves, ever: every
 * test records layout shifts from before the page's first script.
 */

import { autop } from '@wordpress/autop';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type EmbedData,
  embedCodes,
  imageSnippet,
  resizeScriptTag,
  scriptSnippet,
  scriptTags,
  widgetModulePath,
} from '../../shared/embed/catalog';
import { FACE_WIDTH, faceWidth, RESERVED_EM, WIDGET_FONT_SIZE } from '../../shared/embed/reserve';
import { curveAt } from '../../src/embed/curve';
import { cardCurve, embedSpace } from '../../src/embed/height';
import { recordShifts, shiftsSoFar } from '../gallery/measure';
import { axeViolations } from './axe';
import {
  baseUrl,
  gate,
  hostPage,
  openPage,
  problemsBesides,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  settled,
  usePublisher,
} from './browser';
import { REVISED_INCIDENT } from './fixtures';

const { browser, pages, origin: publisher } = usePublisher();

const PARAGRAPH =
  '<p>Officials gave conflicting accounts of what happened overnight, and the figures below are those each source has published so far.</p>';

/** The title of the link the pasted code shows where its module does not run. */
const TITLE = 'Casualty claims: the strike';

/**
 * A publisher's 664 px column with a card (the seed incident's) pasted near its top, holding `reserve`, and text
 * after it; `css` is the page's own, `edit` what the page's editor makes of the pasted code.
 */
function page(reserve: string, lang = 'en', slug = SEED_INCIDENT, css = '', edit = (code: string) => code): string {
  const snippet = scriptSnippet(baseUrl, {
    widget: 'casualty-claims',
    slug,
    lang: lang as 'en',
    reserve,
    title: TITLE,
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Space</title>
<style>body{margin:0;font:18px/1.6 Georgia,serif}main{max-width:664px;margin:0 auto}${css}</style></head>
<body><main><h1>A story</h1>${PARAGRAPH}${edit(snippet)}${PARAGRAPH.repeat(3)}<p id="after">The story goes on.</p>${PARAGRAPH.repeat(30)}</main></body></html>`;
}

const seedReserve = async (lang: 'en' | 'es' | 'ar' = 'en', slug = SEED_INCIDENT) => {
  const data = await (await fetch(`${baseUrl}/api/v1/incidents/${slug}`)).json();
  return embedSpace({ widget: 'casualty-claims', data, title: '' } as EmbedData, lang).reserve;
};

/** What the test reads of the card: how it fits, its height and its "Show all" button. */
const card = (p: import('playwright-core').Page) =>
  p.locator('casualty-claims').evaluate((el) => {
    const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
    const more = root?.querySelector<HTMLElement>('.more');
    const box = root?.getBoundingClientRect();
    // Padding is in layout px; a zoomed or scaled page draws it at box.height / offsetHeight.
    const scale = (box?.height ?? 0) / (root?.offsetHeight || 1);
    const inner = (box?.bottom ?? 0) - (parseFloat(getComputedStyle(root as Element).paddingBottom) + 1) * scale;
    const content = Math.max(
      ...[...(root?.children ?? [])]
        .filter((c) => getComputedStyle(c).position !== 'absolute')
        .map((c) => c.getBoundingClientRect().bottom),
    );
    return {
      fit: root?.dataset.fit ?? null,
      spacing: root?.style.getPropertyValue('--_fit') ?? '',
      height: el.getBoundingClientRect().height,
      emptyBelow: inner - content,
      more: more?.offsetHeight ? more.textContent : null,
      focused: el.shadowRoot?.activeElement === root,
    };
  });

/**
 * A page's own web face `family`, regular and bold, self-hosted from the gallery's @fontsource package `pkg`
 * (served by the publisher's origin: tests/gallery/faces.ts), with `font-display: display` and `more` descriptors.
 */
const webFace = (family: string, pkg: string, display: string, more = '') =>
  [400, 700]
    .map(
      (weight) =>
        `@font-face{font-family:${family};font-weight:${weight};font-display:${display};${more}src:url(/fonts/${pkg}/files/${pkg}-latin-${weight}-normal.woff2)}`,
    )
    .join('');

/**
 * The reader scrolls on until the card is above the viewport (#after at the top); resolves with #after's place in
 * the view then, once the frame after the one that handled the scroll (the card's scroll listener, then its resize
 * observer after that frame's layout) has run.
 */
const scrollPast = (p: Page) =>
  p.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const after = document.querySelector('#after') as HTMLElement;
        window.scrollTo(0, after.offsetTop);
        const top = Math.round(after.getBoundingClientRect().top);
        addEventListener('scroll', () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(top))), {
          once: true,
        });
      }),
  );

/** Waits until the card is drawn with its data: fitted, or set waiting for its faces, in that same task. */
const drawn = (p: Page) =>
  p.waitForFunction(
    () =>
      document.querySelector('casualty-claims')?.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.state ===
      'ready',
  );

/**
 * Opens the seed's card on a page set in its own web face (Tinos, as `Late`), declared with `font-display:
 * display`, whose files are held back until the returned gate opens; `before` runs before the page loads. The page
 * holds the seed card's reserve, or `reserve`.
 */
async function openInLateFace(display: string, before?: (p: Page) => Promise<unknown>, reserve?: string) {
  const face = gate();
  const css = webFace('Late', 'tinos', display);
  const opened = await open(
    page(
      reserve ?? (await seedReserve()),
      'en',
      SEED_INCIDENT,
      `${css}body{font-family:Late,"DejaVu Sans",sans-serif}`,
    ),
    {
      viewport: { width: 1024, height: 1600 },
      before: async (p) => {
        await before?.(p);
        await p.route(/\/fonts\/tinos\//, async (route) => face.opened.then(() => route.continue()));
      },
      waitUntil: 'domcontentloaded',
    },
  );
  return { ...opened, face };
}

async function open(
  html: string,
  options: {
    viewport?: { width: number; height: number };
    reducedMotion?: 'reduce';
    before?: (p: Page) => Promise<unknown>;
    /** `domcontentloaded` for a page whose `load` waits on what the test holds back. */
    waitUntil?: 'load' | 'domcontentloaded';
  } = {},
) {
  const path = `/space-${Math.random().toString(36).slice(2)}`;
  pages.set(path, html);
  const { page: p, problems } = await openPage(browser(), {
    viewport: options.viewport ?? { width: 1024, height: 900 },
    reducedMotion: options.reducedMotion,
  });
  await p.addInitScript(recordShifts);
  await options.before?.(p);
  await p.goto(publisher() + path, { waitUntil: options.waitUntil });
  return { p, problems };
}

describe('a card taller than the space its page held', () => {
  it('is cut short behind a "Show all" button, axe-clean, with nothing moved', async () => {
    const { p, problems } = await open(page('12em'));
    expect(await settled(p)).toEqual(['ready']);
    const shown = await card(p);
    expect(shown).toMatchObject({ fit: 'clipped', more: 'Show all' });
    // Described by the card's title, as the browser exposes it: two cards cut on a page are two buttons apart.
    const cdp = await p.context().newCDPSession(p);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
    };
    const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === 'Show all');
    expect(button?.description?.value).toBe(await p.locator('casualty-claims [part="title"]').textContent());
    // 12em of the widgets' text: 0.9 × 18 px.
    expect(shown.height).toBeCloseTo(12 * 16.2, 1);
    expect((await shiftsSoFar(p)).cls).toBe(0);
    expect(await axeViolations(p)).toEqual([]);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('is put back by an app as it was taken off, cut and fitted alike, its "Show all" still showing all', async () => {
    for (const [reserve, fit] of [
      ['12em', 'clipped'],
      [`calc(${await seedReserve()} + 1.5em)`, 'held'],
    ] as const) {
      const { p, problems } = await open(page(reserve), { viewport: { width: 1024, height: 1400 } });
      await settled(p);
      const before = await card(p);
      expect(before.fit).toBe(fit);
      // An app's next view, a carousel: the same element taken off the page and put back where it was.
      await p.locator('casualty-claims').evaluate((el) => {
        const [parent, next] = [el.parentNode as Node, el.nextSibling];
        el.remove();
        parent.insertBefore(el, next);
      });
      expect(await card(p)).toEqual(before);
      if (fit === 'clipped') {
        await p.locator('casualty-claims [part="more"]').click();
        await expect.poll(async () => (await card(p)).fit).toBeNull();
        expect((await card(p)).height).toBeGreaterThan(before.height);
      }
      expect(problems).toEqual([]);
      await p.context().close();
    }
  });

  it('shows "Show all" once its text, set anew in view after the fit, runs past it: a narrower window, a reader\'s text spacing', async () => {
    const { p, problems } = await open(page(await seedReserve()), { viewport: { width: 1024, height: 1400 } });
    await settled(p);
    expect((await card(p)).fit).toBe('held');
    // A window made narrower (a phone turned, a reader's zoom): the column, and the card, with it; longer text.
    await p.setViewportSize({ width: 420, height: 1400 });
    await p.waitForFunction(() =>
      document.querySelector('casualty-claims')?.shadowRoot?.querySelector('.root')?.matches('[data-fit="clipped"]'),
    );
    expect((await card(p)).more).toBe('Show all');

    // A reader's text spacing (WCAG 1.4.12), as a reading extension sets it inside the card, at the first width.
    const { p: q } = await open(page(await seedReserve()), { viewport: { width: 1024, height: 1400 } });
    await settled(q);
    expect((await card(q)).fit).toBe('held');
    await q.locator('casualty-claims').evaluate((el) => {
      const style = document.createElement('style');
      style.textContent = '*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}';
      el.shadowRoot?.append(style);
    });
    await q.waitForFunction(() =>
      document.querySelector('casualty-claims')?.shadowRoot?.querySelector('.root')?.matches('[data-fit="clipped"]'),
    );
    expect((await card(q)).more).toBe('Show all');
    expect(problems).toEqual([]);
    await p.context().close();
    await q.context().close();
  });

  it('takes its own height in a closed <details>, and is whole in the first frame the reader opens it', async () => {
    // The same card and height as above, which in view is cut short; in a closed <details> nothing of it is drawn.
    const inDetails = (code: string) => `<details><summary>The figures</summary>${code}</details>`;
    const { p, problems } = await open(page('12em', 'en', SEED_INCIDENT, '', inDetails));
    expect(await settled(p)).toEqual(['ready']);
    expect((await card(p)).fit).toBeNull();
    // What the first frame after the reader's click draws.
    await p.evaluate(() => {
      const root = document.querySelector('casualty-claims')?.shadowRoot?.querySelector<HTMLElement>('.root');
      const w = window as typeof window & { firstFrame?: Promise<unknown> };
      w.firstFrame = new Promise((resolve) =>
        document.querySelector('summary')?.addEventListener('click', () =>
          requestAnimationFrame(() =>
            resolve({
              fit: root?.dataset.fit ?? null,
              more: root?.querySelector<HTMLElement>('.more')?.offsetHeight,
            }),
          ),
        ),
      );
    });
    await p.click('summary');
    expect(await p.evaluate(() => (window as typeof window & { firstFrame?: Promise<unknown> }).firstFrame)).toEqual({
      fit: null,
      more: 0,
    });
    expect((await shiftsSoFar(p)).cls).toBe(0);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('takes its own height in a panel its page hides, and is whole when shown', async () => {
    // A tab the reader has not opened (`hidden`): the card's data, preloaded by the panel's code, comes while
    // nothing of it is drawn, so it has no view to keep still (its page holds it no height there).
    const inPanel = (code: string) => `<div id="panel" hidden>${code}</div>`;
    const { p, problems } = await open(page('12em', 'en', SEED_INCIDENT, '', inPanel));
    expect(await settled(p)).toEqual(['ready']);
    expect((await card(p)).fit).toBeNull();
    await p.evaluate(() => document.getElementById('panel')?.removeAttribute('hidden'));
    const shown = await card(p);
    expect([shown.fit, shown.more]).toEqual([null, null]);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('takes its own height below the view in a block the page lets the browser skip (content-visibility: auto)', async () => {
    // Far below the fold, in a block whose layout the browser skips until it nears the view: a resize observer
    // reports nothing there, so the card must know at once that nothing of it is drawn.
    const skipped = (code: string) => `${PARAGRAPH.repeat(40)}<div class="cv">${code}</div>`;
    const css = '.cv{content-visibility:auto;contain-intrinsic-size:auto 20em}';
    // The data is held until the browser has drawn the page, and so decided to skip the block (40 paragraphs
    // down: a block a little below the view is laid out ahead of the reader, and not skipped).
    const data = gate();
    const { p, problems } = await open(page('12em', 'en', SEED_INCIDENT, css, skipped), {
      before: (p) => p.route(`${baseUrl}/api/v1/**`, async (route) => data.opened.then(() => route.continue())),
      waitUntil: 'domcontentloaded',
    });
    await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    data.open();
    await drawn(p);
    expect(await p.locator('casualty-claims').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(
      3 * 900,
    );
    expect((await card(p)).fit).toBeNull();
    // As a reader scrolls to it: the block is drawn as it nears the view (its real height replacing the page's
    // 20em guess there, out of sight), then comes into it. A jump straight to it would count the page's own guess
    // replaced in view (measured: 0.058, the paragraphs below moved), which no widget can prevent.
    await p.evaluate(() => {
      const top = document.querySelector('casualty-claims')?.getBoundingClientRect().top ?? 0;
      scrollBy(0, top - 1.2 * innerHeight);
    });
    await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await p.locator('casualty-claims').scrollIntoViewIfNeeded();
    expect(await card(p)).toMatchObject({ fit: null, more: null });
    const shifts = await shiftsSoFar(p);
    expect(shifts.cls, JSON.stringify(shifts.shifts)).toBe(0);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('shows all of itself when the reader presses Enter on the button, and takes the focus', async () => {
    const { p, problems } = await open(page('12em'));
    await settled(p);
    const before = await card(p);
    await p.locator('casualty-claims .more').focus();
    await p.keyboard.press('Enter');
    const after = await card(p);
    expect(after).toMatchObject({ fit: null, more: null, focused: true });
    expect(after.height).toBeGreaterThan(before.height + 200);
    // The growth followed the reader's key press: the browser does not count it as a shift.
    expect((await shiftsSoFar(p)).cls).toBe(0);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  describe('given another language, story or data by its page', () => {
    /** The card's state and language: "loading es", "ready ar". */
    const state = (p: Page) =>
      p.locator('casualty-claims').evaluate((el) => {
        const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
        return `${root?.dataset.state} ${root?.lang}`;
      });
    /** Holds back the Spanish and Arabic words until the gate returned opens. */
    const holdWords = async (p: Page) => {
      const words = gate();
      await p.route(/\/chunks\/(es|ar)-/, async (route) => words.opened.then(() => route.continue()));
      return words;
    };
    /** The page's script gives the card `lang`; loading it, the card is `height` tall. */
    const relang = async (p: Page, lang: string, height: number) => {
      await p.locator('casualty-claims').evaluate((el, lang) => el.setAttribute('lang', lang), lang);
      await expect.poll(() => state(p)).toBe(`loading ${lang}`);
      expect((await card(p)).height).toBeCloseTo(height, 0);
    };

    it('keeps the height it shows while that loads (and loads again), and fits the new card into it', async () => {
      // Shown whole (the reader asked), in view: its height is no longer the one its page held for it.
      const { p, problems } = await open(page('12em'), { viewport: { width: 1024, height: 1600 } });
      await settled(p);
      await p.locator('casualty-claims .more').focus();
      await p.keyboard.press('Enter');
      const whole = await card(p);
      expect(whole.fit).toBeNull();
      // The page's script switches it to Spanish, then, before that has come, to Arabic.
      const words = await holdWords(p);
      await relang(p, 'es', whole.height);
      await relang(p, 'ar', whole.height);
      words.open();
      await expect.poll(() => state(p), { timeout: 15_000 }).toBe('ready ar');
      expect((await card(p)).height).toBeCloseTo(whole.height, 0);
      // Not input: the browser counts any move of what is in view.
      expect((await shiftsSoFar(p)).cls).toBe(0);
      expect(problems).toEqual([]);
      await p.context().close();
    });

    it('takes its natural height after that where its page holds none, and at once for data handed to it', async () => {
      const { p, problems } = await open(page('0'), { viewport: { width: 1024, height: 1600 } });
      await settled(p);
      const natural = await card(p);
      expect(natural.fit).toBeNull();
      const words = await holdWords(p);
      // Loading, it keeps its height (it held its padding only: all of it collapsed) ...
      await relang(p, 'es', natural.height);
      words.open();
      await expect.poll(() => state(p), { timeout: 15_000 }).toBe('ready es');
      // ... then takes its own, as on its first load: not fitted into the English card's.
      const spanish = await card(p);
      expect(spanish.fit).toBeNull();
      expect(spanish.emptyBelow).toBeLessThan(40);
      // Handed data of one claim, it is that card's height at once, not the one it showed.
      await p.locator('casualty-claims').evaluate(async (el, url) => {
        const data = await (await fetch(url)).json();
        (el as HTMLElement & { data: unknown }).data = { ...data, claims: data.claims.slice(0, 1) };
      }, `${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`);
      await expect.poll(async () => (await card(p)).height).toBeLessThan(spanish.height - 40);
      expect((await card(p)).emptyBelow).toBeLessThan(40);
      expect(problems).toEqual([]);
      await p.context().close();
    });
  });

  it('shows all of itself when the keyboard reaches into it', async () => {
    const { p, problems } = await open(page('12em'));
    await settled(p);
    expect((await card(p)).fit).toBe('clipped');
    for (let i = 0; i < 10 && (await card(p)).fit; i += 1) await p.keyboard.press('Tab');
    expect((await card(p)).fit).toBeNull();
    expect((await shiftsSoFar(p)).cls).toBe(0);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  for (const [lang, label] of [
    ['es', 'Mostrar todo'],
    ['ar', 'عرض الكل'],
  ] as const) {
    it(`labels its button in the widget's language (${lang})`, async () => {
      const { p, problems } = await open(page('12em', lang));
      await settled(p);
      expect((await card(p)).more).toBe(label);
      expect(await axeViolations(p)).toEqual([]);
      expect(problems).toEqual([]);
      await p.context().close();
    });
  }

  it('keeps the height it held once scrolled past, on a page without scroll anchoring: what is in view stays put', async () => {
    // `overflow-anchor: none` is how the page looks to an engine without scroll anchoring, and to any frame in
    // which Chromium skips it: a card taking its natural height above the view would move everything in view.
    const { p, problems } = await open(page('12em', 'en', SEED_INCIDENT, 'html{overflow-anchor:none}'));
    await settled(p);
    const held = await card(p);
    expect(held.fit).toBe('clipped');
    const where = () => p.locator('#after').evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const top = await scrollPast(p);
    expect(await p.locator('casualty-claims').evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(0);
    expect(await card(p)).toEqual(held);
    expect(await where()).toBe(top);
    expect((await shiftsSoFar(p)).cls).toBe(0);
    expect(problems).toEqual([]);
    await p.context().close();
  });
});

describe('a card a little taller or shorter than the space held', () => {
  // Pages that draw their column larger or smaller than it is laid out: CSS zoom (which a few set for small
  // screens or large print) and a transform. The card's sizes on screen then differ from its sizes in layout.
  for (const [name, change, css] of [
    ['shorter', '+ 1.5em', ''],
    // More than two and a half times its spacing makes up: a card held as tall as one in a face held wide of its
    // text, at a narrow column's many lines (shared/fit.ts, LOOSE).
    ['much shorter', '+ 11em', ''],
    ['taller', '- 1.5em', ''],
    ['shorter, in a column zoomed to 125%', '+ 1.5em', 'main{zoom:1.25}'],
    ['taller, in a column zoomed to 80%', '- 1.5em', 'main{zoom:.8}'],
    ['taller, in a column scaled to 80%', '- 1.5em', 'main{transform:scale(.8);transform-origin:top}'],
  ] as const) {
    it(`fills it exactly, spacing loosened or tightened, when it comes out ${name}`, async () => {
      const reserve = `calc(${await seedReserve()} ${change})`;
      // Tall enough that the zoomed card ends in view: one that ends below it takes its natural height.
      const { p, problems } = await open(page(reserve, 'en', SEED_INCIDENT, css), {
        viewport: { width: 1024, height: 1400 },
      });
      await settled(p);
      // The pasted element's own reservation, laid out beside it: a copy of the element that no script defines.
      const held = await p.locator('casualty-claims').evaluate((el) => {
        const copy = document.createElement('div');
        copy.setAttribute('style', el.getAttribute('style') ?? '');
        copy.innerHTML = el.innerHTML;
        el.after(copy);
        const h = copy.getBoundingClientRect().height;
        copy.remove();
        return h;
      });
      const shown = await card(p);
      expect(shown.fit).toBe('held');
      // Drawn at another scale, the card's layout height is known to a 64th of a pixel (shared/fit.ts).
      expect(shown.height).toBeCloseTo(held, css ? 1 : 2);
      expect(Math.abs(shown.emptyBelow)).toBeLessThan(2);
      expect((await shiftsSoFar(p)).cls).toBe(0);
      expect(problems).toEqual([]);
      await p.context().close();
    });
  }

  for (const [name, change] of [
    ['shorter', '+ 1.5em'],
    ['taller', '- 1.5em'],
  ] as const) {
    it(`takes its own height and spacing when it comes out ${name} wholly below the view`, async () => {
      const reserve = `calc(${await seedReserve()} ${change})`;
      // The story's opening runs past the window's end: nothing of the card is in view when its data comes. (Not
      // `settled`, which scrolls to a card still loading, as a reader would: here that brought it into view.)
      const { p, problems } = await open(page(reserve, 'en', SEED_INCIDENT, 'h1{margin-bottom:1200px}'));
      await drawn(p);
      expect(await p.locator('casualty-claims').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(
        await p.evaluate(() => innerHeight),
      );
      // Fitted as its data came, it lets the fit go once it finds itself below the view (its resize observer's
      // first report, after the frame's layout).
      await p.waitForFunction(
        () => !document.querySelector('casualty-claims')?.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.fit,
      );
      const shown = await card(p);
      expect([shown.fit, shown.spacing]).toEqual([null, '']);
      expect(Math.abs(shown.emptyBelow)).toBeLessThan(2);
      expect((await shiftsSoFar(p)).cls).toBe(0);
      expect(problems).toEqual([]);
      await p.context().close();
    });
  }

  // A page whose own face arrives after the card has its data (`font-display: swap` and a slow font server, as
  // pages that load fonts from a font service are): the card's text is set anew inside the height it was fitted
  // to in the page's fallback face. Its spacing stays while it is in view (spaced anew, what the reader sees would
  // move); "Show all" appears when the new text runs past the height and goes when it no longer does. Out of view
  // it is spaced anew in that height.
  for (const [name, late, scale, fallback, cut, before, after] of [
    // Drawn two fifths larger (`size-adjust`), Merriweather sets text half as wide again as DejaVu Sans Condensed.
    ['wider', 'merriweather', '140%', '"DejaVu Sans Condensed", sans-serif', '', 'held', 'clipped'],
    // Tinos drawn a fifth smaller sets text much narrower than DejaVu Sans, in which the card was cut short.
    ['narrower', 'tinos', '80%', '"DejaVu Sans", sans-serif', ' - 6em', 'clipped', 'held'],
  ] as const) {
    it(`keeps its spacing in view when the page's face arrives late, "Show all" as the text needs, and respaces out of view (${name})`, async () => {
      const face = gate();
      const css = webFace('Late', late, 'swap', `size-adjust:${scale};`);
      const { p, problems } = await open(
        page(`calc(${await seedReserve()}${cut})`, 'en', SEED_INCIDENT, `${css}body{font-family:Late,${fallback}}`),
        {
          viewport: { width: 1024, height: 1600 },
          before: (p) =>
            p.route(new RegExp(`/fonts/${late}/`), async (route) => face.opened.then(() => route.continue())),
          waitUntil: 'domcontentloaded',
        },
      );
      await settled(p);
      const fitted = await card(p);
      expect(fitted.fit).toBe(before);
      face.open();
      // Both weights in, and a frame drawn with them.
      await p.waitForFunction(
        () => [...document.fonts].filter((f) => f.family === 'Late' && f.status === 'loaded').length === 2,
      );
      await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shown = await card(p);
      expect(shown).toMatchObject({
        fit: after,
        spacing: fitted.spacing,
        more: after === 'clipped' ? 'Show all' : null,
      });
      expect(shown.height).toBeCloseTo(fitted.height, 2);
      // Scrolled past, out of view, the card is spaced anew in the face now loaded, in the same height: the gap
      // closes, or the cut comes lower. (The face's arrival itself moved the page's text: that is the page's shift.)
      const swapped = (await shiftsSoFar(p)).cls;
      const top = await scrollPast(p);
      const respaced = await card(p);
      expect(respaced.height).toBeCloseTo(fitted.height, 2);
      if (after === 'held') expect(Math.abs(respaced.emptyBelow)).toBeLessThan(2);
      else expect(respaced.emptyBelow).toBeGreaterThan(shown.emptyBelow);
      expect(respaced.spacing).not.toBe(fitted.spacing);
      expect(await p.locator('#after').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(top);
      expect((await shiftsSoFar(p)).cls).toBe(swapped);
      expect(problems).toEqual([]);
      await p.context().close();
    });
  }

  // The page's face still loading when the card has its data (a weight only the card uses, which its first
  // layout asks for, or a slow font server), declared as most faces are, with text hidden while it loads:
  // measured in the fallback's widths, the card would be fitted for text it does not show. It holds its height,
  // empty, until the face is in, and is fitted in it.
  it('waits for a face still loading, then fills the space held in that face', async () => {
    const { p, problems, face } = await openInLateFace('block');
    await drawn(p);
    const waiting = await p.locator('casualty-claims').evaluate((el) => {
      const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
      return {
        fit: root?.dataset.fit,
        height: el.getBoundingClientRect().height,
        shown: [...(root?.children ?? [])].filter((c) => getComputedStyle(c).visibility !== 'hidden').length,
      };
    });
    expect(waiting).toMatchObject({ fit: 'wait', shown: 0 });
    face.open();
    await settled(p);
    const shown = await card(p);
    expect(shown.fit).toBe('held');
    expect(shown.height).toBeCloseTo(waiting.height, 2);
    expect(Math.abs(shown.emptyBelow)).toBeLessThan(2);
    expect(await p.evaluate(() => [...document.fonts].every((f) => f.status === 'loaded'))).toBe(true);
    expect((await shiftsSoFar(p)).cls).toBe(0);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  // A slow font server: the browser hides the face's text for three seconds from its first use (its block
  // period), so until then the card waits for the face; after it the browser shows the fallback's text, and
  // so does the card. Time is the page's clock, stopped: only the test moves it.
  for (const arrives of [true, false])
    it(`waits for a face as long as the browser hides its text${arrives ? '' : ', and no longer'}`, async () => {
      const { p, problems, face } = await openInLateFace('block', async (p) => {
        await p.clock.install();
        await p.clock.pauseAt(Date.now() + 1000);
      });
      await drawn(p);
      const fitNow = () =>
        p.locator('casualty-claims').evaluate((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.fit);
      await p.clock.runFor(2500);
      expect(await fitNow()).toBe('wait');
      if (arrives) face.open();
      else await p.clock.runFor(500);
      await settled(p);
      expect((await card(p)).fit).toBe('held');
      expect(await p.evaluate(() => document.fonts.status)).toBe(arrives ? 'loaded' : 'loading');
      face.open();
      expect((await shiftsSoFar(p)).cls).toBe(0);
      expect(problems).toEqual([]);
      await p.context().close();
    });

  it('waits for an `optional` face still loading too, which a page may yet set its text in', async () => {
    const { p, problems, face } = await openInLateFace('optional');
    await drawn(p);
    expect((await card(p)).fit).toBe('wait');
    face.open();
    await settled(p);
    expect((await card(p)).fit).toBe('held');
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it("does not wait for a face of another family still loading (the page's icon font)", async () => {
    const icons = gate();
    const { p, problems } = await open(
      page(
        await seedReserve(),
        'en',
        SEED_INCIDENT,
        '@font-face{font-family:"Page Icons";font-display:block;src:url(/fonts/tinos/files/tinos-latin-400-normal.woff2)}h1::before{content:"*";font-family:"Page Icons"}',
      ),
      {
        viewport: { width: 1024, height: 1600 },
        before: (p) => p.route(/\/fonts\/tinos\//, async (route) => icons.opened.then(() => route.continue())),
        waitUntil: 'domcontentloaded',
      },
    );
    await drawn(p);
    // Fitted as it was drawn, while the icon font is still on its way.
    expect((await card(p)).fit).toBe('held');
    expect(await p.evaluate(() => document.fonts.status)).toBe('loading');
    icons.open();
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('shows itself at once where its page holds no height, the face still loading: it has no space to keep', async () => {
    const { p, problems, face } = await openInLateFace('block', undefined, '0');
    await drawn(p);
    // Its content shown (the browser hides the face's text itself), not a card held at its padding's height.
    const shown = await p.locator('casualty-claims').evaluate((el) => {
      const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
      return {
        fit: root?.dataset.fit ?? null,
        hidden: [...(root?.children ?? [])].filter((c) => getComputedStyle(c).visibility === 'hidden').length,
      };
    });
    expect(shown).toEqual({ fit: null, hidden: 0 });
    expect(await p.evaluate(() => document.fonts.status)).toBe('loading');
    face.open();
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it("asks for its weights of the page's face while its data is on the way, not once it is in", async () => {
    const data = gate();
    // The page sets its text and its heading at 400: bold, the card's, only the card asks for, and its loading
    // card, set in both its weights, asks before the data is in (else the card would wait for it after).
    const css = webFace('Own', 'roboto', 'block');
    const asked: string[] = [];
    const { p, problems } = await open(
      page(await seedReserve(), 'en', SEED_INCIDENT, `${css}body{font-family:Own,sans-serif}h1{font-weight:400}`),
      {
        before: async (p) => {
          p.on('request', (r) => asked.push(r.url()));
          await p.route(/\/api\/v1\/incidents\//, async (route) => data.opened.then(() => route.continue()));
        },
        waitUntil: 'domcontentloaded',
      },
    );
    await expect
      .poll(() => asked.filter((url) => url.endsWith('/roboto-latin-700-normal.woff2')).length, { timeout: 10_000 })
      .toBe(1);
    // Still loading: its data is held back.
    await expect(
      p.locator('casualty-claims').evaluate((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.state),
    ).resolves.toBe('loading');
    data.open();
    await settled(p);
    expect((await card(p)).fit).toBe('held');
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('is whole, in view, in a column of any common width and text size in the system face', async () => {
    // The panel's code for the seed incident in columns 280–680 px wide at 16 and 18 px text, in English and Spanish,
    // every card in view when its data comes, so each keeps the height held and fits into it. Every 40 px: the
    // cards the face estimate once cut were at 320, 400 and 440–540 px (with it reading the model's own face 2.7 %
    // narrow: shared/embed/reserve.ts, FACE_FIT); `tsx bench/column-sweep.ts` sweeps every 20 px, in Arabic and
    // web faces too.
    const widths = Array.from({ length: 11 }, (_, i) => 280 + 40 * i);
    let body = '';
    for (const lang of ['en', 'es'] as const) {
      const element = scriptTags(baseUrl, {
        widget: 'casualty-claims',
        slug: SEED_INCIDENT,
        lang,
        reserve: await seedReserve(lang),
      })[2];
      for (const size of [16, 18])
        for (const width of widths)
          body += `<div data-case="${lang} ${size} px ${width} px" style="width:${width}px;font-size:${size}px">${element}</div>`;
    }
    const module = `<script type="module" src="${baseUrl}${widgetModulePath(['casualty-claims'])}"></script>`;
    const { p, problems } = await open(
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${module}</head><body style="margin:0;font-family:sans-serif;display:flex;flex-wrap:wrap;align-items:flex-start">${body}</body></html>`,
      // Every card in view at once (the page is about 6,400 px tall here); a wider window, with fewer rows, only
      // paints more pixels a frame (7000 × 8000 took 28 s, this 8–19).
      // Without the loading cards' pulse: 44 of them pulsing over 29 million pixels kept Chromium's compositor
      // busy on both cores for 10–15 s, which this test or the next one waited out.
      { viewport: { width: 3600, height: 8000 }, reducedMotion: 'reduce' },
    );
    const states = await settled(p);
    expect(states).toHaveLength(44);
    expect(new Set(states)).toEqual(new Set(['ready']));
    const cut = await p.$$eval('[data-case]', (cases) =>
      cases
        .filter(
          (c) =>
            c.querySelector('casualty-claims')?.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.fit ===
            'clipped',
        )
        .map((c) => (c as HTMLElement).dataset.case),
    );
    expect(cut).toEqual([]);
    // All of them were in view: none took its natural height for being below it.
    expect(await p.evaluate(() => document.body.scrollHeight)).toBeLessThan(8000);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('follows a link the reader presses with a pointer: the card stays fitted under the press, then shows all', async () => {
    // Held a little shorter than the card: its spacing tightened, every link in it shown.
    const { p, problems } = await open(page(`calc(${await seedReserve()} - 1.5em)`));
    await settled(p);
    expect((await card(p)).fit).toBe('held');
    await p.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: 'The source.' }));
    const link = p.locator('casualty-claims .claim a[part="link"]').first();
    const href = await link.getAttribute('href');
    await link.scrollIntoViewIfNeeded();
    const at = await link.boundingBox();
    if (!at) throw new Error('the link has no box');
    await p.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    await p.mouse.down();
    // The press focused the link: the card keeps its height and spacing, so the link is still under the pointer.
    expect((await card(p)).fit).toBe('held');
    expect(await link.boundingBox()).toEqual(at);
    const followed = p.waitForRequest((r) => r.isNavigationRequest() && r.url() === href);
    await p.mouse.up();
    await followed;
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('takes its natural height when the reader opens "Earlier figures" in it', async () => {
    const reserve = `calc(${await seedReserve('en', REVISED_INCIDENT)} - 1.5em)`;
    const { p, problems } = await open(page(reserve, 'en', REVISED_INCIDENT));
    await settled(p);
    // Its spacing tightened to fit the height held: opening the history would need more.
    expect((await card(p)).fit).toBe('held');
    await p.locator('casualty-claims summary').first().click();
    await expect(p.locator('casualty-claims details').first().getAttribute('open')).resolves.toBe('');
    expect((await card(p)).fit).toBeNull();
    expect(await p.locator('casualty-claims details ul').first().isVisible()).toBe(true);
    expect((await shiftsSoFar(p)).cls).toBe(0);
    expect(problems).toEqual([]);
    await p.context().close();
  });
});

/**
 * Spans that measure the face `font` sets: its `1ch` and `1ex` at 100 px, and the face width the pasted code's CSS
 * computes there (FACE_WIDTH). `readUnits` reads them.
 */
const unitProbes = (font = 'font-size:100px') =>
  `<span id="ch" style="display:inline-block;width:1ch;${font}"></span><span id="ex" style="display:inline-block;width:1ex;${font}"></span><span id="face" style="display:inline-block;font-size:${WIDGET_FONT_SIZE};width:calc(10000px / ${FACE_WIDTH})"></span>`;

/** `1ch` and `1ex` in em, and FACE_WIDTH as the browser computes it, from the page's `unitProbes`. */
async function readUnits(p: Page) {
  const width = (id: string) => p.locator(id).evaluate((el) => el.getBoundingClientRect().width);
  return { ch: (await width('#ch')) / 100, ex: (await width('#ex')) / 100, face: 10_000 / (await width('#face')) };
}

/**
 * The height the server's curve gives the pasted element in a box `width` px wide on a page whose text (and root)
 * is `text` px, its text read at `face` times the model's width: what the browser is expected to compute.
 */
function heldHeight(curve: ReturnType<typeof cardCurve>, width: number, text: number, face: number): number {
  const em = Math.min(18, Math.max(14, 0.9 * text));
  const x = (width - 2.5 * text) / em;
  return curve.rem * text + curve.px + curveAt(curve.knots, x / face, x) * em;
}

/** A page in the web face `family` (declared by `css`, from the publisher's origin) once it has loaded: its units. */
async function faceUnits(htmlAttrs: string, css: string, family: string, body: string) {
  const { p, problems } = await open(`<!doctype html><html ${htmlAttrs}><head><meta charset="utf-8">
<style>${css}html{font:18px ${family},serif}</style></head>
<body>${body}${unitProbes()}</body></html>`);
  await p.waitForFunction((f) => [...document.fonts].some((x) => x.family === f && x.status === 'loaded'), family);
  const units = await readUnits(p);
  expect(problems).toEqual([]);
  await p.context().close();
  return units;
}

describe('before the module runs', () => {
  it('the browser computes the reserved height the server modelled, at any width, text size and face', async () => {
    const seeds = [
      ['casualty-claims', 'incidents', SEED_INCIDENT],
      ['ceasefire-gauge', 'ceasefires', 'syria-cessation-of-hostilities-2016'],
    ] as const;
    const { page: p, problems } = await openPage(browser());
    for (const [widget, api, slug] of seeds) {
      const data = await (await fetch(`${baseUrl}/api/v1/${api}/${slug}`)).json();
      const embed = { widget, data, title: '' } as EmbedData;
      const { reserve } = embedSpace(embed, 'es');
      const curve = cardCurve(embed, 'es');
      const boxes: [width: number, text: number][] = [];
      for (const width of [240, 300, 351, 420, 456, 560, 656, 800, 976])
        for (const text of [14, 16, 18, 20]) boxes.push([width, text]);
      // The pasted markup alone, on a page whose root text size is the box's: no script defines the element.
      const html = (text: number) =>
        boxes
          .filter(([, t]) => t === text)
          .map(([w]) => `<div style="width:${w}px">${scriptTags(baseUrl, { widget, slug, reserve })[2]}</div>`)
          .join('');
      // Two faces whose digits differ in width (DejaVu Serif's 0.636 em, DejaVu Sans Mono's 0.602 em): text wraps
      // by the width the face gives it, and the layout switches by the width the card has.
      const chPerEms: number[] = [];
      for (const face of ['serif', 'monospace'])
        for (const text of [14, 16, 18, 20]) {
          await p.setContent(
            `<!doctype html><html style="font:${text}px ${face}"><body style="margin:0">${html(text)}${unitProbes(`font:100px ${face}`)}</body></html>`,
          );
          const heights = await p.$$eval(widget, (els) => els.map((el) => el.getBoundingClientRect().height));
          const { ch: chPerEm, ex: exPerEm, face: browserFaceWidth } = await readUnits(p);
          chPerEms.push(chPerEm);
          // The face's width as the browser computes it where the card's text is (to a 64th of its digit's width);
          // the server's function says the same.
          expect(browserFaceWidth).toBeCloseTo(faceWidth(chPerEm, exPerEm), 2);
          const expected = boxes
            .filter(([, t]) => t === text)
            .map(([w]) => heldHeight(curve, w, text, browserFaceWidth));
          for (const [i, h] of heights.entries()) {
            expect(h, `${widget} ${boxes[i]?.[0]} px at ${text} px ${face}`).toBeCloseTo(expected[i] ?? 0, 0);
          }
        }
      // The faces are the ones meant: the model's own, and a narrower one.
      expect(chPerEms[0]).toBeCloseTo(0.636, 2);
      expect(chPerEms.at(-1)).toBeLessThan(0.62);
    }
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it("a page set in a face with no digit of its own is held as the model's face, not as a narrow one", async () => {
    // An Arabic face whose file holds only its script, declared with no `unicode-range` (as a page that serves
    // its own copy does): its `1ch` is half an em whatever its letters, and the page's Latin is set in the next face.
    const naskh = '/fonts/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2';
    const { ch, ex, face } = await faceUnits(
      'lang="ar" dir="rtl"',
      `@font-face{font-family:Naskh;src:url(${naskh})}`,
      'Naskh',
      '<p>قصة</p>',
    );
    expect(ch).toBe(0.5);
    expect(ex).toBeGreaterThan(0.7);
    expect(face).toBeCloseTo(faceWidth(ch, ex), 3);
    expect(face).toBe(1);
  });

  it('a page set in Times (Tinos), whose digits are half an em too, is held as the narrower face it is', async () => {
    const tinos = '/fonts/tinos/files/tinos-latin-400-normal.woff2';
    const { ch, ex, face } = await faceUnits(
      'lang="en"',
      `@font-face{font-family:Times;src:url(${tinos})}`,
      'Times',
      '<p>A story</p>',
    );
    expect(ch).toBe(0.5);
    expect(ex).toBeLessThan(0.5);
    expect(face).toBeCloseTo(faceWidth(ch, ex), 3);
    // Its text is 0.80 of DejaVu's: held a little wide of that, as every face is (shared/embed/reserve.ts).
    expect(face).toBeGreaterThan(0.8);
    expect(face).toBeLessThan(0.9);
  });

  it("an Arabic card on a page in a Latin face with wide digits is held as in the model's face, an English one wider", async () => {
    // A Latin face whose digit is 0.70 em (DejaVu Sans drawn 10 % larger, for Latin letters only): the estimate
    // reads it as a face wider than the model's. The card's Arabic is set in the next face, as it is on any page
    // whose face has no Arabic.
    const data = await (await fetch(`${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`)).json();
    const embed = { widget: 'casualty-claims', data, title: '' } as EmbedData;
    const { page: p, problems } = await openPage(browser());
    const held = async (lang: 'en' | 'ar') => {
      const { reserve } = embedSpace(embed, lang);
      const [, , element] = scriptTags(baseUrl, { widget: 'casualty-claims', slug: SEED_INCIDENT, lang, reserve });
      await p.setContent(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
@font-face{font-family:Wide;src:local("DejaVu Sans");size-adjust:110%;unicode-range:U+0000-00FF}
html{font:18px Wide,sans-serif}</style></head><body style="margin:0"><div style="width:420px">${element}</div>
${unitProbes()}</body></html>`);
      await p.evaluate(() => document.fonts.ready);
      const { ch, ex } = await readUnits(p);
      const curve = cardCurve(embed, lang);
      const at = (face: number) => heldHeight(curve, 420, 18, face);
      const height = await p.locator('casualty-claims').evaluate((el) => el.getBoundingClientRect().height);
      return { ch, estimate: faceWidth(ch, ex), height, at };
    };
    const en = await held('en');
    expect(en.ch).toBeCloseTo(0.7, 2);
    expect(en.estimate).toBeGreaterThan(1.02);
    expect(en.height).toBeCloseTo(en.at(en.estimate), 0);
    const ar = await held('ar');
    expect(ar.height).toBeCloseTo(ar.at(1), 0);
    // The two differ here by more than the rounding: the test tells one from the other.
    expect(Math.abs(ar.at(1) - ar.at(ar.estimate))).toBeGreaterThan(5);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it("holds most of a card's height where a reader's largest text leaves it a few words a line", async () => {
    // 28 px text (a phone set to its largest sizes) in 240 and 300 px columns: 7 and 9 em of the card's text, under
    // the 10 em where the reserve's curve used to stop and stay level, holding such a card 300–800 px short.
    const seeds = [
      ['casualty-claims', 'incident', 'incidents', SEED_INCIDENT],
      ['ceasefire-gauge', 'ceasefire', 'ceasefires', SEED_CEASEFIRE],
    ] as const;
    let body = '';
    for (const [widget, attribute, api, slug] of seeds) {
      const data = await (await fetch(`${baseUrl}/api/v1/${api}/${slug}`)).json();
      const { reserve } = embedSpace({ widget, data, title: '' } as EmbedData, 'en');
      // The pasted element as no script defines it, beside the card given its data inline and no height to fill.
      const held = scriptTags(baseUrl, { widget, slug, reserve })[2] ?? '';
      const island = `<script type="application/json" data-explainer-data>${JSON.stringify(data)}</script>`;
      const card = `<${widget} ${attribute}="${slug}" lang="en" style="--explainer-min-height:0">${island}</${widget}>`;
      for (const width of [240, 300])
        body += `<div class="case" data-case="${widget} ${width} px" style="display:flex;align-items:flex-start">
<div style="width:${width}px">${held.replaceAll(widget, 'x-held')}</div><div style="width:${width}px">${card}</div></div>`;
    }
    const module = `<script type="module" src="${baseUrl}${widgetModulePath(seeds.map(([widget]) => widget))}"></script>`;
    const { p, problems } = await open(
      `<!doctype html><html lang="en" style="font:28px sans-serif"><head><meta charset="utf-8">${module}</head><body style="margin:0">${body}</body></html>`,
    );
    expect(await settled(p)).toEqual(['ready', 'ready', 'ready', 'ready']);
    const ratios = await p.$$eval('.case', (cases) =>
      cases.map((c) => {
        const [held, card] = [...c.querySelectorAll('x-held, casualty-claims, ceasefire-gauge')].map(
          (el) => el.getBoundingClientRect().height,
        );
        return [(c as HTMLElement).dataset.case, (held ?? 0) / (card ?? 1)] as const;
      }),
    );
    // Within what fitting absorbs, or near it: half to three and a half times the spacing (shared/fit.ts). Before,
    // 0.66 and 0.74 of the card at 240 px.
    for (const [where, ratio] of ratios) {
      expect(ratio, where).toBeGreaterThan(0.9);
      expect(ratio, where).toBeLessThan(1.15);
    }
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('the pasted code keeps its width in boxes that shrink to their content, before the module and after', async () => {
    const reserve = await seedReserve();
    const target = { widget: 'casualty-claims', slug: SEED_INCIDENT } as const;
    const [module, preload, element] = scriptTags(baseUrl, { ...target, reserve });
    const data = await (await fetch(`${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`)).json();
    const { iframe } = embedCodes(baseUrl, target, {
      title: 'Casualty claims',
      ...embedSpace({ widget: 'casualty-claims', data, title: '' } as EmbedData, 'en'),
    });
    const wrappers = [
      'display:flex;justify-content:center',
      'display:grid;justify-items:center',
      'float:left',
      'display:inline-block',
    ];
    const body = (code: string) =>
      wrappers.map((style) => `<div style="${style}">${code}</div><br style="clear:both">`).join('');
    const html = (head: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head>
<body style="margin:0;font:18px/1.6 Georgia,serif"><main style="width:664px">${body(element ?? '')}${body(iframe.replace(resizeScriptTag(baseUrl), ''))}</main></body></html>`;
    const boxes = (p: import('playwright-core').Page) =>
      p.$$eval('casualty-claims, iframe', (els) =>
        els.map((el) => [
          el.localName,
          Math.round(el.getBoundingClientRect().width),
          Math.round(el.getBoundingClientRect().height),
        ]),
      );
    // Without the module: the markup alone, as a page shows it before the script runs.
    const { page: bare } = await openPage(browser());
    await bare.setContent(html(''));
    const before = await boxes(bare);
    for (const [name, width, height] of before) {
      expect(Number(width), String(name)).toBeGreaterThanOrEqual(280);
      expect(Number(height), String(name)).toBeGreaterThan(400);
    }
    await bare.context().close();
    // With it: the widgets take the same boxes, and nothing moves.
    const { p, problems } = await open(html(`${preload}${module}`));
    expect(await settled(p)).toEqual(wrappers.map(() => 'ready'));
    const after = await boxes(p);
    expect(after.map(([name, width]) => [name, width])).toEqual(before.map(([name, width]) => [name, width]));
    expect((await shiftsSoFar(p)).cls).toBe(0);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('an element pasted without a reserve holds its own guess while loading, taller in a column where it stacks', async () => {
    const { page: p, problems } = await openPage(browser(), { viewport: { width: 1024, height: 900 } });
    const api = gate();
    await p.route(`${baseUrl}/api/v1/**`, async (route) => {
      await api.opened;
      await route.continue();
    });
    const bare = (width: number) =>
      `<div style="width:${width}px"><casualty-claims incident="${SEED_INCIDENT}"></casualty-claims><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge></div>`;
    // 16 px text, so 14.4 px of the widgets': 340 px leaves 20.7 em of content (both stack), 664 px 43 em.
    pages.set('/space-bare', hostPage(`${bare(340)}${bare(664)}`));
    await p.goto(`${publisher()}/space-bare`);
    await p.waitForFunction(
      () =>
        document.querySelectorAll('casualty-claims, ceasefire-gauge').length === 4 &&
        [...document.querySelectorAll('casualty-claims, ceasefire-gauge')].every((el) =>
          el.shadowRoot?.querySelector('[data-state=loading]'),
        ),
    );
    const held = await p.$$eval('casualty-claims, ceasefire-gauge', (els) =>
      els.map((el) => {
        const root = el.shadowRoot?.querySelector('.root') as Element;
        return [el.localName, el.getBoundingClientRect().height / parseFloat(getComputedStyle(root).fontSize)];
      }),
    );
    const em = (widget: 'casualty-claims' | 'ceasefire-gauge', width: 'stacked' | 'wide') => [
      widget,
      expect.closeTo(RESERVED_EM[widget][width], 2),
    ];
    expect(held).toEqual([
      em('casualty-claims', 'stacked'),
      em('ceasefire-gauge', 'stacked'),
      em('casualty-claims', 'wide'),
      em('ceasefire-gauge', 'wide'),
    ]);
    api.open();
    expect(await settled(p)).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  // The box the element sits in may set its text bold, condensed or size-adjusted: the digit the reserve reads
  // (`1ch`) is then another width, unless the pasted child resets those as the card does; and a page's rules for
  // its elements reach the pasted child, unless it takes none of them (shared/embed/catalog.ts, SPACER).
  for (const [name, css, wrapped] of [
    ['plain text', ''],
    ['bold text', 'main{font-weight:700}'],
    ['condensed text', 'main{font-stretch:condensed}'],
    ['size-adjusted text', 'main{font-size-adjust:0.6}'],
    ['empty spans hidden', 'span:empty{display:none}'],
    ['margins on spans', 'main span{margin:1em 0;padding:1em;border:2px solid}'],
    // A framework's utility rules, which outrank any inline declaration that is not `!important` too.
    [
      'important rules for spans',
      'span{font-size:30px!important;font-family:monospace!important;height:auto!important;line-height:2.2!important}',
    ],
    // An editor that wraps what is pasted in a paragraph (WordPress's classic editor: its own wpautop).
    ['wrapped in a paragraph', '', true],
  ] as [string, string, boolean?][])
    it(`the pasted element holds the height the loading widget then holds (${name})`, async () => {
      const { page: p, problems } = await openPage(browser(), { viewport: { width: 1024, height: 900 } });
      await p.addInitScript(recordShifts);
      const [module, api] = [gate(), gate()];
      // The module waits until the page has painted without it; the API waits until the skeleton is measured.
      await p.route(`${baseUrl}${widgetModulePath(['casualty-claims'])}`, async (route) => {
        await module.opened;
        await route.continue();
      });
      await p.route(`${baseUrl}/api/v1/**`, async (route) => {
        await api.opened;
        await route.continue();
      });
      pages.set(
        `/space-before-${name.replaceAll(' ', '-')}`,
        page(await seedReserve(), 'en', SEED_INCIDENT, css, wrapped ? autop : undefined),
      );
      // A module script holds DOMContentLoaded back: wait for the element itself.
      await p.goto(`${publisher()}/space-before-${name.replaceAll(' ', '-')}`, { waitUntil: 'commit' });
      await p.waitForSelector('casualty-claims > *', { state: 'attached' });
      const height = () => p.locator('casualty-claims').evaluate((el) => el.getBoundingClientRect().height);
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const pasted = await height();
      expect(pasted).toBeGreaterThan(400);
      module.open();
      await p.waitForFunction(() =>
        document.querySelector('casualty-claims')?.shadowRoot?.querySelector('[data-state=loading]'),
      );
      expect(await height()).toBe(pasted);
      api.open();
      expect(await settled(p)).toEqual(['ready']);
      expect(await height()).toBe(pasted);
      expect((await shiftsSoFar(p)).cls).toBe(0);
      expect(problems).toEqual([]);
      await p.context().close();
    });
  // WordPress's classic editor keeps a post as text, paragraphs apart by blank lines, and makes its markup as the
  // post is shown (wpautop; @wordpress/autop is the editor's own port of it): a line break becomes a <br>, and a
  // paragraph that opens on <link loses its <p> (wpautop reads `<li` as a list item). Each code must come out where
  // it was pasted, the page's paragraph spacing around it and no blank line; so must the image code's <img>.
  it("stands where it is pasted in a post whose editor makes paragraphs of it (WordPress's wpautop)", async () => {
    const { page: p, problems } = await openPage(browser(), { viewport: { width: 1024, height: 900 } });
    const data = await (await fetch(`${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`)).json();
    const { script, iframe } = embedCodes(
      baseUrl,
      { widget: 'casualty-claims', slug: SEED_INCIDENT, lang: 'en' },
      { title: TITLE, ...embedSpace({ widget: 'casualty-claims', data, title: '' } as EmbedData, 'en') },
    );
    const image = imageSnippet(baseUrl, { widget: 'casualty-claims', slug: SEED_INCIDENT }, { width: 600, alt: TITLE });
    const text = PARAGRAPH.replace(/<\/?p>/g, '');
    const post = autop([text, text, script, text, iframe, text, image, text].join('\n\n'));
    expect(post).not.toContain('<br');
    pages.set(
      '/space-wpautop',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><style>
body{margin:0;font:18px/1.7 Georgia,serif}.entry-content{max-width:680px;margin:0 auto;padding:0 20px}
.entry-content p{margin:0 0 1.5em}</style></head><body><h1>A post</h1><div class="entry-content">${post}</div></body></html>`,
    );
    await p.goto(`${publisher()}/space-wpautop`);
    expect(await settled(p)).toEqual(['ready']);
    await p.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalHeight > 0));
    // The post's blocks as the reader sees them, top to bottom: its paragraphs of text, the card, frame and image.
    const gaps = await p.evaluate(() => {
      const blocks = [...document.querySelectorAll('.entry-content > p, casualty-claims, iframe, img')]
        .filter((el) => el.localName !== 'p' || (!el.querySelector('casualty-claims, img') && el.textContent?.trim()))
        .map((el) => el.getBoundingClientRect())
        .sort((a, b) => a.top - b.top);
      return blocks.slice(1).map((b, i) => Math.round(b.top - (blocks[i]?.bottom ?? 0)));
    });
    // Text, text, card, text, frame, text, image, text: each gap the page's space between two paragraphs (1.5em).
    expect(gaps).toEqual([27, 27, 27, 27, 27, 27, 27]);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  // A filter, a network or an outage that blocks the module, or JavaScript off: the element would hold an empty
  // box for good. The pasted code shows a link to the widget's own page in its place instead.
  for (const [name, scripting] of [
    ['its module cannot load', true],
    ['JavaScript is off', false],
  ] as const)
    it(`shows a link to the widget's page instead of an empty box where ${name}`, async () => {
      const { page: p, problems } = await openPage(browser(), { javaScriptEnabled: scripting });
      if (scripting) await p.route(`${baseUrl}/widgets/**`, (route) => route.abort('blockedbyclient'));
      const path = `/space-no-module-${String(scripting)}`;
      pages.set(path, page(await seedReserve()));
      await p.goto(publisher() + path);
      const link = p.locator('casualty-claims a');
      await link.waitFor({ state: 'visible' });
      await expect(link.textContent()).resolves.toBe(TITLE);
      await expect(link.getAttribute('href')).resolves.toBe(
        `${baseUrl}/embed/casualty-claims/${SEED_INCIDENT}?lang=en`,
      );
      // The element is the link's line tall, not the card's.
      const [element, line] = await p
        .locator('casualty-claims')
        .evaluate((el) => [el.getBoundingClientRect().height, parseFloat(getComputedStyle(el).fontSize) * 3]);
      expect(element).toBeLessThan(line);
      expect(problemsBesides(problems, /ERR_BLOCKED_BY_CLIENT/)).toEqual([]);
      await p.context().close();
    });

  // Code a page's own script inserts as markup (an infinite scroll, an app's HTML): its script is inert, and no
  // error tells of it. The link shows once UNHELD_AFTER has passed with the element undefined; the browser's
  // animation clock is run fast (DevTools' Animation domain) rather than waited out.
  it("shows the link once its module has not run for a while (code a page's script inserted, its script inert)", async () => {
    const { page: p, problems } = await openPage(browser());
    const reserve = await seedReserve();
    const snippet = scriptSnippet(baseUrl, {
      widget: 'casualty-claims',
      slug: SEED_INCIDENT,
      lang: 'en',
      reserve,
      title: TITLE,
    });
    pages.set(
      '/space-inert',
      `<!doctype html><html lang="en"><body><main id="story"><p>Before.</p></main><script>
document.getElementById('story').insertAdjacentHTML('beforeend', ${JSON.stringify(snippet).replaceAll('<', '\\u003c')});
</script></body></html>`,
    );
    await p.goto(`${publisher()}/space-inert`);
    const link = p.locator('casualty-claims a');
    // Held while the module might still come.
    await expect(
      p.locator('casualty-claims').evaluate((el) => el.getBoundingClientRect().height),
    ).resolves.toBeGreaterThan(400);
    await expect(link.isVisible()).resolves.toBe(false);
    // Its timer, which a defined element's box does not run (below).
    await expect(p.locator('casualty-claims > span').evaluate((span) => span.getAnimations().length)).resolves.toBe(1);
    const devtools = await p.context().newCDPSession(p);
    await devtools.send('Animation.enable');
    await devtools.send('Animation.setPlaybackRate', { playbackRate: 1000 });
    await link.waitFor({ state: 'visible' });
    await expect(link.textContent()).resolves.toBe(TITLE);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('runs no timer in a defined element: its link never shows', async () => {
    const { page: p, problems } = await openPage(browser());
    pages.set('/space-timer', page(await seedReserve()));
    await p.goto(`${publisher()}/space-timer`);
    expect(await settled(p)).toEqual(['ready']);
    // The held box, no longer drawn, has no animation that could show the link later.
    await expect(
      p.locator('casualty-claims > span').evaluate((span) => [span.getAnimations().length, span.checkVisibility()]),
    ).resolves.toEqual([0, false]);
    expect(problems).toEqual([]);
    await p.context().close();
  });
});
