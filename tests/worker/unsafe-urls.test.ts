/**
 * A URL that is not absolute http(s) is refused wherever an editor can write
 * one, before anything is stored. (That renderers still refuse to link one
 * that reached D1 another way is tests/browser/hostile-content.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SAFE_URL, UNSAFE_URLS } from '../hostile-text';
import { addEditor, adminJson, claimBody, freshCeasefire, freshIncident, snapshotDb, unique } from './admin-helpers';
import { seedStory } from './helpers';

let token = '';
let incident = '';
let ceasefire = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
  incident = (await freshIncident(token)).slug;
  ceasefire = (await freshCeasefire(token)).slug;
});

const FIELDS: [string, string, (url: string) => unknown, string][] = [
  ['claim source', `/claims`, (url) => claimBody({ sourceUrl: url }), 'sourceUrl'],
  [
    'claimant',
    `/claims`,
    (url) => claimBody({ claimant: { name: unique('Claimant'), kind: 'ngo', url } }),
    'claimant.url',
  ],
  [
    'tally source',
    '/tallies',
    (url) => ({
      claimant: null,
      count: 1,
      qualifier: 'exact',
      asWritten: '1',
      reportedOn: '2016-09-13',
      sourceUrl: url,
    }),
    'sourceUrl',
  ],
  [
    'article canonical URL',
    '/articles',
    (url) => ({ slug: unique('a'), headline: 'H', body: [], section: 'S', language: 'en', canonicalUrl: url }),
    'canonicalUrl',
  ],
];

function pathOf(kind: string): string {
  if (kind === '/claims') return `/api/v1/admin/incidents/${incident}/claims`;
  if (kind === '/tallies') return `/api/v1/admin/ceasefires/${ceasefire}/tallies`;
  return '/api/v1/admin/articles';
}

describe('URLs that are not http(s)', () => {
  it.each(FIELDS)('are refused as a %s, naming the field and storing nothing', async (_, kind, body, field) => {
    for (const url of UNSAFE_URLS) {
      const before = await snapshotDb();
      const res = await adminJson<{ errors: { path: string }[] }>(pathOf(kind), {
        method: 'POST',
        token,
        body: body(url),
      });
      expect(res.status, url).toBe(400);
      expect(
        res.body.errors.map((e) => e.path),
        url,
      ).toContain(field);
      expect((await snapshotDb()) === before, url).toBe(true);
    }
    // The same body with an https URL is accepted: the refusal was about the URL.
    expect((await adminJson(pathOf(kind), { method: 'POST', token, body: body(SAFE_URL) })).status).toBe(201);
  });
});
