/**
 * Language: the `lang` attribute, else the page's; English, Spanish and
 * Arabic (right to left); numbers and dates through Intl in the full locale
 * (`ar-EG`, `ar-u-nu-latn`, `es-MX`); the Spanish and Arabic strings are
 * separate chunks an English page never downloads. Everything the widget
 * says is in its language, figures included ("más de 60"); data stays in the
 * language it was written in, and a figure's own wording shows only as the
 * source's words.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { summariseClaims } from '../../shared/domain/claims';
import ar from '../../shared/i18n/ar';
import es from '../../shared/i18n/es';
import type { Strings } from '../../shared/i18n/strings';
import { ourEnglishIn, ourWordsIn } from '../our-english';
import { baseUrl, hostPage, problemsBesides, SEED_CEASEFIRE, SEED_INCIDENT, usePublisher } from './browser';

const { visit } = usePublisher();

const widgets = (attrs = '') =>
  `<casualty-claims incident="${SEED_INCIDENT}" ${attrs}></casualty-claims><ceasefire-gauge ceasefire="${SEED_CEASEFIRE}" ${attrs}></ceasefire-gauge>`;

/** Language chunks fetched (the live-update chunk, which every live widget fetches once shown, is not a language). */
const chunkRequests = (requests: string[]) =>
  requests
    .filter((u) => u.startsWith(`${baseUrl}/widgets/v1/chunks/`))
    .map((u) => u.split('/').pop()?.split('-')[0])
    .filter((name) => name !== 'live');

async function api<T>(path: string): Promise<T> {
  return (await fetch(`${baseUrl}/api/v1/${path}`)).json() as Promise<T>;
}

/**
 * Every text a widget shows (the screen-reader summary included), each text node apart, but for what an isolate
 * (bdi) holds, which runs on with the text around it as it reads.
 */
const widgetText = (page: Page, tag: string) =>
  page.locator(tag).evaluate((el) => {
    const walk = document.createTreeWalker(el.shadowRoot as ShadowRoot, NodeFilter.SHOW_TEXT);
    let text = '';
    while (walk.nextNode()) {
      const node = walk.currentNode;
      let before = node.previousSibling;
      while (before?.nodeType === Node.COMMENT_NODE) before = before.previousSibling; // lit-html's markers
      const inline = node.parentElement?.closest('bdi') || before?.nodeName === 'BDI';
      text += (inline ? '' : ' ') + (node.nodeValue ?? '');
    }
    return text;
  });

/** A card for the seed incident's place and date, with `claims` instead of its own: given as a data island. */
async function cardWith(
  claims: Partial<ClaimShape>[],
  attrs: string,
  story: Partial<IncidentShape> = {},
): Promise<string> {
  const seed = await api<IncidentShape>(`incidents/${SEED_INCIDENT}`);
  const base = seed.claims[0];
  if (!base) throw new Error('the seed story has no claim');
  const all = claims.map((c, i) => ({ ...base, id: `c${i}`, quote: null, ...c }) as ClaimShape);
  const incident: IncidentShape = { ...seed, ...story, claims: all, summary: summariseClaims(all) };
  const island = JSON.stringify(incident).replace(/</g, '\\u003c');
  return `<casualty-claims ${attrs}><script type="application/json" data-explainer-data>${island}</script></casualty-claims>`;
}

/** A new incident with a single United Nations figure: 20 killed. */
const ONE_FIGURE: Partial<ClaimShape>[] = [
  { claimant: { name: 'United Nations', kind: 'un' }, qualifier: 'exact', low: 20, high: null, asWritten: '20' },
];

describe('languages', () => {
  it('speaks English on an English page and downloads no other language', async () => {
    const { page, requests } = await visit('/en', { html: hostPage(widgets()) });
    await expect(page.locator('ceasefire-gauge .eyebrow').textContent()).resolves.toBe('Ceasefire tracker');
    expect(chunkRequests(requests)).toEqual([]);
  });

  it('speaks Spanish from the lang attribute, with Intl dates, and keeps the data as written', async () => {
    const { page, problems, requests } = await visit('/es', { html: hostPage(widgets('lang="es"')) });
    await expect(page.locator('casualty-claims .root').getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('casualty-claims [part="sentence"]').textContent()).resolves.toBe(
      'Dos fuentes discrepan: sus cifras van de más de 60 a 80 muertos, una diferencia de 20.',
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
    // The data in its own language (the story's `language`), so a screen reader reads an English name in English.
    const dataLangs = (widget: string) =>
      page.locator(widget).evaluate((el) => {
        const root = el.shadowRoot as ShadowRoot;
        const pieces = [...root.querySelectorAll('bdi')].map((b) => [b.textContent?.trim(), b.getAttribute('lang')]);
        return {
          title: root.querySelector('.title bdi')?.getAttribute('lang'),
          unmarked: pieces.filter(([, l]) => l !== 'en'),
        };
      });
    await expect(dataLangs('casualty-claims')).resolves.toEqual({ title: 'en', unmarked: [] });
    await expect(dataLangs('ceasefire-gauge')).resolves.toEqual({ title: 'en', unmarked: [] });
    expect(chunkRequests(requests)).toEqual(['es']);
    expect(problems).toEqual([]);
  });

  it('marks every piece of a story’s data with its language, in a card of another language', async () => {
    // A Spanish story (its `language`) in English cards: the seed's, its text said to be Spanish.
    const seedCeasefire = await api<CeasefireShape>(`ceasefires/${SEED_CEASEFIRE}`);
    const tallies = seedCeasefire.tallies.map((t) => ({
      ...t,
      asWritten: t.asWritten.replace('at least', 'al menos'),
    }));
    const ceasefire = { ...seedCeasefire, tallies, language: 'es' };
    const gauge = `<ceasefire-gauge lang="en"><script type="application/json" data-explainer-data>${JSON.stringify(
      ceasefire,
    ).replace(/</g, '\\u003c')}</script></ceasefire-gauge>`;
    const claim = {
      qualifier: 'more_than' as const,
      low: 60,
      asWritten: 'más de sesenta',
      quote: 'Una cita del parte',
    };
    const card = await cardWith([claim], 'lang="en"', { language: 'es' });
    const { page, problems } = await visit('/data-language', { html: hostPage(card + gauge) });
    const tally = ceasefire.tallies.find((t) => t.asWritten.startsWith('al menos'));
    const { title } = await api<IncidentShape>(`incidents/${SEED_INCIDENT}`);
    // The article that reported the claim (the seed's, in English) is in its own language, not its story's.
    const cited = (await api<IncidentShape>(`incidents/${SEED_INCIDENT}`)).claims[0]?.sourceArticle;
    if (!cited) throw new Error('the seed claim cites no article');
    expect(cited.language).toBe('en');
    const pieces = {
      'casualty-claims': [title, claim.asWritten, claim.quote, cited.headline],
      // Each broker and each group left out its own piece: the "and" between them is the card's English.
      'ceasefire-gauge': [ceasefire.name, ...ceasefire.brokers, ...ceasefire.excludes, `${tally?.asWritten}`, ' and '],
    };
    const ours = new Set([' and ']);
    for (const [tag, texts] of Object.entries(pieces)) {
      const marks = await page.locator(tag).evaluate(
        (el, [wanted, exact]) => {
          const root = el.shadowRoot as ShadowRoot;
          const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const found: Record<string, string | null> = {};
          while (walk.nextNode()) {
            const node = walk.currentNode;
            for (const text of wanted) {
              // Our words between pieces are a text node of their own; a piece may sit inside a longer one.
              if (exact.includes(text) ? node.nodeValue === text : node.nodeValue?.includes(text))
                found[text] = node.parentElement?.closest('bdi')?.getAttribute('lang') ?? null;
            }
          }
          return found;
        },
        [texts, [...ours]] as const,
      );
      expect(marks, tag).toEqual(
        Object.fromEntries(texts.map((t) => [t, ours.has(t) ? null : t === cited.headline ? 'en' : 'es'])),
      );
    }
    await expect(page.locator('casualty-claims .root').getAttribute('lang')).resolves.toBe('en');
    expect(problems).toEqual([]);
  });

  it('says what it is, and that it is loading, in the page’s language while it waits below the view', async () => {
    // Far below a 900 px view: the widgets wait for the reader before asking for their data. In a column where the
    // Spanish names take two lines, which a loading card keeps to one: the name changes in place, nothing under it moves.
    const html = hostPage(`<div style="height:4000px"></div><div style="width:260px">${widgets()}</div>`, {
      lang: 'es',
    });
    const { page, problems, requests } = await visit('/es-below', {
      html,
      settle: false,
      context: { viewport: { width: 1024, height: 900 } },
    });
    const said = (tag: string) =>
      page.locator(tag).evaluate((el) => {
        const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
        const name = root?.querySelector<HTMLElement>('.eyebrow');
        const lines = name
          ? Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight))
          : 0;
        return [root?.dataset.state, name?.textContent, lines, root?.querySelector('[role="status"]')?.textContent];
      });
    for (const [tag, name] of [
      ['casualty-claims', es.claimsEyebrow],
      ['ceasefire-gauge', es.gaugeEyebrow],
    ] as const) {
      await page.waitForFunction(
        ([t, n]) => document.querySelector(t)?.shadowRoot?.querySelector('.eyebrow')?.textContent === n,
        [tag, name] as const,
      );
      await expect(said(tag)).resolves.toEqual(['loading', name, 1, es.loading]);
    }
    // Still waiting: no data was asked for, only the language.
    expect(requests.filter((url) => url.includes('/api/'))).toEqual([]);
    expect(chunkRequests(requests)).toEqual(['es']);
    expect(problems).toEqual([]);
  });

  it('falls back to the page’s lang, and lays Arabic out right to left', async () => {
    const { page, problems, requests } = await visit('/ar', { html: hostPage(widgets(), { lang: 'ar' }) });
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
    // The claimant's name is data: shown as written, isolated from the Arabic around it.
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

  for (const [lang, s, phrase, tally] of [
    ['es', es, 'más de', 'al menos'],
    ['ar', ar, 'أكثر من', 'ما لا يقل عن'],
  ] as [string, Strings, string, string][]) {
    it(`says nothing of ours in English in ${lang}: figures read "${phrase} 60", the source’s words only as written`, async () => {
      const { page, problems } = await visit(`/phrased-${lang}`, { html: hostPage(widgets(), { lang }) });
      const [sixty, fiftyFive] = await page.evaluate(
        (l) => [60, 55].map((n) => new Intl.NumberFormat(l).format(n)),
        lang,
      );
      const card = page.locator('casualty-claims');
      const first = card.locator('[part="claim"]').first();
      await expect(first.locator('.figure').textContent()).resolves.toBe(`${phrase} ${sixty}`);
      // The source's words in an isolate of their own language, inside our sentence.
      await expect(first.textContent()).resolves.toContain(s.asWritten('more than 60'));
      // (The first: the article that reported it comes last, "Reported in …", its headline marked too.)
      await expect(first.locator('.small bdi[lang="en"]').first().textContent()).resolves.toBe('more than 60');
      await expect(card.locator('[part="sentence"]').textContent()).resolves.toContain(`${phrase} ${sixty}`);
      await expect(card.locator('.sr').first().textContent()).resolves.toContain(`${phrase} ${sixty}`);
      const gauge = page.locator('ceasefire-gauge');
      await expect(gauge.locator('[part="tallies"] .count').textContent()).resolves.toBe(`${tally} ${fiftyFive}`);

      const incident = await api<IncidentShape>(`incidents/${SEED_INCIDENT}`);
      const ceasefire = await api<CeasefireShape>(`ceasefires/${SEED_CEASEFIRE}`);
      const cardText = await widgetText(page, 'casualty-claims');
      const gaugeText = await widgetText(page, 'ceasefire-gauge');
      // The source's English is there as its words (the quote, the "as written" line), never inside a sentence of ours.
      expect(ourWordsIn(cardText, incident, s)).not.toContain('more than 60');
      expect(ourEnglishIn(cardText, incident, s)).toEqual([]);
      expect(ourEnglishIn(gaugeText, ceasefire, s)).toEqual([]);
      if (s.dir === 'rtl') {
        expect(ourWordsIn(cardText, incident, s).match(/[A-Za-z].{0,20}/g)).toBeNull();
        expect(ourWordsIn(gaugeText, ceasefire, s).match(/[A-Za-z].{0,20}/g)).toBeNull();
      }
      expect(problems).toEqual([]);
    });
  }

  it('writes numbers in the full locale: Arabic-Indic digits for ar-EG, Latin for ar-u-nu-latn, grouping for es-MX', async () => {
    const { page, problems } = await visit('/locales', {
      html: hostPage(
        `<div lang="ar-EG">${widgets()}</div><div id="latn">${widgets('lang="ar-u-nu-latn"')}</div>${await cardWith(
          [{ qualifier: 'more_than', low: 1200, asWritten: 'more than 1200' }],
          'lang="es-MX" id="mx"',
        )}`,
      ),
    });
    const egypt = page.locator('[lang="ar-EG"] casualty-claims');
    await expect(egypt.locator('.root').getAttribute('lang')).resolves.toBe('ar-EG');
    await expect(egypt.locator('.root').getAttribute('dir')).resolves.toBe('rtl');
    await expect(egypt.locator('[part="claim"] .figure').first().textContent()).resolves.toBe('أكثر من ٦٠');
    await expect(egypt.locator('[part="sentence"]').textContent()).resolves.toContain('بفارق ٢٠');
    await expect(egypt.locator('.ticks span').allTextContents()).resolves.toEqual(['٠', '٢٠', '٤٠', '٦٠', '٨٠', '١٠٠']);
    await expect(page.locator('[lang="ar-EG"] ceasefire-gauge .count').textContent()).resolves.toBe('ما لا يقل عن ٥٥');
    const latn = page.locator('#latn casualty-claims');
    await expect(latn.locator('[part="claim"] .figure').first().textContent()).resolves.toBe('أكثر من 60');
    await expect(latn.locator('.ticks span').allTextContents()).resolves.toEqual(['0', '20', '40', '60', '80', '100']);
    await expect(page.locator('#mx .figure').textContent()).resolves.toBe('más de 1,200');
    await expect(page.locator('#mx .ticks span').allTextContents()).resolves.toEqual(['0', '500', '1,000', '1,500']);
    expect(problems).toEqual([]);
  });

  it('speaks of a single source in the singular, and labels its axis in whole people', async () => {
    const cards = await Promise.all(['en', 'es', 'ar'].map((l) => cardWith(ONE_FIGURE, `lang="${l}" id="${l}"`)));
    const { page, problems } = await visit('/one', { html: hostPage(cards.join('')) });
    await expect(page.locator('#en .sr').first().textContent()).resolves.toBe(
      'One source gives the number killed: United Nations says 20.',
    );
    await expect(page.locator('#es .sr').first().textContent()).resolves.toBe(
      'Una fuente da el número de muertos: United Nations dice 20.',
    );
    await expect(page.locator('#ar .sr').first().textContent()).resolves.toMatch(/^مصدر واحد يذكر عدد القتلى: /);
    for (const l of ['en', 'es', 'ar']) {
      await expect(page.locator(`#${l} .sr`).first().textContent()).resolves.not.toMatch(/agree|coinciden|تتفق/);
      await expect(page.locator(`#${l} .ticks span`).allTextContents()).resolves.toEqual([
        '0',
        '5',
        '10',
        '15',
        '20',
        '25',
      ]);
    }
    await expect(page.locator('#en [part="sentence"]').textContent()).resolves.toBe(
      'Only one source has given a figure: 20 killed, according to United Nations.',
    );
    expect(problems).toEqual([]);
  });

  it('groups large numbers on the axis as each language does', async () => {
    const big: Partial<ClaimShape>[] = [{ qualifier: 'about', low: 12_500, asWritten: 'about 12,500' }];
    const { page } = await visit('/big', {
      html: hostPage((await Promise.all(['en', 'es'].map((l) => cardWith(big, `lang="${l}" id="${l}"`)))).join('')),
    });
    await expect(page.locator('#en .ticks span').allTextContents()).resolves.toEqual([
      '0',
      '5,000',
      '10,000',
      '15,000',
    ]);
    await expect(page.locator('#en .figure').textContent()).resolves.toBe('about 12,500');
    // Spanish leaves four-digit numbers ungrouped.
    await expect(page.locator('#es .ticks span').allTextContents()).resolves.toEqual(['0', '5000', '10.000', '15.000']);
    await expect(page.locator('#es .figure').textContent()).resolves.toBe('alrededor de 12.500');
  });

  it('speaks English, as English, when its language’s chunk cannot be loaded', async () => {
    const { page, problems } = await visit('/ar-unloaded', {
      html: hostPage(widgets(), { lang: 'ar' }),
      // As after a deploy that removed the chunks a cached module names, or a network that drops the request.
      before: (p) => p.route(`${baseUrl}/widgets/v1/chunks/ar-*`, (route) => route.abort('connectionreset')),
    });
    for (const tag of ['casualty-claims', 'ceasefire-gauge']) {
      const root = page.locator(`${tag} .root`);
      await expect(root.getAttribute('lang')).resolves.toBe('en');
      await expect(root.getAttribute('dir')).resolves.toBe('ltr');
    }
    await expect(page.locator('casualty-claims .eyebrow').textContent()).resolves.toBe('Casualty claims');
    // Its dates and digits in English too, not Arabic ones inside English sentences.
    await expect(page.locator('casualty-claims .meta').textContent()).resolves.toContain('September 17, 2016');
    await expect(page.locator('ceasefire-gauge .days').textContent()).resolves.toMatch(/\b6\b/);
    expect(problemsBesides(problems, /ERR_CONNECTION_RESET/)).toEqual([]);
  });

  it('writes a range in figures where the browser has no Intl formatRange (Firefox before 116)', async () => {
    const incident = await api<IncidentShape>(`incidents/${SEED_INCIDENT}`);
    const [first, ...rest] = incident.claims;
    const ranged = { ...(first as ClaimShape), qualifier: 'between', low: 200, high: 300, asWritten: '200 to 300' };
    const data = {
      ...incident,
      claims: [ranged, ...rest],
      summary: summariseClaims([ranged, ...rest] as ClaimShape[]),
    };
    const island = JSON.stringify(data).replaceAll('<', '\\u003c');
    const { page, problems, states } = await visit('/no-format-range', {
      html: hostPage(
        `<casualty-claims incident="${SEED_INCIDENT}"><script type="application/json" data-explainer-data>${island}</script></casualty-claims>`,
      ),
      before: (p) =>
        p.addInitScript(() => {
          delete (Intl.NumberFormat.prototype as Partial<Intl.NumberFormat>).formatRange;
        }),
    });
    expect(states).toEqual(['ready']);
    await expect(
      page.locator('casualty-claims [part="claim"] .figure', { hasText: '200' }).textContent(),
    ).resolves.toBe('200–300');
    expect(problems).toEqual([]);
  });

  it('falls back to English for a language it does not speak', async () => {
    const { page } = await visit('/de', { html: hostPage(widgets('lang="de"'), { lang: 'de' }) });
    await expect(page.locator('casualty-claims .root').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('casualty-claims .eyebrow').textContent()).resolves.toBe('Casualty claims');
  });
});
