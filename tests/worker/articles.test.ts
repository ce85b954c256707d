import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Article, type ArticleListShape, type ArticleShape } from '../../shared/contract/article';
import { database } from '../../src/db/client';
import { articles } from '../../src/db/schema';
import { SEED } from '../../src/db/seed/story';
import { addEditor, adminJson, unique } from './admin-helpers';
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

  it('takes `lang` as a BCP 47 tag: matched without regard to case, its subtags only, never as a pattern', async () => {
    // Articles of their own section, so the listing's other counts stay as they are.
    const section = 'Language tags';
    const tagged = ['en', 'EN-us', 'en-GB', 'eng', 'es', 'fr-CA'].map((language, i) => ({
      id: `art_lang_${i}`,
      slug: `language-tag-${i}`,
      headline: `In ${language}`,
      body: [{ kind: 'paragraph' as const, text: 'Body.' }],
      section,
      language,
      publishedAt: `2018-01-0${i + 1}`,
      status: 'published' as const,
    }));
    const db = database(env.DB);
    await db.batch(tagged.map((row) => db.insert(articles).values(row).onConflictDoNothing()) as [never, ...never[]]);
    const languages = async (lang: string) =>
      (await allPages(`&section=${encodeURIComponent(section)}&lang=${encodeURIComponent(lang)}`))
        .map((slug) => tagged.find((a) => a.slug === slug)?.language)
        .sort();
    expect(await languages('en')).toEqual(['EN-us', 'en', 'en-GB'].sort());
    expect(await languages('EN')).toEqual(['EN-us', 'en', 'en-GB'].sort());
    expect(await languages('en-gb')).toEqual(['en-GB']);
    expect(await languages('en-US')).toEqual(['EN-us']);
    expect(await languages('eng')).toEqual(['eng']);
    expect(await languages('fr')).toEqual(['fr-CA']);
    // What is no language tag is refused, naming it: wildcards, an empty tag, a tag cut short.
    for (const lang of ['%', '%25', '__', 'e_', '', 'e', 'en-', 'en--gb', 'en_GB', 'a'.repeat(36)]) {
      const { status, body, res } = await getJson<{ type: string; errors: { path: string }[] }>(
        `/api/v1/articles?lang=${encodeURIComponent(lang)}`,
      );
      expect([lang, status]).toEqual([lang, 400]);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect([...new Set(body.errors.map((e) => e.path))]).toEqual(['query.lang']);
    }
  });

  it('refuses a bad limit and a garbage cursor with problem+json', async () => {
    for (const query of ['limit=0', 'limit=101', 'limit=ten', 'cursor=not-a-cursor', 'cursor=eyJmb28iOjF9']) {
      const { status, body, res } = await getJson(`/api/v1/articles?${query}`);
      expect(status, query).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(body.type).toBe('/problems/validation');
      expect(Array.isArray(body.errors)).toBe(true);
    }
    // Each wrong limit (empty, given twice, too large for a number) is told what a limit is, once.
    for (const query of ['limit=', 'limit=1&limit=2', 'limit=99999999999999999999', 'limit=2.5']) {
      const { status, body } = await getJson<{ errors: { path: string; message: string }[] }>(
        `/api/v1/articles?${query}`,
      );
      expect(status, query).toBe(400);
      expect(body.errors, query).toEqual([
        { path: 'query.limit', message: 'a whole number from 1 to 100, given once' },
      ]);
    }
  });
});

describe('the editors’ article', () => {
  it('answers GET, POST and PATCH in the `Article` shape the document gives, as the public read: no row id or version', async () => {
    const { token } = await addEditor();
    const slug = unique('shape-article');
    const made = await adminJson<Record<string, unknown>>('/api/v1/admin/articles', {
      method: 'POST',
      token,
      body: {
        slug,
        headline: 'Shape',
        body: [{ kind: 'paragraph', text: 'Text.' }],
        section: 'World',
        language: 'en',
        status: 'published',
        publishedAt: '2016-09-18',
      },
    });
    const read = await adminJson<Record<string, unknown>>(`/api/v1/admin/articles/${slug}`, { token });
    const edited = await adminJson<Record<string, unknown>>(`/api/v1/admin/articles/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: read.res.headers.get('ETag') as string,
      body: { headline: 'Shape, edited' },
    });
    const documented = Object.keys(Article.shape);
    const shown = Object.keys((await getJson(`/api/v1/articles/${slug}`)).body).sort();
    for (const [what, answer, status] of [
      ['POST', made, 201],
      ['GET', read, 200],
      ['PATCH', edited, 200],
    ] as const) {
      expect([what, answer.status]).toEqual([what, status]);
      expect(
        Object.keys(answer.body).filter((key) => !documented.includes(key)),
        what,
      ).toEqual([]);
      expect(Object.keys(answer.body).sort(), what).toEqual(shown);
      // The version is the ETag's.
      expect(answer.res.headers.get('ETag'), what).toMatch(/^"art_[^"]+\.v\d+"$/);
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
