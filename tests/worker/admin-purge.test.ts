/** An editor's write shows in the public reads at once: the cached copies it affects are purged. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleShape } from '../../shared/contract/article';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { IncidentShape } from '../../shared/contract/incident';
import { addEditor, admin, adminJson, claimBody, freshCeasefire, freshIncident } from './admin-helpers';
import { getJson, seedStory } from './helpers';

let token = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
});

/** Reads a public URL until it is a cache HIT, so the next MISS can only come from a purge. */
async function cached(path: string) {
  const first = await getJson(path);
  const second = await getJson(path);
  expect(second.res.headers.get('X-Cache'), path).toBe('HIT');
  return first.body;
}

describe('purging public reads after a write', () => {
  it('a new claim shows at once in the incident and in its article', async () => {
    const { slug, articleSlug } = await freshIncident(token);
    const incidentPath = `/api/v1/incidents/${slug}`;
    const articlePath = `/api/v1/articles/${articleSlug}`;
    expect(((await cached(incidentPath)) as IncidentShape).claims).toEqual([]);
    await cached(articlePath);

    const res = await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body: claimBody() });
    expect(res.status).toBe(201);

    const incident = await getJson<IncidentShape>(incidentPath);
    expect(incident.res.headers.get('X-Cache')).toBe('MISS');
    expect(incident.body.claims.map((c) => c.asWritten)).toEqual(['80']);
    const article = await getJson<ArticleShape>(articlePath);
    expect(article.res.headers.get('X-Cache')).toBe('MISS');
    expect(article.body.incidents[0]?.claims).toHaveLength(1);
  });

  it('an incident edit purges the incident and the articles it left', async () => {
    const { slug, articleSlug, etag } = await freshIncident(token);
    await cached(`/api/v1/incidents/${slug}`);
    await cached(`/api/v1/articles/${articleSlug}`);
    const res = await admin(`/api/v1/admin/incidents/${slug}`, {
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

  it('a ceasefire status change shows at once in the ceasefire and its article', async () => {
    const { articleSlug } = await freshIncident(token);
    const { slug, etag } = await freshCeasefire(token, { articleSlugs: [articleSlug] });
    await cached(`/api/v1/ceasefires/${slug}`);
    await cached(`/api/v1/articles/${articleSlug}`);
    const res = await admin(`/api/v1/admin/ceasefires/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: etag,
      body: { status: 'precarious', asOf: '2016-09-17T23:00:00+03:00' },
    });
    expect(res.status).toBe(200);
    const ceasefire = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`);
    expect(ceasefire.res.headers.get('X-Cache')).toBe('MISS');
    expect(ceasefire.body.gauge).toMatchObject({ status: 'precarious', band: 2 });
    const article = await getJson<ArticleShape>(`/api/v1/articles/${articleSlug}`);
    expect(article.res.headers.get('X-Cache')).toBe('MISS');
    expect(article.body.ceasefires[0]?.status).toBe('precarious');
  });

  it('a milestone or tally shows at once in the ceasefire', async () => {
    const { slug } = await freshCeasefire(token);
    await cached(`/api/v1/ceasefires/${slug}`);
    await admin(`/api/v1/admin/ceasefires/${slug}/tallies`, {
      method: 'POST',
      token,
      body: { claimant: null, count: 7, qualifier: 'about', asWritten: 'about 7', reportedOn: '2016-09-13' },
    });
    const afterTally = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`);
    expect(afterTally.res.headers.get('X-Cache')).toBe('MISS');
    expect(afterTally.body.tallies.map((t) => t.asWritten)).toEqual(['about 7']);
    await cached(`/api/v1/ceasefires/${slug}`);
    await admin(`/api/v1/admin/ceasefires/${slug}/milestones`, { method: 'POST', token, body: { label: 'Talks' } });
    const afterMilestone = await getJson<CeasefireShape>(`/api/v1/ceasefires/${slug}`);
    expect(afterMilestone.res.headers.get('X-Cache')).toBe('MISS');
    expect(afterMilestone.body.milestones.map((m) => m.label)).toEqual(['Talks']);
  });

  it('an article edit purges the listing and the article', async () => {
    const { articleSlug } = await freshIncident(token);
    await cached('/api/v1/articles');
    await cached(`/api/v1/articles/${articleSlug}`);
    const current = await adminJson(`/api/v1/admin/articles/${articleSlug}`, { token });
    const res = await admin(`/api/v1/admin/articles/${articleSlug}`, {
      method: 'PATCH',
      token,
      ifMatch: current.res.headers.get('ETag') as string,
      // Dated last of all, so it heads the first page of the listing.
      body: { headline: 'A new headline', publishedAt: '2099-12-31' },
    });
    expect(res.status).toBe(200);
    const article = await getJson<ArticleShape>(`/api/v1/articles/${articleSlug}`);
    expect(article.res.headers.get('X-Cache')).toBe('MISS');
    expect(article.body.headline).toBe('A new headline');
    const page = await getJson<{ data: { slug: string; headline: string }[] }>('/api/v1/articles');
    expect(page.res.headers.get('X-Cache')).toBe('MISS');
    expect(page.body.data.find((a) => a.slug === articleSlug)?.headline).toBe('A new headline');
  });
});
