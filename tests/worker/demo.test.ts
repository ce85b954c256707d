/**
 * The demo page as the Worker serves it: no inline script under its CSP,
 * schema.org JSON-LD that says what the API says, every figure in a
 * <noscript> fallback, the copy-embed codes from the catalog, and pinned
 * codes that keep showing the same figures after editors change the data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleShape } from '../../shared/contract/article';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { IncidentShape } from '../../shared/contract/incident';
import { type EmbedData, embedCodes, scriptSnippet } from '../../shared/embed/catalog';
import { MEASURE } from '../../shared/embed/reserve';
import { SEED } from '../../src/db/seed/story';
import { embedSpace } from '../../src/embed/height';
import { articleGraph } from '../../src/embed/structured-data';
import { addEditor, admin, adminJson, claimBody } from './admin-helpers';
import { BASE, get, getJson, seedStory, visibleText } from './helpers';

beforeAll(seedStory);

async function demo(path = '/') {
  const res = await get(path);
  return { res, text: await res.text() };
}

const attr = (html: string, element: RegExp, name: string) =>
  new RegExp(`${element.source}[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('GET /', () => {
  it('runs no inline script: a CSP of same-origin scripts, and every script either loaded or data', async () => {
    const { res, text } = await demo();
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1];
    expect(scriptSrc).toBe("'self'");
    const scripts = [...text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(2);
    for (const [, attrs = '', body = ''] of scripts) {
      if (/type="application\/ld\+json"/.test(attrs)) continue;
      expect(attrs).toMatch(/src="\/widgets\/v1\/[a-z-]+\.js"/);
      expect(body.trim()).toBe('');
    }
  });

  it('describes the article, the incident with each claim and the ceasefire in JSON-LD, as the API does', async () => {
    const { text } = await demo();
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(text)?.[1] ?? '') as {
      // biome-ignore lint/suspicious/noExplicitAny: JSON-LD nodes of many shapes, read field by field
      '@graph': Record<string, any>[];
    };
    const article = (await getJson<ArticleShape>(`/api/v1/articles/${SEED.articleSlug}`)).body;
    const incident = (await getJson<IncidentShape>(`/api/v1/incidents/${SEED.incidentSlug}`)).body;
    const ceasefire = (await getJson<CeasefireShape>(`/api/v1/ceasefires/${SEED.ceasefireSlug}`)).body;
    // Built again from the public API's responses, the graph is the same.
    expect(ld['@graph']).toEqual(articleGraph(BASE, `${BASE}/`, article, [incident], [ceasefire]));
    const [news, ...rest] = ld['@graph'];
    expect(news).toMatchObject({ '@type': 'NewsArticle', headline: article.headline, inLanguage: article.language });
    // The page gives no day: the article is dated to its month, as the page shows it, and no byline is made up.
    expect(article.publishedAtApproximate).toBe(true);
    expect(news?.datePublished).toBe(article.publishedAt?.slice(0, 7));
    expect(news).not.toHaveProperty('author');
    expect(text).toContain(`<time datetime="${article.publishedAt?.slice(0, 7)}">September 2016</time>`);
    expect(visibleText(text)).not.toContain('Staff report');
    const events = rest.filter((n) => n['@type'] === 'Event');
    expect(events.map((e) => e.name)).toEqual([incident.title, ceasefire.name]);
    expect(news?.about).toEqual(events.map((e) => ({ '@id': e['@id'] })));
    const claims = rest.filter((n) => n['@type'] === 'Claim');
    expect(claims.map((c) => [c.author.name, c.datePublished])).toEqual(
      incident.claims.map((c) => [c.claimant.name, c.claimedOn]),
    );
  });

  it('says, under the article, the editors’ note on the date its text gives ("Last Saturday 18th")', async () => {
    const { text } = await demo();
    const article = (await getJson<ArticleShape>(`/api/v1/articles/${SEED.articleSlug}`)).body;
    const seen = visibleText(text);
    // The text as published, and the note under it, as the article's API read carries it.
    expect(seen).toContain('Last Saturday 18th');
    expect(article.corrections.map((c) => c.note)).toEqual([expect.stringContaining('Saturday was 17 September 2016')]);
    expect(seen).toContain('Corrections The article says');
    expect(seen).toContain('Saturday was 17 September 2016; 18 September was a Sunday.');
  });

  it('holds every figure in a <noscript> fallback inside each element', async () => {
    const { text } = await demo();
    // After the box that holds the widget's space before its script runs (hidden with scripting off).
    const claims =
      /<casualty-claims[^>]*><span [^>]*><\/span><noscript>([\s\S]*?)<\/noscript><\/casualty-claims>/.exec(text)?.[1] ??
      '';
    const gauge =
      /<ceasefire-gauge[^>]*><span [^>]*><\/span><noscript>([\s\S]*?)<\/noscript><\/ceasefire-gauge>/.exec(text)?.[1] ??
      '';
    expect(visibleText(claims)).toContain('more than 60');
    expect(visibleText(claims)).toMatch(/\b80\b/);
    expect(visibleText(claims)).toContain('Syrian Observatory for Human Rights');
    expect(visibleText(gauge)).toContain('Precarious');
    expect(visibleText(gauge)).toContain('at least 55');
    const spanish = await demo('/?lang=es');
    expect(visibleText(spanish.text)).toContain('Cifras tal como se publicaron');
  });

  it('offers each widget’s script tag (preloading its data, with its reserved height), iframe and URL, and one script tag for all, as the catalog writes them', async () => {
    const { text } = await demo();
    const reserves: Record<string, string> = {};
    const titles: Record<string, string> = {};
    for (const [widget, slug, api] of [
      ['casualty-claims', SEED.incidentSlug, 'incidents'],
      ['ceasefire-gauge', SEED.ceasefireSlug, 'ceasefires'],
    ] as const) {
      const block = new RegExp(
        `<div class="embed-widget" data-widget="${widget}"[\\s\\S]*?<iframe[^>]*data-preview`,
      ).exec(text)?.[0];
      expect(block, widget).toBeDefined();
      const { body: data } = await getJson(`/api/v1/${api}/${slug}`);
      const title = widget === 'casualty-claims' ? data.title : data.name;
      const embed = { widget, data, title } as EmbedData;
      // Its title in each language, as the card names itself in it: what the code's link and iframe carry.
      const named = JSON.parse(unescapeHtml(attr(block ?? '', /<div class="embed-widget"/, 'data-titles') ?? '{}'));
      expect(named).toEqual(
        widget === 'casualty-claims'
          ? { en: `Casualty claims: ${title}`, es: `Cifras de víctimas: ${title}`, ar: `أعداد الضحايا: ${title}` }
          : {
              en: `Ceasefire tracker: ${title}`,
              es: `Seguimiento del alto el fuego: ${title}`,
              ar: `متابعة وقف إطلاق النار: ${title}`,
            },
      );
      // The space each language's code holds, computed from the data the API serves.
      const spaces = JSON.parse(unescapeHtml(attr(block ?? '', /<div class="embed-widget"/, 'data-spaces') ?? '{}'));
      expect(spaces).toEqual({ en: embedSpace(embed, 'en'), es: embedSpace(embed, 'es'), ar: embedSpace(embed, 'ar') });
      const codes = embedCodes(BASE, { widget, slug, lang: 'en' }, { title: named.en, ...spaces.en });
      const script = /<textarea[^>]*data-code="script"[^>]*>([\s\S]*?)<\/textarea>/.exec(block ?? '')?.[1];
      const iframe = /<textarea[^>]*data-code="iframe"[^>]*>([\s\S]*?)<\/textarea>/.exec(block ?? '')?.[1];
      expect(unescapeHtml(script ?? '')).toBe(codes.script);
      expect(unescapeHtml(iframe ?? '')).toBe(codes.iframe);
      expect(codes.script).toContain(`--explainer-min-height:${spaces.en.reserve}`);
      const url = /<input[^>]*data-code="url"[^>]*>/.exec(block ?? '')?.[0] ?? '';
      expect(unescapeHtml(/value="([^"]*)"/.exec(url)?.[1] ?? '')).toBe(codes.url);
      expect(codes.script).toContain(
        `<link rel="preload" href="${BASE}/api/v1/${api}/${slug}" as="fetch" crossorigin>`,
      );
      reserves[widget] = spaces.en.reserve;
      titles[widget] = named.en;
      // The page's own element holds the same space as the code it offers.
      expect(unescapeHtml(text)).toContain(
        `<${widget} ${WIDGET_ATTR[widget]}="${slug}" style="display:block;container-type:inline-size;contain-intrinsic-inline-size:20em;width:stretch;--explainer-measure:${MEASURE};--explainer-min-height:${spaces.en.reserve}">`,
      );
    }
    const together = /<textarea[^>]*data-code="together"[^>]*>([\s\S]*?)<\/textarea>/.exec(text)?.[1];
    expect(unescapeHtml(together ?? '')).toBe(
      scriptSnippet(
        BASE,
        {
          widget: 'casualty-claims',
          slug: SEED.incidentSlug,
          lang: 'en',
          reserve: reserves['casualty-claims'],
          title: titles['casualty-claims'],
        },
        {
          widget: 'ceasefire-gauge',
          slug: SEED.ceasefireSlug,
          lang: 'en',
          reserve: reserves['ceasefire-gauge'],
          title: titles['ceasefire-gauge'],
        },
      ),
    );
  });
});

const WIDGET_ATTR = { 'casualty-claims': 'incident', 'ceasefire-gauge': 'ceasefire' } as const;

describe('pinned embeds', () => {
  it('show the figures of the moment they were copied, after editors change the data', async () => {
    const { text } = await demo();
    const pinOf = (widget: string) =>
      new RegExp(`data-widget="${widget}"[^>]*data-pin="([^"]+)"`).exec(text)?.[1] ?? 'missing';
    const incidentPin = pinOf('casualty-claims');
    const ceasefirePin = pinOf('ceasefire-gauge');
    const incidentUrl = `/api/v1/incidents/${SEED.incidentSlug}`;
    const ceasefireUrl = `/api/v1/ceasefires/${SEED.ceasefireSlug}`;
    const before = {
      incident: (await getJson<IncidentShape>(incidentUrl)).body,
      ceasefire: (await getJson<CeasefireShape>(ceasefireUrl)).body,
    };
    expect(ceasefirePin).toBe(before.ceasefire.asOf);

    // Editors move on: a new claim, a retraction, a status change, a new tally.
    const { token } = await addEditor();
    const claim = await adminJson(`/api/v1/admin/incidents/${SEED.incidentSlug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({
        claimant: { name: 'A later monitor', kind: 'ngo' },
        low: 95,
        asWritten: '95',
        claimedOn: '2016-09-24',
      }),
    });
    expect(claim.status).toBe(201);
    const russia = before.incident.claims.find((c) => c.claimant.name === 'Russian delegation in Damascus');
    const etag = (await admin(`/api/v1/admin/claims/${russia?.id}`, { token })).headers.get('ETag') ?? '';
    expect((await admin(`/api/v1/admin/claims/${russia?.id}`, { method: 'DELETE', token, ifMatch: etag })).status).toBe(
      200,
    );
    const ceasefireEtag = (await admin(`/api/v1/admin/ceasefires/${SEED.ceasefireSlug}`, { token })).headers.get(
      'ETag',
    );
    const collapsed = await admin(`/api/v1/admin/ceasefires/${SEED.ceasefireSlug}`, {
      method: 'PATCH',
      token,
      ifMatch: ceasefireEtag ?? '',
      body: { status: 'collapsed', statusNote: 'Declared over.', asOf: '2016-09-22T19:00:00+03:00' },
    });
    expect(collapsed.status).toBe(200);
    const tally = await admin(`/api/v1/admin/ceasefires/${SEED.ceasefireSlug}/tallies`, {
      method: 'POST',
      token,
      body: { claimant: null, count: 300, qualifier: 'about', asWritten: 'about 300', reportedOn: '2016-09-21' },
    });
    expect(tally.status).toBe(201);

    const latest = {
      incident: (await getJson<IncidentShape>(incidentUrl)).body,
      ceasefire: (await getJson<CeasefireShape>(ceasefireUrl)).body,
    };
    expect(latest.incident.summary).not.toEqual(before.incident.summary);
    expect(latest.ceasefire.status).toBe('collapsed');

    // Read for the first time only now, so no cached copy from before the writes can answer.
    const pinned = {
      incident: (await getJson<IncidentShape>(`${incidentUrl}?asOf=${encodeURIComponent(incidentPin)}`)).body,
      ceasefire: (await getJson<CeasefireShape>(`${ceasefireUrl}?asOf=${encodeURIComponent(ceasefirePin)}`)).body,
    };
    // The change count is recorded time's (`seenAt`): a pin to the data's moment alone counts every change so far.
    const { asOf: _, updatedSince: incidentUpdated, changeCount: __, ...incidentThen } = pinned.incident;
    expect(incidentThen).toEqual({ ...before.incident, changeCount: undefined });
    // A ceasefire's free-text note is kept in time only with its status changes,
    // so once a later change exists the pinned view carries the note of the
    // change in force then; every figure, status and date is the same.
    // The moment is the same instant, written in UTC once it is no longer the data's own asOf.
    const { updatedSince: ceasefireUpdated, ...ceasefireThen } = pinned.ceasefire;
    const same = { statusNote: null, asOf: Date.parse(before.ceasefire.asOf), changeCount: 0 };
    expect({ ...ceasefireThen, ...same }).toEqual({ ...before.ceasefire, ...same });
    expect(Date.parse(ceasefireThen.asOf)).toBe(Date.parse(before.ceasefire.asOf));
    expect([incidentUpdated, ceasefireUpdated]).toEqual([true, true]);

    // The pinned iframe's page carries the same data, and says newer figures exist.
    const codes = embedCodes(
      BASE,
      { widget: 'casualty-claims', slug: SEED.incidentSlug, asOf: incidentPin },
      { title: 'x', height: 1 },
    );
    const page = await (await get(codes.url.replace(BASE, ''))).text();
    expect(visibleText(page)).toContain('more than 60');
    expect(visibleText(page)).not.toContain('95');
    expect(visibleText(page)).toContain('Updated since:');
  });
});
