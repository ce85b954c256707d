/**
 * The demo page's copy-embed panel in a real browser: driven by keyboard
 * alone, its options rewrite the codes and the preview; Copy puts the code
 * on the clipboard, or selects it when the clipboard is refused, and says
 * which in a live region; the codes it hands out work when pasted into a
 * publisher's page; without JavaScript the codes are still there to select.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IncidentShape } from '../../shared/contract/incident';
import { MEASURE } from '../../shared/embed/reserve';
import { screenReaderSentence } from '../../src/embed/alt-text';
import { baseUrl, openPage, pageServer, SEED_INCIDENT, settled, useBrowser, useOrigin } from './browser';

const browser = useBrowser();
const publisher = pageServer();
const origin = useOrigin(publisher.handler);

const code = (page: Page, widget: string, kind: 'script' | 'iframe' | 'url' | 'image') =>
  page.locator(`#${widget}-${kind}`).inputValue();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

describe('the copy-embed panel', () => {
  it('is driven by keyboard alone: options rewrite the codes and the preview, Copy copies and says so', async () => {
    const { page, problems } = await openPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/`);
    const pin = (await page.locator('[data-widget="casualty-claims"]').getAttribute('data-pin')) ?? '';
    expect(pin).toMatch(/^\d{4}-\d{2}-\d{2}/);
    await expect(code(page, 'casualty-claims', 'script')).resolves.toContain('lang="en"');

    await page.locator('select[name="lang"]').focus();
    await page.keyboard.press('ArrowDown'); // Español
    await page.keyboard.press('Tab'); // the theme group, on "Follow the page"
    await page.keyboard.press('ArrowRight'); // Light
    await page.keyboard.press('Tab'); // the figures group, on "Always the latest"
    await page.keyboard.press('ArrowRight'); // Pinned
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('casualty-claims-script');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-copy'))).toBe('casualty-claims-script');
    await page.keyboard.press('Enter');

    const script = await code(page, 'casualty-claims', 'script');
    // The moment of copying, on the server's clock: what the pinned code shows, whatever is recorded later.
    const seenAt = /seen-at="([^"]+)"/.exec(script)?.[1] ?? '';
    expect(Date.parse(seenAt)).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - Date.parse(seenAt)).toBeLessThan(60_000);
    const pinned = `asOf=${encodeURIComponent(pin)}&seenAt=${encodeURIComponent(seenAt)}`;
    // The Spanish card's reserved height, which the server computed for each language.
    const spaces = JSON.parse(
      (await page.locator('[data-widget="casualty-claims"]').getAttribute('data-spaces')) ?? '{}',
    );
    expect(script).toContain(
      `<casualty-claims incident="deir-ez-zor-airstrike-2016" lang="es" theme="light" as-of="${pin}" seen-at="${seenAt}" style="display:block;container-type:inline-size;contain-intrinsic-inline-size:20em;width:stretch;--explainer-measure:${MEASURE};--explainer-min-height:${spaces.es.reserve}">`,
    );
    // Where the module does not run, the element's link reads in Spanish, as the card names itself.
    expect(script).toContain('style="visibility:hidden">Cifras de víctimas: ');
    expect(script).toMatch(new RegExp(`^<script type="module" src="${baseUrl}/widgets/v1/casualty-claims\\.js"[ >]`));
    expect(script).toContain(
      `<link rel="preload" href="${baseUrl}/api/v1/incidents/deir-ez-zor-airstrike-2016?${pinned.replace('&', '&amp;')}" as="fetch" crossorigin>`,
    );
    // One line, which an editor that makes paragraphs of what is pasted leaves whole.
    expect(script).not.toContain('\n');
    // The script tag for both on one page follows the same options.
    const together = await page.locator('[data-code="together"]').inputValue();
    expect(together).toContain(`<script type="module" src="${baseUrl}/widgets/v1/all-widgets.js"`);
    expect(together).toContain(
      // Each element holding the space its own code holds in this language.
      `<casualty-claims incident="deir-ez-zor-airstrike-2016" lang="es" theme="light" as-of="${pin}" seen-at="${seenAt}" style="display:block;container-type:inline-size;contain-intrinsic-inline-size:20em;width:stretch;--explainer-measure:${MEASURE};--explainer-min-height:`,
    );
    const url = await code(page, 'casualty-claims', 'url');
    expect(url).toBe(`${baseUrl}/embed/casualty-claims/deir-ez-zor-airstrike-2016?lang=es&theme=light&${pinned}`);
    expect(await code(page, 'casualty-claims', 'iframe')).toContain(`src="${url.replace(/&/g, '&amp;')}"`);
    // The preview shows the same pin without the moment, so copying does not reload it.
    await expect(
      page.locator('[data-widget="casualty-claims"] iframe[data-preview]').getAttribute('src'),
    ).resolves.toBe(url.replace(`&seenAt=${encodeURIComponent(seenAt)}`, ''));
    await expect(page.locator('[data-widget="casualty-claims"] [data-pin-note]').isVisible()).resolves.toBe(true);

    await page.waitForFunction(() => document.querySelector('[data-embed-status]')?.textContent === 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);

    // The preview shows the chosen language, once the frame has loaded its new address.
    const preview = page.frameLocator('[data-widget="casualty-claims"] iframe[data-preview]');
    // A frame's navigation on a loaded machine can take longer than expect.poll's default second.
    await expect.poll(() => preview.locator('html').getAttribute('lang'), { timeout: 20_000 }).toBe('es');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('selects the code and says how to copy it when the clipboard is refused', async () => {
    const { page, problems } = await openPage(browser());
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
      });
    });
    await page.goto(`${baseUrl}/`);
    await page.locator('button[data-copy="ceasefire-gauge-iframe"]').click();
    await page.waitForFunction(() => /Ctrl\+C/.test(document.querySelector('[data-embed-status]')?.textContent ?? ''));
    const selection = await page.evaluate(() => {
      const field = document.activeElement as HTMLTextAreaElement;
      return { id: field.id, whole: field.selectionStart === 0 && field.selectionEnd === field.value.length };
    });
    expect(selection).toEqual({ id: 'ceasefire-gauge-iframe', whole: true });
    expect(await page.locator('[data-embed-status]').getAttribute('role')).toBe('status');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('hands out codes that work pasted into a publisher’s page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    await page.locator('select[name="lang"]').selectOption('ar');
    await page.locator('input[name="theme"][value="dark"]').check();
    const scriptTag = await code(page, 'ceasefire-gauge', 'script');
    const iframe = await code(page, 'casualty-claims', 'iframe');
    await page.context().close();

    publisher.pages.set(
      '/pasted',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><main style="width:640px">${scriptTag}\n${iframe}</main></body></html>`,
    );
    const { page: host, problems } = await openPage(browser());
    await host.goto(`${origin()}/pasted`);
    expect(await settled(host)).toEqual(['ready']);
    await expect(host.locator('ceasefire-gauge .root').getAttribute('lang')).resolves.toBe('ar');
    await expect(host.locator('ceasefire-gauge .root').getAttribute('data-scheme')).resolves.toBe('dark');
    // The iframe is fitted by the resize.js its code brings.
    const frame = host.locator('iframe[data-explainer-embed]');
    await frame.scrollIntoViewIfNeeded();
    await host.waitForFunction(() => Boolean(document.querySelector('iframe')?.style.height.endsWith('px')));
    const inner = await frame
      .contentFrame()
      .locator('html')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await host.waitForFunction(
      (h) => Math.abs((document.querySelector('iframe')?.getBoundingClientRect().height ?? 0) - h) <= 1,
      inner,
    );
    expect(problems).toEqual([]);
    await host.context().close();
  });

  it('keeps every code selectable without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    for (const widget of ['casualty-claims', 'ceasefire-gauge']) {
      for (const kind of ['script', 'iframe', 'url'] as const) {
        await expect(page.locator(`#${widget}-${kind}`).isVisible()).resolves.toBe(true);
        expect(await code(page, widget, kind)).toContain(`${baseUrl}/`);
      }
    }
    // Controls that need the script are not offered.
    await expect(page.locator('.embed-options').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('offers an Image: an <img> code with its size and the widget’s screen-reader sentence, and downloads', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    const imageCode = () => code(page, 'casualty-claims', 'image');
    // The script asks the image route for the card's height, then writes it into the code.
    await expect.poll(imageCode, { timeout: 30_000 }).toMatch(/ height="\d+"/);
    const img = async () => {
      const html = await imageCode();
      const doc = await page.evaluate((h) => {
        const el = new DOMParser().parseFromString(h, 'text/html').querySelector('img');
        return (
          el && {
            src: el.getAttribute('src'),
            width: el.getAttribute('width'),
            height: el.getAttribute('height'),
            alt: el.alt,
          }
        );
      }, html);
      if (!doc) throw new Error(`no <img> in ${html}`);
      return doc;
    };
    const english = await img();
    expect(english.src).toBe(`${baseUrl}/embed/casualty-claims/deir-ez-zor-airstrike-2016.png?lang=en&scale=2`);
    expect(english.width).toBe('600');
    const incident = (await (await fetch(`${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`)).json()) as IncidentShape;
    const embed = { widget: 'casualty-claims', data: incident, title: incident.title } as const;
    expect(english.alt).toBe(screenReaderSentence(embed, 'en'));
    // The height is the image's own: a 2× PNG is twice as tall.
    const png = await fetch(english.src ?? '', { signal: AbortSignal.timeout(20_000) });
    const bytes = new Uint8Array(await png.arrayBuffer());
    const pngHeight = new DataView(bytes.buffer).getUint32(20);
    expect(Number(english.height) * 2).toBe(pngHeight);
    await expect(
      page.locator('[data-widget="casualty-claims"] a[data-download="png"]').getAttribute('href'),
    ).resolves.toBe(english.src);

    await page.locator('select[name="lang"]').selectOption('ar');
    await expect.poll(async () => (await img()).src, { timeout: 30_000 }).toContain('lang=ar');
    await expect.poll(async () => (await img()).alt, { timeout: 30_000 }).toBe(screenReaderSentence(embed, 'ar'));
    expect((await img()).height).toMatch(/^\d+$/);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
