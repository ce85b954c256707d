/**
 * Isolation and theming: the host page's CSS cannot break the widgets (and
 * theirs does not leak out), the host's font is inherited, the documented
 * custom properties and parts work, and `theme="auto"` matches the page around
 * the widget (its declared scheme, else the colour painted behind it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hostPage, openPage, SEED_CEASEFIRE, SEED_INCIDENT, settled, usePublisher, WIDGET_SCRIPT } from './browser';

const { browser, pages, origin: publisher, visit } = usePublisher();

const widgets = (attrs = '') =>
  `<casualty-claims incident="${SEED_INCIDENT}" ${attrs}></casualty-claims><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}" ${attrs}></ceasefire-gauge>`;

const schemes = (page: Page) =>
  page.$$eval('casualty-claims, ceasefire-gauge', (els) =>
    els.map((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.scheme),
  );

/** A page's own component, `tag`, whose shadow tree holds `shadow` (markup), defined by a script of the page's head. */
const component = (tag: string, shadow: string) => `<script type="module">
customElements.define('${tag}', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(shadow)};
  }
});
</script>`;

/** Waits until every widget `selector` finds shows `scheme`. */
const schemeBecomes = (page: Page, selector: string, scheme: string) =>
  page.waitForFunction(
    ({ selector, scheme }) =>
      [...document.querySelectorAll(selector)].every(
        (el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.scheme === scheme,
      ),
    { selector, scheme },
  );

const background = (page: Page, selector: string) =>
  page.locator(`${selector} .root`).evaluate((el) => getComputedStyle(el).backgroundColor);

describe('isolation', () => {
  it('keeps its layout, colours and gauge under hostile host CSS, and does not leak styles out', async () => {
    const { page, problems } = await openPage(browser());
    const hostile = `<style>
      * { color: red !important; display: inline; margin: 40px; line-height: 0.5; text-transform: uppercase; }
      svg { display: none !important; } p { font-size: 40px; } .title, .root, section { border: 9px solid lime; }
    </style>`;
    pages.set('/hostile', hostPage(`${widgets()}<p class="title" id="outside">Outside text</p>`, { head: hostile }));
    pages.set('/calm', hostPage(widgets()));

    const measure = async (path: string) => {
      await page.goto(`${publisher()}${path}`);
      expect(await settled(page)).toEqual(['ready', 'ready']);
      return {
        layout: await page.locator('casualty-claims').evaluate((host) => {
          const inside = (selector: string) => host.shadowRoot?.querySelector(selector) as Element;
          return [
            getComputedStyle(host).display,
            getComputedStyle(inside('.root')).lineHeight,
            getComputedStyle(inside('.claim')).display,
            getComputedStyle(inside('.figure')).fontSize,
          ];
        }),
        title: await page.locator('casualty-claims .title').evaluate((el) => {
          const s = getComputedStyle(el);
          return [s.color, s.display, s.textTransform, s.borderTopWidth];
        }),
        gauge: await page.locator('ceasefire-gauge svg').boundingBox(),
        gaugeDisplay: await page.locator('ceasefire-gauge svg').evaluate((el) => getComputedStyle(el).display),
      };
    };
    const calm = await measure('/calm');
    const hostile_ = await measure('/hostile');
    expect(hostile_.title).toEqual(calm.title);
    expect(hostile_.title[0]).not.toBe('rgb(255, 0, 0)');
    expect(hostile_.gaugeDisplay).toBe('block');
    expect(hostile_.gauge?.height).toBeGreaterThan(100);
    // The host element's margin is the page's to set; what is inside keeps its layout.
    expect(hostile_.layout).toEqual(calm.layout);
    expect(hostile_.layout.slice(0, 3)).toEqual(['flow-root', expect.stringMatching(/px$/), 'grid']);
    // The widgets' own styles stay inside: the page's .title keeps the page's look.
    await expect(page.locator('#outside').evaluate((el) => getComputedStyle(el).borderTopWidth)).resolves.toBe('9px');
    expect(problems).toEqual([]);
  });

  it('keeps its own writing, line breaking, alignment, type and text colours when the page sets them on its body', async () => {
    // Inherited properties cross the shadow boundary: these would set the card on its side, break figures mid-number,
    // spread its labels across the line, mark every character, paint its text in the page's colours, or set it in
    // small caps, old-style figures, another weight or width than the height held was computed for.
    const inherited = `<style>body { writing-mode: vertical-rl; word-break: break-all; line-break: anywhere;
      text-align-last: justify; text-shadow: 0 0 3px red; text-emphasis: filled red; font-variant-caps: all-small-caps;
      -webkit-text-fill-color: #888; -webkit-text-stroke: 1px red; font-feature-settings: "smcp";
      font-variation-settings: "wght" 200; font-stretch: condensed; font-size-adjust: 0.7; font-kerning: none;
      font-variant-numeric: oldstyle-nums; font-variant-ligatures: none; text-wrap: balance; hyphens: auto; quotes: none; }</style>`;
    pages.set('/inherited', hostPage(widgets(), { head: inherited }));
    pages.set('/plain', hostPage(widgets()));
    const { page, problems } = await openPage(browser());
    const text = async (path: string) => {
      await page.goto(`${publisher()}${path}`);
      expect(await settled(page)).toEqual(['ready', 'ready']);
      return page.$$eval('casualty-claims, ceasefire-gauge', (hosts) =>
        hosts.map((host) => {
          const s = getComputedStyle(host.shadowRoot?.querySelector('.title') as Element);
          const box = host.getBoundingClientRect();
          return {
            text: [s.writingMode, s.wordBreak, s.lineBreak, s.textAlignLast, s.textShadow, s.textEmphasisStyle],
            caps: s.fontVariantCaps,
            font: [
              s.fontFeatureSettings,
              s.fontVariationSettings,
              s.fontStretch,
              s.fontSizeAdjust,
              s.fontKerning,
              s.fontVariantNumeric,
              s.fontVariantLigatures,
              s.textWrapStyle,
              s.hyphens,
              s.quotes,
            ],
            // The fill follows each part's own colour (the accent, the muted lines), not one colour of the page's.
            fill: s.webkitTextFillColor === s.color,
            stroke: s.webkitTextStrokeWidth,
            wide: box.width > box.height,
          };
        }),
      );
    };
    const plain = await text('/plain');
    expect(plain[0]).toEqual({
      text: ['horizontal-tb', 'normal', 'auto', 'auto', 'none', 'none'],
      caps: 'normal',
      font: ['normal', 'normal', '100%', 'none', 'auto', 'normal', 'normal', 'auto', 'manual', 'auto'],
      fill: true,
      stroke: '0px',
      wide: true,
    });
    expect(await text('/inherited')).toEqual(plain);
    expect(problems).toEqual([]);
  });

  it('is hidden with what holds it where the page hides that (a closed tab, its text hidden while its fonts load)', async () => {
    // `visibility` crosses the shadow boundary too, and a page sets it to hide: were the card to set it
    // back, it would show through a closed tab panel or dialog, over the page's other content.
    pages.set('/hidden-tab', hostPage(`<div id="tab" style="visibility:hidden">${widgets()}</div><p>After.</p>`));
    const { page, problems } = await openPage(browser());
    await page.goto(`${publisher()}/hidden-tab`);
    expect(await settled(page)).toEqual(['ready', 'ready']);
    const shown = () =>
      page.$$eval('casualty-claims, ceasefire-gauge', (hosts) =>
        hosts.map((host) => {
          const box = host.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 40));
          return [host.shadowRoot?.querySelector('.root')?.checkVisibility({ visibilityProperty: true }), hit === host];
        }),
      );
    expect(await shown()).toEqual([
      [false, false],
      [false, false],
    ]);
    await page.locator('#tab').evaluate((tab) => {
      (tab as HTMLElement).style.visibility = 'visible';
    });
    expect(await shown()).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('draws no underline or strike the page draws through its text around the element', async () => {
    // A decoration reaches every in-flow descendant, the shadow tree's included, and no style inside can refuse
    // it: the card stays clean only by being out of that flow. What is drawn is the test, so compare pixels.
    const wrappers: Record<string, [string, string]> = {
      plain: ['<div>', '</div>'],
      'an <ins> (an update to the story)': ['<ins>', '</ins>'],
      'a link around it': ['<a href="#story">', '</a>'],
      'text-decoration on a block': ['<div style="text-decoration: underline line-through">', '</div>'],
    };
    const { page, problems } = await openPage(browser());
    const drawn: Record<string, string> = {};
    for (const [name, [open, close]] of Object.entries(wrappers)) {
      const path = `/decorated-${Object.keys(drawn).length}`;
      pages.set(path, hostPage(`${open}${widgets()}${close}`));
      await page.goto(`${publisher()}${path}`);
      expect(await settled(page)).toEqual(['ready', 'ready']);
      const shots = await Promise.all(
        ['casualty-claims', 'ceasefire-gauge'].map((selector) => page.locator(selector).screenshot()),
      );
      drawn[name] = shots.map((shot) => shot.toString('base64')).join();
    }
    for (const name of Object.keys(wrappers)) expect(drawn[name] === drawn.plain, name).toBe(true);
    expect(problems).toEqual([]);
  });

  it('keeps a width in the boxes a page shrinks to fit its content', async () => {
    // The element contains its width (its layout follows it), so on its own it would add nothing to a shrinking box: zero wide.
    const card = `<casualty-claims incident="${SEED_INCIDENT}"></casualty-claims>`;
    const wrappers: Record<string, string> = {
      'flex, centred': `<div style="display:flex;justify-content:center">${card}</div>`,
      'flex column, centred': `<div style="display:flex;flex-direction:column;align-items:center">${card}</div>`,
      'grid, centred': `<div style="display:grid;justify-items:center">${card}</div>`,
      'figure, fit-content': `<figure style="width:fit-content;margin:0">${card}<figcaption>Caption</figcaption></figure>`,
      float: `<div style="float:right">${card}</div><p style="clear:both">`,
      'inline-block': `<div style="display:inline-block">${card}</div>`,
      'table cell': `<table><tr><td>${card}</td></tr></table>`,
    };
    const body = Object.entries(wrappers)
      .map(([name, html]) => `<section data-wrapper="${name}" style="width:640px">${html}</section>`)
      .join('');
    pages.set('/wrappers', hostPage(body));
    const { page, problems } = await openPage(browser(), { viewport: { width: 800, height: 900 } });
    await page.goto(`${publisher()}/wrappers`);
    expect(await settled(page)).toEqual(Object.keys(wrappers).map(() => 'ready'));
    const widths = await page.$$eval('section[data-wrapper]', (sections) =>
      sections.map((s) => [
        s.dataset.wrapper,
        Math.round(s.querySelector('casualty-claims')?.getBoundingClientRect().width ?? 0),
      ]),
    );
    for (const [wrapper, width] of widths) {
      // Centring boxes give it their width; boxes that shrink to their content give it a readable one (20em), within the column.
      const fills = String(wrapper).endsWith('centred');
      expect(width, String(wrapper)).toBeGreaterThanOrEqual(fills ? 640 : 280);
      expect(width, String(wrapper)).toBeLessThanOrEqual(640);
    }
    expect(problems).toEqual([]);
  });

  it('stays whole in a page set in columns', async () => {
    const text = '<p>What the paper says around the explainer, long enough to fill a good part of a column.</p>'.repeat(
      6,
    );
    pages.set(
      '/columns',
      hostPage(`<div style="column-count:2;column-gap:2em;width:900px">${text}${widgets()}${text}</div>`),
    );
    const { page } = await openPage(browser(), { viewport: { width: 1000, height: 900 } });
    await page.goto(`${publisher()}/columns`);
    expect(await settled(page)).toEqual(['ready', 'ready']);
    // One box each: a card split across two columns would read as two half cards.
    const fragments = await page.$$eval('casualty-claims, ceasefire-gauge', (els) =>
      els.map((el) => el.getClientRects().length),
    );
    expect(fragments).toEqual([1, 1]);
  });

  it('hides with its hidden attribute or a hidden box around it, the two ways the README gives', async () => {
    const card = (attrs = '') => `<casualty-claims incident="${SEED_INCIDENT}" ${attrs}></casualty-claims>`;
    pages.set(
      '/hiding',
      hostPage(
        `${card('id="shown"')}${card('id="attribute" hidden')}<div style="display:none">${card('id="boxed"')}</div>`,
      ),
    );
    const { page } = await openPage(browser());
    await page.goto(`${publisher()}/hiding`);
    await page.locator('#shown .root[data-state="ready"]').waitFor();
    const heights = await page.$$eval('casualty-claims', (els) =>
      els.map((el) => [el.id, Math.round(el.getBoundingClientRect().height)]),
    );
    expect(heights).toEqual([
      ['shown', expect.any(Number)],
      ['attribute', 0],
      ['boxed', 0],
    ]);
    expect(heights[0]?.[1]).toBeGreaterThan(100);
    // Shown again, it loads and shows its data like any other.
    await page.locator('#attribute').evaluate((el) => el.removeAttribute('hidden'));
    await page.locator('#attribute .root[data-state="ready"]').waitFor();
  });

  it('inherits the host page’s font family', async () => {
    const { page } = await visit('/font', {
      html: hostPage(widgets(), { head: '<style>body{font-family:"Courier New",monospace}</style>' }),
    });
    for (const selector of ['casualty-claims .title', 'ceasefire-gauge .days']) {
      await expect(page.locator(selector).evaluate((el) => getComputedStyle(el).fontFamily)).resolves.toBe(
        '"Courier New", monospace',
      );
    }
  });

  it('takes the reader’s larger default text size, and keeps a page’s own large body text within bounds', async () => {
    const size = (page: Page) =>
      page.locator('casualty-claims .root').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // The browser's own setting (Settings, Appearance, Font size), as a low-vision reader sets it: 24 px.
    const { page } = await visit('/reader-size', {
      html: hostPage(widgets()),
      before: async (p) => {
        const cdp = await p.context().newCDPSession(p);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
      },
    });
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('24px');
    expect(await size(page)).toBeCloseTo(0.9 * 24, 1);
    // The page's own 24 px body on the usual 16 px root: 18 px, as before.
    const big = await visit('/page-size', {
      html: hostPage(widgets(), { head: '<style>body{font-size:24px}</style>' }),
    });
    expect(await size(big.page)).toBe(18);
  });
});

describe('theming', () => {
  it('applies the documented custom properties and parts', async () => {
    const theme = `<style>
      casualty-claims, ceasefire-gauge { --explainer-accent: rgb(0, 90, 60); --explainer-radius: 0px; --explainer-space: 2rem; --explainer-surface: rgb(250, 245, 230); }
      casualty-claims::part(title) { letter-spacing: 3px; }
      ceasefire-gauge::part(status) { text-decoration: underline; }
    </style>`;
    const { page } = await visit('/themed', { html: hostPage(widgets('theme="light"'), { head: theme }) });
    await expect(page.locator('casualty-claims .eyebrow').evaluate((el) => getComputedStyle(el).color)).resolves.toBe(
      'rgb(0, 90, 60)',
    );
    const root = await page.locator('ceasefire-gauge .root').evaluate((el) => {
      const s = getComputedStyle(el);
      // The side padding: a card fitted to the height its page held flexes its vertical spacing (shared/fit.ts).
      return [s.borderTopLeftRadius, s.paddingInlineStart, s.backgroundColor];
    });
    expect(root).toEqual(['0px', '40px', 'rgb(250, 245, 230)']);
    await expect(
      page.locator('casualty-claims .title').evaluate((el) => getComputedStyle(el).letterSpacing),
    ).resolves.toBe('3px');
    await expect(
      page.locator('ceasefire-gauge [part="status"]').evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).resolves.toBe('underline');
  });

  it('is light on a page that declares nothing and paints nothing, whatever the system says', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await visit('/plain', { html: hostPage(widgets()), context: { colorScheme } });
      expect(await schemes(page)).toEqual(['light', 'light']);
    }
  });

  it('matches the background painted behind each widget when the page declares nothing', async () => {
    // A dark aside (oklch, read through a canvas) inside a white page, and a page following the system.
    const body = `<aside style="background:oklch(0.2 0.02 250);padding:8px">${widgets().split('</casualty-claims>')[0]}</casualty-claims></aside>
      <div style="background:rgba(0,0,0,0.04)"><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge></div>`;
    const { page } = await visit('/painted', { html: hostPage(body), context: { colorScheme: 'light' } });
    expect(await schemes(page)).toEqual(['dark', 'light']);
    pages.set('/follows', hostPage(widgets(), { head: '<meta name="color-scheme" content="light dark">' }));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${publisher()}/follows`);
    await settled(page);
    expect(await schemes(page)).toEqual(['dark', 'dark']);
  });

  it('reads a gradient or a picture behind it, which paint no background colour', async () => {
    // A feature page's dark gradient, with the card on it; a hero photograph (a script may not read its pixels)
    // under white text with the gauge, and one under dark text (a pale picture) with a second gauge.
    const photo = 'url(data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7) center/cover';
    const body = `<section style="background:linear-gradient(#0b0d12,#1b1f26);color:#eee;padding:8px">${widgets().split('</casualty-claims>')[0]}</casualty-claims></section>
      <div style="background:${photo};color:#fff;padding:8px"><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge></div>
      <div style="background:${photo};color:#222;padding:8px"><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge></div>`;
    const { page } = await visit('/pictured', { html: hostPage(body), context: { colorScheme: 'light' } });
    expect(await schemes(page)).toEqual(['dark', 'dark', 'light']);
  });

  it('follows the page’s own scheme before the system’s: color-scheme, data-theme, class="dark"', async () => {
    const cases: [string, string, 'light' | 'dark', 'light' | 'dark'][] = [
      ['root color-scheme', '<style>:root{color-scheme:dark}</style>', 'light', 'dark'],
      ['meta color-scheme', '<meta name="color-scheme" content="light">', 'dark', 'light'],
      ['data-theme', '<script>document.documentElement.dataset.theme="dark"</script>', 'light', 'dark'],
      ['class dark', '<script>document.documentElement.className="dark"</script>', 'light', 'dark'],
      ['class light beats system dark', '<script>document.documentElement.className="light"</script>', 'dark', 'light'],
    ];
    for (const [name, head, system, expected] of cases) {
      const { page } = await visit('/declared', {
        html: hostPage(widgets(), { head }),
        context: { colorScheme: system },
      });
      expect({ name, schemes: await schemes(page) }).toEqual({ name, schemes: [expected, expected] });
    }
  });

  it('reads the page again for what may change behind it, not for a page busy elsewhere', async () => {
    // A news page at work: a ticker moved by script every frame, a live blog growing, a header restyled on scroll.
    // Laid out so that none of it moves or resizes the widgets (a scrollbar from the first, the blog in a box of its
    // own): what is counted is the theme watcher's readings, not a card fitted again to a column that changed.
    const body = `<header id="masthead" class="top">News</header><div id="ticker" style="transform:translateX(0)">Markets</div>
<section id="story" style="padding:8px">${widgets()}</section><ol id="blog" style="height:200px;overflow:auto"></ol>`;
    const head = '<style>html{overflow-y:scroll}</style>';
    const { page } = await visit('/busy', { html: hostPage(body, { head }), context: { colorScheme: 'light' } });
    expect(await schemes(page)).toEqual(['light', 'light']);
    // Each render reads the scheme: the last one comes when the widgets go live, after their data is shown.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('casualty-claims, ceasefire-gauge')].every(
        (el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.live === 'on',
      ),
    );
    const readsSoFar = () => page.evaluate(() => (window as unknown as { __reads: number }).__reads);
    const reads = await page.evaluate(async () => {
      const w = window as unknown as { __reads: number };
      w.__reads = 0;
      const read = window.getComputedStyle;
      window.getComputedStyle = (...args) => {
        w.__reads++;
        return read(...args);
      };
      const ticker = document.getElementById('ticker') as HTMLElement;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let i = 1; i <= 20; i++) {
        ticker.style.transform = `translateX(-${i}px)`;
        document.getElementById('masthead')?.classList.toggle('scrolled');
        document.getElementById('blog')?.insertAdjacentHTML('afterbegin', `<li>Update ${i}</li>`);
        await frame();
      }
      // The frame after the last change, when a watcher's reading would run.
      await frame();
      await frame();
      return w.__reads;
    });
    expect(reads).toBe(0);
    // What is behind it changing still switches it, and is read through what was counted (so the count of none
    // above is the watcher's, not a count that could not see it).
    await page.evaluate(() => document.getElementById('story')?.style.setProperty('background', '#10131a'));
    await schemeBecomes(page, 'ceasefire-gauge', 'dark');
    expect(await schemes(page)).toEqual(['dark', 'dark']);
    expect(await readsSoFar()).toBeGreaterThan(0);
    // So do a stylesheet the page adds, and a widget moved somewhere else.
    await page.evaluate(() => {
      const light = document.createElement('div');
      light.id = 'light';
      light.append(document.querySelector('casualty-claims') as Element);
      document.body.append(light);
    });
    await schemeBecomes(page, 'casualty-claims', 'light');
    await page.evaluate(() => document.head.insertAdjacentHTML('beforeend', '<style>#light{background:#000}</style>'));
    await schemeBecomes(page, 'casualty-claims', 'dark');
  });

  it('follows a page that swaps its stylesheet for a dark one, once the sheet has loaded', async () => {
    const sheet = (background: string) => `data:text/css,html{background:${encodeURIComponent(background)}}`;
    const head = `<link id="scheme" rel="stylesheet" href="${sheet('#fff')}">`;
    const { page } = await visit('/swapped', {
      html: hostPage(widgets(), { head }),
      context: { colorScheme: 'light' },
    });
    expect(await schemes(page)).toEqual(['light', 'light']);
    // The toggle of an older site: the same <link>, another sheet, which applies only once it has loaded.
    await page.evaluate((href) => document.getElementById('scheme')?.setAttribute('href', href), sheet('#111'));
    await schemeBecomes(page, 'casualty-claims, ceasefire-gauge', 'dark');
    // And one that turns a sheet off.
    await page.evaluate(() => {
      (document.getElementById('scheme') as HTMLLinkElement).disabled = true;
    });
    await schemeBecomes(page, 'casualty-claims, ceasefire-gauge', 'light');
  });

  it('reads and follows what a page’s own components paint around it: a slot’s boxes, a shadow tree it sits in', async () => {
    // A layout component that wraps what it is given in a box of its own (dark where the host says so, or its box's
    // class does), and an embed component that puts the gauge inside its own shadow tree (so the page loads the
    // widgets' module itself: the one-tag loader does not look inside shadow trees).
    const components = `<script type="module">
import '${WIDGET_SCRIPT.replace('explainers.js', 'all-widgets.js')}';
const box = '<style>.box{padding:8px;transition:background-color .2s}.box.dark,:host([dark]) .box{background:#10131a;color:#eee}</style>';
customElements.define('site-panel', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = box + '<div class="box"><slot></slot></div>'; }
});
customElements.define('site-embed', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = box + '<div class="box"><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge></div>';
  }
});
</script>`;
    const body = `<site-panel dark><casualty-claims incident="${SEED_INCIDENT}"></casualty-claims></site-panel><site-embed></site-embed>`;
    const { page } = await visit('/components', {
      html: hostPage(body, { head: components }),
      context: { colorScheme: 'light' },
      settle: false,
    });
    const roots = (key: 'scheme' | 'live') =>
      page.evaluate((key) => {
        const card = document.querySelector('casualty-claims');
        const gauge = document.querySelector('site-embed')?.shadowRoot?.querySelector('ceasefire-gauge');
        return [card, gauge].map((el) => el?.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset[key]);
      }, key);
    const both = () => roots('scheme');
    // Shown and live: no render of their own to come, so what follows is the watcher's.
    await expect.poll(() => roots('live'), { timeout: 15_000 }).toEqual(['on', 'on']);
    // Dark where the panel's box is, read through the slot the card is given to (the page's own body is white).
    expect(await both()).toEqual(['dark', 'light']);
    // A class changed inside the components' shadow trees, which the page's document does not show, and their
    // colours' transitions, whose ends do not reach it (read as the change is seen, the box is still light). The
    // panel stays dark (its host says so too) until both are gone: its last step is the one that shows its tree is
    // watched.
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('site-panel, site-embed'))
        host.shadowRoot?.querySelector('.box')?.classList.toggle('dark');
    });
    // Each read once a transition has ended and a frame has passed: seconds on a busy machine, not poll's default one.
    const settles = { timeout: 10_000 };
    await expect.poll(both, settles).toEqual(['dark', 'dark']);
    await page.evaluate(() => document.querySelector('site-panel')?.removeAttribute('dark'));
    await expect.poll(both, settles).toEqual(['dark', 'dark']);
    await page.evaluate(() =>
      document.querySelector('site-panel')?.shadowRoot?.querySelector('.box')?.classList.remove('dark'),
    );
    await expect.poll(both, settles).toEqual(['light', 'dark']);
  });

  it("follows a widget given to another of a component's slots, and a slot renamed", async () => {
    // A component of two boxes: a dark one for what is given to its "side" slot, a light one for the rest.
    const columns = component(
      'site-columns',
      '<style>.dark{background:#10131a;color:#eee}</style><div class="dark"><slot name="side"></slot></div><div><slot></slot></div>',
    );
    const { page } = await visit('/slots', {
      html: hostPage(
        `<site-columns><casualty-claims incident="${SEED_INCIDENT}" slot="side"></casualty-claims></site-columns>`,
        {
          head: columns,
        },
      ),
      context: { colorScheme: 'light' },
    });
    // Live: no render of its own to come (the live chunk's first one reads the page again), so what follows is the
    // watcher's.
    await expect
      .poll(
        () =>
          page
            .locator('casualty-claims')
            .evaluate((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.live),
        { timeout: 15_000 },
      )
      .toBe('on');
    expect(await schemes(page)).toEqual(['dark']);
    // Given to the light box by the page's script ...
    await page.evaluate(() => document.querySelector('casualty-claims')?.removeAttribute('slot'));
    await schemeBecomes(page, 'casualty-claims', 'light');
    // ... then to the dark one again, by the component: its "side" slot, renamed, is the first unnamed one, which
    // takes what no slot names. Nothing about the widget itself changed.
    await page.evaluate(() =>
      document.querySelector('site-columns')?.shadowRoot?.querySelector('slot[name]')?.removeAttribute('name'),
    );
    await schemeBecomes(page, 'casualty-claims', 'dark');
  });

  it('switches live when the page changes scheme, and theme="light|dark" overrides everything', async () => {
    const { page } = await visit('/switch', {
      html: hostPage(
        `<casualty-claims incident="${SEED_INCIDENT}"></casualty-claims><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}" theme="light"></ceasefire-gauge>`,
      ),
      context: { colorScheme: 'light' },
    });
    expect(await schemes(page)).toEqual(['light', 'light']);
    const lightBackground = await background(page, 'casualty-claims');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await schemeBecomes(page, 'casualty-claims', 'dark');
    expect(await schemes(page)).toEqual(['dark', 'light']);
    expect(await background(page, 'casualty-claims')).not.toBe(lightBackground);
    expect(await background(page, 'ceasefire-gauge')).toBe(lightBackground);
    // A page that starts following the system (light dark) and a system gone dark: auto follows.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => {
      document.documentElement.removeAttribute('data-theme');
      document.documentElement.style.colorScheme = 'light dark';
    });
    await page.locator('ceasefire-gauge').evaluate((el) => el.setAttribute('theme', 'auto'));
    await schemeBecomes(page, 'ceasefire-gauge', 'dark');
    expect(await schemes(page)).toEqual(['dark', 'dark']);
  });

  /** Both widgets light, then dark while the page's `#night` checkbox is checked, and light again. */
  const followsNight = async (page: Page) => {
    expect(await schemes(page)).toEqual(['light', 'light']);
    await page.locator('#night').check();
    await schemeBecomes(page, 'casualty-claims, ceasefire-gauge', 'dark');
    await page.locator('#night').uncheck();
    await schemeBecomes(page, 'casualty-claims, ceasefire-gauge', 'light');
  };

  it('follows a dark toggle that is a checkbox the page’s styles follow through :has(:checked)', async () => {
    // No attribute changes and no transition: only the checkbox's state, which the page's rules read.
    const head = '<style>body:has(#night:checked){background:#121212;color:#eee}</style>';
    const { page } = await visit('/has-toggle', {
      html: hostPage(`<label><input type="checkbox" id="night"> Night</label>${widgets()}`, { head }),
      context: { colorScheme: 'light' },
    });
    await followsNight(page);
  });

  it("follows a checkbox toggle inside a component's shadow tree, whose change does not leave it", async () => {
    // A page's shell component: its own night toggle and the box its content is given to, darkened by a rule of its
    // shadow tree. Nothing in the document changes, and the control's `change` stops at the shadow root.
    const shell = component(
      'site-shell',
      '<style>.page:has(#night:checked){background:#121212;color:#eee}</style><div class="page"><label><input type="checkbox" id="night"> Night</label><slot></slot></div>',
    );
    const { page } = await visit('/shadow-toggle', {
      html: hostPage(`<site-shell>${widgets()}</site-shell>`, { head: shell }),
      context: { colorScheme: 'light' },
    });
    await followsNight(page);
  });
});
