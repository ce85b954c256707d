/**
 * Many editors at once: 50 tally additions and claim revisions from 10
 * clients, all in flight together. Every accepted write is there exactly
 * once with its audit entry; every refused one is a 412 that says why, and
 * left nothing behind; the history reads the same at every moment.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { addEditor, admin, adminJson, claimBody, freshCeasefire, freshIncident } from './admin-helpers';
import { getJson, seedStory } from './helpers';

type Client = { id: string; name: string; token: string };
const clients: Client[] = [];

beforeAll(async () => {
  await seedStory();
  for (let i = 0; i < 10; i++) clients.push(await addEditor());
});

const client = (n: number) => clients[n % clients.length] as Client;

/** Audit rows straight from D1: who wrote what, for the checks below. */
async function auditRows(entityType: string, action: string) {
  const { results } = await env.DB.prepare(
    'SELECT editor_id AS editorId, entity_id AS entityId, after FROM audit_entries WHERE entity_type = ? AND action = ?',
  )
    .bind(entityType, action)
    .all<{ editorId: string; entityId: string; after: string }>();
  return results.map((r) => ({ ...r, after: JSON.parse(r.after) as Record<string, unknown> }));
}

describe('50 writes from 10 editors at once', () => {
  it('keep every accepted write once, explain every refusal with 412, and keep the history whole', async () => {
    const a = clients[0] as Client;
    const ceasefire = await freshCeasefire(a.token);
    const incident = await freshIncident(a.token);
    // Five claims, each about to be revised by five editors who all read it as current.
    const originals: ClaimShape[] = [];
    for (let k = 0; k < 5; k++) {
      const res = await adminJson<ClaimShape>(`/api/v1/admin/incidents/${incident.slug}/claims`, {
        method: 'POST',
        token: a.token,
        body: claimBody({ claimant: { name: `Claimant ${k}`, kind: 'ngo' }, low: k, asWritten: String(k) }),
      });
      expect(res.status).toBe(201);
      originals.push(res.body);
    }

    const ops = Array.from({ length: 50 }, (_, n) => {
      const by = client(n);
      if (n % 2 === 0) {
        const body = {
          claimant: null,
          count: n + 1,
          qualifier: 'exact',
          asWritten: `tally ${n}`,
          reportedOn: '2016-09-13',
        };
        return {
          n,
          kind: 'tally' as const,
          by,
          send: () =>
            admin(`/api/v1/admin/ceasefires/${ceasefire.slug}/tallies`, { method: 'POST', token: by.token, body }),
        };
      }
      const original = originals[(n >> 1) % 5] as ClaimShape;
      const body = claimBody({
        claimant: original.claimant,
        low: 1000 + n,
        asWritten: `revision ${n}`,
        claimedOn: '2016-09-18',
        supersedes: original.id,
      });
      return {
        n,
        kind: 'revision' as const,
        by,
        original: original.id,
        send: () => admin(`/api/v1/admin/incidents/${incident.slug}/claims`, { method: 'POST', token: by.token, body }),
      };
    });
    const answers = await Promise.all(ops.map(async (op) => ({ op, res: await op.send() })));
    const outcomes = await Promise.all(
      answers.map(async ({ op, res }) => ({
        op,
        status: res.status,
        body: (await res.json()) as Record<string, unknown>,
      })),
    );

    // Tallies never conflict: all 25 land.
    const tallies = outcomes.filter((o) => o.op.kind === 'tally');
    expect(tallies.map((o) => o.status)).toEqual(Array(25).fill(201));
    // Revisions of one claim race: exactly one wins per claim; the others are 412 problem+json.
    const revisions = outcomes.filter((o) => o.op.kind === 'revision');
    for (const original of originals) {
      const race = revisions.filter((o) => o.op.kind === 'revision' && o.op.original === original.id);
      expect(race.map((o) => o.status).sort(), original.id).toEqual([201, 412, 412, 412, 412]);
      for (const lost of race.filter((o) => o.status === 412)) {
        expect(lost.body).toMatchObject({ type: '/problems/precondition-failed', status: 412 });
        expect(String(lost.body.detail)).toMatch(/nothing was saved/i);
      }
    }
    const won = revisions.filter((o) => o.status === 201);
    const lost = revisions.filter((o) => o.status === 412);
    expect([won.length, lost.length]).toEqual([5, 20]);

    // What readers see: each tally once, the total exact; each winning revision once, no loser at all.
    const gauge = await getJson<CeasefireShape>(`/api/v1/ceasefires/${ceasefire.slug}`);
    const tallyNames = gauge.body.tallies.map((t) => t.asWritten).sort();
    expect(tallyNames).toEqual(tallies.map((o) => `tally ${o.op.n}`).sort());
    expect(gauge.body.tallies.reduce((sum, t) => sum + t.count, 0)).toBe(tallies.reduce((s, o) => s + o.op.n + 1, 0));

    const read = await getJson<IncidentShape>(`/api/v1/incidents/${incident.slug}`);
    const byWritten = new Map(read.body.claims.map((c) => [c.asWritten, c]));
    expect(read.body.claims).toHaveLength(10);
    for (const w of won) {
      const claim = byWritten.get(`revision ${w.op.n}`);
      expect(claim?.status).toBe('current');
      expect(claim?.supersedes).toBe(w.op.kind === 'revision' ? w.op.original : null);
    }
    for (const l of lost) expect(byWritten.has(`revision ${l.op.n}`)).toBe(false);
    for (const original of originals) {
      expect(read.body.claims.find((c) => c.id === original.id)?.status).toBe('superseded');
      expect(read.body.claims.filter((c) => c.supersedes === original.id)).toHaveLength(1);
    }

    // The audit trail: one entry per accepted write, by the editor who sent it; none for a refusal.
    // Tallies written "tally N" exist only in this test.
    const tallyAudit = (await auditRows('tally', 'create')).filter((r) =>
      String(r.after.asWritten).startsWith('tally '),
    );
    expect(tallyAudit).toHaveLength(25);
    for (const t of tallies) {
      expect(tallyAudit.filter((r) => r.after.asWritten === `tally ${t.op.n}`).map((r) => r.editorId)).toEqual([
        t.op.by.id,
      ]);
    }
    const created = (await auditRows('claim', 'create')).filter((r) =>
      String(r.after.asWritten).startsWith('revision '),
    );
    const mine = created.filter((r) => byWritten.has(String(r.after.asWritten)));
    expect(mine.map((r) => r.after.asWritten).sort()).toEqual(won.map((w) => `revision ${w.op.n}`).sort());
    for (const w of won) {
      expect(mine.find((r) => r.after.asWritten === `revision ${w.op.n}`)?.editorId).toBe(w.op.by.id);
    }
    const superseded = await auditRows('claim', 'supersede');
    for (const original of originals) {
      expect(superseded.filter((r) => r.entityId === original.id)).toHaveLength(1);
    }

    // The history: before the revisions' day the originals stand, from it the winners do.
    const before = await getJson<IncidentShape>(`/api/v1/incidents/${incident.slug}?asOf=2016-09-17`);
    expect(before.body.claims.map((c) => [c.asWritten, c.status]).sort()).toEqual(
      originals.map((o) => [o.asWritten, 'current']).sort(),
    );
    const after = await getJson<IncidentShape>(`/api/v1/incidents/${incident.slug}?asOf=2016-09-18`);
    expect(
      after.body.claims
        .filter((c) => c.status === 'current')
        .map((c) => c.asWritten)
        .sort(),
    ).toEqual(won.map((w) => `revision ${w.op.n}`).sort());
  });
});

describe('two editors revising the same claim', () => {
  it('one wins, the other gets 412 and loses nothing: it reads again and its change lands', async () => {
    const [a, b] = clients as [Client, Client];
    const { slug } = await freshIncident(a.token);
    const claim = await adminJson<ClaimShape>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token: a.token,
      body: claimBody(),
    });
    const etag = claim.res.headers.get('ETag') as string;
    const path = `/api/v1/admin/claims/${claim.body.id}`;
    const [first, second] = await Promise.all([
      admin(path, { method: 'PATCH', token: a.token, ifMatch: etag, body: { subject: 'Edit by A' } }),
      admin(path, { method: 'PATCH', token: b.token, ifMatch: etag, body: { quote: 'Edit by B' } }),
    ]);
    const statuses = [first.status, second.status];
    expect(statuses.sort()).toEqual([200, 412]);
    const loser =
      first.status === 412
        ? { res: first, by: a, body: { subject: 'Edit by A' } }
        : { res: second, by: b, body: { quote: 'Edit by B' } };
    expect(await loser.res.json()).toMatchObject({ type: '/problems/precondition-failed' });
    // The loser reads the claim as it now is and applies its change on top.
    const now = await admin(path, { token: loser.by.token });
    const retry = await admin(path, {
      method: 'PATCH',
      token: loser.by.token,
      ifMatch: now.headers.get('ETag') as string,
      body: loser.body,
    });
    expect(retry.status).toBe(200);
    const final = await adminJson<ClaimShape>(path, { token: a.token });
    expect(final.body).toMatchObject({ subject: 'Edit by A', quote: 'Edit by B' });
    expect(final.res.headers.get('ETag')).toBe(`"${claim.body.id}.v3"`);
    const updates = (await auditRows('claim', 'update')).filter((r) => r.entityId === claim.body.id);
    expect(updates.map((r) => r.editorId).sort()).toEqual([a.id, b.id].sort());
  });
});
