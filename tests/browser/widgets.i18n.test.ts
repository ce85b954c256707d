/**
 * Language: the `lang` attribute, else the page's; English, Spanish and
 * Arabic (right to left); numbers and dates through Intl; the Spanish and
 * Arabic strings are separate chunks an English page never downloads. Data
 * stays in the language it was written in.
 */
import { describe, expect, it } from 'vitest';
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

const widgets = (attrs = '') =>
  `<casualty-claims incident="${SEED_INCIDENT}" ${attrs}></casualty-claims><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}" ${attrs}></ceasefire-gauge>`;

const chunkRequests = (requests: string[]) =>
  requests.filter((u) => u.startsWith(`${baseUrl}/widgets/v1/chunks/`)).map((u) => u.split('/').pop()?.split('-')[0]);

describe('languages', () => {
  it('speaks English on an English page and downloads no other language', async () => {
    const { page } = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    pages.set('/en', hostPage(widgets()));
    await page.goto(`${publisher()}/en`);
    await settled(page);
    await expect(page.locator('ceasefire-gauge .eyebrow').textContent()).resolves.toBe('Ceasefire tracker');
    expect(chunkRequests(requests)).toEqual([]);
  });

  it('speaks Spanish from the lang attribute, with Intl dates, and keeps the data as written', async () => {
    const { page, problems } = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    pages.set('/es', hostPage(widgets('lang="es"')));
    await page.goto(`${publisher()}/es`);
    await settled(page);
    await expect(page.locator('casualty-claims .root').getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('casualty-claims [part="sentence"]').textContent()).resolves.toBe(
      'Dos fuentes discrepan: sus cifras van de more than 60 a 80 muertos, una diferencia de 20.',
    );
    await expect(page.locator('casualty-claims [part="footer"]').textContent()).resolves.toContain(
      'Cifras tal como se publicaron, sin verificación independiente.',
    );
    const expectedDate = await page.evaluate(() =>
      new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2016-09-19T00:00:00Z')),
    );
    expect(expectedDate).toBe('19 de septiembre de 2016');
    await expect(page.locator('ceasefire-gauge .reading').textContent()).resolves.toContain(`Datos a ${expectedDate}`);
    await expect(page.locator('ceasefire-gauge .days').textContent()).resolves.toBe('6 días en vigor');
    await expect(page.locator('ceasefire-gauge .title').textContent()).resolves.toBe(
      'US–Russia brokered cessation of hostilities in Syria',
    );
    expect(chunkRequests(requests)).toEqual(['es']);
    expect(problems).toEqual([]);
  });

  it('falls back to the page’s lang, and lays Arabic out right to left', async () => {
    const { page, problems } = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    pages.set('/ar', hostPage(widgets(), { lang: 'ar' }));
    await page.goto(`${publisher()}/ar`);
    await settled(page);
    for (const tag of ['casualty-claims', 'ceasefire-gauge']) {
      const root = page.locator(`${tag} .root`);
      await expect(root.getAttribute('lang')).resolves.toBe('ar');
      await expect(root.getAttribute('dir')).resolves.toBe('rtl');
      await expect(root.evaluate((el) => getComputedStyle(el).direction)).resolves.toBe('rtl');
    }
    await expect(page.locator('casualty-claims .eyebrow').textContent()).resolves.toBe('أعداد الضحايا');
    await expect(page.locator('casualty-claims [part="footer"]').textContent()).resolves.toContain(
      'الأرقام كما وردت، ولم يجرِ التحقق منها بشكل مستقل.',
    );
    // The claimant's name and figure are data: shown as written, isolated from the Arabic around them.
    await expect(page.locator('casualty-claims [part="claim"] .name bdi').first().textContent()).resolves.toBe(
      'Russian delegation in Damascus',
    );
    // The range bar runs from the right: zero is at the start of an Arabic line.
    const [zero, hundred] = await page
      .locator('casualty-claims .ticks span')
      .evaluateAll((els) => [els[0], els.at(-1)].map((el) => el?.getBoundingClientRect().x ?? 0));
    expect(zero).toBeGreaterThan(hundred ?? 0);
    const expectedDays = await page.evaluate(() => new Intl.NumberFormat('ar').format(6));
    await expect(page.locator('ceasefire-gauge .days').textContent()).resolves.toContain(expectedDays);
    await expect(page.locator('ceasefire-gauge [part="gauge"]').getAttribute('aria-valuetext')).resolves.toMatch(
      /^هشّ: المستوى/,
    );
    expect(chunkRequests(requests)).toEqual(['ar']);
    expect(problems).toEqual([]);
  });

  it('falls back to English for a language it does not speak', async () => {
    const { page } = await openPage(browser());
    pages.set('/de', hostPage(widgets('lang="de"'), { lang: 'de' }));
    await page.goto(`${publisher()}/de`);
    await settled(page);
    await expect(page.locator('casualty-claims .root').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('casualty-claims .eyebrow').textContent()).resolves.toBe('Casualty claims');
  });
});
