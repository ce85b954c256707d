/**
 * Mutated admin bodies (a seeded generator, so a failure replays): whatever
 * arrives, the answer is never a 5xx, and a refusal is problem+json that
 * leaves the database exactly as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addEditor, admin, claimBody, freshCeasefire, freshIncident, snapshotDb, unique } from './admin-helpers';
import { seedStory } from './helpers';

/** mulberry32: small, seeded, good enough to pick mutations. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [
  null,
  -1,
  0,
  1.5,
  2 ** 53,
  -(2 ** 31),
  '',
  ' ',
  'x'.repeat(20_001),
  '<script>alert(1)</script>',
  '\u202e\u0000\ud800',
  '2016-13-45',
  'javascript:alert(1)',
  [],
  [null],
  {},
  { $ne: null },
  true,
  'NaN',
  '1e309',
];

function mutate(body: Record<string, unknown>, next: () => number): unknown {
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const keys = Object.keys(body);
  const copy: Record<string, unknown> = structuredClone(body);
  switch (Math.floor(next() * 5)) {
    case 0:
      delete copy[pick(keys)];
      return copy;
    case 1:
      copy[pick(keys)] = pick(ODD_VALUES);
      return copy;
    case 2:
      copy[pick(['__proto__', 'constructor', 'id', 'version', 'status2', 'editorId'])] = pick(ODD_VALUES);
      return copy;
    case 3:
      return pick(ODD_VALUES);
    default:
      for (const key of keys) if (next() < 0.4) copy[key] = pick(ODD_VALUES);
      return copy;
  }
}

let token = '';
let incident = '';
let ceasefire = '';
let incidentTag = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
  const fresh = await freshIncident(token);
  incident = fresh.slug;
  incidentTag = fresh.etag;
  ceasefire = (await freshCeasefire(token)).slug;
});

const TARGETS: [string, string, () => string, () => Record<string, unknown>][] = [
  [
    'POST',
    'incidents',
    () => '/api/v1/admin/incidents',
    () => ({ slug: unique('fz'), title: 'T', occurredOn: '2016-09-17', placeName: 'P' }),
  ],
  [
    'PATCH',
    'an incident',
    () => `/api/v1/admin/incidents/${incident}`,
    () => ({ title: 'T', latitude: 1, articleSlugs: [] }),
  ],
  ['POST', 'claims', () => `/api/v1/admin/incidents/${incident}/claims`, () => claimBody()],
  [
    'POST',
    'ceasefires',
    () => '/api/v1/admin/ceasefires',
    () => ({
      slug: unique('fz'),
      name: 'N',
      startedAt: '2016-09-12T19:00:00+03:00',
      status: 'holding',
      asOf: '2016-09-13T00:00:00Z',
    }),
  ],
  [
    'POST',
    'tallies',
    () => `/api/v1/admin/ceasefires/${ceasefire}/tallies`,
    () => ({ claimant: null, count: 1, qualifier: 'exact', asWritten: '1', reportedOn: '2016-09-13' }),
  ],
  [
    'POST',
    'milestones',
    () => `/api/v1/admin/ceasefires/${ceasefire}/milestones`,
    () => ({ label: 'L', state: 'pending' }),
  ],
  [
    'POST',
    'articles',
    () => '/api/v1/admin/articles',
    () => ({ slug: unique('fz'), headline: 'H', body: [], section: 'S', language: 'en' }),
  ],
];

describe('fuzzed admin bodies', () => {
  it.each(TARGETS)('%s %s: never 5xx; a refusal changes nothing', async (method, _, path, template) => {
    const next = random(TARGETS.findIndex((t) => t[2] === path) + 1);
    for (let i = 0; i < 40; i++) {
      const body = mutate(template(), next);
      const before = await snapshotDb();
      const res = await admin(path(), { method, token, ifMatch: incidentTag, rawBody: JSON.stringify(body) ?? 'null' });
      const label = `#${i} ${JSON.stringify(body)?.slice(0, 120)}`;
      expect(res.status, label).toBeLessThan(500);
      if (res.status >= 400) {
        expect(res.headers.get('Content-Type'), label).toBe('application/problem+json');
        expect(await snapshotDb(), label).toBe(before);
      } else if (method === 'PATCH') {
        incidentTag = res.headers.get('ETag') ?? incidentTag;
      }
    }
  });
});
