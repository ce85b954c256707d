import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleListShape, ArticleShape } from '../../src/contract/article';
import { database } from '../../src/db/client';
import { articles } from '../../src/db/schema';
import { SEED } from '../../src/db/seed/story';
import { getJson, seedStory } from './helpers';

/** 25 more published articles (and a draft) so the listing spans pages. */
async function addArticles() {
  const rows = Array.from({ length: 25 }, (_, i) => ({
    id: `art_page_${String(i).padStart(2, '0')}`,
    slug: `paging-article-${i}`,
    headline: `Paging article ${i}`,
    body: [{ kind: 'paragraph' as const, text: 'Body.' }],
    section: i % 2 === 0 ? 'Foreign Affairs' : 'Politics',
    language: i % 3 === 0 ? 'es' : 'en-GB',
    // Some share a date (ties broken by id), some have none (listed last).
    publishedAt: i < 20 ? `2017-01-${String((i % 10) + 1).padStart(2, '0')}` : null,
    status: 'published' as const,
  }));
  const db = database(env.DB);
  const [template] = rows;
  if (!template) throw new Error('no article rows to copy');
  const all = [
    ...rows,
    { ...template, id: 'art_draft', slug: 'draft-article', headline: 'Draft', status: 'draft' as const },
  ];
  // One row per statement: D1 caps bound parameters per query at 100.
  const [first, ...rest] = all.map((row) => db.insert(articles).values(row).onConflictDoNothing());
  if (!first) throw new Error('nothing to insert');
  await db.batch([first, ...rest]);
}

async function allPages(query: string): Promise<string[]> {
  const slugs: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const { status, body }: { status: number; body: ArticleListShape } = await getJson<ArticleListShape>(
      `/api/v1/articles?limit=4${query}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(status).toBe(200);
    expect(body.data.length).toBeLessThanOrEqual(4);
    slugs.push(...body.data.map((a) => a.slug));
    cursor = body.nextCursor;
    if (!cursor) return slugs;
  }
  throw new Error('pagination did not end');
}

beforeAll(async () => {
  await seedStory();
  await addArticles();
});

describe('GET /api/v1/articles', () => {
  it('pages through every published article exactly once, newest first, undated last', async () => {
    const slugs = await allPages('');
    expect(slugs).toHaveLength(26);
    expect(new Set(slugs).size).toBe(26);
    expect(slugs).not.toContain('draft-article');
    const { body } = await getJson<ArticleListShape>('/api/v1/articles?limit=100');
    const dates = body.data.map((a) => a.publishedAt);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    expect(body.nextCursor).toBeNull();
  });

  it('filters by section and by language (a BCP 47 prefix matches its regions)', async () => {
    const politics = await allPages('&section=Politics');
    expect(politics).toHaveLength(12);
    const english = await allPages('&lang=en');
    expect(english).toContain(SEED.articleSlug);
    expect(english).toContain('paging-article-1');
    expect(english).not.toContain('paging-article-0');
    const spanish = await allPages('&lang=es');
    expect(spanish).toHaveLength(9);
  });

  it('refuses a bad limit and a garbage cursor with problem+json', async () => {
    for (const query of ['limit=0', 'limit=101', 'limit=ten', 'cursor=not-a-cursor', 'cursor=eyJmb28iOjF9']) {
      const { status, body, res } = await getJson(`/api/v1/articles?${query}`);
      expect(status, query).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(body.type).toBe('/problems/validation');
      expect(Array.isArray(body.errors)).toBe(true);
    }
  });
});

describe('GET /api/v1/articles/{slug}', () => {
  it('returns the seed article with its body, incident and ceasefire', async () => {
    const { status, body } = await getJson<ArticleShape>(`/api/v1/articles/${SEED.articleSlug}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      section: 'Foreign Affairs',
      language: 'en',
      byline: null,
      publishedAtApproximate: true,
    });
    expect(body.body[0]?.text).toMatch(/^Last Saturday 18th the United States/);
    expect(body.body.some((b) => b.kind === 'subhead' && b.text === 'Meeting with the Security Council')).toBe(true);
    expect(body.body.some((b) => b.text.includes('Follow the page'))).toBe(false);
    expect(body.incidents.map((i) => i.slug)).toEqual([SEED.incidentSlug]);
    expect(body.incidents[0]?.summary.killed?.disagree).toBe(true);
    expect(body.ceasefires.map((c) => c.slug)).toEqual([SEED.ceasefireSlug]);
    expect(body.ceasefires[0]?.gauge.daysInForce).toBe(6);
  });

  it('hides drafts and unknown slugs behind a 404', async () => {
    expect((await getJson('/api/v1/articles/draft-article')).status).toBe(404);
    expect((await getJson('/api/v1/articles/nothing-here')).status).toBe(404);
  });
});
