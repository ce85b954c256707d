import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { seedStory } from './helpers';

const TABLES = [
  'articles',
  'incidents',
  'article_incidents',
  'claimants',
  'casualty_claims',
  'ceasefires',
  'article_ceasefires',
  'ceasefire_status_changes',
  'violation_tallies',
  'milestones',
];

/** Every row of the story's tables, as text, so two states can be compared whole. */
async function snapshot(): Promise<string> {
  const rows = await env.DB.batch(TABLES.map((table) => env.DB.prepare(`SELECT * FROM ${table} ORDER BY rowid`)));
  return JSON.stringify(rows.map((r) => r.results));
}

describe('the seed', () => {
  it('is idempotent: seeding again adds, duplicates and changes nothing', async () => {
    await seedStory();
    const once = await snapshot();
    expect(once).toContain('deir-ez-zor-airstrike-2016');
    await seedStory();
    expect(await snapshot()).toBe(once);
  });

  it('leaves an edited row alone instead of resetting it', async () => {
    await seedStory();
    const title = env.DB.prepare(`SELECT title FROM incidents WHERE slug = 'deir-ez-zor-airstrike-2016'`);
    const original = (await title.first<{ title: string }>())?.title;
    const setTitle = env.DB.prepare(`UPDATE incidents SET title = ? WHERE slug = 'deir-ez-zor-airstrike-2016'`);
    await setTitle.bind('Edited title').run();
    try {
      await seedStory();
      expect((await title.first<{ title: string }>())?.title).toBe('Edited title');
    } finally {
      await setTitle.bind(original).run();
    }
  });
});
