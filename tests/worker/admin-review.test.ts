/**
 * Review before publish: with review required on an incident or ceasefire,
 * every change to it (claims, revisions, retractions, edits, status changes,
 * tallies, milestones, reverts) is held (202), invisible to every public
 * read until another desk editor approves it; approval publishes it with
 * its audit entry naming both editors and purges the cached reads; one's
 * own change cannot be approved; of two approvals at once exactly one wins;
 * held changes outlive review being switched off.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListShape, PendingChangeShape } from '../../shared/contract/admin';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { WIDGETS } from '../../shared/embed/catalog';
import { createApp } from '../../src/app';
import { ACCOUNT_REVOKED } from '../../src/auth/editors';
import type { Bindings } from '../../src/env';
import { allRoutes } from '../../src/routes/openapi/openapi.index';
import {
  addEditor,
  admin,
  adminJson,
  claimBody,
  freshCeasefire,
  freshIncident,
  revokeEditor,
  snapshotDb,
} from './admin-helpers';
import { fetchWith, racedD1 } from './faulty-d1';
import { BASE, get, getJson, seedStory } from './helpers';

type Editor = Awaited<ReturnType<typeof addEditor>>;
let writer: Editor;
let desk: Editor;
let otherDesk: Editor;

beforeAll(async () => {
  await seedStory();
  writer = await addEditor(undefined, { role: 'editor' });
  desk = await addEditor(undefined, { role: 'desk' });
  otherDesk = await addEditor(undefined, { role: 'desk' });
});

const A = '/api/v1/admin';

async function requireReview(kind: 'incidents' | 'ceasefires', slug: string, by = desk) {
  const res = await admin(`${A}/${kind}/${slug}`, { method: 'PATCH', token: by.token, body: { review: 'required' } });
  expect(res.status).toBe(200);
}

/** Review switched off, as it must be where it is required: held, and approved by another desk editor. */
async function switchOff(slug: string) {
  const off = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}`, {
    method: 'PATCH',
    token: desk.token,
    body: { review: 'off' },
  });
  expect(off.status).toBe(202);
  const approved = await admin(`${A}/changes/${off.body.id}/approve`, { method: 'POST', token: otherDesk.token });
  expect(approved.status).toBe(200);
}

/** A claim held for review on a story of its own, proposed by an editor about to leave. */
async function heldFromLeavingEditor(asWritten: string) {
  const leaving = await addEditor(undefined, { role: 'editor' });
  const { slug } = await freshIncident(writer.token);
  await requireReview('incidents', slug);
  const held = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}/claims`, {
    method: 'POST',
    token: leaving.token,
    body: claimBody({ asWritten }),
  });
  expect(held.status).toBe(202);
  return { leaving, slug, held };
}

async function etagOf(path: string): Promise<string> {
  return (await admin(path, { token: writer.token })).headers.get('ETag') as string;
}

/** The writer's PATCH of `path` against its current ETag. */
async function patchAsWriter(path: string, body: unknown): Promise<Response> {
  return admin(path, { method: 'PATCH', token: writer.token, ifMatch: await etagOf(path), body });
}

/** The same, its answer read (a held change, mostly). */
async function jsonPatchAsWriter(path: string, body: unknown) {
  return adminJson<PendingChangeShape>(path, {
    method: 'PATCH',
    token: writer.token,
    ifMatch: await etagOf(path),
    body,
  });
}

async function addClaim(slug: string, overrides: Record<string, unknown> = {}) {
  const res = await adminJson<ClaimShape>(`${A}/incidents/${slug}/claims`, {
    method: 'POST',
    token: writer.token,
    body: claimBody(overrides),
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** Every public GET route of the app, filled with this story's slugs: what a reader can read. */
/** Every public GET of the route table (every router mounted at once), for one story. */
async function publicReads(story: { incident: string; ceasefire: string; article: string }): Promise<string[]> {
  const paths = (await allRoutes()).routes
    .filter((r) => r.method === 'GET' && !r.path.includes('*') && !r.path.includes('admin'))
    .flatMap((r) =>
      r.path.includes(':widget') ? Object.keys(WIDGETS).map((w) => r.path.replace(':widget', w)) : [r.path],
    )
    .map((p) => {
      const slug = p.includes('ceasefire') ? story.ceasefire : p.includes('article') ? story.article : story.incident;
      return p.replace(/:slug\b/, slug).replace(/:(\w+)/g, 'x');
    });
  const oembed = Object.keys(WIDGETS).map((w) => {
    const slug = w.includes('ceasefire') ? story.ceasefire : story.incident;
    return `/oembed?url=${encodeURIComponent(`${BASE}/embed/${w}/${slug}`)}&format=json`;
  });
  return [...new Set([...paths, ...oembed])];
}

async function readAll(paths: string[]): Promise<string> {
  const texts: string[] = [];
  for (const path of paths) texts.push(`${path}\n${await (await get(path)).text()}`);
  return texts.join('\n');
}

describe('the history of review', () => {
  it('records a change held and one sent back, with the reason, under the story; neither is undone, nor in the way', async () => {
    const { slug } = await freshIncident(writer.token);
    const path = `${A}/incidents/${slug}`;
    // Two edits, the second undone: undoing the first then steps back over entries that changed nothing since.
    const retitle = async (title: string) =>
      expect(
        (await admin(path, { method: 'PATCH', token: writer.token, ifMatch: await etagOf(path), body: { title } }))
          .status,
      ).toBe(200);
    await retitle('A first title');
    await retitle('A second title');
    const edits = await adminJson<AuditListShape>(`${A}/audit?entity=incident:${slug}&limit=2`, { token: desk.token });
    const [second, first] = edits.body.data;
    expect((await admin(`${A}/audit/${second?.id}/revert`, { method: 'POST', token: writer.token })).status).toBe(201);

    await requireReview('incidents', slug);
    const held = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}/claims`, {
      method: 'POST',
      token: writer.token,
      body: claimBody({ asWritten: 'about 300' }),
    });
    expect(held.status).toBe(202);
    const rejected = await admin(`${A}/changes/${held.body.id}/reject`, {
      method: 'POST',
      token: desk.token,
      body: { reason: 'The source says 30.' },
    });
    expect(rejected.status).toBe(200);

    const { body } = await adminJson<AuditListShape>(`${A}/audit?entity=incident:${slug}&limit=2`, {
      token: desk.token,
    });
    const change = { change: held.body.id, operation: 'claim.create' };
    const entity = { type: 'incident', key: slug };
    expect(body.data.map(({ action, editor, entity, after }) => ({ action, editor, entity, after }))).toEqual([
      {
        action: 'review-rejected',
        editor: { name: desk.name },
        entity,
        after: { ...change, reason: 'The source says 30.' },
      },
      { action: 'review-held', editor: { name: writer.name }, entity, after: change },
    ]);
    // Decided in the review list, not undone from the history.
    for (const entry of body.data) {
      expect((await admin(`${A}/audit/${entry.id}/revert`, { method: 'POST', token: desk.token })).status).toBe(409);
    }
    // Nor in the way of undoing the first edit (held in its turn: the story requires review).
    expect((await admin(`${A}/audit/${first?.id}/revert`, { method: 'POST', token: writer.token })).status).toBe(202);
  });

  it('sends back a change held on a story removed since (its creation undone), naming the story by its id', async () => {
    const { slug } = await freshIncident(writer.token);
    const { body: history } = await adminJson<AuditListShape>(`${A}/audit?entity=incident:${slug}&limit=100`, {
      token: desk.token,
    });
    const creation = history.data.find((e) => e.action === 'create' && e.entity.type === 'incident');
    await requireReview('incidents', slug);
    const held = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}`, {
      method: 'PATCH',
      token: writer.token,
      ifMatch: await etagOf(`${A}/incidents/${slug}`),
      body: { title: 'Renamed' },
    });
    expect(held.status).toBe(202);
    const undo = await adminJson<PendingChangeShape>(`${A}/audit/${creation?.id}/revert`, {
      method: 'POST',
      token: writer.token,
    });
    expect(undo.status).toBe(202);
    const approved = await admin(`${A}/changes/${undo.body.id}/approve`, { method: 'POST', token: otherDesk.token });
    expect(approved.status).toBe(200);
    expect((await admin(`${A}/incidents/${slug}`, { token: desk.token })).status).toBe(404);

    const rejected = await admin(`${A}/changes/${held.body.id}/reject`, {
      method: 'POST',
      token: desk.token,
      body: { reason: 'The story is gone.' },
    });
    expect(rejected.status).toBe(200);
    const { body } = await adminJson<AuditListShape>(`${A}/audit?entity=incident&limit=1`, { token: desk.token });
    expect(body.data[0]).toMatchObject({ action: 'review-rejected', entity: { type: 'incident' } });
    expect(body.data[0]?.entity.key).not.toBe(slug);
  });
});

describe('switching review', () => {
  it('is for desk editors and admins; an editor gets 403; it needs no If-Match and is audited', async () => {
    const { slug } = await freshIncident(writer.token);
    const refused = await admin(`${A}/incidents/${slug}`, {
      method: 'PATCH',
      token: writer.token,
      body: { review: 'required' },
    });
    expect(refused.status).toBe(403);
    await requireReview('incidents', slug);
    const { body } = await adminJson<AuditListShape>(`${A}/audit?entity=incident:${slug}&limit=1`, {
      token: desk.token,
    });
    expect(body.data[0]).toMatchObject({ action: 'review-required', editor: { name: desk.name } });
    // Sent alone: not mixed with an edit.
    const mixed = await admin(`${A}/incidents/${slug}`, {
      method: 'PATCH',
      token: desk.token,
      body: { review: 'off', title: 'x' },
    });
    expect(mixed.status).toBe(400);
    // Switching review is not undone from the history.
    const revert = await admin(`${A}/audit/${body.data[0]?.id}/revert`, { method: 'POST', token: desk.token });
    expect(revert.status).toBe(409);
  });

  it('will not publish a held change on another story that has since taken its story’s slug', async () => {
    const { slug } = await freshIncident(writer.token);
    await requireReview('incidents', slug);
    const held = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}/claims`, {
      method: 'POST',
      token: writer.token,
      body: claimBody({ low: 41, asWritten: '41' }),
    });
    expect(held.status).toBe(202);
    // The story is un-created (a held undo, approved), and another is made under its slug.
    const history = await adminJson<{ data: { id: number; action: string; entity: { type: string } }[] }>(
      `${A}/audit?entity=incident:${slug}`,
      { token: desk.token },
    );
    const creation = history.body.data.find((e) => e.action === 'create' && e.entity.type === 'incident');
    const undo = await adminJson<PendingChangeShape>(`${A}/audit/${creation?.id}/revert`, {
      method: 'POST',
      token: writer.token,
    });
    expect(undo.status).toBe(202);
    expect(
      (await admin(`${A}/changes/${undo.body.id}/approve`, { method: 'POST', token: otherDesk.token })).status,
    ).toBe(200);
    const again = await admin(`${A}/incidents`, {
      method: 'POST',
      token: writer.token,
      body: { slug, title: 'Another story', occurredOn: '2020-01-01', placeName: 'Elsewhere' },
    });
    expect(again.status).toBe(201);
    const approved = await adminJson<{ detail: string }>(`${A}/changes/${held.body.id}/approve`, {
      method: 'POST',
      token: otherDesk.token,
    });
    expect(approved.status).toBe(409);
    expect(approved.body.detail).toMatch(/another has its slug/);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.claims).toEqual([]);
  });

  it('does not switch it off on the proposal of a desk editor demoted since: two desk editors it takes', async () => {
    const { slug } = await freshIncident(writer.token);
    const proposer = await addEditor(undefined, { role: 'desk' });
    await requireReview('incidents', slug);
    const off = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}`, {
      method: 'PATCH',
      token: proposer.token,
      body: { review: 'off' },
    });
    expect(off.status).toBe(202);
    const boss = await addEditor(undefined, { role: 'admin' });
    const demoted = await admin(`${A}/editors/${proposer.id}`, {
      method: 'PATCH',
      token: boss.token,
      body: { role: 'editor' },
    });
    expect(demoted.status).toBe(200);
    const approved = await adminJson<{ detail: string }>(`${A}/changes/${off.body.id}/approve`, {
      method: 'POST',
      token: otherDesk.token,
    });
    expect(approved.status).toBe(409);
    expect(approved.body.detail).toMatch(/no longer a desk editor/);
    const current = await adminJson<{ review: string }>(`${A}/incidents/${slug}`, { token: desk.token });
    expect(current.body.review).toBe('required');
  });

  it('switches it off only with another desk editor: one alone cannot switch it off, publish, and switch it on', async () => {
    const { slug } = await freshIncident(writer.token);
    await requireReview('incidents', slug);
    const before = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    const off = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}`, {
      method: 'PATCH',
      token: desk.token,
      body: { review: 'off' },
    });
    expect(off.status).toBe(202);
    expect(off.body).toMatchObject({ status: 'pending', operation: 'review.off', proposedBy: { name: desk.name } });
    // Still required: the same editor's figure is held, and readers see nothing of either.
    const current = await adminJson<{ review: string }>(`${A}/incidents/${slug}`, { token: desk.token });
    expect(current.body.review).toBe('required');
    const figure = await admin(`${A}/incidents/${slug}/claims`, {
      method: 'POST',
      token: desk.token,
      body: claimBody({ low: 5000, asWritten: '5000' }),
    });
    expect(figure.status).toBe(202);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body).toEqual(before.body);
    // Another desk editor asks the same meanwhile.
    const again = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}`, {
      method: 'PATCH',
      token: otherDesk.token,
      body: { review: 'off' },
    });
    expect(again.status).toBe(202);
    // Not by its proposer; by another desk editor, named on the audit entry.
    const own = await admin(`${A}/changes/${off.body.id}/approve`, { method: 'POST', token: desk.token });
    expect(own.status).toBe(403);
    const approved = await admin(`${A}/changes/${off.body.id}/approve`, { method: 'POST', token: otherDesk.token });
    expect(approved.status).toBe(200);
    // The second no longer applies: refused, and left pending to be rejected.
    const late = await admin(`${A}/changes/${again.body.id}/approve`, { method: 'POST', token: desk.token });
    expect(late.status).toBe(409);
    expect(
      (await adminJson<PendingChangeShape>(`${A}/changes/${again.body.id}`, { token: desk.token })).body.status,
    ).toBe('pending');
    await admin(`${A}/changes/${again.body.id}/reject`, {
      method: 'POST',
      token: desk.token,
      body: { reason: 'Done.' },
    });
    expect((await adminJson<{ review: string }>(`${A}/incidents/${slug}`, { token: desk.token })).body.review).toBe(
      'off',
    );
    // The history, newest first: the second sent back, the first approved (its proposer and approver), and the
    // three held (the second, the figure, the first).
    const { body } = await adminJson<AuditListShape>(`${A}/audit?entity=incident:${slug}&limit=5`, {
      token: desk.token,
    });
    expect(body.data.map((e) => [e.action, e.editor.name, e.approvedBy?.name ?? null])).toEqual([
      ['review-rejected', desk.name, null],
      ['review-off', desk.name, otherDesk.name],
      ['review-held', otherDesk.name, null],
      ['review-held', desk.name, null],
      ['review-held', desk.name, null],
    ]);
  });
});

describe('a story that requires review', () => {
  it('holds every kind of change (202), shows none to readers, and publishes each on approval with both editors audited', async () => {
    const incident = await freshIncident(writer.token);
    const ceasefire = await freshCeasefire(writer.token, { articleSlugs: [incident.articleSlug] });
    const [toFix, toRetract, toRevise, toUndo] = [
      await addClaim(incident.slug, { claimant: { name: 'Fix Monitor', kind: 'ngo' } }),
      await addClaim(incident.slug, { claimant: { name: 'Retract Monitor', kind: 'ngo' } }),
      await addClaim(incident.slug, { claimant: { name: 'Revise Monitor', kind: 'ngo' } }),
      await addClaim(incident.slug, { claimant: { name: 'Undo Monitor', kind: 'ngo' }, asWritten: 'undo 1111' }),
    ];
    const milestone = await adminJson<{ id: string }>(`${A}/ceasefires/${ceasefire.slug}/milestones`, {
      method: 'POST',
      token: writer.token,
      body: { label: 'Joint cell' },
    });
    const { body: undoEntries } = await adminJson<AuditListShape>(`${A}/audit?entity=claim:${toUndo?.id}`, {
      token: writer.token,
    });
    await requireReview('incidents', incident.slug);
    await requireReview('ceasefires', ceasefire.slug);

    const claimsPath = `${A}/incidents/${incident.slug}/claims`;
    const ceasefirePath = `${A}/ceasefires/${ceasefire.slug}`;
    const milestonePath = `${ceasefirePath}/milestones/${milestone.body.id}`;
    const proposals: { marker: string; send: () => Promise<Response> }[] = [
      {
        marker: 'held 7777',
        send: () =>
          admin(claimsPath, { method: 'POST', token: writer.token, body: claimBody({ asWritten: 'held 7777' }) }),
      },
      {
        marker: 'held revision 3333',
        send: () =>
          admin(claimsPath, {
            method: 'POST',
            token: writer.token,
            body: claimBody({
              claimant: toRevise?.claimant,
              asWritten: 'held revision 3333',
              supersedes: toRevise?.id,
            }),
          }),
      },
      {
        marker: 'Held subject 4444',
        send: async () => patchAsWriter(`${A}/claims/${toFix?.id}`, { subject: 'Held subject 4444' }),
      },
      {
        marker: '"retracted"',
        send: async () =>
          admin(`${A}/claims/${toRetract?.id}`, {
            method: 'DELETE',
            token: writer.token,
            ifMatch: await etagOf(`${A}/claims/${toRetract?.id}`),
          }),
      },
      {
        marker: 'Held title 5555',
        send: async () => patchAsWriter(`${A}/incidents/${incident.slug}`, { title: 'Held title 5555' }),
      },
      {
        marker: 'Held note 6666',
        send: async () => patchAsWriter(ceasefirePath, { status: 'collapsed', statusNote: 'Held note 6666' }),
      },
      {
        marker: 'held tally 8888',
        send: () =>
          admin(`${ceasefirePath}/tallies`, {
            method: 'POST',
            token: writer.token,
            body: {
              claimant: null,
              count: 8888,
              qualifier: 'exact',
              asWritten: 'held tally 8888',
              reportedOn: '2016-09-13',
            },
          }),
      },
      {
        marker: 'Held milestone 9999',
        send: () =>
          admin(`${ceasefirePath}/milestones`, {
            method: 'POST',
            token: writer.token,
            body: { label: 'Held milestone 9999' },
          }),
      },
      {
        marker: 'Held milestone note 2222',
        send: async () => patchAsWriter(milestonePath, { state: 'met', note: 'Held milestone note 2222' }),
      },
      {
        // The article's headline shows on the incident's card.
        marker: 'Held headline 1212',
        send: async () => patchAsWriter(`${A}/articles/${incident.articleSlug}`, { headline: 'Held headline 1212' }),
      },
      {
        marker: '-undo 1111',
        send: () => admin(`${A}/audit/${undoEntries.data.at(-1)?.id}/revert`, { method: 'POST', token: writer.token }),
      },
    ];

    const tablesBefore = await snapshotDb();
    const held: PendingChangeShape[] = [];
    for (const { send } of proposals) {
      const res = await send();
      const body = (await res.json()) as PendingChangeShape;
      expect(res.status, JSON.stringify(body)).toBe(202);
      expect(body).toMatchObject({ status: 'pending', proposedBy: { name: writer.name }, decidedBy: null });
      held.push(body);
    }
    expect(held.map((h) => h.operation).sort()).toEqual(
      [
        'article.update',
        'audit.revert',
        'ceasefire.update',
        'claim.create',
        'claim.create',
        'claim.retract',
        'claim.update',
        'incident.update',
        'milestone.create',
        'milestone.update',
        'tally.create',
      ].sort(),
    );
    // Nothing but the held changes and their history entries was written (and the write clock, which every write
    // ticks: src/db/recorded-time.ts).
    const tablesAfter = await snapshotDb();
    expect(diffTables(tablesBefore, tablesAfter)).toEqual(['audit_entries', 'pending_changes', 'write_clock']);
    const entriesOf = (dump: string) =>
      (new Map(JSON.parse(dump) as [string, { action: string }[]][]).get('audit_entries') ?? []).map((e) => e.action);
    expect(entriesOf(tablesAfter).slice(entriesOf(tablesBefore).length)).toEqual(held.map(() => 'review-held'));

    // Every public read (found in the route table), read fresh from D1: none of it shows.
    const reads = await publicReads({
      incident: incident.slug,
      ceasefire: ceasefire.slug,
      article: incident.articleSlug,
    });
    expect(reads.length).toBeGreaterThan(8);
    const before = await readAll(reads);
    for (const { marker } of proposals.filter((p) => !p.marker.startsWith('-') && p.marker !== '"retracted"')) {
      expect(before).not.toContain(marker);
    }
    expect(before).toContain('undo 1111');
    const shown = await getJson<IncidentShape>(`/api/v1/incidents/${incident.slug}`);
    expect(shown.body.claims.find((c) => c.id === toRetract?.id)?.status).toBe('current');

    // The proposer cannot approve; an editor cannot; another desk editor does.
    const change = held[0] as PendingChangeShape;
    expect((await admin(`${A}/changes/${change.id}/approve`, { method: 'POST', token: writer.token })).status).toBe(
      403,
    );
    for (const h of held) {
      const res = await adminJson<PendingChangeShape>(`${A}/changes/${h.id}/approve`, {
        method: 'POST',
        token: otherDesk.token,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ status: 'approved', decidedBy: { name: otherDesk.name } });
    }

    // Published, and the cached reads purged: readers see every change now.
    const after = await readAll(reads);
    for (const { marker } of proposals.filter((p) => !p.marker.startsWith('-') && p.marker !== '"retracted"')) {
      expect(after).toContain(marker);
    }
    const incidentNow = await getJson<IncidentShape>(`/api/v1/incidents/${incident.slug}`);
    expect(incidentNow.body.claims.find((c) => c.id === toRetract?.id)?.status).toBe('retracted');
    expect(incidentNow.body.claims.find((c) => c.id === toUndo?.id)).toBeUndefined();
    expect(incidentNow.body.claims.find((c) => c.id === toRevise?.id)?.status).toBe('superseded');
    const ceasefireNow = await getJson<CeasefireShape>(`/api/v1/ceasefires/${ceasefire.slug}`);
    expect(ceasefireNow.body.status).toBe('collapsed');

    // Each change's audit entries name who proposed it and who approved it.
    const audit = await adminJson<AuditListShape>(`${A}/audit?limit=100`, { token: desk.token });
    const published = audit.body.data.filter((e) => e.approvedBy !== null && e.editor.name === writer.name);
    expect(published.length).toBeGreaterThanOrEqual(held.length);
    for (const entry of published) expect(entry.approvedBy).toEqual({ name: otherDesk.name });
  }, 60_000);

  it('refuses approval of one’s own change (403), even for a desk editor, and lets a reason reject it', async () => {
    const { slug } = await freshIncident(desk.token);
    await requireReview('incidents', slug);
    const held = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}/claims`, {
      method: 'POST',
      token: desk.token,
      body: claimBody(),
    });
    expect(held.status).toBe(202);
    const own = await adminJson(`${A}/changes/${held.body.id}/approve`, { method: 'POST', token: desk.token });
    expect(own.status).toBe(403);
    expect(own.body).toMatchObject({ type: '/problems/forbidden' });
    const noReason = await admin(`${A}/changes/${held.body.id}/reject`, {
      method: 'POST',
      token: otherDesk.token,
      body: {},
    });
    expect(noReason.status).toBe(400);
    const rejected = await adminJson<PendingChangeShape>(`${A}/changes/${held.body.id}/reject`, {
      method: 'POST',
      token: otherDesk.token,
      body: { reason: 'The source says 70.' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      reason: 'The source says 70.',
      decidedBy: { name: otherDesk.name },
    });
    // Decided: it cannot be approved now, and nothing was published.
    expect(
      (await admin(`${A}/changes/${held.body.id}/approve`, { method: 'POST', token: otherDesk.token })).status,
    ).toBe(409);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.claims).toEqual([]);
    const listed = await adminJson<{ data: PendingChangeShape[] }>(`${A}/changes?status=rejected&limit=100`, {
      token: writer.token,
    });
    expect(listed.body.data.map((c) => c.id)).toContain(held.body.id);
  });

  it('lets exactly one of two concurrent approvals win', async () => {
    const { slug } = await freshIncident(writer.token);
    await requireReview('incidents', slug);
    const third = await addEditor(undefined, { role: 'admin' });
    for (let round = 0; round < 3; round++) {
      const held = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}/claims`, {
        method: 'POST',
        token: writer.token,
        body: claimBody({ asWritten: `race ${round}` }),
      });
      const [a, b] = await Promise.all(
        [otherDesk, third].map((by) =>
          admin(`${A}/changes/${held.body.id}/approve`, { method: 'POST', token: by.token }),
        ),
      );
      expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    }
    const { body } = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(body.claims.map((c) => c.asWritten).sort()).toEqual(['race 0', 'race 1', 'race 2']);
    const { results } = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_entries WHERE action = 'create' AND entity_type = 'claim' AND approved_by IS NOT NULL AND json_extract(after, '$.asWritten') LIKE 'race %' AND json_extract(after, '$.incidentId') = (SELECT id FROM incidents WHERE slug = ?)",
    )
      .bind(slug)
      .all<{ n: number }>();
    expect(results[0]?.n).toBe(3);
  });

  it('holds an edit of an article that reports it, and of no article that reports only stories without review', async () => {
    const reviewed = await freshIncident(writer.token);
    const open = await freshIncident(writer.token);
    // The open story's article reports a ceasefire too, which does not require review either.
    await freshCeasefire(writer.token, { articleSlugs: [open.articleSlug] });
    await requireReview('incidents', reviewed.slug);
    const articlePath = `${A}/articles/${reviewed.articleSlug}`;
    const linked = await patchAsWriter(`${A}/incidents/${open.slug}`, {
      articleSlugs: [open.articleSlug, reviewed.articleSlug],
    });
    expect(linked.status).toBe(200);

    // Reporting both stories now, the reviewed one's article is held: one story requiring review is enough.
    const held = await jsonPatchAsWriter(articlePath, { headline: 'Checked headline' });
    expect(held.status).toBe(202);
    expect(held.body).toMatchObject({ operation: 'article.update', subject: { type: 'incident', key: reviewed.slug } });
    const cards = () =>
      Promise.all([reviewed.slug, open.slug].map((slug) => getJson<IncidentShape>(`/api/v1/incidents/${slug}`)));
    for (const { body } of await cards()) {
      expect(body.articles.map((a) => a.headline)).not.toContain('Checked headline');
    }
    const approved = await admin(`${A}/changes/${held.body.id}/approve`, { method: 'POST', token: otherDesk.token });
    expect(approved.status).toBe(200);
    for (const { body } of await cards()) expect(body.articles.map((a) => a.headline)).toContain('Checked headline');

    // Its language is on the card too (the headline is read in it): held.
    const language = await jsonPatchAsWriter(articlePath, { language: 'es' });
    expect(language.status).toBe(202);
    for (const { body } of await cards()) expect(body.articles.map((a) => a.language)).not.toContain('es');
    const decided = await admin(`${A}/changes/${language.body.id}/reject`, {
      method: 'POST',
      token: otherDesk.token,
      body: { reason: 'It is in English.' },
    });
    expect(decided.status).toBe(200);

    // What the card does not show (the article's own text) is the article's to edit: written at once.
    const dek = await patchAsWriter(articlePath, { dek: 'A dek no card shows' });
    expect(dek.status).toBe(200);

    // An article reporting only stories that do not require review is written at once.
    const openPath = `${A}/articles/${open.articleSlug}`;
    const direct = await patchAsWriter(openPath, { headline: 'Written at once' });
    expect(direct.status).toBe(200);
  });

  it('turns an article edit away (409) if a story requiring review came to show the article while it was written', async () => {
    const open = await freshIncident(writer.token);
    const reviewed = await freshIncident(writer.token);
    await addClaim(reviewed.slug);
    await requireReview('incidents', reviewed.slug);
    const path = `${A}/articles/${open.articleSlug}`;
    const ifMatch = await etagOf(path);
    // A D1 on which a claim of the reviewed story cites the article just before the edit's batch: the race, certain.
    const racing = racedD1((d1) =>
      d1
        .prepare(
          `UPDATE casualty_claims SET source_article_id = (SELECT id FROM articles WHERE slug = ?)
           WHERE incident_id = (SELECT id FROM incidents WHERE slug = ?)`,
        )
        .bind(open.articleSlug, reviewed.slug)
        .run(),
    );
    const ctx = createExecutionContext();
    const res = await createApp().fetch(
      new Request(`${BASE}${path}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${writer.token}`, 'Content-Type': 'application/json', 'If-Match': ifMatch },
        body: JSON.stringify({ headline: 'Unreviewed headline' }),
      }),
      { ...env, DB: racing.binding } as unknown as Bindings,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(/came to require review/);
    const article = await adminJson<{ headline: string }>(path, { token: writer.token });
    expect(article.body.headline).not.toBe('Unreviewed headline');
  });

  it('writes a draft article’s edits at once (no reader sees a draft), and holds the edit that publishes it', async () => {
    const slug = `draft-${crypto.randomUUID().slice(0, 8)}`;
    const made = await admin(`${A}/articles`, {
      method: 'POST',
      token: writer.token,
      body: {
        slug,
        headline: 'A draft',
        body: [{ kind: 'paragraph', text: 'Soon.' }],
        section: 'World',
        language: 'en',
      },
    });
    expect(made.status).toBe(201);
    const story = await freshIncident(writer.token, { articleSlugs: [slug] });
    await requireReview('incidents', story.slug);
    const path = `${A}/articles/${slug}`;
    expect((await patchAsWriter(path, { headline: 'A better draft' })).status).toBe(200);
    const publishing = await jsonPatchAsWriter(path, { status: 'published', publishedAt: '2016-09-20' });
    expect(publishing.status).toBe(202);
    const read = await getJson<IncidentShape>(`/api/v1/incidents/${story.slug}`);
    expect(read.body.articles.map((a) => a.headline)).not.toContain('A better draft');
    expect(
      (await admin(`${A}/changes/${publishing.body.id}/approve`, { method: 'POST', token: desk.token })).status,
    ).toBe(200);
    const shown = await getJson<IncidentShape>(`/api/v1/incidents/${story.slug}`);
    expect(shown.body.articles.map((a) => a.headline)).toContain('A better draft');
  });

  it('holds an edit of an article a claim cites as its source, and shows the approved headline at once', async () => {
    const reviewed = await freshIncident(writer.token);
    // An article of another story, cited by a claim of the reviewed one: its headline shows under that claim.
    const other = await freshIncident(writer.token);
    await addClaim(reviewed.slug, { sourceArticleSlug: other.articleSlug });
    await requireReview('incidents', reviewed.slug);
    const read = `/api/v1/incidents/${reviewed.slug}`;
    const sources = async () => (await getJson<IncidentShape>(read)).body.claims.map((c) => c.sourceArticle?.headline);
    expect(await sources()).toEqual(['A test article']);
    const articlePath = `${A}/articles/${other.articleSlug}`;
    const held = await jsonPatchAsWriter(articlePath, { headline: 'Cited and checked' });
    expect(held.status).toBe(202);
    expect(held.body.subject).toMatchObject({ type: 'incident', key: reviewed.slug });
    expect(await sources()).toEqual(['A test article']);
    expect((await admin(`${A}/changes/${held.body.id}/approve`, { method: 'POST', token: desk.token })).status).toBe(
      200,
    );
    // The cached read was purged with the write: the new headline, not the copy from before.
    expect(await sources()).toEqual(['Cited and checked']);
  });

  it('dates a held milestone change at the moment its proposer saw, not the one the ceasefire reached before approval', async () => {
    const ceasefire = await freshCeasefire(writer.token);
    const path = `${A}/ceasefires/${ceasefire.slug}`;
    const milestone = await adminJson<{ id: string }>(`${path}/milestones`, {
      method: 'POST',
      token: writer.token,
      body: { label: 'Aid corridor' },
    });
    await requireReview('ceasefires', ceasefire.slug);
    const seen = (await getJson<CeasefireShape>(`/api/v1/ceasefires/${ceasefire.slug}`)).body.asOf;
    const milestonePath = `${path}/milestones/${milestone.body.id}`;
    const met = await jsonPatchAsWriter(milestonePath, { state: 'met' });
    expect(met.status).toBe(202);
    // The ceasefire's data moves on before anyone approves the milestone.
    const moved = await jsonPatchAsWriter(path, { asOf: '2016-09-16T12:00:00+03:00' });
    for (const held of [moved.body, met.body]) {
      const approved = await admin(`${A}/changes/${held.id}/approve`, { method: 'POST', token: desk.token });
      expect(approved.status).toBe(200);
    }
    const { body } = await getJson<CeasefireShape>(`/api/v1/ceasefires/${ceasefire.slug}`);
    expect(body.asOf).toBe('2016-09-16T12:00:00+03:00');
    // Met as of the moment the proposer saw (the ceasefire's data then), so a read as of a day after it says so.
    expect(Date.parse(seen)).toBeLessThan(Date.parse('2016-09-14T00:00:00Z'));
    const dayAfter = await getJson<CeasefireShape>(`/api/v1/ceasefires/${ceasefire.slug}?asOf=2016-09-14`);
    expect(dayAfter.body.milestones.map((m) => m.state)).toEqual(['met']);
  });

  it('refuses to publish a change whose proposer has been revoked since (409), leaving it to be rejected', async () => {
    const { leaving, held } = await heldFromLeavingEditor('from a revoked account');
    await revokeEditor(leaving.id);
    const before = await snapshotDb();
    const refused = await adminJson<{ detail: string }>(`${A}/changes/${held.body.id}/approve`, {
      method: 'POST',
      token: desk.token,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain(`${leaving.name}, who proposed this change, has been revoked`);
    expect(await snapshotDb()).toBe(before);
    const rejected = await admin(`${A}/changes/${held.body.id}/reject`, {
      method: 'POST',
      token: desk.token,
      body: { reason: 'Proposer left' },
    });
    expect(rejected.status).toBe(200);
  });

  it('refuses to publish a change whose proposer is revoked while it is being approved (409), writing nothing', async () => {
    const { leaving, slug, held } = await heldFromLeavingEditor('revoked mid-approval');
    // A D1 on which the proposer is revoked just before the approval's batch: the race, made certain.
    const racing = racedD1((d1) =>
      d1.prepare("UPDATE editors SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").bind(leaving.id).run(),
    );
    const ctx = createExecutionContext();
    const res = await createApp().fetch(
      new Request(`${BASE}${A}/changes/${held.body.id}/approve`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${desk.token}` },
      }),
      { ...env, DB: racing.binding } as unknown as Bindings,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(/proposed this change was revoked/);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.claims).toEqual([]);
    expect(
      (await adminJson<PendingChangeShape>(`${A}/changes/${held.body.id}`, { token: desk.token })).body.status,
    ).toBe('pending');
  });

  it('rejects, when an admin revokes an account, the changes it holds: restored, it has none to be approved (409)', async () => {
    const chief = await addEditor(undefined, { role: 'admin' });
    const { leaving, slug, held } = await heldFromLeavingEditor('from an account revoked, then restored');
    const account = (body: unknown) =>
      adminJson(`${A}/editors/${leaving.id}`, { method: 'PATCH', token: chief.token, body });
    expect((await account({ active: false })).status).toBe(200);
    const decided = await adminJson<PendingChangeShape>(`${A}/changes/${held.body.id}`, { token: desk.token });
    expect(decided.body).toMatchObject({
      status: 'rejected',
      decidedBy: { name: chief.name },
      decidedAt: expect.stringMatching(/^\d{4}-/),
      reason: ACCOUNT_REVOKED,
    });
    // Recorded as any rejection is, under the story: who sent it back, the change and why.
    const history = await adminJson<AuditListShape>(`${A}/audit?entity=incident:${slug}&limit=1`, {
      token: chief.token,
    });
    expect(history.body.data[0]).toMatchObject({
      action: 'review-rejected',
      editor: { name: chief.name },
      entity: { type: 'incident', key: slug },
      before: null,
      after: { change: held.body.id, operation: 'claim.create', reason: ACCOUNT_REVOKED },
    });

    expect((await account({ active: true })).status).toBe(200);
    const before = await snapshotDb();
    const approved = await adminJson<{ detail: string }>(`${A}/changes/${held.body.id}/approve`, {
      method: 'POST',
      token: desk.token,
    });
    expect(approved.status).toBe(409);
    expect(approved.body.detail).toMatch(/already rejected/);
    expect(await snapshotDb()).toBe(before);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.claims).toEqual([]);
  });

  it('rejects, when an admin restores an account, the changes it still holds from a revocation that left them', async () => {
    const chief = await addEditor(undefined, { role: 'admin' });
    const { leaving, slug, held } = await heldFromLeavingEditor('revoked by SQL of one’s own');
    await revokeEditor(leaving.id);
    const restored = await admin(`${A}/editors/${leaving.id}`, {
      method: 'PATCH',
      token: chief.token,
      body: { active: true },
    });
    expect(restored.status).toBe(200);
    const decided = await adminJson<PendingChangeShape>(`${A}/changes/${held.body.id}`, { token: desk.token });
    expect(decided.body).toMatchObject({ status: 'rejected', reason: ACCOUNT_REVOKED });
    const approved = await admin(`${A}/changes/${held.body.id}/approve`, { method: 'POST', token: desk.token });
    expect(approved.status).toBe(409);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.claims).toEqual([]);
  });

  it('revokes nothing (409) if the account held a change between the revocation’s read and its write', async () => {
    const chief = await addEditor(undefined, { role: 'admin' });
    const { leaving } = await heldFromLeavingEditor('held before the race');
    // A change of the account's held just before the revocation's batch: the race, made certain.
    const racing = racedD1((d1) =>
      d1
        .prepare(
          `INSERT OR IGNORE INTO pending_changes (id, subject_type, subject_id, operation, params, proposed_by, proposed_at)
           SELECT 'chg_heldmeanwhile', subject_type, subject_id, operation, params, proposed_by, proposed_at
           FROM pending_changes WHERE proposed_by = ?`,
        )
        .bind(leaving.id)
        .run(),
    );
    const { res, text } = await fetchWith(
      racing.binding,
      new Request(`${BASE}${A}/editors/${leaving.id}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${chief.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ active: false }),
      }),
    );
    expect(res.status).toBe(409);
    expect(text).toMatch(/changed while you were writing/);
    const { results } = await env.DB.prepare('SELECT status FROM pending_changes WHERE proposed_by = ?')
      .bind(leaving.id)
      .all<{ status: string }>();
    expect(results).toEqual([{ status: 'pending' }, { status: 'pending' }]);
    expect((await admin(`${A}/me`, { token: leaving.token })).status).toBe(200);
    // Asked again, it revokes the account and rejects both.
    expect(
      (await admin(`${A}/editors/${leaving.id}`, { method: 'PATCH', token: chief.token, body: { active: false } }))
        .status,
    ).toBe(200);
    const after = await env.DB.prepare('SELECT status FROM pending_changes WHERE proposed_by = ?')
      .bind(leaving.id)
      .all<{ status: string }>();
    expect(after.results).toEqual([{ status: 'rejected' }, { status: 'rejected' }]);
  });

  it('revokes nothing (409) if a change the account held was decided between the revocation’s read and its write', async () => {
    const chief = await addEditor(undefined, { role: 'admin' });
    const { leaving, held } = await heldFromLeavingEditor('decided before the race');
    // A desk editor sends it back just before the revocation's batch: the race, made certain.
    const racing = racedD1((d1) =>
      d1
        .prepare(
          "UPDATE pending_changes SET status = 'rejected', decided_by = ?, decided_at = ?, reason = 'No.' WHERE id = ?",
        )
        .bind(desk.id, new Date().toISOString(), held.body.id)
        .run(),
    );
    const { res, text } = await fetchWith(
      racing.binding,
      new Request(`${BASE}${A}/editors/${leaving.id}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${chief.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ active: false }),
      }),
    );
    expect(res.status).toBe(409);
    expect(text).toMatch(/A change this editor proposed was decided while you were writing; nothing was saved/);
    expect((await admin(`${A}/me`, { token: leaving.token })).status).toBe(200);
    const decided = await adminJson<PendingChangeShape>(`${A}/changes/${held.body.id}`, { token: desk.token });
    expect(decided.body).toMatchObject({ status: 'rejected', reason: 'No.' });
  });

  it('holds nothing (409) from a request under way when its account is revoked', async () => {
    const leaving = await addEditor(undefined, { role: 'editor' });
    const { slug } = await freshIncident(writer.token);
    await requireReview('incidents', slug);
    // The account is revoked (its held changes rejected) just before this request's batch: the race, made certain.
    const racing = racedD1((d1) =>
      d1.prepare("UPDATE editors SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").bind(leaving.id).run(),
    );
    const { res, text } = await fetchWith(
      racing.binding,
      new Request(`${BASE}${A}/incidents/${slug}/claims`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${leaving.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(claimBody({ asWritten: 'sent as the account was revoked' })),
      }),
    );
    expect(res.status).toBe(409);
    expect(text).toMatch(/revoked while this change was being sent; nothing was held/);
    const held = await env.DB.prepare('SELECT count(*) AS n FROM pending_changes WHERE proposed_by = ?')
      .bind(leaving.id)
      .first<{ n: number }>();
    expect(held?.n).toBe(0);
  });

  it('keeps changes held when review is switched off, until they are decided; new changes then publish at once', async () => {
    const { slug } = await freshIncident(writer.token);
    await requireReview('incidents', slug);
    const held = await adminJson<PendingChangeShape>(`${A}/incidents/${slug}/claims`, {
      method: 'POST',
      token: writer.token,
      body: claimBody({ asWritten: 'held then off' }),
    });
    expect(held.status).toBe(202);
    await switchOff(slug);
    const still = await adminJson<PendingChangeShape>(`${A}/changes/${held.body.id}`, { token: writer.token });
    expect(still.body.status).toBe('pending');
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.claims).toEqual([]);
    expect(
      (await admin(`${A}/incidents/${slug}/claims`, { method: 'POST', token: writer.token, body: claimBody() })).status,
    ).toBe(201);
    expect((await admin(`${A}/changes/${held.body.id}/approve`, { method: 'POST', token: desk.token })).status).toBe(
      200,
    );
    const { body } = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(body.claims.map((c) => c.asWritten).sort()).toEqual(['80', 'held then off']);
  });

  it('refuses to approve a change that no longer applies (409), writing nothing and leaving it pending', async () => {
    const { slug } = await freshIncident(writer.token);
    const claim = await addClaim(slug);
    await requireReview('incidents', slug);
    const etag = await etagOf(`${A}/claims/${claim.id}`);
    const first = await adminJson<PendingChangeShape>(`${A}/claims/${claim.id}`, {
      method: 'PATCH',
      token: writer.token,
      ifMatch: etag,
      body: { subject: 'First fix' },
    });
    const second = await adminJson<PendingChangeShape>(`${A}/claims/${claim.id}`, {
      method: 'PATCH',
      token: writer.token,
      ifMatch: etag,
      body: { subject: 'Second fix, from the same version' },
    });
    expect((await admin(`${A}/changes/${first.body.id}/approve`, { method: 'POST', token: desk.token })).status).toBe(
      200,
    );
    const before = await snapshotDb();
    const stale = await adminJson<{ detail: string }>(`${A}/changes/${second.body.id}/approve`, {
      method: 'POST',
      token: desk.token,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/no longer applies/);
    expect(await snapshotDb()).toBe(before);
    expect(
      (await adminJson<PendingChangeShape>(`${A}/changes/${second.body.id}`, { token: desk.token })).body.status,
    ).toBe('pending');
  });

  it('refuses to approve a revision of a claim changed since it was proposed (409), and approves one of a claim unchanged', async () => {
    const { slug } = await freshIncident(writer.token);
    const [changed, unchanged] = [await addClaim(slug), await addClaim(slug, { subject: 'Other soldiers' })];
    await requireReview('incidents', slug);
    const revise = (claim: ClaimShape) =>
      adminJson<PendingChangeShape>(`${A}/incidents/${slug}/claims`, {
        method: 'POST',
        token: writer.token,
        body: claimBody({ supersedes: claim.id, subject: claim.subject, low: 90, asWritten: '90' }),
      });
    const [revision, revisionOfUnchanged] = [await revise(changed), await revise(unchanged)];
    expect([revision.status, revisionOfUnchanged.status]).toEqual([202, 202]);
    // Meanwhile the claim it revises is corrected, through review.
    const fix = await patchAsWriter(`${A}/claims/${changed.id}`, { low: 85, asWritten: '85' });
    const fixId = ((await fix.json()) as PendingChangeShape).id;
    expect((await admin(`${A}/changes/${fixId}/approve`, { method: 'POST', token: desk.token })).status).toBe(200);
    const before = await snapshotDb();
    const stale = await adminJson<{ detail: string }>(`${A}/changes/${revision.body.id}/approve`, {
      method: 'POST',
      token: desk.token,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/no longer applies.*changed since you read it/);
    expect(await snapshotDb()).toBe(before);
    expect(
      (await admin(`${A}/changes/${revisionOfUnchanged.body.id}/approve`, { method: 'POST', token: desk.token }))
        .status,
    ).toBe(200);
    const { body } = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    const current = body.claims.filter((c) => c.status === 'current');
    expect(current.map((c) => [c.subject, c.asWritten]).sort()).toEqual([
      ['Other soldiers', '90'],
      ['Syrian government soldiers', '85'],
    ]);
  });

  it('answers a retried held create with the same held change (Idempotency-Key)', async () => {
    const { slug } = await freshIncident(writer.token);
    await requireReview('incidents', slug);
    const send = () =>
      admin(`${A}/incidents/${slug}/claims`, {
        method: 'POST',
        token: writer.token,
        body: claimBody(),
        headers: { 'Idempotency-Key': `retry-${slug}` },
      });
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(202);
    expect(retry.status).toBe(202);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await retry.json()) as PendingChangeShape).id).toBe(((await first.json()) as PendingChangeShape).id);
  });

  it('turns a direct write away (409) if review was switched on while it was being written', async () => {
    const { slug } = await freshIncident(writer.token);
    // A D1 on which review is switched on just before the write's batch: the race, made certain.
    const racing = racedD1((d1) =>
      d1.prepare('UPDATE incidents SET review_required = 1 WHERE slug = ?').bind(slug).run(),
    );
    const ctx = createExecutionContext();
    const res = await createApp().fetch(
      new Request(`${BASE}${A}/incidents/${slug}/claims`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${writer.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(claimBody()),
      }),
      { ...env, DB: racing.binding } as unknown as Bindings,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(/Review was switched on/);
    expect((await getJson<IncidentShape>(`/api/v1/incidents/${slug}`)).body.claims).toEqual([]);
  });
});

/** The tables whose rows differ between two snapshots. */
function diffTables(a: string, b: string): string[] {
  const before = new Map(JSON.parse(a) as [string, unknown][]);
  return (JSON.parse(b) as [string, unknown][])
    .filter(([name, rows]) => JSON.stringify(before.get(name)) !== JSON.stringify(rows))
    .map(([name]) => name);
}
