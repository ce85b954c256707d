/**
 * An editor's write shows in the public reads at once: the cached copies it
 * affects are purged. Every admin write route is taken from the app's route
 * table and made to write (admin-write-requests.ts), so a write route added
 * later fails here until it has a request there, and then proves its purge
 * like the others.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleShape } from '../../shared/contract/article';
import type { IncidentShape } from '../../shared/contract/incident';
import { addEditor, admin, freshIncident } from './admin-helpers';
import { A, REQUESTED_ROUTES, WRITE_ROUTES, writeFor } from './admin-write-requests';
import { get, getJson, seedStory } from './helpers';

let token = '';
/** A second editor, whose changes to a story under review the first may approve. */
let proposer = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
  proposer = (await addEditor(undefined, { role: 'editor' })).token;
});

/** Reads a public URL until it is a cache HIT, so the next MISS can only come from a purge. */
async function cached(path: string): Promise<string> {
  const first = await get(path);
  const text = await first.text();
  expect(first.status, path).toBe(200);
  const second = await get(path);
  await second.text();
  expect(second.headers.get('X-Cache'), path).toBe('HIT');
  return text;
}

describe('the table of writes', () => {
  it('has a valid write for every admin write route in the route table', () => {
    expect(WRITE_ROUTES.length).toBeGreaterThan(10);
    expect(WRITE_ROUTES.filter((route) => !REQUESTED_ROUTES.includes(route))).toEqual([]);
  });

  it('names only routes that exist', () => {
    expect(REQUESTED_ROUTES.filter((route) => !WRITE_ROUTES.includes(route))).toEqual([]);
  });
});

describe.each(WRITE_ROUTES.filter((route) => REQUESTED_ROUTES.includes(route)))('%s', (route) => {
  it('shows in every public read it affects at once: cached before, a fresh read with the change after', async () => {
    const write = await writeFor(route, { token, proposer });
    if (write.reads.length === 0) expect(write.why, 'a write readers never see says why').toBeTruthy();
    for (const read of write.reads) {
      expect(read.shows(await cached(read.path)), `${read.path} before the write`).toBe(false);
    }
    const res = await admin(write.path, { method: write.method, token, ...write.call });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    for (const read of write.reads) {
      const after = await get(read.path);
      expect(after.headers.get('X-Cache'), read.path).toBe('MISS');
      expect(read.shows(await after.text()), `${read.path} after the write`).toBe(true);
    }
  });
});

describe('purging what a write no longer shows', () => {
  it('an incident edit purges the articles it left', async () => {
    const { slug, articleSlug, etag } = await freshIncident(token);
    await cached(`/api/v1/incidents/${slug}`);
    await cached(`/api/v1/articles/${articleSlug}`);
    const res = await admin(`${A}/incidents/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { title: 'Retitled', articleSlugs: [] },
    });
    expect(res.status).toBe(200);
    const incident = await getJson<IncidentShape>(`/api/v1/incidents/${slug}`);
    expect(incident.res.headers.get('X-Cache')).toBe('MISS');
    expect(incident.body.title).toBe('Retitled');
    const article = await getJson<ArticleShape>(`/api/v1/articles/${articleSlug}`);
    expect(article.res.headers.get('X-Cache')).toBe('MISS');
    expect(article.body.incidents).toEqual([]);
  });
});
