/**
 * The public record: the change logs in readers' terms, the readers' page of
 * changes, the feeds (read by a real feed parser and checked against the
 * logs) and the claims' CSV (hostile quotes, formulas neutralised).
 */

import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProblemShape } from '../../shared/contract/common';
import type { ChangeEntryShape, ChangeLogShape } from '../../shared/contract/recorded';
import { createApp } from '../../src/app';
import { SEED } from '../../src/db/seed/story';
import { addEditor, admin, adminJson, claimBody, freshCeasefire, freshIncident } from './admin-helpers';
import { BASE, get, getJson, seedStory, visibleText } from './helpers';

let editor: { token: string; name: string };
beforeAll(async () => {
  await seedStory();
  editor = await addEditor();
});

const tagOf = async (path: string) => (await admin(path, { token: editor.token })).headers.get('ETag') ?? '';

/** An incident that moved: a figure added, revised, another retracted, its place corrected with a note. */
async function movedIncident() {
  const { token } = editor;
  const { slug } = await freshIncident(token);
  const claims = `/api/v1/admin/incidents/${slug}/claims`;
  const first = await adminJson<{ id: string }>(claims, { method: 'POST', token, body: claimBody() });
  const other = await adminJson<{ id: string }>(claims, {
    method: 'POST',
    token,
    body: claimBody({
      claimant: { name: 'Russian delegation in Damascus', kind: 'government' },
      low: 62,
      asWritten: '62',
    }),
  });
  await admin(claims, {
    method: 'POST',
    token,
    body: claimBody({ low: 90, asWritten: '90', claimedOn: '2016-09-18', supersedes: first.body.id }),
  });
  const retract = `/api/v1/admin/claims/${other.body.id}`;
  await admin(retract, { method: 'DELETE', token, ifMatch: await tagOf(retract) });
  const incident = `/api/v1/admin/incidents/${slug}`;
  const corrections = [{ note: 'The strike was near the airport, not in the city.', at: '2016-09-19T10:00:00Z' }];
  const fixed = await admin(incident, {
    method: 'PATCH',
    token,
    ifMatch: await tagOf(incident),
    body: { placeName: 'Deir ez-Zor airport', corrections },
  });
  expect(fixed.status).toBe(200);
  return slug;
}

describe('the change log', () => {
  it('lists an incident’s changes newest first in readers’ terms, with the correction note, never who', async () => {
    const slug = await movedIncident();
    const { status, body, res } = await getJson<ChangeLogShape>(`/api/v1/incidents/${slug}/changes`);
    expect(status).toBe(200);
    expect(body.data.map((e) => e.what)).toEqual([
      'details-edited',
      'claim-retracted',
      'claim-revised',
      'claim-added',
      'claim-added',
    ]);
    const [place, retracted, revised] = body.data as [ChangeEntryShape, ChangeEntryShape, ChangeEntryShape];
    expect(place.fields).toEqual([{ field: 'place', old: 'Somewhere', new: 'Deir ez-Zor airport' }]);
    expect(place.note).toBe('The strike was near the airport, not in the city.');
    expect(retracted.subject).toBe('Russian delegation in Damascus · killed');
    expect(revised.fields).toEqual([{ field: 'figure', old: '80', new: '90' }]);
    expect(revised.summary).toBe('Figure revised: Syrian Observatory for Human Rights · killed, 80 → 90.');
    const times = body.data.map((e) => Date.parse(e.recordedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(res.headers.get('Last-Modified')).toBe(new Date(place.recordedAt).toUTCString());
    // Never who: the editor's name is nowhere, nor any field naming an editor.
    const text = JSON.stringify(body);
    expect(text).not.toContain(editor.name);
    expect(text).not.toMatch(/editor|approvedBy|proposedBy/i);
    // The incident's own read counts the same changes (what a widget's "Changed N times" says).
    expect((await getJson(`/api/v1/incidents/${slug}`)).body.changeCount).toBe(body.total);
  });

  it('says a figure whose numbers were corrected in the numbers it states', async () => {
    const { token } = editor;
    const { slug } = await freshIncident(token);
    const claims = `/api/v1/admin/incidents/${slug}/claims`;
    const body = { qualifier: 'up_to', low: 0, high: 150, asWritten: 'up to a hundred and fifty' };
    const upTo = await adminJson<{ id: string }>(claims, { method: 'POST', token, body: claimBody(body) });
    const exact = await adminJson<{ id: string }>(claims, {
      method: 'POST',
      token,
      body: claimBody({ claimant: { name: 'A monitor', kind: 'ngo' }, asWritten: 'eighty' }),
    });
    for (const [id, patch] of [
      [upTo.body.id, { high: 120 }],
      [exact.body.id, { low: 81 }],
    ] as const) {
      const path = `/api/v1/admin/claims/${id}`;
      expect((await admin(path, { method: 'PATCH', token, ifMatch: await tagOf(path), body: patch })).status).toBe(200);
    }
    const { body: log } = await getJson<ChangeLogShape>(`/api/v1/incidents/${slug}/changes`);
    const counted = log.data.flatMap((e) => e.fields.filter((f) => f.field === 'figure as counted'));
    // "Up to" states its top alone (its low, zero, is nobody's figure); an exact figure is its number.
    expect(counted).toEqual([
      { field: 'figure as counted', old: '80', new: '81' },
      { field: 'figure as counted', old: 'up to 150', new: 'up to 120' },
    ]);
  });

  it('pages with limit and cursor, and lists what had been recorded by seenAt', async () => {
    const slug = await movedIncident();
    const all = (await getJson<ChangeLogShape>(`/api/v1/incidents/${slug}/changes`)).body;
    const pages: ChangeEntryShape[] = [];
    let cursor: string | null = null;
    do {
      const page: ChangeLogShape = (
        await getJson<ChangeLogShape>(`/api/v1/incidents/${slug}/changes?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      expect(page.data.length).toBeLessThanOrEqual(2);
      expect(page.total).toBe(all.total);
      pages.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual(all.data);
    const before = all.data[1] as ChangeEntryShape;
    const then = (await getJson<ChangeLogShape>(`/api/v1/incidents/${slug}/changes?seenAt=${before.recordedAt}`)).body;
    expect(then.data).toEqual(all.data.slice(1));
    expect((await get(`/api/v1/incidents/${slug}/changes?cursor=nonsense`)).status).toBe(400);
    // Well formed, but no entry of this log (another's, or made up): a problem, not the first page again.
    const unknown = await get(`/api/v1/incidents/${slug}/changes?limit=2&cursor=1.0`);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as ProblemShape).errors?.[0]?.path).toBe('query.cursor');
    // A cursor names an entry recorded after the moment asked: not one of that log's pages either.
    const newest = all.data[0] as ChangeEntryShape;
    expect(
      (await get(`/api/v1/incidents/${slug}/changes?seenAt=${before.recordedAt}&cursor=${newest.id}`)).status,
    ).toBe(400);
    expect((await get('/api/v1/incidents/no-such-incident/changes')).status).toBe(404);
  });

  it('lists a ceasefire’s status changes, note edits, tallies and milestones', async () => {
    const { token } = editor;
    const { slug } = await freshCeasefire(token);
    const path = `/api/v1/admin/ceasefires/${slug}`;
    await admin(path, { method: 'PATCH', token, ifMatch: await tagOf(path), body: { statusNote: 'Shaky.' } });
    await admin(path, {
      method: 'PATCH',
      token,
      ifMatch: await tagOf(path),
      body: { status: 'strained', asOf: '2016-09-14T12:00:00+03:00' },
    });
    await admin(`${path}/tallies`, {
      method: 'POST',
      token,
      body: { claimant: null, count: 55, qualifier: 'at_least', asWritten: 'at least 55', reportedOn: '2016-09-14' },
    });
    const milestone = await adminJson<{ id: string }>(`${path}/milestones`, {
      method: 'POST',
      token,
      body: { label: 'Aid reaches Aleppo', dueOn: '2016-09-15' },
    });
    const step = `${path}/milestones/${milestone.body.id}`;
    await admin(step, { method: 'PATCH', token, ifMatch: await tagOf(step), body: { state: 'missed' } });
    const log = (await getJson<ChangeLogShape>(`/api/v1/ceasefires/${slug}/changes`)).body;
    expect(log.data.map((e) => e.what)).toEqual([
      'milestone-updated',
      'milestone-added',
      'tally-added',
      'status-changed',
      'note-edited',
    ]);
    expect(log.data[0]?.fields).toEqual([{ field: 'state', old: 'pending', new: 'missed' }]);
    expect(log.data[3]?.fields).toContainEqual({ field: 'status', old: 'holding', new: 'strained' });
    expect(log.data[4]?.fields).toEqual([{ field: 'note', old: 'In force.', new: 'Shaky.' }]);
    expect((await getJson(`/api/v1/ceasefires/${slug}`)).body.changeCount).toBe(5);
  });

  it('is a readers’ page without a script, linked from the widget’s fallback, in the reader’s language', async () => {
    const slug = await movedIncident();
    const res = await get(`/embed/casualty-claims/${slug}/changes?lang=es`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).not.toContain('<script');
    expect(page).toContain('<html lang="es"');
    // The changes in Spanish too (they were English inside a Spanish page); the data in them as written.
    expect(visibleText(page)).toContain('Cifra revisada: Syrian Observatory for Human Rights · muertos, 80 → 90.');
    expect(visibleText(page)).toContain('Cifra retirada: Russian delegation in Damascus · muertos.');
    expect(visibleText(page)).toMatch(/lugar [^→]+ → Deir ez-Zor airport/);
    expect(visibleText(page)).not.toMatch(/Figure|Claim corrected|Corrected:|place/);
    expect(visibleText(page)).toContain('The strike was near the airport, not in the city.');
    // What editors wrote (the title, a correction note) is marked with the story's language; our words are not.
    const { body: story } = await getJson<{ title: string; language: string }>(`/api/v1/incidents/${slug}`);
    const heading = page.match(/<h1>(.*)<\/h1>/)?.[1] ?? '';
    expect(heading).toMatch(new RegExp(`^[^<]+<bdi lang="${story.language}">[^<]+</bdi>[^<]*$`));
    expect(visibleText(heading)).toContain(story.title);
    expect(page).toContain(`<bdi lang="${story.language}">The strike was near the airport, not in the city.</bdi>`);
    // Arabic: its words, the data isolated in them, and old and new read right to left.
    const arabic = visibleText(await (await get(`/embed/casualty-claims/${slug}/changes?lang=ar`)).text());
    expect(arabic).toContain(
      'رقم مُعدَّل: \u2068Syrian Observatory for Human Rights\u2069 · القتلى، \u206880\u2069 ← \u206890\u2069.',
    );
    // English by default, and the API's log stays English whatever page asked before it.
    const english = visibleText(await (await get(`/embed/casualty-claims/${slug}/changes`)).text());
    expect(english).toContain('Figure revised: Syrian Observatory for Human Rights · killed, 80 → 90.');
    const log = (await getJson<ChangeLogShape>(`/api/v1/incidents/${slug}/changes`)).body;
    expect(log.data.map((e) => e.summary)).toContain(
      'Figure revised: Syrian Observatory for Human Rights · killed, 80 → 90.',
    );
    expect(page).toContain(`href="${BASE}/api/v1/incidents/${slug}/changes.atom"`);
    const embed = await (await get(`/embed/casualty-claims/${slug}`)).text();
    expect(embed).toContain(`<a href="/embed/casualty-claims/${slug}/changes">Changed 5 times</a>`);
    // A page in another language links to the changes in it; one pinned to a moment of recording, to those by then.
    const seenAt = new Date().toISOString();
    const spanish = await (await get(`/embed/casualty-claims/${slug}?lang=es&seenAt=${seenAt}`)).text();
    expect(spanish).toContain(
      `<a href="/embed/casualty-claims/${slug}/changes?lang=es&amp;seenAt=${encodeURIComponent(seenAt)}">`,
    );
  });
});

describe('a draft article', () => {
  /** A draft article, created through the API; `publish` makes it public. */
  async function draft(headline: string) {
    const slug = `draft-${crypto.randomUUID().slice(0, 8)}`;
    const made = await admin('/api/v1/admin/articles', {
      method: 'POST',
      token: editor.token,
      body: { slug, headline, body: [{ kind: 'paragraph', text: 'Not yet.' }], section: 'World', language: 'en' },
    });
    expect(made.status).toBe(201);
    const path = `/api/v1/admin/articles/${slug}`;
    const publish = async () =>
      (
        await admin(path, {
          method: 'PATCH',
          token: editor.token,
          ifMatch: await tagOf(path),
          body: { status: 'published', publishedAt: '2016-09-20' },
        })
      ).status;
    return { slug, publish };
  }

  /** Everything public that shows an incident, its record and its claims. */
  const publicText = async (slug: string) =>
    (
      await Promise.all(
        [
          `/api/v1/incidents/${slug}`,
          `/api/v1/incidents/${slug}/changes`,
          `/api/v1/incidents/${slug}/changes.atom`,
          `/api/v1/incidents/${slug}/changes.json`,
          `/api/v1/incidents/${slug}/claims.csv`,
          `/api/v1/changes.json`,
          `/embed/casualty-claims/${slug}`,
          `/embed/casualty-claims/${slug}/changes`,
        ].map(async (path) => (await get(path)).text()),
      )
    ).join('\n');

  it('shows its headline nowhere public, linked to an incident or cited by a claim, until it is published', async () => {
    const { token } = editor;
    const { slug } = await freshIncident(token);
    const linked = await draft('EMBARGOED: linked 4141');
    const cited = await draft('EMBARGOED: cited 4242');
    const incident = `/api/v1/admin/incidents/${slug}`;
    const { body: current } = await adminJson<{ articles: { slug: string }[] }>(incident, { token });
    const link = await admin(incident, {
      method: 'PATCH',
      token,
      ifMatch: await tagOf(incident),
      body: { articleSlugs: [...current.articles.map((a) => a.slug), linked.slug] },
    });
    expect(link.status).toBe(200);
    const claim = await admin(`${incident}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ sourceArticleSlug: cited.slug }),
    });
    expect(claim.status).toBe(201);
    const before = await publicText(slug);
    expect(before).not.toContain('EMBARGOED');
    expect(before).toContain('Syrian Observatory for Human Rights');
    // Editors see what their claims cite, drafts included.
    const { body: edited } = await adminJson<{ claims: { sourceArticle: { headline: string } | null }[] }>(incident, {
      token,
    });
    expect(edited.claims.map((c) => c.sourceArticle?.headline)).toEqual(['EMBARGOED: cited 4242']);

    expect([await linked.publish(), await cited.publish()]).toEqual([200, 200]);
    const after = await publicText(slug);
    expect(after).toContain('Now reported in EMBARGOED: linked 4141.');
    expect(after).toContain('EMBARGOED: cited 4242');
  });

  it('is named by its headline, never an id, once published, where a claim’s source changes', async () => {
    const { token } = editor;
    const { slug } = await freshIncident(token);
    const [from, to] = [await draft('Source one 6161'), await draft('Source two 6262')];
    expect([await from.publish(), await to.publish()]).toEqual([200, 200]);
    const { body: claim } = await adminJson<{ id: string }>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ sourceArticleSlug: from.slug }),
    });
    const path = `/api/v1/admin/claims/${claim.id}`;
    const moved = await admin(path, {
      method: 'PATCH',
      token,
      ifMatch: await tagOf(path),
      body: { sourceArticleSlug: to.slug },
    });
    expect(moved.status).toBe(200);
    const log = await (await get(`/api/v1/incidents/${slug}/changes`)).text();
    expect(log).toContain('source article Source one 6161 → Source two 6262');
    expect(log).not.toMatch(/art_[0-9a-f]/);
  });

  it('named in a change log read at a moment of recording as the log named it then', async () => {
    const { token } = editor;
    const { slug } = await freshIncident(token);
    const article = await draft('First headline 5151');
    expect(await article.publish()).toBe(200);
    const incident = `/api/v1/admin/incidents/${slug}`;
    const { body: current } = await adminJson<{ articles: { slug: string }[] }>(incident, { token });
    await admin(incident, {
      method: 'PATCH',
      token,
      ifMatch: await tagOf(incident),
      body: { articleSlugs: [...current.articles.map((a) => a.slug), article.slug] },
    });
    const log = `/api/v1/incidents/${slug}/changes`;
    const then = await get(log);
    const thenText = await then.text();
    expect(thenText).toContain('Now reported in First headline 5151.');
    const at = new Date().toISOString();
    const path = `/api/v1/admin/articles/${article.slug}`;
    const renamed = await admin(path, {
      method: 'PATCH',
      token,
      ifMatch: await tagOf(path),
      body: { headline: 'Second headline 5252' },
    });
    expect(renamed.status).toBe(200);
    expect(await (await get(log)).text()).toContain('Now reported in Second headline 5252.');
    const seen = await getJson<ChangeLogShape>(`${log}?seenAt=${encodeURIComponent(at)}`);
    expect(seen.body.data.map((e) => e.summary)).toEqual(
      (JSON.parse(thenText) as ChangeLogShape).data.map((e) => e.summary),
    );
  });
});

describe('the feeds', () => {
  it('carry each resource’s change log as Atom and JSON Feed 1.1, read by a feed parser', async () => {
    const slug = await movedIncident();
    const log = (await getJson<ChangeLogShape>(`/api/v1/incidents/${slug}/changes`)).body;
    const atomRes = await get(`/api/v1/incidents/${slug}/changes.atom`);
    expect(atomRes.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const atom = extractFromXml(await atomRes.text());
    const jsonRes = await get(`/api/v1/incidents/${slug}/changes.json`);
    expect(jsonRes.headers.get('Content-Type')).toBe('application/feed+json');
    const jsonBody = (await jsonRes.json()) as { version: string };
    expect(jsonBody.version).toBe('https://jsonfeed.org/version/1.1');
    const json = extractFromJson(jsonBody);
    for (const feed of [atom, json]) {
      expect(feed.title).toBe('Changes: A test incident');
      expect(feed.entries?.map((e) => e.title)).toEqual(log.data.map((e) => e.summary));
      expect(feed.entries?.map((e) => e.published)).toEqual(log.data.map((e) => e.recordedAt));
      expect(feed.entries?.map((e) => e.id)).toEqual(
        log.data.map((e) => `${BASE}/api/v1/incidents/${slug}/changes#${e.id}`),
      );
      // Each links to the readers' page of changes (the parser keeps the page, not the anchor of the change).
      for (const entry of feed.entries ?? []) expect(entry.link).toBe(`${BASE}/embed/casualty-claims/${slug}/changes`);
    }
    const anchors = log.data.map(
      (e) => `${BASE}/embed/casualty-claims/${slug}/changes#change-${e.id.replace('.', '-')}`,
    );
    expect((jsonBody as unknown as { items: { url: string }[] }).items.map((i) => i.url)).toEqual(anchors);
    const correction = atom.entries?.find((e) => e.title?.startsWith('Corrected'));
    expect(correction?.description).toContain('Correction: The strike was near the airport, not in the city.');
  });

  it('stay well-formed XML where a change stored before the API refused control characters holds one', async () => {
    const { slug } = await freshIncident(editor.token);
    // As text written before the refusal (a word processor's soft line break, U+000B) would stand in D1.
    await env.DB.prepare("UPDATE incidents SET title = 'Line one\u000bline two', version = version + 1 WHERE slug = ?")
      .bind(slug)
      .run();
    const refused = await admin(`/api/v1/admin/incidents/${slug}`, {
      method: 'PATCH',
      token: editor.token,
      ifMatch: await tagOf(`/api/v1/admin/incidents/${slug}`),
      body: { title: 'Again\u000bagain' },
    });
    expect(refused.status).toBe(400);
    for (const url of [`/api/v1/incidents/${slug}/changes.atom`, '/api/v1/changes.atom']) {
      const text = await (await get(url)).text();
      // biome-ignore lint/suspicious/noControlCharactersInRegex: what XML 1.0 forbids is what this looks for
      expect(text, url).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(text, url).toContain('Line oneline two');
      expect(extractFromXml(text).entries?.length, url).toBeGreaterThan(0);
    }
  });

  it('list the whole site’s newest changes, with ETags and conditional GET', async () => {
    const slug = await movedIncident();
    const { token } = editor;
    const { slug: ceasefire } = await freshCeasefire(token);
    const path = `/api/v1/admin/ceasefires/${ceasefire}`;
    await admin(path, { method: 'PATCH', token, ifMatch: await tagOf(path), body: { statusNote: 'Latest of all.' } });
    for (const url of ['/api/v1/changes.atom', '/api/v1/changes.json']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      const text = await res.text();
      const feed = url.endsWith('.atom') ? extractFromXml(text) : extractFromJson(JSON.parse(text));
      expect(feed.entries?.[0]?.title, url).toBe('A test ceasefire: Status note edited.');
      expect(
        feed.entries?.some((e) => e.link === `${BASE}/embed/casualty-claims/${slug}/changes`),
        url,
      ).toBe(true);
      const etag = res.headers.get('ETag') ?? '';
      expect(etag).toMatch(/^"[0-9a-f]+"$/);
      const again = await get(url, { headers: { 'If-None-Match': etag } });
      expect(again.status, url).toBe(304);
      expect(again.headers.get('Last-Modified')).toBe(res.headers.get('Last-Modified'));
    }
    // A write purges the feeds: the next read has the change.
    await admin(path, { method: 'PATCH', token, ifMatch: await tagOf(path), body: { statusNote: 'Newer still.' } });
    const after = extractFromJson((await (await get('/api/v1/changes.json')).json()) as Record<string, unknown>);
    expect(after.entries?.[0]?.description).toContain('note: Latest of all. → Newer still.');
  });

  it('are discovered from the embed pages and the demo page', async () => {
    const embed = await (await get(`/embed/ceasefire-gauge/${SEED.ceasefireSlug}`)).text();
    expect(embed).toContain(
      `<link rel="alternate" type="application/atom+xml" href="${BASE}/api/v1/ceasefires/${SEED.ceasefireSlug}/changes.atom"`,
    );
    expect(embed).toContain(
      `<link rel="alternate" type="application/feed+json" href="${BASE}/api/v1/ceasefires/${SEED.ceasefireSlug}/changes.json"`,
    );
    const demo = await (await get('/')).text();
    expect(demo).toContain(`<link rel="alternate" type="application/atom+xml" href="${BASE}/api/v1/changes.atom"`);
    expect(demo).toContain(`href="${BASE}/api/v1/incidents/${SEED.incidentSlug}/changes.json"`);
  });
});

describe('the claims as CSV', () => {
  const HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    '+SUM(1,1)',
    '-2+3',
    '@cmd',
    '\t=1+1',
    '\r=1+1',
    'a "quoted", comma\nnew line',
    '＝1+1',
  ];

  it('is RFC 4180, one row per claim with superseded and retracted ones, formulas neutralised', async () => {
    const { token } = editor;
    const { slug } = await freshIncident(token);
    const claims = `/api/v1/admin/incidents/${slug}/claims`;
    const ids: string[] = [];
    for (const [i, text] of HOSTILE.entries()) {
      const res = await adminJson<{ id: string }>(claims, {
        method: 'POST',
        token,
        body: claimBody({ subject: text, quote: text, low: i + 1, asWritten: String(i + 1) }),
      });
      expect(res.status, text).toBe(201);
      ids.push(res.body.id);
    }
    await admin(claims, {
      method: 'POST',
      token,
      body: claimBody({ low: 99, asWritten: '99', claimedOn: '2016-09-20', supersedes: ids[0] }),
    });
    const res = await get(`/api/v1/incidents/${slug}/claims.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    // UTF-8 with a byte order mark, so a spreadsheet reads Arabic names as such (Response.text() would drop it).
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
    expect(text.startsWith('\uFEFFid,claimant,claimant_kind,metric,subject,')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(HOSTILE.length + 1);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(HOSTILE.length + 1);
    expect(rows.map((r) => r.status).sort()).toEqual([...Array(HOSTILE.length).fill('current'), 'superseded'].sort());
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        expect(cell, `${column}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r＝]/);
      }
    }
    // Each hostile text arrives whole as the API stores it (trimmed), behind the apostrophe that keeps it text.
    const stored = (
      await getJson<{ claims: { id: string; subject: string; quote: string | null }[] }>(`/api/v1/incidents/${slug}`)
    ).body.claims;
    for (const claim of stored) {
      const row = rows.find((r) => r.id === claim.id);
      for (const field of ['subject', 'quote'] as const) {
        const text = claim[field] ?? '';
        expect(row?.[field], JSON.stringify(text)).toBe(/^[=+\-@\t\r＝]/.test(text) ? `'${text}` : text);
      }
    }
  });

  it('honours asOf and seenAt', async () => {
    const { token } = editor;
    const { slug } = await freshIncident(token);
    const claims = `/api/v1/admin/incidents/${slug}/claims`;
    await admin(claims, { method: 'POST', token, body: claimBody({ claimedOn: '2016-09-17' }) });
    const moment = (await getJson(`/api/v1/incidents/${slug}`)).body.updatedAt as string;
    await admin(claims, {
      method: 'POST',
      token,
      body: claimBody({ low: 5, asWritten: '5', claimedOn: '2016-09-16' }),
    });
    const count = async (query: string) =>
      parse(await (await get(`/api/v1/incidents/${slug}/claims.csv${query}`)).text(), { bom: true, columns: true })
        .length;
    expect(await count('')).toBe(2);
    expect(await count('?asOf=2016-09-16')).toBe(1);
    expect(await count(`?seenAt=${moment}`)).toBe(1);
    expect(await count(`?seenAt=${moment}&asOf=2016-09-16`)).toBe(0);
  });

  it('pinned, shows a claim added since it was cached: the write purges its copies', async () => {
    const { token } = editor;
    const { slug } = await freshIncident(token);
    const claims = `/api/v1/admin/incidents/${slug}/claims`;
    await admin(claims, { method: 'POST', token, body: claimBody({ claimedOn: '2016-09-17' }) });
    const pinned = `/api/v1/incidents/${slug}/claims.csv?asOf=2016-09-18`;
    // Each read with what it leaves behind (its copy, stored after the answer) done before the next step.
    const app = createApp();
    const read = async () => {
      const ctx = createExecutionContext();
      const res = await app.fetch(new Request(`${BASE}${pinned}`), env, ctx);
      const text = await res.text();
      await waitOnExecutionContext(ctx);
      return { cache: res.headers.get('X-Cache'), rows: parse(text, { bom: true, columns: true }).length };
    };
    const rows = async () => (await read()).rows;
    expect(await rows()).toBe(1);
    expect(await read()).toEqual({ cache: 'HIT', rows: 1 });
    // Recorded now for a day before the pinned one: the pinned CSV shows it at once, not a minute later.
    await admin(claims, {
      method: 'POST',
      token,
      body: claimBody({ low: 5, asWritten: '5', claimedOn: '2016-09-16' }),
    });
    expect(await rows()).toBe(2);
  });
});
