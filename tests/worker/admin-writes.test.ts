/** What each admin write does, as a client and a reader see it. */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminCeasefireShape } from '../../shared/contract/admin';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { SEED } from '../../src/db/seed/story';
import {
  addEditor,
  admin,
  adminJson,
  claimBody,
  freshCeasefire,
  freshIncident,
  snapshotDb,
  unique,
} from './admin-helpers';
import { get, getJson, seedStory } from './helpers';

let token = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
});

async function addClaim(incident: string, overrides: Record<string, unknown> = {}) {
  const res = await adminJson<ClaimShape>(`/api/v1/admin/incidents/${incident}/claims`, {
    method: 'POST',
    token,
    body: claimBody(overrides),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { claim: res.body, etag: res.res.headers.get('ETag') as string };
}

describe('incidents', () => {
  it('creates an incident linked to its articles, returned in the public shape with its ETag', async () => {
    const { slug, articleSlug, etag } = await freshIncident(token);
    expect(etag).toMatch(/^"inc_[0-9a-f]+\.v1"$/);
    const { status, body } = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ slug, title: 'A test incident', description: 'What happened.', latitude: 35.29 });
    expect(body.articles.map((a) => a.slug)).toEqual([articleSlug]);
  });

  it('edits with the current ETag, bumps it, and refuses the old one with 412', async () => {
    const { slug, etag } = await freshIncident(token);
    const edited = await adminJson<IncidentShape>(`/api/v1/admin/incidents/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { title: 'Renamed', startsAt: '2016-09-17T15:55:00+03:00' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Renamed', startsAt: '2016-09-17T15:55:00+03:00' });
    const next = edited.res.headers.get('ETag');
    expect(next).toBe(etag.replace('.v1"', '.v2"'));

    const before = await snapshotDb();
    const stale = await adminJson(`/api/v1/admin/incidents/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { title: 'Lost update' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ type: '/problems/precondition-failed' });
    const weak = await admin(`/api/v1/admin/incidents/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: `W/${next}`,
      body: { title: 'Weak' },
    });
    expect(weak.status).toBe(412);
    expect(await snapshotDb()).toBe(before);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.title).toBe('Renamed');
  });

  it('requires If-Match on PATCH and DELETE (428), an ETag not *, changing nothing', async () => {
    const { slug } = await freshIncident(token);
    const { claim } = await addClaim(slug);
    const before = await snapshotDb();
    const patch = await adminJson(`/api/v1/admin/incidents/${slug}`, { method: 'PATCH', token, body: { title: 'x' } });
    expect(patch.status).toBe(428);
    expect(patch.body).toMatchObject({ type: '/problems/precondition-required' });
    expect((await admin(`/api/v1/admin/claims/${claim.id}`, { method: 'DELETE', token })).status).toBe(428);
    // `*` (any version, RFC 9110) is not the ETag read: it is refused as no If-Match is, saying why.
    const star = await adminJson<{ detail: string }>(`/api/v1/admin/incidents/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: '*',
      body: { title: 'x' },
    });
    expect(star.status).toBe(428);
    expect(star.body.detail).toMatch(/If-Match: \* is not accepted/);
    expect(await snapshotDb()).toBe(before);
  });

  it('answers a method a route does not take with 405 and Allow, once signed in', async () => {
    const { slug } = await freshIncident(token);
    const wrong = await admin(`/api/v1/admin/incidents/${slug}`, { method: 'DELETE', token });
    expect([wrong.status, wrong.headers.get('Allow')]).toEqual([405, 'GET, HEAD, PATCH']);
    const approve = await admin('/api/v1/admin/changes/chg_x/approve', { token });
    expect([approve.status, approve.headers.get('Allow')]).toEqual([405, 'POST']);
    // Without a token, nothing about the routes: 401.
    expect((await admin(`/api/v1/admin/incidents/${slug}`, { method: 'DELETE' })).status).toBe(401);
  });

  it('keeps a published correction: a PATCH or a revert may add corrections, never drop or reword one (409)', async () => {
    const { slug } = await freshIncident(token);
    const path = `/api/v1/admin/incidents/${slug}`;
    const tag = async () => (await admin(path, { token })).headers.get('ETag') as string;
    const first = { note: 'An earlier version misstated the place.', at: '2016-09-19T10:00:00Z' };
    const added = await admin(path, { method: 'PATCH', token, ifMatch: await tag(), body: { corrections: [first] } });
    expect(added.status).toBe(200);
    const before = await snapshotDb();
    for (const corrections of [[], [{ ...first, note: 'Reworded, quietly.' }]]) {
      const refused = await adminJson<{ detail: string }>(path, {
        method: 'PATCH',
        token,
        ifMatch: await tag(),
        body: { corrections },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toContain('A published correction stays as it is');
    }
    // Undoing the write that added it would drop it too.
    const { body: entries } = await adminJson<{ data: { id: number; action: string }[] }>(
      `/api/v1/admin/audit?entity=incident:${slug}`,
      { token },
    );
    const revert = await admin(`/api/v1/admin/audit/${entries.data[0]?.id}/revert`, { method: 'POST', token });
    expect(revert.status).toBe(409);
    expect(await snapshotDb()).toBe(before);
    const second = { note: 'The place was right; the time was not.', at: '2016-09-20T10:00:00Z' };
    const more = await admin(path, {
      method: 'PATCH',
      token,
      ifMatch: await tag(),
      body: { corrections: [first, second] },
    });
    expect(more.status).toBe(200);
    const { body } = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(body.corrections).toEqual([first, second]);
  });

  it('lets only one of two concurrent editors holding the same ETag win', async () => {
    const { slug, etag } = await freshIncident(token);
    const other = await addEditor();
    const results = await Promise.all(
      [token, other.token, token, other.token].map((t, i) =>
        admin(`/api/v1/admin/incidents/${slug}`, {
          method: 'PATCH',
          token: t,
          ifMatch: etag,
          body: { title: `Edit ${i}` },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412, 412]);
    const audit = await adminJson<{ data: unknown[] }>(`/api/v1/admin/audit?entity=incident:${slug}`, { token });
    expect(audit.body.data).toHaveLength(2); // the create and the one winning edit
  });

  it('records the language a story’s text is written in: English unless given, a BCP 47 tag, as it stood at seenAt', async () => {
    const english = await freshIncident(token);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${english.slug}`)).body.language).toBe('en');
    const spanish = await freshIncident(token, { title: 'Un ataque en el mercado', language: 'es' });
    const before = await getJson<IncidentShape>(`/api/v1/incidents/${spanish.slug}`);
    expect(before.body.language).toBe('es');
    const ceasefire = await freshCeasefire(token, { language: 'ar' });
    expect((await getJson<CeasefireShape>(`/api/v1/ceasefires/${ceasefire.slug}`)).body.language).toBe('ar');

    const rows = await snapshotDb();
    const bad = await adminJson<{ errors: { path: string }[] }>('/api/v1/admin/incidents', {
      method: 'POST',
      token,
      body: { slug: unique('incident'), title: 'T', occurredOn: '2016-09-17', placeName: 'P', language: 'Spanish' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.path)).toEqual(['language']);
    expect(await snapshotDb()).toBe(rows);

    const moved = await admin(`/api/v1/admin/incidents/${spanish.slug}`, {
      method: 'PATCH',
      token,
      ifMatch: spanish.etag,
      body: { language: 'es-MX' },
    });
    expect(moved.status).toBe(200);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${spanish.slug}`)).body.language).toBe('es-MX');
    const then = await getJson<IncidentShape>(
      `/api/v1/incidents/${spanish.slug}?seenAt=${encodeURIComponent(before.body.updatedAt)}`,
    );
    expect(then.body.language).toBe('es');
  });

  it('replaces the linked articles with articleSlugs', async () => {
    const { slug, etag, articleSlug } = await freshIncident(token);
    const res = await adminJson<IncidentShape>(`/api/v1/admin/incidents/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { articleSlugs: [] },
    });
    expect(res.body.articles).toEqual([]);
    const article = await getJson<{ incidents: IncidentShape[] }>(`/api/v1/articles/${articleSlug}`);
    expect(article.body.incidents).toEqual([]);
  });
});

describe('claims', () => {
  it('finds the claimant by name however it was typed or pasted, or creates it', async () => {
    const { slug } = await freshIncident(token);
    const name = unique('Café Monitor');
    const first = await addClaim(slug, { claimant: { name, kind: 'media' } });
    // Another case, doubled spaces, a zero-width space, the é decomposed: the same claimant, not a second source.
    const variants = [
      name.toLowerCase(),
      name.replace(' ', '  '),
      name.replace('Monitor', 'Mon\u200bitor'),
      ` ${name.normalize('NFD')} `,
      // A right-to-left mark, as text copied from an Arabic page brings, and a left-to-right isolate around it.
      `${name}\u200f`,
      `\u2066${name}\u2069`,
    ];
    for (const [i, variant] of variants.entries()) {
      const again = await addClaim(slug, { claimant: { name: variant, kind: 'media' }, metric: 'wounded', low: i + 1 });
      expect(again.claim.claimant.name, variant).toBe(name);
    }
    const rows = await env.DB.prepare('SELECT name, kind FROM claimants WHERE name = ?').bind(name).all();
    expect(rows.results).toEqual([{ name, kind: 'media' }]);
    expect(first.claim.claimant.name).toBe(name);
    // A claimant stored before names were normalised is still found by its name as stored.
    const legacy = `Legacy  Monitor ${unique('n')}`;
    await env.DB.prepare(
      "INSERT INTO claimants (id, name, kind, created_at) VALUES (?, ?, 'ngo', '2016-09-17T00:00:00Z')",
    )
      .bind(`clt_${crypto.randomUUID().replaceAll('-', '')}`, legacy)
      .run();
    const again = await addClaim(slug, { claimant: { name: legacy, kind: 'ngo' }, metric: 'missing' });
    expect(again.claim.claimant.name).toBe(legacy);
    const legacyRows = await env.DB.prepare('SELECT count(*) AS n FROM claimants WHERE name LIKE ?')
      .bind(`Legacy%${legacy.slice(-8)}`)
      .first<{ n: number }>();
    expect(legacyRows?.n).toBe(1);
    // A name of invisible characters alone names no one.
    for (const invisible of ['\u200b\u00ad', '\u200e', '\u200b\u200d', '\u3164']) {
      const blank = await admin(`/api/v1/admin/incidents/${slug}/claims`, {
        method: 'POST',
        token,
        body: claimBody({ claimant: { name: invisible, kind: 'ngo' } }),
      });
      expect(blank.status, JSON.stringify(invisible)).toBe(400);
    }
    const existing = await addClaim(slug, { claimant: { name: 'Russian delegation in Damascus', kind: 'government' } });
    expect(existing.claim.claimant).toMatchObject({
      name: 'Russian delegation in Damascus',
      affiliation: 'Russian Federation',
    });
  });

  it('refuses a claim naming a claimant with another kind, affiliation or URL than it has (409), writing nothing', async () => {
    const { slug } = await freshIncident(token);
    const name = unique('White Helmets');
    await addClaim(slug, { claimant: { name, kind: 'ngo', affiliation: 'Syria Civil Defence' } });
    const before = await snapshotDb();
    for (const claimant of [
      { name, kind: 'armed_group' },
      { name, kind: 'ngo', affiliation: 'al-Nusra front' },
      { name, kind: 'ngo', url: 'https://propaganda.example/' },
    ]) {
      const refused = await adminJson<{ detail: string; errors: { path: string }[] }>(
        `/api/v1/admin/incidents/${slug}/claims`,
        { method: 'POST', token, body: claimBody({ claimant }) },
      );
      expect(refused.status, JSON.stringify(claimant)).toBe(409);
      expect(refused.body.detail).toContain(`"${name}" is a claimant already, with`);
    }
    expect(await snapshotDb()).toBe(before);
    // Named with what it has, or by name and kind alone, it is found.
    await addClaim(slug, { claimant: { name, kind: 'ngo' }, metric: 'wounded' });
  });

  it('refuses dates that cannot be right (400 naming the field), writing nothing: after today', async () => {
    const { slug } = await freshIncident(token);
    const { claim, etag } = await addClaim(slug);
    const before = await snapshotDb();
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    for (const [claimedOn, message] of [[nextYear, 'is after today']] as const) {
      const made = await adminJson<{ errors: { path: string; message: string }[] }>(
        `/api/v1/admin/incidents/${slug}/claims`,
        { method: 'POST', token, body: claimBody({ claimedOn }) },
      );
      expect(made.status, claimedOn).toBe(400);
      expect(made.body.errors).toEqual([{ path: 'claimedOn', message: expect.stringContaining(message) }]);
      const patched = await admin(`/api/v1/admin/claims/${claim.id}`, {
        method: 'PATCH',
        token,
        ifMatch: etag,
        body: { claimedOn },
      });
      expect(patched.status, claimedOn).toBe(400);
    }
    expect(await snapshotDb()).toBe(before);
    const ceasefire = await freshCeasefire(token);
    const made = await snapshotDb();
    const tally = await admin(`/api/v1/admin/ceasefires/${ceasefire.slug}/tallies`, {
      method: 'POST',
      token,
      body: { claimant: null, count: 3, qualifier: 'exact', asWritten: '3', reportedOn: nextYear },
    });
    expect(tally.status).toBe(400);
    const path = `/api/v1/admin/ceasefires/${ceasefire.slug}`;
    const asOf = await admin(path, {
      method: 'PATCH',
      token,
      ifMatch: (await admin(path, { token })).headers.get('ETag') as string,
      body: { asOf: `${nextYear}T00:00:00Z` },
    });
    expect(asOf.status).toBe(400);
    expect(await snapshotDb()).toBe(made);
    // Today itself is fine, wherever the editor is: a day past UTC's date.
    const today = new Date(Date.now() + 12 * 3_600_000).toISOString().slice(0, 10);
    await addClaim(slug, { claimedOn: today, metric: 'wounded' });
  });

  it('refuses a correction dated after today, which once published could never be taken back, writing nothing', async () => {
    const { slug } = await freshIncident(token);
    const path = `/api/v1/admin/incidents/${slug}`;
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01T00:00:00Z`;
    const before = await snapshotDb();
    const patched = await adminJson<{ errors: { path: string; message: string }[] }>(path, {
      method: 'PATCH',
      token,
      ifMatch: (await admin(path, { token })).headers.get('ETag') as string,
      body: { corrections: [{ note: 'The date was wrong.', at: nextYear }] },
    });
    expect(patched.status).toBe(400);
    expect(patched.body.errors).toEqual([
      { path: 'corrections.0.at', message: expect.stringContaining('after today') },
    ]);
    expect(await snapshotDb()).toBe(before);
  });

  it('refuses a ceasefire’s asOf moved back before its last change of status, and a milestone dated out of order', async () => {
    const { slug } = await freshCeasefire(token);
    const path = `/api/v1/admin/ceasefires/${slug}`;
    const etag = async () => (await admin(path, { token })).headers.get('ETag') as string;
    const collapsed = await admin(path, {
      method: 'PATCH',
      token,
      ifMatch: await etag(),
      body: { status: 'collapsed', asOf: '2016-09-19T19:00:00+03:00' },
    });
    expect(collapsed.status).toBe(200);
    const before = await snapshotDb();
    // Alone, an earlier asOf would have the gauge read "collapsed" at a moment its history says it held.
    const back = await adminJson<{ errors: { path: string }[] }>(path, {
      method: 'PATCH',
      token,
      ifMatch: await etag(),
      body: { asOf: '2016-09-15T12:00:00+03:00' },
    });
    expect(back.status).toBe(400);
    expect(back.body.errors.map((e) => e.path)).toEqual(['asOf']);
    expect(await snapshotDb()).toBe(before);
    const milestone = await adminJson<{ id: string }>(`${path}/milestones`, {
      method: 'POST',
      token,
      body: { label: 'Aid convoys reach Aleppo', dueOn: '2016-09-14' },
    });
    expect(milestone.status).toBe(201);
    const one = `${path}/milestones/${milestone.body.id}`;
    const missed = await admin(one, {
      method: 'PATCH',
      token,
      ifMatch: (await admin(one, { token })).headers.get('ETag') as string,
      body: { state: 'missed', at: '2016-09-16T12:00:00+03:00' },
    });
    expect(missed.status).toBe(200);
    const made = await snapshotDb();
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01T00:00:00Z`;
    for (const at of [nextYear, '2016-09-15T12:00:00+03:00']) {
      const refused = await adminJson<{ errors: { path: string }[] }>(one, {
        method: 'PATCH',
        token,
        ifMatch: (await admin(one, { token })).headers.get('ETag') as string,
        body: { state: 'met', at },
      });
      expect(refused.status, at).toBe(400);
      expect(refused.body.errors.map((e) => e.path)).toEqual(['at']);
    }
    expect(await snapshotDb()).toBe(made);
  });

  it('keeps every claim of many naming the same new claimant at once, under one claimant', async () => {
    const { slug } = await freshIncident(token);
    const name = unique('New claimant');
    const added = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        admin(`/api/v1/admin/incidents/${slug}/claims`, {
          method: 'POST',
          token,
          body: claimBody({ claimant: { name, kind: 'ngo' }, low: i + 1, asWritten: String(i + 1) }),
        }),
      ),
    );
    expect(added.map((r) => r.status)).toEqual(Array(12).fill(201));
    const rows = await env.DB.prepare('SELECT id FROM claimants WHERE name = ?').bind(name).all<{ id: string }>();
    expect(rows.results).toHaveLength(1);
    const read = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(read.body.claims.map((c) => c.low).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(new Set(read.body.claims.map((c) => c.claimant.name))).toEqual(new Set([name]));
  });

  it('revises a claim: the old one becomes superseded from the new claim’s date, and time travel agrees', async () => {
    const { slug } = await freshIncident(token);
    const { claim: old } = await addClaim(slug, { claimedOn: '2016-09-17' });
    const { claim: revision } = await addClaim(slug, {
      low: 90,
      asWritten: '90',
      claimedOn: '2016-09-19',
      supersedes: old.id,
    });
    expect(revision).toMatchObject({ supersedes: old.id, status: 'current', low: 90 });
    const now = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(now.body.claims.map((c) => [c.id, c.status])).toEqual([
      [old.id, 'superseded'],
      [revision.id, 'current'],
    ]);
    expect(now.body.summary.killed).toMatchObject({ low: 90, high: 90, claimants: 1 });
    const then = await getJson<IncidentShape>(`/api/v1/incidents/${slug}?asOf=2016-09-18`);
    expect(then.body.claims.map((c) => [c.id, c.status])).toEqual([[old.id, 'current']]);
    expect(then.body.summary.killed).toMatchObject({ low: 80, high: 80 });
    const onTheDay = await getJson<IncidentShape>(`/api/v1/incidents/${slug}?asOf=2016-09-19`);
    expect(onTheDay.body.claims.find((c) => c.id === old.id)?.status).toBe('superseded');

    const redated = await admin(`/api/v1/admin/claims/${revision.id}`, {
      method: 'PATCH',
      token,
      ifMatch: `"${revision.id}.v1"`,
      body: { claimedOn: '2016-09-20' },
    });
    expect(redated.status).toBe(409);

    const again = await adminJson(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ low: 95, asWritten: '95', claimedOn: '2016-09-20', supersedes: old.id }),
    });
    expect(again.status).toBe(412);
  });

  it('revises a claim against the version its If-Match names, if sent: 412 when that claim changed since, writing nothing', async () => {
    const { slug } = await freshIncident(token);
    const { claim, etag: read } = await addClaim(slug);
    const fixed = await admin(`/api/v1/admin/claims/${claim.id}`, {
      method: 'PATCH',
      token,
      ifMatch: read,
      body: { subject: 'Syrian Arab Army soldiers' },
    });
    expect(fixed.status).toBe(200);
    const revise = (ifMatch: string) =>
      admin(`/api/v1/admin/incidents/${slug}/claims`, {
        method: 'POST',
        token,
        ifMatch,
        body: claimBody({ low: 90, asWritten: '90', claimedOn: '2016-09-19', supersedes: claim.id }),
      });
    const rows = await snapshotDb();
    expect((await revise(read)).status).toBe(412);
    expect(await snapshotDb()).toBe(rows);
    expect((await revise(fixed.headers.get('ETag') as string)).status).toBe(201);
  });

  it('reads each claim’s and milestone’s ETag with its story, the one a change of the part shown is made against', async () => {
    const { slug } = await freshIncident(token);
    const { claim } = await addClaim(slug);
    const tagsOf = async () =>
      (await adminJson<{ claimTags: Record<string, string> }>(`/api/v1/admin/incidents/${slug}`, { token })).body
        .claimTags;
    const read = await tagsOf();
    const claimPath = `/api/v1/admin/claims/${claim.id}`;
    expect(read[claim.id]).toBe((await admin(claimPath, { token })).headers.get('ETag'));
    // Changed by someone else since: the tag read with the story is stale, and a retraction made with it is refused.
    const other = await admin(claimPath, {
      method: 'PATCH',
      token,
      ifMatch: read[claim.id] as string,
      body: { subject: 'Syrian Arab Army soldiers' },
    });
    expect(other.status).toBe(200);
    expect((await admin(claimPath, { method: 'DELETE', token, ifMatch: read[claim.id] as string })).status).toBe(412);
    expect((await tagsOf())[claim.id]).toBe(other.headers.get('ETag'));

    const ceasefire = await adminJson<{ milestones: { id: string }[]; milestoneTags: Record<string, string> }>(
      `/api/v1/admin/ceasefires/${SEED.ceasefireSlug}`,
      { token },
    );
    const [first] = ceasefire.body.milestones;
    expect(first).toBeDefined();
    const milestone = await admin(`/api/v1/admin/ceasefires/${SEED.ceasefireSlug}/milestones/${first?.id}`, { token });
    expect(ceasefire.body.milestoneTags[first?.id as string]).toBe(milestone.headers.get('ETag'));
  });

  it('refuses a revision dated before the claim it revises, or of another incident’s claim', async () => {
    const { slug } = await freshIncident(token);
    const other = await freshIncident(token);
    const { claim } = await addClaim(slug, { claimedOn: '2016-09-18' });
    const early = await adminJson<{ errors: { path: string }[] }>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ claimedOn: '2016-09-17', supersedes: claim.id }),
    });
    expect(early.status).toBe(400);
    expect(early.body.errors[0]?.path).toBe('claimedOn');
    const elsewhere = await adminJson(`/api/v1/admin/incidents/${other.slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ supersedes: claim.id }),
    });
    expect(elsewhere.status).toBe(400);
  });

  it('refuses a revision that names another claimant or metric, keeping both claims and the disagreement', async () => {
    const { slug } = await freshIncident(token);
    const claimant = { name: unique('Org A'), kind: 'ngo' };
    const { claim: first } = await addClaim(slug, { claimant, low: 10, asWritten: '10' });
    const other = { name: unique('Org B'), kind: 'government' };
    await addClaim(slug, { claimant: other, low: 20, asWritten: '20' });
    const before = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    for (const [path, change] of [
      ['claimant', { claimant: other }],
      ['claimant', { claimant: { name: unique('Org C'), kind: 'media' } }],
      ['metric', { claimant, metric: 'wounded' }],
    ] as const) {
      const swapped = await adminJson<{ errors: { path: string }[] }>(`/api/v1/admin/incidents/${slug}/claims`, {
        method: 'POST',
        token,
        body: claimBody({ ...change, low: 0, asWritten: '0', supersedes: first.id }),
      });
      expect(swapped.status, JSON.stringify(swapped.body)).toBe(400);
      expect(swapped.body.errors.map((e) => e.path)).toEqual([path]);
    }
    const after = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(after.body).toEqual(before.body);
    expect(after.body.summary.killed).toMatchObject({ low: 10, high: 20, claimants: 2, disagree: true });
  });

  it('fixes a typo in place with If-Match', async () => {
    const { slug } = await freshIncident(token);
    const { claim, etag } = await addClaim(slug, { subject: 'Syrain soldiers' });
    const res = await adminJson<ClaimShape>(`/api/v1/admin/claims/${claim.id}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { subject: 'Syrian soldiers', sourceUrl: 'https://www.syriahr.com/en/' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: claim.id,
      subject: 'Syrian soldiers',
      sourceUrl: 'https://www.syriahr.com/en/',
    });
    expect(res.res.headers.get('ETag')).toBe(`"${claim.id}.v2"`);
    const read = await adminJson<ClaimShape>(`/api/v1/admin/claims/${claim.id}`, { token });
    expect(read.res.headers.get('ETag')).toBe(`"${claim.id}.v2"`);
    expect(read.res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('retracts a claim, keeping it as retracted, shown as current before the retraction', async () => {
    const { slug } = await freshIncident(token);
    const { claim, etag } = await addClaim(slug);
    const res = await adminJson<ClaimShape>(`/api/v1/admin/claims/${claim.id}`, {
      method: 'DELETE',
      token,
      ifMatch: etag,
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('retracted');
    const now = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(now.body.claims).toHaveLength(1);
    expect(now.body.claims[0]?.status).toBe('retracted');
    expect(now.body.summary).toEqual({});
    const then = await getJson<IncidentShape>(`/api/v1/incidents/${slug}?asOf=2016-09-18`);
    expect(then.body.claims[0]?.status).toBe('current');
    const twice = await admin(`/api/v1/admin/claims/${claim.id}`, {
      method: 'DELETE',
      token,
      ifMatch: res.res.headers.get('ETag') as string,
    });
    expect(twice.status).toBe(409);
  });
});

describe('ceasefires', () => {
  it('adds a status change to the history, dated at asOf, and moves the gauge', async () => {
    const { slug, etag } = await freshCeasefire(token);
    const res = await adminJson<CeasefireShape>(`/api/v1/admin/ceasefires/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { status: 'collapsed', statusNote: 'Declared over.', asOf: '2016-09-19T19:00:00+03:00' },
    });
    expect(res.status).toBe(200);
    expect(res.body.history.map((h) => [h.status, h.at])).toEqual([
      ['holding', '2016-09-12T19:00:00+03:00'],
      ['collapsed', '2016-09-19T19:00:00+03:00'],
    ]);
    expect(res.body.gauge).toMatchObject({ band: 3, status: 'collapsed', daysInForce: 7 });
    const earlier = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}?asOf=2016-09-15`);
    expect(earlier.body.status).toBe('holding');

    const backdated = await adminJson<{ errors: { path: string }[] }>(`/api/v1/admin/ceasefires/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: res.res.headers.get('ETag') as string,
      body: { status: 'strained', asOf: '2016-09-14T00:00:00Z' },
    });
    expect(backdated.status).toBe(400);
    expect(backdated.body.errors[0]?.path).toBe('asOf');
  });

  it('gives editors an end the data has not reached, which readers do not see yet, to change or clear', async () => {
    // An announced expiry: after the moment the data describes (asOf, the 13th).
    const { slug, etag } = await freshCeasefire(token, { endedAt: '2016-09-19T19:00:00+03:00' });
    const read = await adminJson<AdminCeasefireShape>(`/api/v1/admin/ceasefires/${slug}`, { token });
    expect(read.body).toMatchObject({ endedAt: null, storedEndedAt: '2016-09-19T19:00:00+03:00' });
    expect((await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`)).body.endedAt).toBeNull();

    const cleared = await adminJson<AdminCeasefireShape>(`/api/v1/admin/ceasefires/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { endedAt: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ endedAt: null, storedEndedAt: null });
    // Moved on to the day it was to end, the data shows no end: it was cleared, not merely hidden.
    const later = await adminJson<AdminCeasefireShape>(`/api/v1/admin/ceasefires/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: cleared.res.headers.get('ETag') as string,
      body: { asOf: '2016-09-20T00:00:00+03:00' },
    });
    expect(later.body).toMatchObject({ endedAt: null, storedEndedAt: null });
  });

  it('adds a tally (201) with its claimant or none', async () => {
    const { slug } = await freshCeasefire(token);
    const res = await adminJson(`/api/v1/admin/ceasefires/${slug}/tallies`, {
      method: 'POST',
      token,
      body: {
        claimant: { name: 'Syrian Observatory for Human Rights', kind: 'ngo' },
        count: 55,
        qualifier: 'at_least',
        asWritten: 'at least 55',
        excludes: 'not counting the US airstrike',
        reportedOn: '2016-09-13',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ count: 55, claimant: { name: 'Syrian Observatory for Human Rights' } });
    const anonymous = await adminJson(`/api/v1/admin/ceasefires/${slug}/tallies`, {
      method: 'POST',
      token,
      body: { claimant: null, count: 3, qualifier: 'exact', asWritten: '3', reportedOn: '2016-09-12' },
    });
    expect(anonymous.status).toBe(201);
    const read = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`);
    expect(read.body.tallies.map((t) => t.count)).toEqual([3, 55]);
  });

  it('gives editors the tallies reported after the day the data describes, which readers do not see yet', async () => {
    // The data describes the 13th; a tally reported on the 15th is stored, for a status moved on to it.
    const { slug } = await freshCeasefire(token);
    const added = await adminJson(`/api/v1/admin/ceasefires/${slug}/tallies`, {
      method: 'POST',
      token,
      body: { claimant: null, count: 7, qualifier: 'exact', asWritten: '7', reportedOn: '2016-09-15' },
    });
    expect(added.status).toBe(201);
    const read = await adminJson<AdminCeasefireShape>(`/api/v1/admin/ceasefires/${slug}`, { token });
    expect(read.body.tallies).toEqual([]);
    expect(read.body.storedTallies.map((t) => [t.count, t.reportedOn])).toEqual([[7, '2016-09-15']]);
    expect((await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`)).body.tallies).toEqual([]);
  });

  it('adds and updates a milestone, keeping its history for time travel', async () => {
    const { slug } = await freshCeasefire(token);
    const added = await adminJson<{ id: string; state: string }>(`/api/v1/admin/ceasefires/${slug}/milestones`, {
      method: 'POST',
      token,
      body: { label: 'Aid convoys allowed in', dueOn: '2016-09-19' },
    });
    expect(added.status).toBe(201);
    expect(added.body.state).toBe('pending');
    const path = `/api/v1/admin/ceasefires/${slug}/milestones/${added.body.id}`;
    const updated = await adminJson(path, {
      method: 'PATCH',
      token,
      ifMatch: added.res.headers.get('ETag') as string,
      body: { state: 'missed', note: 'Convoys still waiting.', at: '2016-09-13T10:00:00Z' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ state: 'missed', note: 'Convoys still waiting.' });
    const before = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}?asOf=2016-09-12T23:00:00Z`);
    expect(before.body.milestones[0]?.state).toBe('pending');
    const after = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`);
    expect(after.body.milestones[0]?.state).toBe('missed');
    const elsewhere = await admin(
      `/api/v1/admin/ceasefires/syria-cessation-of-hostilities-2016/milestones/${added.body.id}`,
      {
        token,
      },
    );
    expect(elsewhere.status).toBe(404);
  });

  it('keeps every one of many tallies added at once', async () => {
    const { slug } = await freshCeasefire(token);
    const added = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        admin(`/api/v1/admin/ceasefires/${slug}/tallies`, {
          method: 'POST',
          token,
          body: {
            claimant: null,
            count: i + 1,
            qualifier: 'exact',
            asWritten: String(i + 1),
            reportedOn: '2016-09-13',
          },
        }),
      ),
    );
    expect(added.map((r) => r.status)).toEqual(Array(12).fill(201));
    const read = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`);
    expect(read.body.tallies.reduce((sum, t) => sum + t.count, 0)).toBe(78);
    const audit = await adminJson<{ data: { after: { ceasefireId: string } }[] }>(
      '/api/v1/admin/audit?entity=tally&limit=100',
      { token },
    );
    const ceasefireId = audit.body.data[0]?.after.ceasefireId;
    expect(audit.body.data.filter((e) => e.after.ceasefireId === ceasefireId)).toHaveLength(12);
  });
});

describe('articles', () => {
  it('creates a draft that readers cannot see, then publishes it', async () => {
    const slug = unique('draft');
    const created = await adminJson(`/api/v1/admin/articles`, {
      method: 'POST',
      token,
      body: { slug, headline: 'Draft', body: [{ kind: 'paragraph', text: 'Text.' }], section: 'World', language: 'es' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug, status: 'draft', language: 'es' });
    expect((await get(`/api/v1/articles/${slug}`)).status).toBe(404);
    const published = await adminJson(`/api/v1/admin/articles/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: created.res.headers.get('ETag') as string,
      body: { status: 'published', corrections: [{ note: 'Fixed a date.', at: '2016-09-20T10:00:00Z' }] },
    });
    expect(published.status).toBe(200);
    const read = await getJson(`/api/v1/articles/${slug}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'published', corrections: [{ note: 'Fixed a date.' }] });
  });

  it('refuses a slug that is taken with 409', async () => {
    const { articleSlug } = await freshIncident(token);
    const res = await adminJson(`/api/v1/admin/articles`, {
      method: 'POST',
      token,
      body: { slug: articleSlug, headline: 'Again', body: [], section: 'World', language: 'en' },
    });
    expect(res.status).toBe(409);
  });
});

describe('pickers', () => {
  it('lists incidents and ceasefires by slug, a page at a time', async () => {
    await freshIncident(token);
    const first = await adminJson<{ data: { slug: string }[]; nextCursor: string | null }>(
      '/api/v1/admin/incidents?limit=1',
      { token },
    );
    expect(first.body.data).toHaveLength(1);
    expect(first.body.nextCursor).toBe(first.body.data[0]?.slug);
    const second = await adminJson<{ data: { slug: string }[] }>(
      `/api/v1/admin/incidents?limit=1&cursor=${first.body.nextCursor}`,
      { token },
    );
    expect((second.body.data[0]?.slug ?? '') > (first.body.data[0]?.slug ?? '')).toBe(true);
    const ceasefires = await adminJson<{ data: { slug: string }[] }>('/api/v1/admin/ceasefires', { token });
    expect(ceasefires.body.data.map((c) => c.slug)).toContain('syria-cessation-of-hostilities-2016');
  });
});
