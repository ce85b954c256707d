/**
 * Every validation rule of the admin bodies: each refusal is problem+json
 * naming the field, and leaves the database exactly as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProblemShape } from '../../shared/contract/common';
import { addEditor, admin, claimBody, freshCeasefire, freshIncident, snapshotDb, unique } from './admin-helpers';
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

const incidentBody = (overrides: Record<string, unknown> = {}) => ({
  slug: unique('valid'),
  title: 'An incident',
  occurredOn: '2016-09-17',
  placeName: 'Somewhere',
  ...overrides,
});

const ceasefireBody = (overrides: Record<string, unknown> = {}) => ({
  slug: unique('c'),
  name: 'C',
  startedAt: '2016-09-12T19:00:00+03:00',
  status: 'holding',
  asOf: '2016-09-13T00:00:00Z',
  ...overrides,
});

const tallyBody = (overrides: Record<string, unknown> = {}) => ({
  claimant: null,
  count: 5,
  qualifier: 'exact',
  asWritten: '5',
  reportedOn: '2016-09-18',
  ...overrides,
});

/** [rule, method, path (given the fixtures), body, the field the problem must name] */
const CASES: [string, string, () => string, () => unknown, string][] = [
  ['an unknown field', 'POST', () => '/api/v1/admin/incidents', () => incidentBody({ colour: 'red' }), 'colour'],
  [
    'an unknown nested field',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ claimant: { name: 'X', kind: 'ngo', rank: 1 } }),
    'claimant.rank',
  ],
  [
    'a slug with capitals and underscores',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ slug: 'Bad_Slug' }),
    'slug',
  ],
  [
    'a slug with a double hyphen',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ slug: 'a--b' }),
    'slug',
  ],
  [
    'low above high',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ qualifier: 'between', low: 90, high: 80, asWritten: '80 to 90' }),
    'low',
  ],
  [
    'a negative count',
    'POST',
    () => `/api/v1/admin/ceasefires/${ceasefire}/tallies`,
    () => tallyBody({ count: -1, asWritten: '-1' }),
    'count',
  ],
  [
    'a fractional figure',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ low: 80.5 }),
    'low',
  ],
  [
    'a figure given as a string',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ low: '80' }),
    'low',
  ],
  [
    'high with an exact figure',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ high: 90 }),
    'high',
  ],
  [
    'no high with a range',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ qualifier: 'between' }),
    'high',
  ],
  [
    'a range qualifier on a tally',
    'POST',
    () => `/api/v1/admin/ceasefires/${ceasefire}/tallies`,
    () => tallyBody({ qualifier: 'between' }),
    'qualifier',
  ],
  [
    'an impossible date',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ claimedOn: '2016-02-30' }),
    'claimedOn',
  ],
  [
    'a date in another format',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ occurredOn: '17/09/2016' }),
    'occurredOn',
  ],
  [
    'an instant without an offset',
    'POST',
    () => '/api/v1/admin/ceasefires',
    () => ceasefireBody({ startedAt: '2016-09-12T19:00:00' }),
    'startedAt',
  ],
  [
    'an asOf before the start',
    'POST',
    () => '/api/v1/admin/ceasefires',
    () => ceasefireBody({ asOf: '2016-09-01T00:00:00Z' }),
    'asOf',
  ],
  [
    'a ceasefire holding past its own end',
    'POST',
    () => '/api/v1/admin/ceasefires',
    () => ceasefireBody({ endedAt: '2016-09-19T19:00:00+03:00', asOf: '2016-09-20T00:00:00Z' }),
    'status',
  ],
  [
    'an end the data has reached, on a ceasefire still holding',
    'PATCH',
    () => `/api/v1/admin/ceasefires/${ceasefire}`,
    () => ({ endedAt: '2016-09-13T00:00:00Z' }),
    'endedAt',
  ],
  [
    'an end before the start',
    'PATCH',
    () => `/api/v1/admin/ceasefires/${ceasefire}`,
    () => ({ endedAt: '2016-09-01T00:00:00Z' }),
    'endedAt',
  ],
  [
    'an incident that ends before it starts',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ startsAt: '2016-09-17T17:00:00+03:00', endsAt: '2016-09-17T16:59:00+03:00' }),
    'endsAt',
  ],
  [
    'an incident’s end moved before its start',
    'PATCH',
    () => `/api/v1/admin/incidents/${incident}`,
    () => ({ startsAt: '2016-09-17T17:00:00+03:00', endsAt: '2016-09-17T13:00:00Z' }),
    'endsAt',
  ],
  [
    'a javascript: URL',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ sourceUrl: 'javascript:alert(1)' }),
    'sourceUrl',
  ],
  [
    'an ftp: URL',
    'POST',
    () => `/api/v1/admin/ceasefires/${ceasefire}/tallies`,
    () => tallyBody({ sourceUrl: 'ftp://example.org/x' }),
    'sourceUrl',
  ],
  [
    'an over-long title',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ title: 'x'.repeat(301) }),
    'title',
  ],
  [
    'an over-long quote',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ quote: 'x'.repeat(5001) }),
    'quote',
  ],
  [
    'a control character (a pasted soft line break)',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ title: 'Line one\u000bline two' }),
    'title',
  ],
  ['an empty title', 'POST', () => '/api/v1/admin/incidents', () => incidentBody({ title: '   ' }), 'title'],
  [
    'a title of characters that draw nothing',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ title: '\u200b\u200d \u2060' }),
    'title',
  ],
  [
    'a blank correction',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ corrections: [{ note: ' \u200b\n', at: '2016-09-19T09:00:00Z' }] }),
    'corrections.0.note',
  ],
  [
    'a correction dated after today',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ corrections: [{ note: 'Fixed.', at: `${new Date().getUTCFullYear() + 1}-03-15T00:00:00Z` }] }),
    'corrections.0.at',
  ],
  [
    'an incident on a day after today',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ occurredOn: `${new Date().getUTCFullYear() + 1}-02-01` }),
    'occurredOn',
  ],
  [
    'an incident that ends before its day',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ endsAt: '2016-09-15T10:00:00Z' }),
    'endsAt',
  ],
  [
    'an incident’s day moved after its end',
    'PATCH',
    () => `/api/v1/admin/incidents/${incident}`,
    () => ({ occurredOn: '2016-09-20', endsAt: '2016-09-17T18:00:00+03:00' }),
    'endsAt',
  ],
  [
    'a count of violations reported before its ceasefire began',
    'POST',
    () => `/api/v1/admin/ceasefires/${ceasefire}/tallies`,
    () => tallyBody({ reportedOn: '2016-09-10' }),
    'reportedOn',
  ],
  [
    'a latitude off the globe',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ latitude: 91 }),
    'latitude',
  ],
  [
    'an unknown enum value',
    'POST',
    () => `/api/v1/admin/incidents/${incident}/claims`,
    () => claimBody({ metric: 'injured' }),
    'metric',
  ],
  [
    'a missing required field',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ placeName: undefined }),
    'placeName',
  ],
  [
    'an unknown article slug',
    'POST',
    () => '/api/v1/admin/incidents',
    () => incidentBody({ articleSlugs: ['no-such-article'] }),
    'articleSlugs.0',
  ],
  ['a body that is not an object', 'POST', () => '/api/v1/admin/incidents', () => [1, 2, 3], '(body)'],
  ['a PATCH with nothing to change', 'PATCH', () => `/api/v1/admin/incidents/${incident}`, () => ({}), '(body)'],
  [
    'a PATCH that tries to rename the slug',
    'PATCH',
    () => `/api/v1/admin/incidents/${incident}`,
    () => ({ slug: 'renamed' }),
    'slug',
  ],
];

describe('admin body validation', () => {
  it.each(CASES)('refuses %s with 400 naming the field, changing nothing', async (_, method, path, body, field) => {
    const before = await snapshotDb();
    const res = await admin(path(), { method, token, body: body(), ifMatch: '"anything.v1"' });
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = (await res.json()) as ProblemShape;
    expect(problem.type).toBe('/problems/validation');
    expect(problem.errors?.map((e) => e.path)).toContain(field);
    expect(problem.errors?.every((e) => e.message.length > 0)).toBe(true);
    expect(await snapshotDb()).toBe(before);
  });

  it('checks a PATCHed figure against the stored one (high only with a range)', async () => {
    const created = await admin(`/api/v1/admin/incidents/${incident}/claims`, {
      method: 'POST',
      token,
      body: claimBody(),
    });
    const claim = (await created.json()) as { id: string };
    const before = await snapshotDb();
    const res = await admin(`/api/v1/admin/claims/${claim.id}`, {
      method: 'PATCH',
      token,
      ifMatch: created.headers.get('ETag') as string,
      body: { high: 95 },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemShape).errors?.[0]?.path).toBe('high');
    expect(await snapshotDb()).toBe(before);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const before = await snapshotDb();
    const res = await admin('/api/v1/admin/incidents', {
      method: 'POST',
      token,
      body: incidentBody({ summary: 'x'.repeat(70_000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: '/problems/payload-too-large', status: 413 });
    expect(await snapshotDb()).toBe(before);
  });

  it('refuses a body over 64 KB sent without Content-Length', async () => {
    const chunk = new TextEncoder().encode(JSON.stringify(incidentBody({ summary: 'x'.repeat(70_000) })));
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await admin('/api/v1/admin/incidents', {
      method: 'POST',
      token,
      rawBody: stream as unknown as string,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(413);
  });

  it('refuses malformed JSON with 400 malformed-json', async () => {
    const before = await snapshotDb();
    for (const rawBody of ['{"slug": "a",', "{'slug': 'a'}", '', 'undefined']) {
      const res = await admin('/api/v1/admin/incidents', { method: 'POST', token, rawBody });
      expect(res.status, rawBody).toBe(400);
      expect(await res.json()).toMatchObject({ type: '/problems/malformed-json', status: 400 });
    }
    expect(await snapshotDb()).toBe(before);
  });

  it('refuses any content type but JSON with 415', async () => {
    const before = await snapshotDb();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await admin('/api/v1/admin/incidents', {
        method: 'POST',
        token,
        rawBody: JSON.stringify(incidentBody()),
        headers: { 'Content-Type': type },
      });
      expect(res.status, type).toBe(415);
      expect(await res.json()).toMatchObject({ type: '/problems/unsupported-media-type' });
    }
    const none = await admin('/api/v1/admin/incidents', { method: 'POST', token });
    expect(none.status).toBe(415);
    expect(await snapshotDb()).toBe(before);
  });

  it('refuses a malformed path parameter or query', async () => {
    expect((await admin('/api/v1/admin/incidents/Not_A_Slug', { token })).status).toBe(400);
    expect((await admin('/api/v1/admin/audit?limit=0', { token })).status).toBe(400);
    expect((await admin('/api/v1/admin/audit?entity=planet', { token })).status).toBe(400);
    expect((await admin('/api/v1/admin/audit/abc/revert', { method: 'POST', token })).status).toBe(400);
  });
});
