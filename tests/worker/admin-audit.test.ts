/** The audit history, and undoing one change from it. */

import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryShape } from '../../shared/contract/admin';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { OPERATOR } from '../../src/auth/editors';
import { hashToken } from '../../src/auth/token';
import { addEditor, adminJson, claimBody, freshCeasefire, freshIncident } from './admin-helpers';
import { fetchWith, racedD1 } from './faulty-d1';
import { BASE, getJson, seedStory } from './helpers';

let token = '';
let editorName = '';

beforeAll(async () => {
  await seedStory();
  const editor = await addEditor();
  token = editor.token;
  editorName = editor.name;
});

type Page = { data: AuditEntryShape[]; nextCursor: string | null };

async function history(entity: string, extra = '') {
  return (await adminJson<Page>(`/api/v1/admin/audit?entity=${entity}${extra}`, { token })).body;
}

async function patchTitle(slug: string, etag: string, title: string) {
  const res = await adminJson<IncidentShape>(`/api/v1/admin/incidents/${slug}`, {
    method: 'PATCH',
    token,
    ifMatch: etag,
    body: { title },
  });
  expect(res.status).toBe(200);
  return res.res.headers.get('ETag') as string;
}

const revert = (id: number) =>
  adminJson<AuditEntryShape>(`/api/v1/admin/audit/${id}/revert`, { method: 'POST', token });

describe('GET /api/v1/admin/audit', () => {
  it('records who did what to which entity, with before and after', async () => {
    const { slug, etag } = await freshIncident(token);
    await patchTitle(slug, etag, 'Second title');
    const { data } = await history(`incident:${slug}`);
    expect(data.map((e) => e.action)).toEqual(['update', 'create']);
    const [update, create] = data;
    expect(update).toMatchObject({
      editor: { name: editorName },
      entity: { type: 'incident', key: slug },
      before: { title: 'A test incident', version: 1 },
      after: { title: 'Second title', version: 2 },
      revertedBy: null,
    });
    expect(Date.parse(update?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(create).toMatchObject({ before: null, after: { slug, version: 1 } });
  });

  it('pages newest first with limit and cursor, and filters by entity type', async () => {
    const { slug, etag } = await freshIncident(token);
    let tag = etag;
    for (const title of ['B', 'C', 'D']) tag = await patchTitle(slug, tag, title);
    const first = await history(`incident:${slug}`, '&limit=2');
    expect(first.data.map((e) => e.after)).toMatchObject([{ title: 'D' }, { title: 'C' }]);
    expect(first.nextCursor).toBe(String(first.data[1]?.id));
    const second = await history(`incident:${slug}`, `&limit=2&cursor=${first.nextCursor}`);
    expect(second.data.map((e) => e.action)).toEqual(['update', 'create']);
    expect(second.nextCursor).toBeNull();
    const claims = await history('claim', '&limit=100');
    expect(claims.data.every((e) => e.entity.type === 'claim')).toBe(true);
  });
});

describe('GET /api/v1/admin/audit?entity=editor', () => {
  it('records each account an admin makes, promotes and revokes, never its token, and undoes none of it', async () => {
    // The way around review an admin has: an account of their own making approves their change, then goes.
    const made = await adminJson<{ id: string; token: string }>('/api/v1/admin/editors', {
      method: 'POST',
      token,
      body: { name: 'Second pair of eyes', role: 'editor' },
    });
    expect(made.status).toBe(201);
    const { id } = made.body;
    for (const body of [{ role: 'desk' }, { active: false }]) {
      const changed = await adminJson(`/api/v1/admin/editors/${id}`, { method: 'PATCH', token, body });
      expect(changed.status).toBe(200);
    }
    const entries = (await history(`editor:${id}`)).data;
    expect(entries.map((e) => [e.action, e.editor.name])).toEqual([
      ['update', editorName],
      ['update', editorName],
      ['create', editorName],
    ]);
    expect(entries[2]?.after).toMatchObject({ name: 'Second pair of eyes', role: 'editor', revokedAt: null });
    expect(entries[1]).toMatchObject({ before: { role: 'editor' }, after: { role: 'desk', revokedAt: null } });
    expect(entries[0]?.after).toMatchObject({ role: 'desk', revokedAt: expect.stringMatching(/^\d{4}-/) });
    expect(JSON.stringify(entries)).not.toMatch(/token|hash/i);
    expect(JSON.stringify(entries)).not.toContain(made.body.token);
    expect((await history('editor')).data.some((e) => e.entity.key === id)).toBe(true);
    expect((await revert(entries[0]?.id ?? 0)).status).toBe(409);
  });

  it('writes nothing, and records nothing, where another admin changed the account since it was read', async () => {
    const target = await addEditor(undefined, { role: 'editor' });
    // Another admin promotes the account between this change's read and its batch: the race, certain.
    const racing = racedD1((d1) => d1.prepare("UPDATE editors SET role = 'desk' WHERE id = ?").bind(target.id).run());
    const { res } = await fetchWith(
      racing.binding,
      new Request(`${BASE}/api/v1/admin/editors/${target.id}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ active: false }),
      }),
    );
    expect(res.status).toBe(409);
    const row = await env.DB.prepare('SELECT role, revoked_at AS revokedAt FROM editors WHERE id = ?')
      .bind(target.id)
      .first();
    expect(row).toEqual({ role: 'desk', revokedAt: null });
    expect((await history(`editor:${target.id}`)).data).toEqual([]);
  });

  it('keeps the command line’s operator account out of reach: not made, changed or signed in with (409, 401)', async () => {
    // As the CLI makes it on first use: revoked, no e-mail, a hash no token has.
    await env.DB.prepare(
      "INSERT OR IGNORE INTO editors (id, name, token_hash, role, revoked_at) VALUES (?, ?, 'none', 'editor', '2026-01-01T00:00:00Z')",
    )
      .bind(OPERATOR.id, OPERATOR.name)
      .run();
    const made = await adminJson('/api/v1/admin/editors', { method: 'POST', token, body: { name: OPERATOR.name } });
    expect(made.status).toBe(409);
    const opened = await adminJson(`/api/v1/admin/editors/${OPERATOR.id}`, {
      method: 'PATCH',
      token,
      body: { active: true, email: 'ops@newsroom.example', role: 'admin' },
    });
    expect(opened.status).toBe(409);
    // Even a row set by hand to sign in does not: the lookups pass the operator by.
    const key = 'ee_operatorNeverSignsInAtAllNotEvenByHand01234';
    await env.DB.prepare('UPDATE editors SET revoked_at = NULL, token_hash = ? WHERE id = ?')
      .bind(await hashToken(key), OPERATOR.id)
      .run();
    expect((await adminJson('/api/v1/admin/audit?limit=1', { token: key })).status).toBe(401);
  });
});

describe('GET /api/v1/admin/audit?entity=incident:{slug} and ceasefire:{slug}', () => {
  const addClaim = (slug: string) =>
    adminJson<ClaimShape>(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body: claimBody() });

  it('include the changes to the incident’s claims, even one added and undone, and no other incident’s', async () => {
    const { slug } = await freshIncident(token);
    const other = await freshIncident(token);
    const kept = await addClaim(slug);
    const undone = await addClaim(slug);
    await addClaim(other.slug);
    const [created] = (await history(`claim:${undone.body.id}`)).data;
    expect((await revert(created?.id ?? 0)).status).toBe(201);

    const { data } = await history(`incident:${slug}`);
    expect(data.map((e) => [e.entity.type, e.entity.key, e.action])).toEqual([
      ['claim', undone.body.id, 'revert'],
      ['claim', undone.body.id, 'create'],
      ['claim', kept.body.id, 'create'],
      ['incident', slug, 'create'],
    ]);
  });

  it('include the ceasefire’s tallies and milestones', async () => {
    const { slug } = await freshCeasefire(token);
    const tally = await adminJson<{ id: string }>(`/api/v1/admin/ceasefires/${slug}/tallies`, {
      method: 'POST',
      token,
      body: { claimant: null, count: 3, qualifier: 'exact', asWritten: '3', reportedOn: '2016-09-12' },
    });
    const milestone = await adminJson<{ id: string }>(`/api/v1/admin/ceasefires/${slug}/milestones`, {
      method: 'POST',
      token,
      body: { label: 'Aid reaches Aleppo', dueOn: '2016-09-14' },
    });
    expect([tally.status, milestone.status]).toEqual([201, 201]);
    const { data } = await history(`ceasefire:${slug}`);
    expect(data.map((e) => [e.entity.type, e.entity.key])).toEqual([
      ['milestone', milestone.body.id],
      ['tally', tally.body.id],
      ['ceasefire', slug],
    ]);
  });
});

describe('POST /api/v1/admin/audit/{id}/revert', () => {
  it('undoes an edit, as an audited change of its own, and readers see it at once', async () => {
    const { slug, etag } = await freshIncident(token);
    await getJson(`/api/v1/incidents/${slug}`); // cached now
    await patchTitle(slug, etag, 'A mistake');
    const [mistake] = (await history(`incident:${slug}`)).data;
    const res = await revert(mistake?.id ?? 0);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      action: 'revert',
      editor: { name: editorName },
      before: { title: 'A mistake' },
      after: { title: 'A test incident', version: 3 },
    });
    const read = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(read.body.title).toBe('A test incident');
    expect(read.res.headers.get('X-Cache')).toBe('MISS');
    const [latest, original] = (await history(`incident:${slug}`)).data;
    expect(latest?.id).toBe(res.body.id);
    expect(original?.revertedBy).toBe(res.body.id);
    const current = await adminJson(`/api/v1/admin/incidents/${slug}`, { token });
    expect(current.res.headers.get('ETag')).toMatch(/\.v3"$/);
  });

  it('refuses (409) to undo an edit that later edits depend on, until those are undone', async () => {
    const { slug, etag } = await freshIncident(token);
    const tag = await patchTitle(slug, etag, 'First edit');
    await patchTitle(slug, tag, 'Second edit');
    const [second, first] = (await history(`incident:${slug}`)).data;
    const refused = await revert(first?.id ?? 0);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: '/problems/conflict' });
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.title).toBe('Second edit');
    expect((await revert(second?.id ?? 0)).status).toBe(201);
    expect((await revert(first?.id ?? 0)).status).toBe(201);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.title).toBe('A test incident');
  });

  it('refuses to undo the same entry twice', async () => {
    const { slug, etag } = await freshIncident(token);
    await patchTitle(slug, etag, 'Once');
    const [entry] = (await history(`incident:${slug}`)).data;
    expect((await revert(entry?.id ?? 0)).status).toBe(201);
    expect((await revert(entry?.id ?? 0)).status).toBe(409);
    expect((await revert(999_999_999)).status).toBe(404);
  });

  it('undoes a new claim by removing it', async () => {
    const { slug } = await freshIncident(token);
    const created = await adminJson<ClaimShape>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody(),
    });
    const [entry] = (await history(`claim:${created.body.id}`)).data;
    expect((await revert(entry?.id ?? 0)).status).toBe(201);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.claims).toEqual([]);
    expect((await adminJson(`/api/v1/admin/claims/${created.body.id}`, { token })).status).toBe(404);
    // Undoing that is not done from the history: the row is gone, and is made again as a new claim.
    const redo = await adminJson<{ detail: string }>(`/api/v1/admin/audit/${entry?.id}/revert`, {
      method: 'POST',
      token,
    });
    expect(redo.status).toBe(409);
    const undone = (await history(`claim:${created.body.id}`)).data[0];
    const again = await adminJson<{ detail: string }>(`/api/v1/admin/audit/${undone?.id}/revert`, {
      method: 'POST',
      token,
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('create the resource again');
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.claims).toEqual([]);
  });

  it('undoes a revision by putting the revised claim back, and will not undo the supersede alone', async () => {
    const { slug } = await freshIncident(token);
    const old = await adminJson<ClaimShape>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody(),
    });
    const revision = await adminJson<ClaimShape>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ low: 90, asWritten: '90', claimedOn: '2016-09-18', supersedes: old.body.id }),
    });
    const [supersede] = (await history(`claim:${old.body.id}`)).data;
    expect(supersede?.action).toBe('supersede');
    expect((await revert(supersede?.id ?? 0)).status).toBe(409);
    const [created] = (await history(`claim:${revision.body.id}`)).data;
    expect((await revert(created?.id ?? 0)).status).toBe(201);
    const read = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(read.body.claims.map((c) => [c.id, c.status])).toEqual([[old.body.id, 'current']]);
    expect(read.body.summary.killed).toMatchObject({ low: 80, high: 80 });
  });

  /** A fresh ceasefire whose status an edit moved from holding to strained, and that edit's audit entry. */
  async function strainedCeasefire() {
    const { slug, etag } = await freshCeasefire(token);
    await adminJson(`/api/v1/admin/ceasefires/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { status: 'strained', asOf: '2016-09-14T12:00:00+03:00' },
    });
    const [change] = (await history(`ceasefire:${slug}`)).data;
    return { slug, change };
  }

  it('undoes a status change, removing it from the history', async () => {
    const { slug, change } = await strainedCeasefire();
    expect((await revert(change?.id ?? 0)).status).toBe(201);
    const read = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`);
    expect(read.body.status).toBe('holding');
    expect(read.body.asOf).toBe('2016-09-13T12:00:00+03:00');
    expect(read.body.history.map((h) => h.status)).toEqual(['holding']);
  });

  it('will not redo an undone status change from the history (409), which could not put it back in the status history', async () => {
    const { slug, change } = await strainedCeasefire();
    const undone = await revert(change?.id ?? 0);
    expect(undone.status).toBe(201);
    const redo = await adminJson<{ detail: string }>(`/api/v1/admin/audit/${undone.body.id}/revert`, {
      method: 'POST',
      token,
    });
    expect(redo.status).toBe(409);
    expect(redo.body.detail).toContain('set the status on the ceasefire');
    const read = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`);
    expect([read.body.status, read.body.history.map((h) => h.status)]).toEqual(['holding', ['holding']]);
  });

  it('redoes an undone change of an incident’s articles with them: undoing the undo unlinks again', async () => {
    const { slug, etag, articleSlug } = await freshIncident(token);
    const articles = async () =>
      (await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.articles.map((a) => a.slug);
    expect(await articles()).toEqual([articleSlug]);
    const unlinked = await adminJson(`/api/v1/admin/incidents/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { articleSlugs: [] },
    });
    expect(unlinked.status).toBe(200);
    expect(await articles()).toEqual([]);
    const [change] = (await history(`incident:${slug}`)).data;
    const undone = await revert(change?.id ?? 0);
    expect(undone.status).toBe(201);
    expect(await articles()).toEqual([articleSlug]);
    const redone = await revert(undone.body.id);
    expect(redone.status).toBe(201);
    expect(await articles()).toEqual([]);
  });

  it('will not undo an edit under a change of links made again since (a revert of its revert), which it would drop', async () => {
    const { slug, etag, articleSlug } = await freshIncident(token);
    const articles = async () =>
      (await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.articles.map((a) => a.slug);
    const retitled = await patchTitle(slug, etag, 'Retitled');
    const [edit] = (await history(`incident:${slug}`)).data;
    const unlinked = await adminJson(`/api/v1/admin/incidents/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: retitled,
      body: { articleSlugs: [] },
    });
    expect(unlinked.status).toBe(200);
    const [unlink] = (await history(`incident:${slug}`)).data;
    const relinked = await revert(unlink?.id ?? 0);
    expect(relinked.status).toBe(201);
    expect((await revert(relinked.body.id)).status).toBe(201);
    expect(await articles()).toEqual([]);
    // The title's edit, undone now, would bring back the links it recorded: the unlinking made again is in its way.
    expect((await revert(edit?.id ?? 0)).status).toBe(409);
    expect(await articles()).toEqual([]);
    expect(articleSlug).toBeTruthy();
  });

  it('will not undo an entry on a story that has since given its slug to another', async () => {
    const { slug, etag } = await freshIncident(token);
    await patchTitle(slug, etag, 'Retitled');
    const [edit, create] = (await history(`incident:${slug}`)).data;
    const undoneEdit = await revert(edit?.id ?? 0);
    expect(undoneEdit.status).toBe(201);
    expect((await revert(create?.id ?? 0)).status).toBe(201);
    expect((await getJson(`/api/v1/incidents/${slug}`)).status).toBe(404);
    // Another incident under the same slug, brought to the version the undone edit's entry left.
    const again = await adminJson<IncidentShape>('/api/v1/admin/incidents', {
      method: 'POST',
      token,
      body: { slug, title: 'Another story', occurredOn: '2020-01-01', placeName: 'Elsewhere' },
    });
    expect(again.status).toBe(201);
    const second = await patchTitle(slug, String(again.res.headers.get('ETag')), 'Another story, retitled');
    await patchTitle(slug, second, 'Another story, retitled again');
    const redo = await adminJson<{ detail: string }>(`/api/v1/admin/audit/${undoneEdit.body.id}/revert`, {
      method: 'POST',
      token,
    });
    expect(redo.status).toBe(409);
    expect(redo.body.detail).toMatch(/another has its slug/);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.title).toBe(
      'Another story, retitled again',
    );
  });

  it('refuses to un-create an incident that has claims', async () => {
    const { slug } = await freshIncident(token);
    await adminJson(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body: claimBody() });
    const create = (await history(`incident:${slug}`)).data.find(
      (e) => e.entity.type === 'incident' && e.action === 'create',
    );
    expect((await revert(create?.id ?? 0)).status).toBe(409);
    expect((await getJson(`/api/v1/incidents/${slug}`)).status).toBe(200);
  });

  it('keeps a claim another editor adds while the incident is being un-created, and the incident with it', async () => {
    const { slug } = await freshIncident(token);
    const create = (await history(`incident:${slug}`)).data.find(
      (e) => e.entity.type === 'incident' && e.action === 'create',
    );
    // The claim lands after the revert found no claim and before its batch: the race, certain.
    const racing = racedD1((d1) =>
      d1
        .prepare(
          `INSERT INTO casualty_claims (id, incident_id, claimant_id, metric, subject, qualifier, low, as_written, claimed_on)
           SELECT 'clm_raced_' || lower(hex(randomblob(4))), i.id, c.id, 'killed', 'civilians', 'exact', 7, '7', '2016-09-17'
           FROM incidents i, claimants c WHERE i.slug = ? LIMIT 1`,
        )
        .bind(slug)
        .run(),
    );
    const { res } = await fetchWith(
      racing.binding,
      new Request(`${BASE}/api/v1/admin/audit/${create?.id}/revert`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      }),
    );
    expect(res.status).toBe(409);
    const shown = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(shown.status).toBe(200);
    expect(shown.body.claims.map((c) => c.asWritten)).toEqual(['7']);
    // Nothing was recorded as undone.
    expect((await history(`incident:${slug}`)).data.map((e) => e.action)).toEqual(['create']);
  });
});
