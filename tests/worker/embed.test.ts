import { beforeAll, describe, expect, it } from 'vitest';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { IncidentShape } from '../../shared/contract/incident';
import ar from '../../shared/i18n/ar';
import es from '../../shared/i18n/es';
import { SEED } from '../../src/db/seed/story';
import { ourEnglishIn, ourWordsIn } from '../our-english';
import { BASE, get, getJson, seedStory, visibleText } from './helpers';

beforeAll(seedStory);

const claimsPath = `/embed/casualty-claims/${SEED.incidentSlug}`;
const gaugePath = `/embed/ceasefire-gauge/${SEED.ceasefireSlug}`;

async function page(path: string) {
  const res = await get(path);
  return { res, text: await res.text() };
}

function scriptBody(html: string, type: string): unknown {
  const escaped = type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`<script type="${escaped}"[^>]*>([\\s\\S]*?)</script>`).exec(html);
  if (!match?.[1]) throw new Error(`no ${type} script`);
  return JSON.parse(match[1]);
}

describe('GET /embed/casualty-claims/{incident}', () => {
  it('puts every figure, claimant and source in the HTML, readable with scripts off', async () => {
    const { res, text } = await page(claimsPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const seen = visibleText(text);
    expect(seen).toContain('more than 60');
    expect(seen).toMatch(/\b80\b/);
    expect(seen).toContain('Russian delegation in Damascus');
    expect(seen).toContain('Syrian Observatory for Human Rights');
    expect(seen).toMatch(/disagree/);
    expect(seen).toContain('Figures as reported, not independently verified.');
  });

  it('carries the API’s own response as a data island, so the widget needs no request', async () => {
    const { text } = await page(claimsPath);
    const api = await getJson<IncidentShape>(`/api/v1/incidents/${SEED.incidentSlug}`);
    expect(scriptBody(text, 'application/json')).toEqual(api.body);
  });

  it('describes the incident and each claim in schema.org JSON-LD consistent with the API', async () => {
    const { text } = await page(claimsPath);
    const api = (await getJson<IncidentShape>(`/api/v1/incidents/${SEED.incidentSlug}`)).body;
    // biome-ignore lint/suspicious/noExplicitAny: JSON-LD nodes of many shapes, read field by field
    const ld = scriptBody(text, 'application/ld+json') as { '@context': string; '@graph': Record<string, any>[] };
    expect(ld['@context']).toBe('https://schema.org');
    const event = ld['@graph'].find((n) => n['@type'] === 'Event');
    expect(event).toMatchObject({ name: api.title, location: { name: api.placeName } });
    const claims = ld['@graph'].filter((n) => n['@type'] === 'Claim');
    expect(claims).toHaveLength(api.claims.length);
    for (const claim of api.claims) {
      const node = claims.find((n) => n.identifier === claim.id);
      expect(node?.author.name).toBe(claim.claimant.name);
      expect(node?.text).toContain(claim.asWritten);
      expect(node?.datePublished).toBe(claim.claimedOn);
      expect(node?.appearance?.url ?? null).toBe(claim.sourceUrl);
      // With no source URL, where it appeared is the article that reported it.
      if (!claim.sourceUrl) expect(node?.appearance?.headline).toBe(claim.sourceArticle?.headline);
      expect(node?.about['@id']).toBe(event?.['@id']);
      // Named under its incident, as its own: an id no other incident's claim can share.
      expect(node?.['@id']).toBe(`${event?.['@id']}#claim-${claim.id}`);
    }
    expect(api.claims.some((c) => !c.sourceUrl && c.sourceArticle)).toBe(true);
  });

  it('offers oEmbed discovery, loads nothing from other origins, sets no cookie and may be framed', async () => {
    const { res, text } = await page(claimsPath);
    const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(text)?.[1];
    expect(discovery).toBe(`${BASE}/oembed?url=${encodeURIComponent(BASE + claimsPath)}&amp;format=json`);
    const oembed = await get(discovery?.replace(BASE, '').replace(/&amp;/g, '&') ?? '');
    expect(oembed.status).toBe(200);
    for (const [, url] of text.matchAll(/\s(?:src|href)="([^"]+)"/g)) {
      if (url?.startsWith('/') || url?.startsWith(BASE)) continue;
      // Only links to sources may leave the origin; nothing is loaded from them.
      expect(text).toMatch(new RegExp(`<a href="${url?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    }
    expect(res.headers.get('Set-Cookie')).toBeNull();
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('frame-ancestors');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it('runs no inline script its CSP does not allow by hash, in a theme it names or not', async () => {
    const inline = (html: string) =>
      [...html.matchAll(/<script(?![^>]*\s(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    const sha256 = async (text: string) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    };
    for (const query of ['', '?theme=dark', '?lang=ar&asOf=2016-09-18']) {
      const { res, text } = await page(claimsPath + query);
      const scripts = inline(text);
      // The one that marks a framed page before its first paint (src/embed/framed-page.ts).
      expect(scripts, query).toHaveLength(1);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      const allowed = /script-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
      for (const script of scripts) expect(allowed, query).toContain(await sha256(script));
    }
  });

  it('speaks Spanish when asked: figures phrased in Spanish, the source’s words only as written', async () => {
    const { text } = await page(`${claimsPath}?lang=es`);
    const api = (await getJson<IncidentShape>(`/api/v1/incidents/${SEED.incidentSlug}`)).body;
    const seen = visibleText(fallbackOf(text));
    expect(seen).toContain('Dos fuentes discrepan: sus cifras van de más de 60 a 80 muertos, una diferencia de 20.');
    expect(seen).toContain(
      'Dos fuentes discrepan sobre el número de muertos: Russian delegation in Damascus dice más de 60; Syrian Observatory for Human Rights dice 80.',
    );
    expect(fallbackOf(text)).toContain('<strong class="figure">más de 60</strong>');
    // The source wrote English: it is shown, once, as the source's words (and in its quote, which is theirs too).
    const unquoted = visibleText(fallbackOf(text).replace(/<q\b[^>]*>.*?<\/q>/gs, ''));
    expect(unquoted.match(/more than 60/g)).toEqual(['more than 60']);
    expect(seen).toContain('Tal como se publicó: «more than 60»');
    expect(ourEnglishIn(seen, api, es)).toEqual([]);
    // The data is marked with its own language (the story's), as the widgets mark it: every isolated piece of it.
    const pieces = [...fallbackOf(text).matchAll(/<bdi( lang="[^"]*")?>([^<]*)/g)];
    expect(pieces.length).toBeGreaterThan(4);
    expect(pieces.filter(([, lang]) => lang !== ' lang="en"').map(([, , piece]) => piece)).toEqual([]);
  });

  it('speaks Arabic right to left when asked, with no word of ours in another script', async () => {
    const { text } = await page(`${claimsPath}?lang=ar`);
    const api = (await getJson<IncidentShape>(`/api/v1/incidents/${SEED.incidentSlug}`)).body;
    expect(text).toMatch(/<html lang="ar" dir="rtl">/);
    const seen = visibleText(fallbackOf(text));
    expect(seen).toContain('مصدران مختلفان: تتراوح الأرقام بين أكثر من 60 و80 قتيلًا، بفارق 20.');
    expect(fallbackOf(text)).toContain('<strong class="figure">أكثر من 60</strong>');
    // The source's words isolated by a bdi in the story's language, where the sentence isolated them with FSI/PDI.
    expect(seen).toContain('كما ورد في المصدر: «more than 60»');
    expect(fallbackOf(text)).toContain('«<bdi lang="en">more than 60</bdi>»');
    expect(ourEnglishIn(seen, api, ar)).toEqual([]);
    expect(ourWordsIn(seen, api, ar).match(/[A-Za-z].{0,30}/g)).toBeNull();
  });

  it('shows the incident as it stood before the strike, with a link to the latest', async () => {
    const { res, text } = await page(`${claimsPath}?asOf=2016-09-16`);
    expect(res.status).toBe(200);
    const seen = visibleText(text);
    expect(seen).not.toContain('more than 60');
    expect(seen).toContain('Updated since:');
    expect(text).toContain(`<a href="${BASE}${claimsPath}" target="_blank" rel="noopener">see the latest</a>`);
  });

  it('answers problem+json for an unknown incident, an unknown widget and a bad parameter', async () => {
    for (const [path, status] of [
      ['/embed/casualty-claims/no-such-incident', 404],
      [`/embed/pie-chart/${SEED.incidentSlug}`, 400],
      [`${claimsPath}?lang=xx`, 400],
      [`${claimsPath}?asOf=yesterday`, 400],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('Content-Type'), path).toBe('application/problem+json');
    }
  });
});

describe('GET /embed/ceasefire-gauge/{ceasefire}', () => {
  it('puts the status, days in force, tallies and next milestone in the HTML', async () => {
    const { res, text } = await page(gaugePath);
    expect(res.status).toBe(200);
    const api = (await getJson<CeasefireShape>(`/api/v1/ceasefires/${SEED.ceasefireSlug}`)).body;
    const seen = visibleText(text);
    expect(seen).toContain('Precarious');
    expect(seen).toContain(`${api.gauge.daysInForce} days in force`);
    expect(seen).toContain('at least 55');
    expect(seen).toContain('not counting the US airstrike');
    expect(seen).toContain('In doubt');
    // Who brokered it, from when, and whom it leaves out: as the widget and the image say it.
    // Listed in the reader's words ("United States, Russian Federation" read as one name).
    expect(api.brokers).toEqual(['United States', 'Russian Federation']);
    expect(seen).toContain('Brokered by United States and Russian Federation · in force from September 12, 2016');
    expect(seen).toContain('Does not cover ISIS and al-Nusra (Jabhat Fateh al-Sham).');
    expect(scriptBody(text, 'application/json')).toEqual(api);
  });

  it('phrases the tallies in Spanish and Arabic, with the source’s words as written', async () => {
    const api = (await getJson<CeasefireShape>(`/api/v1/ceasefires/${SEED.ceasefireSlug}`)).body;
    for (const [lang, s, phrase] of [
      ['es', es, 'al menos 55'],
      ['ar', ar, 'ما لا يقل عن 55'],
    ] as const) {
      const seen = visibleText(fallbackOf((await page(`${gaugePath}?lang=${lang}`)).text));
      expect(seen).toContain(phrase);
      expect(seen.match(/at least 55/g)).toHaveLength(1);
      expect(ourEnglishIn(seen, api, s)).toEqual([]);
    }
  });
});

describe('GET /embed/{widget}/{slug}/link', () => {
  const link = (path: string, to?: string, more = '') =>
    // `manual`: the Worker's own fetch would follow the redirect, into the Worker again.
    get(`${path}/link?${to === undefined ? '' : `to=${encodeURIComponent(to)}`}${more}`, { redirect: 'manual' });
  const sohr = 'https://www.syriahr.com/en/';

  it('redirects to a link the widget shows, spelled as its href', async () => {
    const api = (await getJson<IncidentShape>(`/api/v1/incidents/${SEED.incidentSlug}`)).body;
    expect(api.claims.map((c) => c.claimant.url)).toContain(sohr);
    const res = await link(claimsPath, sohr);
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe(sohr);
    // The same link as the browser spells an href (a host in capitals, the default port): the same place.
    const spelled = await link(claimsPath, 'https://WWW.syriahr.com:443/en/');
    expect([spelled.status, spelled.headers.get('Location')]).toEqual([302, sohr]);
  });

  it('refuses anywhere else, with a problem: another site, a script, a link of another widget or of a later version', async () => {
    for (const [path, to, more, status] of [
      [claimsPath, 'https://attacker.example/', '', 404],
      [claimsPath, 'javascript:alert(1)', '', 404],
      [claimsPath, '//www.syriahr.com/en/', '', 404],
      [gaugePath, sohr, '', 404],
      // Before the strike the incident had no claims, so no claimant's site to link to.
      [claimsPath, sohr, '&asOf=2016-09-16', 404],
      [claimsPath, undefined, '', 400],
      [claimsPath, sohr, '&seenAt=tomorrow', 400],
      ['/embed/casualty-claims/no-such-incident', sohr, '', 404],
    ] as const) {
      const res = await link(path, to, more);
      expect(res.status, `${path} ${to} ${more}`).toBe(status);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(res.headers.get('Location')).toBeNull();
    }
  });
});

/** The server-rendered fallback inside an embed page: what a reader sees with JavaScript off. */
function fallbackOf(html: string): string {
  return /<div class="fallback"[\s\S]*?\n<\/div>/.exec(html)?.[0] ?? '';
}
