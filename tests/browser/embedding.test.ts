/**
 * Embedding beyond the script tag, in a real browser and with a real oEmbed
 * consumer: iframes of the embed pages on a publisher's origin, fitted by
 * resize.js; AMP's embed-size message; the pages with JavaScript off.
 */
import { extract, setProviderList } from '@extractus/oembed-extractor';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EMBED_WIDTH, resizeScriptTag, scriptSnippet } from '../../shared/embed/catalog';
import { RESIZE_MESSAGE } from '../../shared/embed/messages';
import { DATA_SIZES } from '../gallery/data';
import { HOST_PAGES } from '../gallery/pages';
import {
  baseUrl,
  gate,
  headingLevels,
  openPage,
  pageServer,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  useBrowser,
  useOrigin,
  WIDGETS,
} from './browser';
import { REVISED_INCIDENT } from './fixtures';

const browser = useBrowser();
const publisher = pageServer();
const origin = useOrigin(publisher.handler);

const claimsEmbed = `${baseUrl}/embed/casualty-claims/${SEED_INCIDENT}`;
const gaugeEmbed = `${baseUrl}/embed/ceasefire-gauge/${SEED_CEASEFIRE}`;

/** What a CMS stores for an oEmbed URL: the `html` of the oEmbed response. */
async function oembedHtml(url: string): Promise<string> {
  const res = await fetch(`${baseUrl}/oembed?url=${encodeURIComponent(url)}&format=json`);
  if (!res.ok) throw new Error(`oEmbed for ${url}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { html: string }).html;
}

/**
 * Places a publisher's page at `path` on the publisher's origin: `content` in a column `width` px wide (the
 * iframe's widest by default), `head` in its head. Returns the page's URL.
 */
function columnPage(path: string, content: string, { width = EMBED_WIDTH, head = '' } = {}): string {
  publisher.pages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title>${head}</head>
<body style="margin:0"><main style="width:${width}px">${content}</main></body></html>`,
  );
  return origin() + path;
}

/** Settles once the widget `el` locates shows its data (at once if it already does). */
const shown = (el: Locator): Promise<void> =>
  el.evaluate(
    (widget) =>
      new Promise<void>((resolve) => {
        if (widget.shadowRoot?.querySelector('[data-state="ready"]')) resolve();
        else widget.addEventListener('explainer-load', () => resolve(), { once: true });
      }),
  );

/** The titles of the frames oEmbed hands out, by language: the card's own name, then the story's. */
const FRAME_NAMES = {
  en: /^(Casualty claims|Ceasefire tracker): /,
  es: /^(Cifras de víctimas|Seguimiento del alto el fuego): /,
  ar: /^(أعداد الضحايا|متابعة وقف إطلاق النار): /,
} as const;
describe('iframe embeds on a publisher’s page', () => {
  for (const lang of ['en', 'es', 'ar'] as const) {
    it(`hold their first height with resize.js too, their card filling it: the page never moves (${lang})`, async () => {
      const urls = [claimsEmbed, gaugeEmbed, `${baseUrl}/embed/casualty-claims/${REVISED_INCIDENT}`];
      const snippets = await Promise.all(urls.map((url) => oembedHtml(`${url}?lang=${lang}`)));
      const url = columnPage(`/iframes-${lang}`, snippets.join('\n'), {
        head: `\n<script src="${baseUrl}/widgets/v1/resize.js"></script><script src="${baseUrl}/widgets/v1/resize.js"></script>`,
      });
      const { page, problems } = await openPage(browser());
      // Every height any frame reports, from the first: [the frame's index, the height].
      await page.addInitScript(() => {
        const reported: [number, number][] = [];
        Object.assign(window, { __reported: reported });
        addEventListener('message', (event) => {
          if (event.data?.type !== 'explainer-edge:resize') return;
          const from = [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === event.source);
          reported.push([from, event.data.height]);
        });
      });
      await page.goto(url);
      const frames = page.locator('iframe[data-explainer-embed]');
      expect(await frames.count()).toBe(urls.length);
      const errors: string[] = [];
      for (const [i, snippet] of snippets.entries()) {
        const frame = frames.nth(i);
        await frame.scrollIntoViewIfNeeded();
        const inner = frame.contentFrame();
        await shown(inner.locator('casualty-claims, ceasefire-gauge'));
        // The frame reports its height once the widget has upgraded over the server-rendered page, never before.
        const reported = () =>
          page.evaluate(() => (window as unknown as { __reported: [number, number][] }).__reported);
        await expect.poll(async () => (await reported()).some(([from]) => from === i), { timeout: 15_000 }).toBe(true);
        const heights = (await reported()).filter(([from]) => from === i).map(([, height]) => height);
        const content = await inner.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
        const frameHeight = await frame.evaluate((el) => el.getBoundingClientRect().height);
        const guessed = Number(/height="(\d+)"/.exec(snippet)?.[1]);
        errors.push(`${urls[i]?.split('/embed/')[1]} ${guessed}/${content}, reported ${heights.join(', ')}`);
        // Every height reported is the one the frame started with (to the pixel its fraction rounds to).
        for (const height of [content, frameHeight, ...heights]) {
          expect(Math.abs(height - guessed), errors.at(-1)).toBeLessThanOrEqual(1);
        }
        // Named as the card names itself, in the frame's language: what a screen reader announces for it.
        expect(await frame.getAttribute('title')).toMatch(FRAME_NAMES[lang]);
        expect(await frame.getAttribute('loading')).toBe('lazy');
      }
      console.log(`first height / content (${lang}): ${errors.join('; ')}`);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  // The gallery's column widths (tests/gallery/pages.ts): the iframe is as wide as the column, up to EMBED_WIDTH.
  const columns = [...new Set(HOST_PAGES.map((h) => Math.min(h.column - 24, EMBED_WIDTH)))].sort((a, b) => a - b);
  const galleryEmbeds = Object.values(DATA_SIZES).flatMap(({ incident, ceasefire }) =>
    ['en', 'es', 'ar'].flatMap((lang) => [
      `${baseUrl}/embed/casualty-claims/${incident}?lang=${lang}`,
      `${baseUrl}/embed/ceasefire-gauge/${ceasefire}?lang=${lang}`,
    ]),
  );
  /** The oEmbed answers' code for the gallery's embeds, asked once for every column. */
  let gallerySnippets: Promise<string[]> | undefined;
  const askGallerySnippets = async () => {
    // One at a time, as a CMS asks (18 at once is a burst the API's per-address budget may shed).
    const snippets: string[] = [];
    for (const url of galleryEmbeds) snippets.push(await oembedHtml(url));
    return snippets;
  };
  for (const width of columns) {
    it(`are filled by their card, whole, in a ${width} px column, without resize.js (gallery data, en, es, ar)`, async () => {
      gallerySnippets ??= askGallerySnippets();
      const snippets = await gallerySnippets;
      const url = columnPage(`/first-heights-${width}`, snippets.join('\n'), { width });
      // Tall enough that every lazy frame loads at once.
      const { page, problems } = await openPage(browser(), { viewport: { width: width + 40, height: 20_000 } });
      await page.goto(url);
      const frames = page.locator('iframe[data-explainer-embed]');
      const firsts = await frames.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      // The frames are checked side by side: one after another, each took about 0.2 s of Playwright's round trips.
      const spacings = await Promise.all(
        galleryEmbeds.map(async (url, i) => {
          // Lazy frames past the viewport's end load once scrolled to (the narrowest columns run past 20,000 px).
          await frames.nth(i).scrollIntoViewIfNeeded();
          const widget = frames.nth(i).contentFrame().locator('casualty-claims, ceasefire-gauge');
          await shown(widget);
          // The first height is an estimate; the card's spacing takes up the difference, so the frame shows all of
          // the card, to its bottom border, and nothing under it.
          const card = await widget.evaluate((el) => {
            const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
            return {
              page: document.documentElement.getBoundingClientRect().height,
              frame: innerHeight,
              clipped: root?.dataset.fit === 'clipped' || (root?.scrollHeight ?? 0) > (root?.clientHeight ?? 0) + 1,
              spacing: Number(root?.style.getPropertyValue('--_fit') || 1),
            };
          });
          const at = `${url.split('/embed/')[1]}: frame ${card.frame} px, page ${card.page} px`;
          expect(Math.abs(card.page - card.frame), at).toBeLessThanOrEqual(1);
          expect(card.clipped, at).toBe(false);
          return card.spacing;
        }),
      );
      // Without resize.js nothing changes the frames: their first heights are their heights.
      expect(await frames.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))).toEqual(firsts);
      console.log(
        `iframe cards' spacing at ${width} px: ×${Math.min(...spacings).toFixed(2)}–×${Math.max(...spacings).toFixed(2)}`,
      );
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('are filled again when their column changes width, without resize.js', async () => {
    const url = columnPage('/column-changes', await oembedHtml(claimsEmbed));
    const { page, problems } = await openPage(browser(), { viewport: { width: 700, height: 1200 } });
    await page.goto(url);
    const inner = page.frameLocator('iframe');
    await shown(inner.locator('casualty-claims'));
    /** How far the frame's page is from the frame's height, and whether the card is whole. */
    const fill = () =>
      inner.locator('casualty-claims').evaluate((el) => {
        const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
        return {
          frame: innerHeight,
          off: Math.round(Math.abs(document.documentElement.getBoundingClientRect().height - innerHeight)),
          whole: (root?.scrollHeight ?? 0) <= (root?.clientHeight ?? 0) + 1,
        };
      });
    const wide = await fill();
    expect(wide).toMatchObject({ off: 0, whole: true });
    // A narrower column (a phone turned, a sidebar opened): the frame's height follows its width, and the card it.
    await page.locator('main').evaluate((main) => {
      main.style.width = '351px';
    });
    await expect.poll(async () => (await fill()).frame, { timeout: 15_000 }).toBeGreaterThan(wide.frame + 100);
    await expect.poll(fill, { timeout: 15_000 }).toMatchObject({ off: 0, whole: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('take their card’s own height in a frame far off it, which resize.js then fits, over a line under it, and opened on their own', async () => {
    // A publisher's own height, as a hand-written iframe may have: far too short for the card, then far too tall.
    for (const height of [200, 2400]) {
      publisher.pages.set(
        `/own-height-${height}`,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title></head>
<body style="margin:0"><iframe src="${claimsEmbed}" title="Casualty claims" style="border:0;width:${EMBED_WIDTH}px;height:${height}px"></iframe>
${resizeScriptTag(baseUrl)}</body></html>`,
      );
      const { page, problems } = await openPage(browser());
      await page.goto(`${origin()}/own-height-${height}`);
      const widget = page.frameLocator('iframe').locator('casualty-claims');
      await shown(widget);
      expect(await widget.evaluate((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.style.height)).toBe('');
      const natural = await page
        .frameLocator('iframe')
        .locator('html')
        .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      expect(natural).toBeGreaterThan(400);
      expect(natural).toBeLessThan(1000);
      await expect
        .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), { timeout: 15_000 })
        .toBe(natural);
      expect(problems).toEqual([]);
      await page.context().close();
    }
    // A pinned embed whose data has changed since shows a line under its card: the card is not fitted over it.
    const pinnedUrl = columnPage('/pinned-stale', await oembedHtml(`${claimsEmbed}?asOf=2016-09-16`));
    const pinned = await openPage(browser());
    await pinned.page.goto(pinnedUrl);
    const pinnedWidget = pinned.page.frameLocator('iframe').locator('casualty-claims');
    await shown(pinnedWidget);
    expect(
      await pinnedWidget.evaluate((el) => {
        const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
        return [root?.style.height, root?.dataset.fit ?? null];
      }),
    ).toEqual(['', null]);
    expect(await pinned.page.frameLocator('iframe').locator('.pinned').isVisible()).toBe(true);
    expect(pinned.problems).toEqual([]);
    await pinned.page.context().close();

    const { page, problems } = await openPage(browser(), { viewport: { width: 700, height: 300 } });
    await page.goto(claimsEmbed);
    await shown(page.locator('casualty-claims'));
    expect(
      await page.locator('casualty-claims').evaluate((el) => {
        const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
        return [root?.style.height, root?.dataset.fit ?? null, root?.scrollHeight === root?.clientHeight];
      }),
    ).toEqual(['', null, true]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('are fitted, and take the page’s scheme, by a resize.js that comes after they reported', async () => {
    // A dark page whose resize.js comes late (a footer, a tag manager, a consent manager).
    publisher.pages.set(
      '/late-resize',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title></head>
<body style="margin:0;background:#111;color:#eee"><iframe src="${claimsEmbed}" title="Casualty claims" style="border:0;width:${EMBED_WIDTH}px;height:200px"></iframe></body></html>`,
    );
    const { page, problems } = await openPage(browser());
    // The heights the frame reports, as the page receives them (nothing of the page's own acts on them).
    await page.addInitScript(() => {
      const w = window as unknown as { __reports: number[] };
      w.__reports = [];
      addEventListener('message', (e) => {
        if (e.data?.type === 'explainer-edge:resize') w.__reports.push(e.data.height);
      });
    });
    await page.goto(`${origin()}/late-resize`);
    const frame = page.frameLocator('iframe');
    await shown(frame.locator('casualty-claims'));
    const natural = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(natural).toBeGreaterThan(400);
    // It has reported its height (nothing on the page heard it): the frame keeps its code's height.
    await page.waitForFunction((h) => (window as unknown as { __reports: number[] }).__reports.at(-1) === h, natural);
    expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(200);
    await page.addScriptTag({ url: `${baseUrl}/widgets/v1/resize.js` });
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), { timeout: 15_000 })
      .toBe(natural);
    await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('open their links in a new tab, leaving the card in its frame', async () => {
    const url = columnPage('/framed-links', await oembedHtml(claimsEmbed));
    const { page, problems } = await openPage(browser());
    // The source's site is not reachable from the suite: a stand-in answers for it.
    await page
      .context()
      .route('https://**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>A source</title>' }),
      );
    await page.goto(url);
    const widget = page.frameLocator('iframe').locator('casualty-claims');
    await shown(widget);
    const source = widget.locator('a[href^="https://"]:visible').first();
    const [tab] = await Promise.all([page.context().waitForEvent('page'), source.click()]);
    expect(tab.url()).toBe(await source.getAttribute('href'));
    // The frame still shows the embed page, and the card.
    expect(page.frames().map((f) => f.url())).toContain(claimsEmbed);
    await shown(widget);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('send AMP’s embed-size message, so <amp-iframe resizable> fits them', async () => {
    publisher.pages.set(
      '/amp-like',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AMP-like host</title></head><body>
<script>window.__sizes=[];window.__wp=[];addEventListener('message',(e)=>{if(e.data&&e.data.sentinel==='amp')window.__sizes.push(e.data);if(e.data&&e.data.secret)window.__wp.push(e.data)})</script>
<iframe src="${gaugeEmbed}" title="gauge" style="width:600px;height:100px;border:0"></iframe></body></html>`,
    );
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/amp-like`);
    await page.waitForFunction(() => (window as unknown as { __sizes: unknown[] }).__sizes.length > 0, null, {
      timeout: 15_000,
    });
    const sizes = await page.evaluate(
      () => (window as unknown as { __sizes: { type: string; height: number }[] }).__sizes,
    );
    expect(sizes[0]).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
    expect(sizes.at(-1)?.height).toBeGreaterThan(200);
    // A frame WordPress did not name (no `#?secret=`) does not speak its protocol.
    await expect(page.evaluate(() => (window as unknown as { __wp: unknown[] }).__wp)).resolves.toEqual([]);
    await page.context().close();
  });

  // WordPress frames an oEmbed provider it found by discovery in a sandboxed iframe, with `#?secret=…` added to
  // the frame's URL, and sizes each frame from `{ message: 'height', value, secret }`.
  it('send WordPress’s height message, with its secret, in frames WordPress sandboxed', async () => {
    const frames = { Wp7abc9XyZ: claimsEmbed, Q2rT8mN4kL: gaugeEmbed };
    publisher.pages.set(
      '/wordpress-like',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WordPress-like host</title></head><body>
<script>window.__seen=[];addEventListener('message',(e)=>{if(e.data&&(e.data.secret||e.data.type))window.__seen.push(e.data)})</script>
${Object.entries(frames)
  .map(
    ([secret, src]) =>
      `<iframe sandbox="allow-scripts" src="${src}#?secret=${secret}" title="${secret}" width="640" height="400" style="border:0"></iframe>`,
  )
  .join('')}</body></html>`,
    );
    const { page, problems } = await openPage(browser());
    await page.goto(`${origin()}/wordpress-like`);
    type Seen = { message?: string; value?: number; secret?: string; type?: string; height?: number; src?: string };
    const seen = () => page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
    await expect
      .poll(async () => new Set((await seen()).map((m) => m.secret).filter(Boolean)).size, { timeout: 15_000 })
      .toBe(2);
    const messages = await seen();
    for (const [secret, src] of Object.entries(frames)) {
      // Each frame's WordPress message says the height its own message says, with its own secret.
      const ours = messages.filter((m) => m.type === RESIZE_MESSAGE && m.src === `${src}#?secret=${secret}`);
      const wordpress = messages.filter((m) => m.secret === secret);
      for (const m of wordpress) expect(m).toEqual({ message: 'height', value: expect.any(Number), secret });
      expect(wordpress.map((m) => m.value)).toEqual(ours.map((m) => m.height));
      expect(wordpress.at(-1)?.value).toBeGreaterThan(300);
    }
    // Chromium notes that a sandboxed frame's page, whose origin is opaque, cannot be origin-keyed as its
    // Origin-Agent-Cluster header asks (the documents' security headers: src/app.ts): a notice, nothing broken.
    expect(problems.filter((p) => !p.startsWith('console.warning: The page requested an origin-keyed'))).toEqual([]);
    await page.context().close();
  });

  // WordPress's sandbox opens no new window: a source's link, followed there, goes to WordPress's page as its
  // `{ message: 'link' }`, through the widget's own host, which redirects to the source and nowhere else.
  it('send the links a reader follows in WordPress’s sandbox to WordPress’s page, through a redirect on our host', async () => {
    const secret = 'Lk5mQ2wX8a';
    const src = `${claimsEmbed}?asOf=2016-09-20`;
    publisher.pages.set(
      '/wordpress-links',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WordPress-like host</title></head><body>
<script>window.__links=[];addEventListener('message',(e)=>{if(e.data&&e.data.message==='link')window.__links.push(e.data)})</script>
<iframe sandbox="allow-scripts" src="${src}#?secret=${secret}" title="card" width="640" height="800" style="border:0"></iframe></body></html>`,
    );
    const { page, problems } = await openPage(browser());
    await page.goto(`${origin()}/wordpress-links`);
    const frame = page.frameLocator('iframe[title=card]');
    const source = frame.locator('casualty-claims a[part=link]', { hasText: 'syriahr.com' });
    await source.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __links: unknown[] }).__links))
      .toEqual([
        {
          message: 'link',
          value: `${claimsEmbed}/link?to=${encodeURIComponent('https://www.syriahr.com/en/')}&asOf=2016-09-20`,
          secret,
        },
      ]);
    const [sent] = await page.evaluate(() => (window as unknown as { __links: { value: string }[] }).__links);
    const followed = await fetch(sent?.value ?? '', { redirect: 'manual' });
    expect([followed.status, followed.headers.get('Location')]).toEqual([302, 'https://www.syriahr.com/en/']);
    // The frame stayed where it was, its card in it.
    await expect(frame.locator('casualty-claims').count()).resolves.toBe(1);
    expect(problems.filter((p) => !p.startsWith('console.warning: The page requested an origin-keyed'))).toEqual([]);
    await page.context().close();
  });
});

describe('iframe embeds in the colours of the page around them', () => {
  type Seen = { theme: string | null; meta: string | null; scheme: string; ink: string; background: string };

  /** A publisher's page with the card's iframe (oEmbed's) and, unless left out, resize.js, as the panel gives them. */
  async function framedCard(
    name: string,
    body: string,
    options: { query?: string; resize?: boolean; html?: string } = {},
  ) {
    const code = await oembedHtml(`${claimsEmbed}${options.query ?? ''}`);
    publisher.pages.set(
      `/scheme-${name}`,
      `<!doctype html><html lang="en" ${options.html ?? ''}><head><meta charset="utf-8"><title>Publisher</title></head>
<body ${body}><main style="width:${EMBED_WIDTH}px">${code}${options.resize === false ? '' : resizeScriptTag(baseUrl)}</main></body></html>`,
    );
    return `/scheme-${name}`;
  }

  /** What the frame shows: its <html>'s data-theme and color-scheme meta, the card's scheme, the page's ink and paint. */
  const seen = (page: Page): Promise<Seen> =>
    page
      .frameLocator('iframe')
      .locator('casualty-claims')
      .evaluate(
        (el) =>
          new Promise<Seen>((resolve) => {
            const read = () => {
              const html = document.documentElement;
              resolve({
                theme: html.dataset.theme ?? null,
                meta: document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? null,
                scheme: el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.scheme ?? '',
                ink: getComputedStyle(html).color,
                background: getComputedStyle(html).backgroundColor,
              });
            };
            if (el.shadowRoot?.querySelector('[data-state="ready"]')) read();
            else el.addEventListener('explainer-load', read, { once: true });
          }),
      );

  const LIGHT_INK = 'rgb(26, 26, 26)';
  const DARK_INK = 'rgb(232, 230, 225)';

  /** The colour the reader sees at the frame's top left corner, inside it, where the page shows through (or not). */
  const cornerPixel = async (page: Page): Promise<number[]> => {
    const box = await page.locator('iframe').boundingBox();
    if (!box) throw new Error('no frame');
    const png = await page.screenshot({ clip: { x: box.x + 4, y: box.y + 4, width: 1, height: 1 } });
    return page.evaluate(
      async (bytes) => {
        const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const context = new OffscreenCanvas(1, 1).getContext('2d');
        context?.drawImage(image, 0, 0);
        return [...(context?.getImageData(0, 0, 1, 1).data ?? [])].slice(0, 3);
      },
      [...png],
    );
  };

  // [page, its body, the reader's system, the card's scheme, the frame's canvas's, the page's colour, its root]
  for (const [name, body, system, scheme, canvas, paper, html] of [
    [
      'a white page, to a reader whose system is dark',
      'style="background:#fff"',
      'dark',
      'light',
      'light',
      [255, 255, 255],
    ],
    // Most dark pages declare no scheme: their canvas is light, and a frame declared dark would be drawn opaque.
    [
      'a dark page, to a reader whose system is light',
      'style="background:#15181c;color:#eee"',
      'light',
      'dark',
      'light',
      [21, 24, 28],
    ],
    // Declared on the body (the frame inherits it) or on the root.
    [
      'a dark page that declares its body dark',
      'style="background:#15181c;color:#eee;color-scheme:dark"',
      'light',
      'dark',
      'dark',
      [21, 24, 28],
    ],
    [
      'a dark page that declares its scheme dark',
      'style="background:#15181c;color:#eee"',
      'light',
      'dark',
      'dark',
      [21, 24, 28],
      'style="color-scheme:dark"',
    ],
  ] as const) {
    it(`take the scheme resize.js reports of ${name}, showing the page through the frame round the card`, async () => {
      const path = await framedCard(name.replaceAll(/\W+/g, '-'), body, { html });
      const { page, problems } = await openPage(browser(), { colorScheme: system });
      await page.goto(origin() + path);
      await expect.poll(async () => (await seen(page)).theme, { timeout: 15_000 }).toBe(scheme);
      // The card, the page's text, and the meta Chromium paints a frame's canvas by: the framing page's canvas.
      expect(await seen(page)).toEqual({
        theme: scheme,
        meta: canvas,
        scheme,
        ink: scheme === 'light' ? LIGHT_INK : DARK_INK,
        background: 'rgba(0, 0, 0, 0)',
      });
      // No ring of another colour: the frame's padding shows the page. (A frame declared dark in a page whose
      // canvas is light is drawn opaque: a band of near-black round the card.)
      expect(await cornerPixel(page)).toEqual(paper);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('follow the page when its reader toggles dark mode', async () => {
    const path = await framedCard('toggle', 'style="background:#fff"');
    const { page, problems } = await openPage(browser(), { colorScheme: 'light' });
    await page.goto(origin() + path);
    await expect.poll(async () => (await seen(page)).theme, { timeout: 15_000 }).toBe('light');
    await page.evaluate(() => {
      document.documentElement.classList.add('dark');
      document.body.style.background = '#111';
    });
    await expect.poll(async () => (await seen(page)).scheme, { timeout: 15_000 }).toBe('dark');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keep a theme their URL names, whatever the page, and are light without resize.js', async () => {
    const named = await framedCard('named', 'style="background:#fff"', { query: '?theme=dark' });
    const { page, problems } = await openPage(browser(), { colorScheme: 'light' });
    await page.goto(origin() + named);
    // The frame has said hello and reported its height: resize.js has fitted it, and answered.
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.style.height), { timeout: 15_000 })
      .toMatch(/^\d+px$/);
    expect(await seen(page)).toMatchObject({ theme: 'dark', meta: 'dark', scheme: 'dark', ink: DARK_INK });
    await page.context().close();

    const bare = await framedCard('no-resize', 'style="background:#fff"', { resize: false });
    const dark = await openPage(browser(), { colorScheme: 'dark' });
    await dark.page.goto(origin() + bare);
    // Most pages declare no scheme, so a frame sees the reader's system: a white page must not get a dark card.
    expect(await seen(dark.page)).toMatchObject({ theme: 'light', meta: 'light', scheme: 'light', ink: LIGHT_INK });
    expect([...problems, ...dark.problems]).toEqual([]);
    await dark.page.context().close();
  });

  it('open on their own in a theme they name, page and card alike, whatever the system, and else in the system’s', async () => {
    const { page, problems } = await openPage(browser(), { colorScheme: 'dark' });
    const drawn = () =>
      page.evaluate(() => [
        getComputedStyle(document.documentElement).colorScheme,
        getComputedStyle(document.documentElement).color,
      ]);
    await page.goto(`${claimsEmbed}?theme=light`);
    expect(await drawn()).toEqual(['light', LIGHT_INK]);
    await page.goto(claimsEmbed);
    await shown(page.locator('casualty-claims'));
    expect(await drawn()).toEqual(['light dark', DARK_INK]);
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
    expect(
      await page
        .locator('casualty-claims')
        .evaluate((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.scheme),
    ).toBe('dark');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('iframe embeds in the outline of the page around them', () => {
  /** The heading levels of the framed widget. */
  const levels = (page: Page) => headingLevels(page.frameLocator('iframe').locator(WIDGETS));

  /**
   * A publisher's page: `before` (its headings), then the oEmbed code of `embed` as `iframe` rewrites it, and
   * resize.js unless `resize` is false.
   */
  async function outlinePage(
    name: string,
    before: string,
    embed: string,
    iframe = (code: string) => code,
    resize = true,
  ) {
    const code = iframe(await oembedHtml(embed));
    return columnPage(`/outline-${name}`, `${before}${code}${resize ? resizeScriptTag(baseUrl) : ''}`);
  }

  for (const [name, before, embed, iframe, want] of [
    // Under the page's h2 its title is a third level, its sections' labels a fourth, whatever the frame's theme.
    ['under-h2', '<h1>A story</h1><h2>Its figures</h2>', `${claimsEmbed}?theme=dark`, undefined, [3, 4]],
    ['gauge-under-h3', '<h1>A story</h1><h2>Its truce</h2><h3>The gauge</h3>', gaugeEmbed, undefined, [4, 5, 5]],
    // The frame's data-heading-level, where a page's outline is not where the frame sits in it.
    [
      'asked',
      '<h1>A story</h1>',
      claimsEmbed,
      (code: string) => code.replace('<iframe ', '<iframe data-heading-level="5" '),
      [5, 6],
    ],
  ] as const) {
    it(`take the level of the frame’s place in the page’s outline, told by resize.js (${name})`, async () => {
      const url = await outlinePage(name, before, embed, iframe);
      const { page, problems } = await openPage(browser());
      await page.goto(url);
      await expect.poll(() => levels(page), { timeout: 15_000 }).toEqual(want);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('keep the frame’s own levels without resize.js', async () => {
    const url = await outlinePage('no-resize', '<h1>A story</h1><h2>Its figures</h2>', claimsEmbed, undefined, false);
    const { page, problems } = await openPage(browser());
    await page.goto(url);
    await shown(page.frameLocator('iframe').locator('casualty-claims'));
    expect(await levels(page)).toEqual([2, 3]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('embed pages with JavaScript on', () => {
  it('upgrade from the data island without asking the API again', async () => {
    const { page, problems } = await openPage(browser());
    const apiCalls: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/api/')) apiCalls.push(req.url());
    });
    await page.goto(claimsEmbed);
    await shown(page.locator('casualty-claims'));
    expect(await page.locator('casualty-claims').evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain(
      'more than 60',
    );
    expect(apiCalls).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** A page's problems but the console's word on each inline style its CSP refused (what the tests below expect). */
const besidesRefusedInlineStyles = (problems: string[]) =>
  problems.filter(
    (p) =>
      !p.startsWith('console.error: Applying inline style violates') &&
      !p.startsWith('console.error: Refused to apply inline style'),
  );

describe('the one-tag embed under a publisher’s strict CSP', () => {
  it('renders the copied snippets fully (data preloads and a lazy language chunk included) with only the directives the README lists; only the reservation’s inline styles and the fallback’s stylesheet are refused', async () => {
    const csp = `default-src 'self'; script-src 'self' ${baseUrl}; connect-src 'self' ${baseUrl}; style-src 'self'; img-src 'self'`;
    // As the copy-embed panel hands them out: with a reservation (any CSS length will do here).
    publisher.pages.set(
      '/strict',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict</title>
<meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>
${scriptSnippet(baseUrl, { widget: 'casualty-claims', slug: SEED_INCIDENT, reserve: '30em' })}
${scriptSnippet(baseUrl, { widget: 'ceasefire-gauge', slug: SEED_CEASEFIRE, lang: 'es', reserve: '20em' })}</body></html>`,
    );
    const { page, problems } = await openPage(browser());
    await page.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __violations: string[] }).__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    // The data held back: loading, each widget holds the reserve of its pasted code (30 and 20 of its ems), which
    // its module applied through the CSSOM; not its own guess for a card pasted without one.
    const data = gate();
    await page.route(/\/api\/v1\//, async (route) => data.opened.then(() => route.continue()));
    await page.goto(`${origin()}/strict`);
    const held = () =>
      page.$$eval('casualty-claims, ceasefire-gauge', (els) =>
        els.map((el) => {
          const root = el.shadowRoot?.querySelector<HTMLElement>('.root[data-state="loading"]');
          return root && Math.round(root.getBoundingClientRect().height / parseFloat(getComputedStyle(root).fontSize));
        }),
      );
    await expect.poll(held).toEqual([30, 20]);
    data.open();
    await page.waitForFunction(() =>
      ['casualty-claims', 'ceasefire-gauge'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('[data-state="ready"]'),
      ),
    );
    // The range bar is positioned through the CSSOM, which a strict style-src allows.
    const spread = await page
      .locator('casualty-claims')
      .evaluate((el) => el.shadowRoot?.querySelector<HTMLElement>('.spread')?.getBoundingClientRect().width ?? 0);
    expect(spread).toBeGreaterThan(10);
    // The pasted elements' style attributes (and their spacers'), and the stylesheet that would show their links
    // where the module does not run: the reservation is lost, and that fallback with it, nothing else.
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(violations.sort()).toEqual([
      ...Array(4).fill('style-src-attr inline'),
      ...Array(2).fill('style-src-elem inline'),
    ]);
    expect(besidesRefusedInlineStyles(problems)).toEqual([]);
    await page.context().close();
  });
});

describe('the iframe embed under a publisher’s strict CSP', () => {
  it('stays within a phone’s screen where the page refuses inline styles, resize.js applying the code’s own', async () => {
    const csp = `default-src 'self'; script-src ${baseUrl}; frame-src ${baseUrl}; style-src 'self'; img-src 'self'`;
    const code = await oembedHtml(claimsEmbed);
    publisher.pages.set(
      '/strict-frame',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict</title>
<meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>${code}${resizeScriptTag(baseUrl)}</body></html>`,
    );
    const { page, problems } = await openPage(browser(), { viewport: { width: 375, height: 800 } });
    await page.goto(`${origin()}/strict-frame`);
    // Fitted: the frame has reported its height, and resize.js set it.
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.style.height), { timeout: 15_000 })
      .toMatch(/^\d+px$/);
    // Its `style` refused, the frame was its `width` attribute, 640 px, and the page scrolled sideways.
    const sizes = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      frame: document.querySelector('iframe')?.getBoundingClientRect().right ?? 0,
    }));
    expect(sizes.page).toBeLessThanOrEqual(375);
    expect(sizes.frame).toBeLessThanOrEqual(375);
    await expect(page.frameLocator('iframe').locator('casualty-claims').count()).resolves.toBe(1);
    expect(besidesRefusedInlineStyles(problems)).toEqual([]);
    await page.context().close();
  });
});

describe('resize.js and frames that are not ours', () => {
  it('neither fits nor styles a frame of another site by its own messages', async () => {
    const csp = `default-src 'self'; script-src ${baseUrl}; frame-src 'self' ${baseUrl}; style-src 'self'`;
    // An advertiser's frame, on the page's own origin, that speaks our message: its style asks for the whole window.
    publisher.pages.set(
      '/ad',
      `<!doctype html><title>Ad</title><script>setInterval(() => parent.postMessage({ type: 'explainer-edge:resize', height: 777, src: location.href }, '*'), 50)</script>`,
    );
    publisher.pages.set(
      '/foreign-frame',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title>
<meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>
<iframe src="/ad" title="Ad" style="position:fixed;inset:0;width:100vw;height:100vh;z-index:9"></iframe>${resizeScriptTag(baseUrl)}</body></html>`,
    );
    const { page, problems } = await openPage(browser());
    await page.addInitScript(() => {
      const w = window as unknown as { adMessages: number };
      w.adMessages = 0;
      addEventListener('message', (e) => {
        if ((e.data as { height?: number })?.height === 777) w.adMessages += 1;
      });
    });
    await page.goto(`${origin()}/foreign-frame`);
    // Once resize.js has run, the frame speaks twice more: resize.js has heard it.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.endsWith('/resize.js')),
    );
    const heard = await page.evaluate(() => (window as unknown as { adMessages: number }).adMessages);
    await page.waitForFunction((n) => (window as unknown as { adMessages: number }).adMessages >= n + 2, heard);
    // A frame's default box (300 × 150 and its border), its own style refused by the page and not applied by us.
    const frame = await page.locator('iframe').evaluate((f) => ({
      position: getComputedStyle(f).position,
      height: f.getBoundingClientRect().height,
      attribute: f.getAttribute('height'),
    }));
    expect(frame).toMatchObject({ position: 'static', attribute: null });
    expect(frame.height).toBeLessThan(200);
    expect(besidesRefusedInlineStyles(problems)).toEqual([]);
    await page.context().close();
  });
});

describe('the script embed on a page that enforces Trusted Types', () => {
  type Outcome = { states: string[]; texts: string[]; heights: number[]; events: string[]; violations: string[] };

  /**
   * The panel's code for both widgets on a page with this CSP (and this script before them), or (`each`) each
   * widget's own code, one after the other; what each shows.
   */
  async function trustedTypesPage(
    name: string,
    csp: string,
    script = '',
    each = false,
  ): Promise<{ outcome: Outcome; problems: string[] }> {
    const card = { widget: 'casualty-claims', slug: SEED_INCIDENT, reserve: '30em' } as const;
    const gauge = { widget: 'ceasefire-gauge', slug: SEED_CEASEFIRE, reserve: '20em' } as const;
    publisher.pages.set(
      `/tt-${name}`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trusted Types</title>
<meta http-equiv="Content-Security-Policy" content="${csp}">${script}</head><body>
${each ? `${scriptSnippet(baseUrl, card)}<p>Between.</p>${scriptSnippet(baseUrl, gauge)}` : scriptSnippet(baseUrl, card, gauge)}
</body></html>`,
    );
    const { page, problems } = await openPage(browser());
    await page.addInitScript(() => {
      const w = window as unknown as { __events: string[]; __violations: string[] };
      w.__events = [];
      w.__violations = [];
      for (const type of ['explainer-load', 'explainer-error'])
        addEventListener(type, (e) => w.__events.push(`${type} ${(e as CustomEvent).detail.reason ?? ''}`.trim()));
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.effectiveDirective));
    });
    await page.goto(`${origin()}/tt-${name}`);
    // Each widget has told the page, and shows its data, whether as the card or in plain text.
    await page.waitForFunction(
      () =>
        ['casualty-claims', 'ceasefire-gauge'].every((tag) => {
          const state = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.state;
          return (
            state === 'ready' ||
            (state === 'plain' && /\d/.test(document.querySelector(tag)?.shadowRoot?.textContent ?? ''))
          );
        }) && (window as unknown as { __events: string[] }).__events.length === 2,
    );
    const outcome = await page.evaluate(() => {
      const widgets = [...document.querySelectorAll('casualty-claims, ceasefire-gauge')];
      const w = window as unknown as { __events: string[]; __violations: string[] };
      return {
        states: widgets.map((el) => el.shadowRoot?.querySelector<HTMLElement>('.root')?.dataset.state ?? ''),
        texts: widgets.map((el) =>
          [...(el.shadowRoot?.querySelectorAll('.root > p') ?? [])].map((p) => p.textContent).join(' | '),
        ),
        heights: widgets.map((el) => el.getBoundingClientRect().height),
        events: w.__events.sort(),
        violations: w.__violations.sort(),
      };
    });
    await page.context().close();
    return { outcome, problems };
  }

  const refused = /Creating a TrustedTypePolicy named 'lit-html' violates|requires 'TrustedHTML' assignment/;

  // A page using Lit itself has made a `lit-html` policy already: a second of that name needs 'allow-duplicates'.
  const pagesOwnLit = "<script>trustedTypes.createPolicy('lit-html', { createHTML: (s) => s })</script>";
  for (const [name, csp, script, violations, each] of [
    [
      'the CSP allows `lit-html`, as the README asks',
      "require-trusted-types-for 'script'; trusted-types lit-html",
      '',
      [],
      false,
    ],
    [
      'a page using Lit itself allows duplicates',
      "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
      pagesOwnLit,
      [],
      false,
    ],
    // Each widget's own module is complete, lit-html and its policy included: the second makes a second policy.
    [
      "a page with each widget's own code allows duplicates",
      "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
      '',
      [],
      true,
    ],
    [
      'a default policy passes the markup through',
      "require-trusted-types-for 'script'; trusted-types default",
      "<script>trustedTypes.createPolicy('default', { createHTML: (s) => s })</script>",
      ['trusted-types'],
      false,
    ],
  ] as const) {
    it(`renders the cards where ${name}`, async () => {
      const { outcome, problems } = await trustedTypesPage(name.replaceAll(/\W+/g, '-'), csp, script, each);
      expect(outcome.states).toEqual(['ready', 'ready']);
      expect(outcome.events).toEqual(['explainer-load', 'explainer-load']);
      expect(outcome.violations).toEqual(violations);
      expect(problems.filter((p) => !refused.test(p))).toEqual([]);
    });
  }

  // The violations each page hears: lit-html's policy refused, then one markup assignment per widget where no
  // default policy takes it; one, not one per update, since a widget does not try lit-html again.
  for (const [name, csp, script, violations] of [
    [
      'no policy allowed',
      "require-trusted-types-for 'script'; trusted-types 'none'",
      '',
      ['require-trusted-types-for', 'require-trusted-types-for', 'trusted-types'],
    ],
    [
      'a page using Lit itself without duplicates',
      "require-trusted-types-for 'script'; trusted-types lit-html",
      pagesOwnLit,
      ['require-trusted-types-for', 'require-trusted-types-for', 'trusted-types'],
    ],
    [
      'a default policy that strips comments',
      "require-trusted-types-for 'script'; trusted-types default",
      "<script>trustedTypes.createPolicy('default', { createHTML: (s) => s.replace(/<[?!][^>]*>/g, '') })</script>",
      ['trusted-types'],
    ],
  ] as const) {
    it(`says what each widget shows in plain text, and tells the page, where lit-html cannot render (${name})`, async () => {
      const { outcome, problems } = await trustedTypesPage(name.replaceAll(/\W+/g, '-'), csp, script);
      expect(outcome.states).toEqual(['plain', 'plain']);
      const [card, gauge] = outcome.texts;
      expect(card).toMatch(
        /^Casualty claims \| US-led airstrike on Syrian government forces near Deir ez-Zor \| Two sources disagree on the number killed: .*more than 60.* 80\.$/,
      );
      expect(gauge).toMatch(
        /^Ceasefire tracker \| US–Russia brokered cessation of hostilities in Syria \| The ceasefire is precarious after 6 days in force/,
      );
      for (const height of outcome.heights) expect(height).toBeGreaterThan(60);
      expect(outcome.events).toEqual(['explainer-error render', 'explainer-error render']);
      expect(outcome.violations).toEqual(violations);
      expect(problems.filter((p) => !refused.test(p))).toEqual([]);
    });
  }

  // Without 'allow-duplicates', the module that runs second cannot make its policy: its widget says what it shows
  // in plain text. (Modules run in the order of their scripts: the card's first.)
  it("shows the second widget in plain text where each widget's own code is pasted and duplicates are not allowed", async () => {
    const { outcome, problems } = await trustedTypesPage(
      'each-without-duplicates',
      "require-trusted-types-for 'script'; trusted-types lit-html",
      '',
      true,
    );
    expect(outcome.states).toEqual(['ready', 'plain']);
    expect(outcome.texts[1]).toMatch(/^Ceasefire tracker \| US–Russia brokered cessation of hostilities in Syria \| /);
    expect(outcome.events).toEqual(['explainer-error render', 'explainer-load']);
    expect(outcome.violations).toEqual(['require-trusted-types-for', 'trusted-types']);
    expect(problems.filter((p) => !refused.test(p))).toEqual([]);
  });
});

describe('embed pages with JavaScript off', () => {
  it('still show every figure', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(claimsEmbed);
    const text = await page.locator('body').innerText();
    expect(text).toContain('more than 60');
    expect(text).toContain('Syrian Observatory for Human Rights');
    expect(text).toMatch(/\b80\b/);
    await page.goto(gaugeEmbed);
    const gauge = await page.locator('body').innerText();
    expect(gauge).toContain('Precarious');
    expect(gauge).toContain('at least 55');
    await page.context().close();
  });
});

describe('a real oEmbed consumer (@extractus/oembed-extractor)', () => {
  it('gets a rich iframe for an embed URL through our provider endpoint', async () => {
    setProviderList([
      {
        provider_name: 'Explainer Edge',
        provider_url: `${baseUrl}/`,
        endpoints: [{ schemes: [`${baseUrl}/embed/*`, `${baseUrl}/#*`], url: `${baseUrl}/oembed` }],
      },
    ]);
    // Registered providers are always called over HTTPS; the local server speaks plain HTTP.
    const local = (url: string) => fetch(url.replace(/^https:/, 'http:'));
    const data = await extract(claimsEmbed, { maxwidth: 480 }, local);
    expect(data).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Explainer Edge', width: 480 });
    expect(data.html).toContain(`src="${claimsEmbed}"`);
    const demo = await extract(`${baseUrl}/#ceasefire-gauge/${SEED_CEASEFIRE}`, {}, local);
    expect(demo.html).toContain(`/embed/ceasefire-gauge/${SEED_CEASEFIRE}`);
  });

  it('discovers the endpoint from the embed page’s <link> tag', async () => {
    setProviderList([]);
    const data = await extract(gaugeEmbed);
    expect(data).toMatchObject({ type: 'rich', title: expect.stringMatching(/^Ceasefire tracker: /) });
  });
});
