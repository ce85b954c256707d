import { beforeAll, describe, expect, it } from 'vitest';
import type { OEmbedShape } from '../../shared/contract/oembed';
import { SEED } from '../../src/db/seed/story';
import { BASE, get, getJson, seedStory } from './helpers';

beforeAll(seedStory);

const oembed = (url: string, extra = '') => `/oembed?url=${encodeURIComponent(url)}${extra}`;
const claimsEmbed = `${BASE}/embed/casualty-claims/${SEED.incidentSlug}`;

describe('GET /oembed', () => {
  it('answers an embed page URL with a rich response whose html is a titled, lazy iframe', async () => {
    const { status, body, res } = await getJson<OEmbedShape>(oembed(claimsEmbed));
    expect(status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Explainer Edge', width: 640 });
    expect(body.title).toMatch(/^Casualty claims: .*Deir ez-Zor/);
    // First a link to the embed page, hidden, in the blockquote WordPress shows until its frame speaks and that
    // makes it load the script that sizes the frame; then the iframe in an inline-size container, so its first
    // height can follow the width it gets.
    const blockquote = `<blockquote class="wp-embedded-content" style="display:none"><a href="${claimsEmbed}">${body.title}</a></blockquote>`;
    expect(body.html.startsWith(blockquote)).toBe(true);
    expect(body.html.slice(blockquote.length)).toMatch(
      /^<div style="container-type:inline-size;contain-intrinsic-inline-size:20em;width:stretch"><iframe /,
    );
    expect(body.html).toContain(`src="${claimsEmbed}"`);
    expect(body.html).toContain('loading="lazy"');
    // No inset border where a consumer keeps the iframe's attributes but not its style (WordPress).
    expect(body.html).toContain('frameborder="0"');
    expect(body.html).toContain(`title="${body.title}"`);
    expect(body.html).toContain(`height="${body.height}"`);
    expect(body.height).toBeGreaterThan(200);
  });

  it('honours maxwidth and maxheight, and carries lang and theme into the iframe', async () => {
    const url = `${BASE}/embed/ceasefire-gauge/${SEED.ceasefireSlug}?lang=ar&theme=dark`;
    const { status, body } = await getJson<OEmbedShape>(oembed(url, '&maxwidth=320&maxheight=200'));
    expect(status).toBe(200);
    expect(body.width).toBe(320);
    expect(body.height).toBe(200);
    // Named in the embed's language, as the card names itself.
    expect(body.title).toMatch(/^متابعة وقف إطلاق النار: /);
    expect(body.html).toContain('max-width:320px');
    // The height that follows the frame's width is capped too.
    expect(body.html).toMatch(/;height:min\(calc\(.*\),200px\)"/);
    expect(body.html).toContain(`/embed/ceasefire-gauge/${SEED.ceasefireSlug}?lang=ar&amp;theme=dark`);
    // The thumbnail respects them too (oEmbed 1.0, 2.3.4): the 1200 × 630 preview is left out here, given where it fits.
    expect(body.thumbnail_url).toBeUndefined();
    expect(body.thumbnail_width).toBeUndefined();
    const roomy = (await getJson<OEmbedShape>(oembed(url, '&maxwidth=1600&maxheight=900'))).body;
    expect([roomy.thumbnail_width, roomy.thumbnail_height]).toEqual([1200, 630]);
    expect(roomy.thumbnail_url).toMatch(/\.png\?/);
  });

  it('answers the demo page’s widget URLs', async () => {
    const { status, body } = await getJson<OEmbedShape>(oembed(`${BASE}/#ceasefire-gauge/${SEED.ceasefireSlug}`));
    expect(status).toBe(200);
    expect(body.html).toContain(`/embed/ceasefire-gauge/${SEED.ceasefireSlug}"`);
  });

  it('answers 404 problem+json for URLs it does not know', async () => {
    for (const url of [
      `https://elsewhere.example/embed/casualty-claims/${SEED.incidentSlug}`,
      `${BASE}/embed/casualty-claims/no-such-incident`,
      `${BASE}/embed/pie-chart/${SEED.incidentSlug}`,
      `${BASE}/api/v1/incidents/${SEED.incidentSlug}`,
      `${BASE}/embed/casualty-claims/${SEED.incidentSlug}?asOf=yesterday`,
      // The embed page is 404 with a trailing slash: no frame of it either.
      `${BASE}/embed/casualty-claims/${SEED.incidentSlug}/`,
      'not a url',
    ]) {
      const res = await get(oembed(url));
      expect(res.status, url).toBe(404);
      expect(res.headers.get('Content-Type'), url).toBe('application/problem+json');
    }
    expect((await get(`/embed/casualty-claims/${SEED.incidentSlug}/`)).status).toBe(404);
  });

  it('answers 501 for format=xml and 400 for a missing url or a bad maxwidth', async () => {
    expect((await get(oembed(claimsEmbed, '&format=xml'))).status).toBe(501);
    const missing = await getJson<{ errors: { path: string }[] }>('/oembed?format=json');
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e) => e.path)).toContain('query.url');
    expect((await get(oembed(claimsEmbed, '&maxwidth=-4'))).status).toBe(400);
    // Sent empty, as a consumer filling a URL template may: no limit.
    const empty = await getJson<OEmbedShape>(oembed(claimsEmbed, '&maxwidth=&maxheight='));
    expect([empty.status, empty.body.width]).toEqual([200, 640]);
    // A demo page's widget link whose fragment is not valid percent-encoding names no widget: 404, not a 500.
    expect((await get(oembed(`${BASE}/#%`))).status).toBe(404);
  });

  it('answers If-None-Match with its ETag with 304, keeping the headers a consumer re-checking needs', async () => {
    const first = await get(oembed(claimsEmbed));
    expect(first.status).toBe(200);
    const etag = first.headers.get('ETag') as string;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const body = await first.text();
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await get(oembed(claimsEmbed), { headers: { 'If-None-Match': tag } });
      expect([tag, again.status]).toEqual([tag, 304]);
      expect(await again.text()).toBe('');
      expect(again.headers.get('ETag')).toBe(etag);
      expect(again.headers.get('Cache-Control')).toBe(first.headers.get('Cache-Control'));
      expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
    // Another tag, or another embed: the answer itself.
    const other = await get(oembed(claimsEmbed), { headers: { 'If-None-Match': '"other"' } });
    expect([other.status, await other.text()]).toEqual([200, body]);
    const gauge = await get(oembed(`${BASE}/embed/ceasefire-gauge/${SEED.ceasefireSlug}`), {
      headers: { 'If-None-Match': etag },
    });
    expect(gauge.status).toBe(200);
  });
});
