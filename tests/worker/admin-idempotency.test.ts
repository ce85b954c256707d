/** `Idempotency-Key` on the admin creates: a retried create lands once. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { addEditor, adminJson, claimBody, freshCeasefire, freshIncident, snapshotDb, unique } from './admin-helpers';
import { getJson, seedStory } from './helpers';

let token = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
});

const tally = (count: number) => ({
  claimant: null,
  count,
  qualifier: 'exact',
  asWritten: String(count),
  reportedOn: '2016-09-13',
});

function postTally(slug: string, body: unknown, key?: string, as = token) {
  return adminJson<{ id: string; count: number }>(`/api/v1/admin/ceasefires/${slug}/tallies`, {
    method: 'POST',
    token: as,
    body,
    headers: key === undefined ? {} : { 'Idempotency-Key': key },
  });
}

async function talliesOf(slug: string) {
  return (await adminJson<CeasefireShape>(`/api/v1/admin/ceasefires/${slug}`, { token })).body.tallies;
}

async function auditOf(entity: string) {
  const res = await adminJson<{ data: { action: string }[] }>(`/api/v1/admin/audit?entity=${entity}&limit=100`, {
    token,
  });
  return res.body.data;
}

describe('Idempotency-Key', () => {
  it('answers a retried create with what the first try created, and writes nothing twice', async () => {
    const { slug } = await freshCeasefire(token);
    const key = unique('key');
    const first = await postTally(slug, tally(7), key);
    const retry = await postTally(slug, tally(7), key);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body).toEqual(first.body);
    expect(first.res.headers.get('Idempotent-Replayed')).toBeNull();
    expect(retry.res.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await talliesOf(slug)).map((t) => t.count)).toEqual([7]);
    expect((await auditOf(`ceasefire:${slug}`)).filter((e) => e.action === 'create')).toHaveLength(2); // ceasefire + one tally
  });

  it('lands once when the same create is sent five times at once', async () => {
    const { slug } = await freshCeasefire(token);
    const key = unique('key');
    const answers = await Promise.all(Array.from({ length: 5 }, () => postTally(slug, tally(9), key)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect((await talliesOf(slug)).map((t) => t.count)).toEqual([9]);
  });

  it('refuses (422) the same key with another body, and writes nothing', async () => {
    const { slug } = await freshCeasefire(token);
    const key = unique('key');
    expect((await postTally(slug, tally(3), key)).status).toBe(201);
    const before = await snapshotDb();
    const other = await adminJson<{ type: string; status: number; detail: string }>(
      `/api/v1/admin/ceasefires/${slug}/tallies`,
      { method: 'POST', token, body: tally(4), headers: { 'Idempotency-Key': key } },
    );
    expect(other.status).toBe(422);
    expect(other.res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(other.body.detail).toMatch(/different request/);
    expect(await snapshotDb()).toBe(before);
  });

  it('is per editor: another editor’s identical key creates its own', async () => {
    const { slug } = await freshCeasefire(token);
    const other = (await addEditor()).token;
    const key = unique('key');
    const mine = await postTally(slug, tally(5), key);
    const theirs = await postTally(slug, tally(5), key, other);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(await talliesOf(slug)).toHaveLength(2);
  });

  it('makes a retried revision land once instead of failing as a second revision', async () => {
    const { slug } = await freshIncident(token);
    const old = await adminJson<ClaimShape>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody(),
    });
    const revision = claimBody({ low: 70, asWritten: '70', claimedOn: '2016-09-19', supersedes: old.body.id });
    const key = unique('key');
    const send = () =>
      adminJson<ClaimShape>(`/api/v1/admin/incidents/${slug}/claims`, {
        method: 'POST',
        token,
        body: revision,
        headers: { 'Idempotency-Key': key },
      });
    const first = await send();
    const retry = await send();
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body.id).toBe(first.body.id);
    const read = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(read.body.claims.map((c) => [c.asWritten, c.status])).toEqual(
      expect.arrayContaining([
        [old.body.asWritten, 'superseded'],
        ['70', 'current'],
      ]),
    );
    expect(read.body.claims).toHaveLength(2);
  });

  it('without a key, two sends create two', async () => {
    const { slug } = await freshCeasefire(token);
    await postTally(slug, tally(1));
    await postTally(slug, tally(1));
    expect(await talliesOf(slug)).toHaveLength(2);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    const { slug } = await freshCeasefire(token);
    for (const key of ['', 'a'.repeat(256), 'has space']) {
      const res = await adminJson<{ errors: { path: string }[] }>(`/api/v1/admin/ceasefires/${slug}/tallies`, {
        method: 'POST',
        token,
        body: tally(2),
        headers: { 'Idempotency-Key': key },
      });
      expect(res.status, JSON.stringify(key)).toBe(400);
      expect(res.body.errors.map((e) => e.path)).toContain('Idempotency-Key');
    }
    expect(await talliesOf(slug)).toEqual([]);
  });
});
