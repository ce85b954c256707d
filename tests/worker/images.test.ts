/**
 * GET /embed/{widget}/{slug}.png|.svg, drawn by the real images Worker
 * (the deploy bundle, behind the IMAGES service binding) from the real D1:
 * PNGs decoded and inspected pixel by pixel, SVGs read for their words,
 * caching and purging, pinned images, hostile data, and the errors.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { decode } from 'fast-png';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { IncidentShape } from '../../shared/contract/incident';
import { tallyFigure } from '../../shared/format/ceasefire';
import { phraseFigure } from '../../shared/format/figures';
import { formatCalendarDate } from '../../shared/format/intl';
import ar from '../../shared/i18n/ar';
import es from '../../shared/i18n/es';
import { en } from '../../shared/i18n/strings';
import { createApp } from '../../src/app';
import { meterD1 } from '../../src/db/meter';
import { SEED } from '../../src/db/seed/story';
import { screenReaderSentence } from '../../src/embed/alt-text';
import { cacheKey } from '../../src/http/cache-keys';
import { MAX_IMAGE_PIXELS } from '../../src/images/contract';
import { xml } from '../../src/images/svg';
import { PALETTES } from '../../src/images/theme';
import { addEditor, admin, adminJson, claimBody, freshIncident, freshIp, unique } from './admin-helpers';
import { BASE, get, getJson, seedStory } from './helpers';

const STRINGS = { en, es, ar };
const LANGS = ['en', 'es', 'ar'] as const;
const THEMES = ['light', 'dark'] as const;
const CLAIMS = `/embed/casualty-claims/${SEED.incidentSlug}`;
const GAUGE = `/embed/ceasefire-gauge/${SEED.ceasefireSlug}`;

let token = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
});

async function png(path: string) {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('image/png');
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, image: decode(bytes) };
}

/** The colour of one pixel as `#rrggbb`. */
function pixel(image: ReturnType<typeof decode>, x: number, y: number): string {
  const i = (y * image.width + x) * image.channels;
  return `#${[0, 1, 2]
    .map((c) =>
      Number(image.data[i + c])
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** How many pixels differ from the background, as a share of all. */
function inked(image: ReturnType<typeof decode>, background: string): number {
  let n = 0;
  for (let y = 0; y < image.height; y += 2)
    for (let x = 0; x < image.width; x += 2) if (pixel(image, x, y) !== background) n++;
  return n / ((image.width / 2) * (image.height / 2));
}

/** An asOf no other test has used: a cache key nobody has filled. */
const freshMoment = () =>
  `2016-09-18T${String(10 + Math.floor(Math.random() * 12)).padStart(2, '0')}:${String(Math.floor(Math.random() * 60)).padStart(2, '0')}:${String(Date.now() % 60).padStart(2, '0')}Z`;

// Drawing takes a few hundred milliseconds per image on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

describe('PNG images', () => {
  it.each(LANGS.flatMap((lang) => THEMES.map((theme) => [lang, theme] as const)))(
    'draws both widgets in %s, %s: the card’s size, ink on it, and the theme’s colours',
    async (lang, theme) => {
      const palette = PALETTES[theme];
      for (const base of [CLAIMS, GAUGE]) {
        const { res, image } = await png(`${base}.png?lang=${lang}&theme=${theme}`);
        expect(image.width).toBe(600);
        expect(image.height).toBeGreaterThan(300);
        expect(image.height).toBeLessThan(1400);
        expect(res.headers.get('X-Image-Height')).toBe(String(image.height));
        // The surface inside the padding, and the accent rule along the top.
        expect(pixel(image, 8, Math.floor(image.height / 2))).toBe(palette.surface);
        expect(pixel(image, 300, 2)).toBe(palette.accent);
        // Not blank, not a flood: text and shapes cover a few percent of the card.
        const share = inked(image, palette.surface);
        expect(share).toBeGreaterThan(0.04);
        expect(share).toBeLessThan(0.5);
      }
    },
  );

  it('draws 600 and 1200 px cards at 1× and 2×, and the 1200 × 630 social card', async () => {
    const one = (await png(`${CLAIMS}.png`)).image;
    const two = (await png(`${CLAIMS}.png?scale=2`)).image;
    expect([two.width, two.height]).toEqual([1200, one.height * 2]);
    const wide = (await png(`${CLAIMS}.png?width=1200`)).image;
    expect(wide.width).toBe(1200);
    const social = (await png(`${GAUGE}.png?layout=social&lang=ar`)).image;
    expect([social.width, social.height]).toEqual([1200, 630]);
    const social2x = (await png(`${CLAIMS}.png?layout=social&scale=2&theme=dark`)).image;
    expect([social2x.width, social2x.height]).toEqual([2400, 1260]);
    expect(pixel(social2x, 20, 700)).toBe(PALETTES.dark.surface);
  });
});

describe('SVG images', () => {
  it('keep the figures and the claimants’ names, in every language, in words as well as outlines', async () => {
    const incident = (await getJson<IncidentShape>(`/api/v1/incidents/${SEED.incidentSlug}`)).body;
    const ceasefire = (await getJson<CeasefireShape>(`/api/v1/ceasefires/${SEED.ceasefireSlug}`)).body;
    const current = incident.claims.filter((c) => c.status === 'current');
    expect(current.length).toBeGreaterThan(1);
    for (const lang of LANGS) {
      const res = await get(`${CLAIMS}.svg?lang=${lang}`);
      expect(res.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
      const svg = await res.text();
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="\d+"/);
      expect(svg).toContain(`<title id="t">${incident.title}</title>`);
      expect(svg).toContain(
        `<desc id="d">${screenReaderSentence({ widget: 'casualty-claims', data: incident, title: incident.title }, lang)}</desc>`,
      );
      for (const c of current) {
        // The figure as the widget phrases it in the card's language.
        expect(svg, lang).toContain(`aria-label="${xml(phraseFigure(c, STRINGS[lang], lang))}"`);
        expect(svg, lang).toContain(`aria-label="${c.claimant.name}"`);
        // The article that reported it, as the widget names it.
        if (c.sourceArticle) expect(svg, lang).toContain(xml(c.sourceArticle.headline));
      }
      expect(svg).toContain(`aria-label="${STRINGS[lang].unverified}"`);
      // Every word is drawn as outlines: nothing depends on the reader's fonts.
      expect(svg).not.toMatch(/<text\b/);

      const gauge = await (await get(`${GAUGE}.svg?lang=${lang}`)).text();
      expect(gauge).toContain(`aria-label="${STRINGS[lang].status[ceasefire.status]}"`);
      for (const t of ceasefire.tallies)
        expect(gauge, lang).toContain(xml(phraseFigure(tallyFigure(t), STRINGS[lang], lang)));
      expect(gauge).toContain(`<title id="t">${ceasefire.name}</title>`);
    }
  });

  it('keep in a social card as many claims as fit, saying how many more there are; the card shows every one', async () => {
    const { slug } = await freshIncident(token);
    const names = [40, 48, 55, 61, 70].map((n) => ({ name: unique(`Monitor ${n}`), n }));
    for (const { name, n } of names) {
      const body = claimBody({ claimant: { name, kind: 'ngo' }, low: n, asWritten: String(n) });
      expect((await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body })).status).toBe(201);
    }
    const shown = (svg: string) => names.filter(({ name }) => svg.includes(`aria-label="${name}"`)).length;
    const social = await (await get(`/embed/casualty-claims/${slug}.svg?layout=social`)).text();
    const kept = shown(social);
    // Five claims never fit in 630 px under the title and the range; at least the first does.
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(names.length);
    expect(social).toContain(`aria-label="And ${names.length - kept} more"`);
    const spanish = await (await get(`/embed/casualty-claims/${slug}.svg?layout=social&lang=es`)).text();
    expect(spanish).toContain(`aria-label="Y ${names.length - shown(spanish)} más"`);
    const card = await (await get(`/embed/casualty-claims/${slug}.svg`)).text();
    expect(shown(card)).toBe(names.length);
    expect(card).not.toContain('aria-label="And ');
  });

  it('keep in a social card the first of the spread’s sentences that fit, and say how many figures it leaves out', async () => {
    // Figures counting several groups of people, two sources each: a sentence per group under the range.
    const subjects = ['soldiers', 'civilians', 'police officers', 'militia fighters', 'aid workers'];
    const add = async (slug: string, groups: number) => {
      for (const [g, subject] of subjects.slice(0, groups).entries())
        for (const [j, low] of [20 + 40 * g, 27 + 40 * g].entries()) {
          const claimant = { name: unique(`Observer ${g}${j}`), kind: 'ngo' };
          const body = claimBody({
            claimant,
            subject,
            qualifier: j ? 'more_than' : 'about',
            low,
            asWritten: String(low),
          });
          const res = await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body });
          expect(res.status).toBe(201);
        }
    };
    const labels = async (path: string) =>
      [...(await (await get(path)).text()).matchAll(/aria-label="([^"]*)"/g)].map(([, label]) => label as string);
    const sentences = (all: string[]) => all.filter((label) => / (disagree|count different people)/.test(label));
    const three = await freshIncident(token);
    await add(three.slug, 3);
    // The sentences (all, or the first ones) fit; no claim row does, and a line says so (it left them out unsaid).
    const some = await labels(`/embed/casualty-claims/${three.slug}.svg?layout=social`);
    expect(sentences(some)[0]).toMatch(/^These figures count different people/);
    expect(some.filter((label) => label.startsWith('Observer '))).toEqual([]);
    expect(some).toContain('Figures not shown here: 6');
    const five = await freshIncident(token);
    await add(five.slug, 5);
    // Six sentences do not fit: the heading, the range and the first of them stay (the metric vanished whole).
    const social = await labels(`/embed/casualty-claims/${five.slug}.svg?layout=social`);
    expect(social).toContain('KILLED · SOLDIERS');
    const [paragraph] = sentences(social);
    expect(paragraph).toMatch(/^These figures count different people/);
    expect(paragraph).not.toContain('aid workers⁩), a gap');
    expect(social).toContain('Figures not shown here: 10');
    // The card has room for every sentence and every figure.
    const card = await labels(`/embed/casualty-claims/${five.slug}.svg`);
    expect(sentences(card)[0]).toMatch(/aid workers⁩\), a gap of 7\.$/);
    expect(card.filter((label) => label.startsWith('Observer '))).toHaveLength(10);
    expect(card.some((label) => label.includes('not shown'))).toBe(false);
  });

  it('end a card of very many claims with how many more there are, within a bounded count of pixels', async () => {
    const { slug } = await freshIncident(token);
    const names = Array.from({ length: 40 }, (_, i) => ({ name: unique(`Monitor ${i}`), n: 40 + i }));
    for (const { name, n } of names) {
      const body = claimBody({ claimant: { name, kind: 'ngo' }, low: n, asWritten: String(n) });
      expect((await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body })).status).toBe(201);
    }
    const { image } = await png(`/embed/casualty-claims/${slug}.png?width=1200&scale=2`);
    expect(image.width).toBe(2400);
    expect(image.width * image.height).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    // An SVG has no pixel density: its bound is the 1× card's, 4 million pixels at 1200 px wide.
    const svg = await (await get(`/embed/casualty-claims/${slug}.svg?width=1200`)).text();
    const kept = names.filter(({ name }) => svg.includes(`aria-label="${name}"`)).length;
    expect(kept).toBeGreaterThan(0);
    expect(svg).toContain(`aria-label="And ${names.length - kept} more"`);
    // At 600 px and 1×, the same card is drawn whole.
    const whole = await (await get(`/embed/casualty-claims/${slug}.svg`)).text();
    expect(names.every(({ name }) => whole.includes(`aria-label="${name}"`))).toBe(true);
  }, 60_000);

  it('draw the whole card after a metric whose every claim was retracted', async () => {
    const { slug } = await freshIncident(token);
    const killed = await adminJson<{ id: string }>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody(),
    });
    const claim = `/api/v1/admin/claims/${killed.body.id}`;
    const etag = (await admin(claim, { token })).headers.get('ETag') as string;
    expect((await admin(claim, { method: 'DELETE', token, ifMatch: etag })).status).toBe(200);
    const wounded = unique('Wounded monitor');
    const body = claimBody({ claimant: { name: wounded, kind: 'ngo' }, metric: 'wounded', low: 7, asWritten: '7' });
    expect((await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body })).status).toBe(201);
    const svg = await (await get(`/embed/casualty-claims/${slug}.svg`)).text();
    expect(svg).toContain(`aria-label="${wounded}"`);
  });

  it('say beside a figure who it counts, where that is not who its metric is headed with', async () => {
    const { slug } = await freshIncident(token);
    for (const [name, subject] of [
      ['A monitor', 'civilians'],
      ['An army', 'soldiers'],
    ] as const) {
      const body = claimBody({ claimant: { name: unique(name), kind: 'ngo' }, subject });
      expect((await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body })).status).toBe(201);
    }
    const drawn = [
      ...(await (await get(`/embed/casualty-claims/${slug}.svg`)).text()).matchAll(/aria-label="([^"]*)"/g),
    ].map(([, label]) => label);
    // The sentence under the range compares neither with the other.
    const sentence =
      'These figures count different people (\u2068civilians\u2069 and \u2068soldiers\u2069), so they are not compared.';
    expect(drawn).toContain(sentence);
    const labels = drawn.filter((label) => label !== sentence);
    expect(labels.filter((label) => label?.includes('soldiers'))).toHaveLength(1);
    // The metric's heading (drawn in capitals) says the first; the second figure says its own.
    expect(labels.filter((label) => label?.toLowerCase().includes('civilians'))).toHaveLength(1);
  });

  it('draws Arabic right to left: the title’s start is at the right edge', async () => {
    const svg = await (await get(`${CLAIMS}.svg?lang=ar`)).text();
    const eyebrow = /aria-label="أعداد الضحايا"[^>]*d="M([\d.]+)/.exec(svg);
    expect(eyebrow).not.toBeNull();
    expect(svg).toContain('direction="rtl"');
    // The eyebrow's outline starts in the right half of the card.
    const xs = [...(/aria-label="أعداد الضحايا"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '').matchAll(/[ML]([\d.]+) /g)].map(
      (m) => Number(m[1]),
    );
    expect(Math.min(...xs)).toBeGreaterThan(300);
    expect(Math.max(...xs)).toBeLessThanOrEqual(576.5);
  });
});

describe('caching', () => {
  /** Calls a fresh app with the real D1 wrapped to count round trips. */
  async function counted(path: string) {
    const counter = meterD1(env.DB);
    const ctx = createExecutionContext();
    const res = await createApp().fetch(new Request(`${BASE}${path}`), { ...env, DB: counter.binding }, ctx);
    const body = new Uint8Array(await res.arrayBuffer());
    await waitOnExecutionContext(ctx);
    return { res, body, roundTrips: counter.roundTrips() };
  }

  it('costs one D1 round trip per render, none when cached, and answers If-None-Match', async () => {
    const path = `${CLAIMS}.png?asOf=${freshMoment()}`;
    const miss = await counted(path);
    expect(miss.res.status).toBe(200);
    expect(miss.res.headers.get('X-Cache')).toBe('MISS');
    expect(miss.roundTrips).toBe(1);
    expect(miss.res.headers.get('Server-Timing')).toMatch(/d1;dur=\d+;desc="1 round trip".*render;dur=/);
    const hit = await counted(path);
    expect(hit.res.headers.get('X-Cache')).toBe('HIT');
    expect(hit.roundTrips).toBe(0);
    expect(hit.body).toEqual(miss.body);
    const etag = hit.res.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^"img\./);
    const again = await get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('draws the new figures as soon as an editor’s write purges the read they show', async () => {
    const { slug } = await freshIncident(token);
    expect(
      (await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body: claimBody() })).status,
    ).toBe(201);
    const path = `/embed/casualty-claims/${slug}.svg`;
    expect((await get(path)).headers.get('X-Cache')).toBe('MISS');
    expect((await get(path)).headers.get('X-Cache')).toBe('HIT');
    const claimant = unique('Claimant');
    const write = await admin(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ claimant: { name: claimant, kind: 'un' }, low: 95, asWritten: '95' }),
    });
    expect(write.status).toBe(201);
    const after = await get(path);
    expect(after.headers.get('X-Cache')).toBe('MISS');
    const svg = await after.text();
    expect(svg).toContain(`aria-label="${claimant}"`);
    expect(svg).toContain('aria-label="95"');
  });

  it('keeps an image pinned to a settled moment of recording byte for byte after any write, served immutable', async () => {
    const { slug } = await freshIncident(token);
    expect(
      (await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body: claimBody() })).status,
    ).toBe(201);
    const moment = (await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.updatedAt;
    // A minute on (the Worker's clock, faked), that moment is settled: nothing recorded later is recorded before it.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const path = `/embed/casualty-claims/${slug}.png?seenAt=${moment}`;
    const before = await png(path);
    expect(before.res.status).toBe(200);
    expect(before.res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    // It says so, as the widget's footer does.
    const pinnedSvg = await (await get(`/embed/casualty-claims/${slug}.svg?seenAt=${moment}`)).text();
    const published = STRINGS.en.published(formatCalendarDate(moment.slice(0, 10), 'en')).replace(/\.$/, '');
    expect(pinnedSvg).toContain(published);
    expect(await (await get(`/embed/casualty-claims/${slug}.svg`)).text()).not.toContain(published);
    const asOf = await png(`/embed/casualty-claims/${slug}.png?asOf=2016-09-18`);
    // A correction dated before both moments: it changes what is known of 2016-09-18, not what was served then.
    const write = await admin(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({
        claimant: { name: unique('Earlier source'), kind: 'media' },
        metric: 'wounded',
        low: 7,
        asWritten: '7',
        claimedOn: '2016-09-16',
      }),
    });
    expect(write.status).toBe(201);
    const after = await png(path);
    expect(after.bytes).toEqual(before.bytes);
    // The image of `asOf` alone is not immutable: it now shows the wounded figure dated before it.
    expect(asOf.res.headers.get('Cache-Control')).not.toContain('immutable');
    await (await caches.open('public-reads')).delete(cacheKey(`${BASE}/api/v1/incidents/${slug}?asOf=2016-09-18`));
    const corrected = await get(`/embed/casualty-claims/${slug}.svg?asOf=2016-09-18`);
    expect(await corrected.text()).toContain('aria-label="7"');
  });
});

describe('hostile data', () => {
  it('stays text: escaped in the SVG, drawn as outlines, never markup', async () => {
    const title = '</title><script>alert(1)</script><svg onload=alert(1)> & "quotes" \u202eevil\u202c';
    const { slug } = await freshIncident(token, { title, placeName: ']]><foreignObject>x</foreignObject>' });
    const name = '<img src=x onerror=alert(1)> "Robert\'); DROP TABLE claims;--';
    const posted = await admin(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ claimant: { name, kind: 'other' }, asWritten: '<b>80</b>' }),
    });
    expect(posted.status).toBe(201);
    const svg = await (await get(`/embed/casualty-claims/${slug}.svg`)).text();
    // Only the renderer's own elements and attributes: the data added none (no script, no handler, no foreignObject).
    const tags = new Set([...svg.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map((m) => m[1]));
    const drawn = ['circle', 'clipPath', 'desc', 'g', 'line', 'path', 'rect', 'svg', 'title'];
    expect([...tags].filter((tag) => !drawn.includes(tag as string))).toEqual([]);
    expect(tags).toContain('path');
    const attributes = new Set(
      [...svg.matchAll(/<[A-Za-z][^>]*>/g)].flatMap((tag) =>
        [...tag[0].matchAll(/\s([\w:-]+)="[^"]*"/g)].map((m) => m[1]),
      ),
    );
    for (const name of attributes)
      expect(name).toMatch(
        /^(aria-[a-z]+|role|xmlns|id|width|height|viewBox|direction|x|y|x1|x2|y1|y2|rx|r|cx|cy|d|fill|fill-opacity|stroke|stroke-width|stroke-opacity|transform|clip-path)$/,
      );
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('aria-label="&lt;img src=x onerror=alert(1)&gt; &quot;Robert');
    const image = (await png(`/embed/casualty-claims/${slug}.png?lang=ar`)).image;
    expect(image.width).toBe(600);
  });
});

describe('errors are problem+json, never a broken image', () => {
  it.each([
    [`/embed/casualty-claims/no-such-incident.png`, 404],
    [`/embed/ceasefire-gauge/no-such-ceasefire.svg`, 404],
    [`/embed/ceasefire-gauge/${SEED.ceasefireSlug}.png?asOf=2016-01-01`, 404],
    [`${CLAIMS}.png?width=700`, 400],
    [`${CLAIMS}.png?width=abc`, 400],
    [`${CLAIMS}.png?scale=3`, 400],
    [`${CLAIMS}.svg?scale=2`, 400],
    [`${CLAIMS}.png?layout=social&width=600`, 400],
    [`${CLAIMS}.png?layout=poster`, 400],
    [`${CLAIMS}.png?lang=fr`, 400],
    [`${CLAIMS}.svg?lang=es&lang=ar`, 400],
    [`${CLAIMS}.png?asOf=yesterday`, 400],
    [`/embed/casualty-claims/Not_A_Slug.png`, 400],
    [`/embed/bar-chart/${SEED.incidentSlug}.png`, 400],
  ])('%s → %i', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const body = (await res.json()) as { status: number; type: string };
    expect(body.status).toBe(status);
  });
});

describe('when the read it draws is refused', () => {
  it('answers the read’s 429 as its own: the same problem and Retry-After, with the image as `instance`', async () => {
    // A reader whose budget of misses is spent (the binding refuses every miss but an isolate's first of a client).
    const READ_MISSES = { limit: async () => ({ success: false }) };
    const ip = freshIp();
    const call = async (path: string) => {
      const ctx = createExecutionContext();
      const request = new Request(`${BASE}${path}`, { headers: { 'CF-Connecting-IP': ip } });
      const res = await createApp().fetch(request, { ...env, READ_MISSES }, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    };
    // The client's first miss in this isolate is let through; the image's read is its second.
    expect((await call(`/api/v1/articles?section=${unique('spent')}`)).status).toBe(200);
    const path = `${CLAIMS}.svg`;
    // A moment of recording not asked before: a read no copy holds (an `asOf` may be answered from its timeline).
    const res = await call(`${path}?seenAt=${new Date(Date.now() - 1).toISOString()}`);
    expect(res.status).toBe(429);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(await res.json()).toMatchObject({ type: '/problems/rate-limited', status: 429, instance: path });
  });
});

describe('link previews', () => {
  const meta = (html: string, key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1]?.replaceAll('&amp;', '&');

  it('embed pages and the demo page point og:image at the 1200 × 630 image, described by the screen-reader sentence', async () => {
    const incident = (await getJson<IncidentShape>(`/api/v1/incidents/${SEED.incidentSlug}`)).body;
    for (const [page, lang] of [
      [`${CLAIMS}?lang=es&theme=dark`, 'es'],
      ['/?lang=ar', 'ar'],
    ] as const) {
      const html = await (await get(page)).text();
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:alt')).toBe(
        screenReaderSentence({ widget: 'casualty-claims', data: incident, title: incident.title }, lang),
      );
      const src = meta(html, 'og:image') ?? '';
      expect(src).toContain('layout=social');
      const { image } = await png(src.replace(BASE, ''));
      expect([image.width, image.height]).toEqual([1200, 630]);
    }
  });

  it('oEmbed answers carry the thumbnail', async () => {
    const url = encodeURIComponent(`${BASE}${GAUGE}?lang=ar`);
    const { body } = await getJson<{ thumbnail_url: string; thumbnail_width: number; thumbnail_height: number }>(
      `/oembed?url=${url}`,
    );
    expect([body.thumbnail_width, body.thumbnail_height]).toEqual([1200, 630]);
    expect(body.thumbnail_url).toBe(`${BASE}${GAUGE}.png?lang=ar&layout=social`);
    const { image } = await png(body.thumbnail_url.replace(BASE, ''));
    expect([image.width, image.height]).toEqual([1200, 630]);
  });
});
