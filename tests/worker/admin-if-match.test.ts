/**
 * A revision's `If-Match` (`POST …/incidents/{slug}/claims` with `supersedes`) is optional, and held to once sent:
 * a weak, unquoted or empty tag names no version this API sends, so it fails the comparison (412) and nothing is
 * written, published or held. A header naming no usable tag is never taken for no precondition at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addEditor, admin, adminJson, claimBody, freshIncident, snapshotDb } from './admin-helpers';
import { seedStory } from './helpers';

let token = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor(undefined, { role: 'desk' })).token;
});

/** A fresh incident with one claim, and that claim's ETag; held for review if `review`. */
async function claimToRevise(review = false) {
  const { slug } = await freshIncident(token);
  const added = await adminJson<{ id: string }>(`/api/v1/admin/incidents/${slug}/claims`, {
    method: 'POST',
    token,
    body: claimBody(),
  });
  expect(added.status).toBe(201);
  if (review) {
    const on = await admin(`/api/v1/admin/incidents/${slug}`, { method: 'PATCH', token, body: { review: 'required' } });
    expect(on.status).toBe(200);
  }
  return { slug, id: added.body.id, etag: added.res.headers.get('ETag') as string };
}

const revise = (slug: string, id: string, ifMatch: string) =>
  adminJson<{ type: string }>(`/api/v1/admin/incidents/${slug}/claims`, {
    method: 'POST',
    token,
    headers: { 'If-Match': ifMatch },
    body: claimBody({ low: 90, asWritten: '90', claimedOn: '2016-09-19', supersedes: id }),
  });

/** If-Match values that name the claim's current version but not as a strong tag, or name nothing. */
const unusable = (etag: string) => [`W/${etag}`, etag.slice(1, -1), `${etag.slice(1, -1)}, W/${etag}`, ',', '""'];

describe('a revision’s If-Match', () => {
  it('refuses a weak, unquoted or empty tag with 412, writing nothing', async () => {
    const { slug, id, etag } = await claimToRevise();
    for (const ifMatch of unusable(etag)) {
      const before = await snapshotDb();
      const refused = await revise(slug, id, ifMatch);
      expect([ifMatch, refused.status]).toEqual([ifMatch, 412]);
      expect(refused.body.type).toBe('/problems/precondition-failed');
      expect(await snapshotDb()).toBe(before);
    }
    // `*` is no version read either: 428, as on a PATCH.
    expect((await revise(slug, id, '*')).status).toBe(428);
    // The strong tag read is the one that revises it.
    expect((await revise(slug, id, etag)).status).toBe(201);
  });

  it('refuses them held for review too: nothing is held, to be approved against the version now', async () => {
    const { slug, id, etag } = await claimToRevise(true);
    for (const ifMatch of unusable(etag)) {
      const before = await snapshotDb();
      const refused = await revise(slug, id, ifMatch);
      expect([ifMatch, refused.status]).toEqual([ifMatch, 412]);
      expect(await snapshotDb()).toBe(before);
    }
    expect((await revise(slug, id, etag)).status).toBe(202);
  });
});
