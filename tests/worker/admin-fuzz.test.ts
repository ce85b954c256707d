/**
 * Property-based fuzzing of the admin API (fast-check, against the real D1):
 * whatever a client sends, the answer is never a 5xx; a refusal is
 * problem+json that leaves every table byte for byte as it was; an accepted
 * write reads back exactly as written (as the contract's schema normalizes
 * it: capped texts are trimmed). A failure prints the seed and the shrunk
 * body, so it replays.
 */
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ArticleCreate,
  CeasefireCreate,
  ClaimCreate,
  IncidentCreate,
  IncidentPatch,
  MilestoneCreate,
  TallyCreate,
} from '../../shared/contract/admin';
import {
  addEditor,
  admin,
  adminJson,
  claimBody,
  freshCeasefire,
  freshIncident,
  snapshotDb,
  unique,
} from './admin-helpers';
import { internalsIn, seedStory, stringsIn } from './helpers';
import { hostileString, hostileValue, jsonObjectText } from './hostile-values';

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

type Json = Record<string, unknown>;

type Target = {
  method: 'POST' | 'PATCH';
  name: string;
  path: () => string;
  template: () => Json;
  schema: z.ZodType;
  /** The written resource, read again (uncached) from what the write answered. */
  readBack: (written: Json) => Promise<Json>;
  /** Text fields a valid body may fill with anything the schema accepts. */
  texts: string[];
};

const adminRead = async (path: string) => (await adminJson<Json>(path, { token })).body;

const TARGETS: Target[] = [
  {
    method: 'POST',
    name: 'POST incidents',
    path: () => '/api/v1/admin/incidents',
    template: () => ({ slug: unique('fz'), title: 'T', occurredOn: '2016-09-17', placeName: 'P', summary: 'S' }),
    schema: IncidentCreate,
    readBack: (w) => adminRead(`/api/v1/admin/incidents/${w.slug}`),
    texts: ['title', 'placeName', 'summary'],
  },
  {
    method: 'PATCH',
    name: 'PATCH an incident',
    path: () => `/api/v1/admin/incidents/${incident}`,
    template: () => ({ title: 'T', placeName: 'P', latitude: 1, articleSlugs: [] }),
    schema: IncidentPatch,
    readBack: (w) => adminRead(`/api/v1/admin/incidents/${w.slug}`),
    texts: ['title', 'placeName'],
  },
  {
    method: 'POST',
    name: 'POST claims',
    path: () => `/api/v1/admin/incidents/${incident}/claims`,
    template: () => claimBody({ quote: 'Q' }),
    schema: ClaimCreate,
    readBack: (w) => adminRead(`/api/v1/admin/claims/${w.id}`),
    texts: ['subject', 'asWritten', 'quote'],
  },
  {
    method: 'POST',
    name: 'POST ceasefires',
    path: () => '/api/v1/admin/ceasefires',
    template: () => ({
      slug: unique('fz'),
      name: 'N',
      brokers: ['B'],
      startedAt: '2016-09-12T19:00:00+03:00',
      status: 'holding',
      statusNote: 'S',
      asOf: '2016-09-13T00:00:00Z',
    }),
    schema: CeasefireCreate,
    readBack: (w) => adminRead(`/api/v1/admin/ceasefires/${w.slug}`),
    texts: ['name', 'statusNote'],
  },
  {
    method: 'POST',
    name: 'POST tallies',
    path: () => `/api/v1/admin/ceasefires/${ceasefire}/tallies`,
    template: () => ({
      claimant: null,
      count: 1,
      qualifier: 'exact',
      asWritten: '1',
      excludes: 'E',
      reportedOn: '2016-09-13',
    }),
    schema: TallyCreate,
    readBack: async (w) => {
      const read = (await adminRead(`/api/v1/admin/ceasefires/${ceasefire}`)) as { tallies: Json[] };
      return read.tallies.find((t) => t.id === w.id) ?? {};
    },
    texts: ['asWritten', 'excludes'],
  },
  {
    method: 'POST',
    name: 'POST milestones',
    path: () => `/api/v1/admin/ceasefires/${ceasefire}/milestones`,
    template: () => ({ label: 'L', state: 'pending', note: 'N' }),
    schema: MilestoneCreate,
    readBack: (w) => adminRead(`/api/v1/admin/ceasefires/${ceasefire}/milestones/${w.id}`),
    texts: ['label', 'note'],
  },
  {
    method: 'POST',
    name: 'POST articles',
    path: () => '/api/v1/admin/articles',
    template: () => ({
      slug: unique('fz'),
      headline: 'H',
      dek: 'D',
      body: [{ kind: 'paragraph', text: 'P' }],
      section: 'S',
      language: 'en',
    }),
    schema: ArticleCreate,
    readBack: (w) => adminRead(`/api/v1/admin/articles/${w.slug}`),
    texts: ['headline', 'dek', 'section', 'byline'],
  },
];

/** Fields the public shape names differently, or shows as a richer object than was sent. */
const RENAMED: Record<string, string> = { summary: 'description' };
const NOT_ECHOED = new Set(['claimant', 'articleSlugs', 'supersedes', 'sourceArticleSlug']);

/** One way of spoiling a valid body, applied to the template at run time. */
type Spoil =
  | { kind: 'drop'; keys: string[] }
  | { kind: 'set'; values: [string, unknown][] }
  | { kind: 'extra'; values: [string, unknown][] }
  | { kind: 'replace'; value: unknown }
  | { kind: 'raw'; text: string };

function spoilings(keys: string[]): fc.Arbitrary<Spoil> {
  const extraKey = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'version', 'editorId', 'createdAt', 'status2'),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
  return fc.oneof(
    fc.subarray(keys, { minLength: 1 }).map((k) => ({ kind: 'drop' as const, keys: k })),
    fc
      .array(fc.tuple(fc.constantFrom(...keys), hostileValue), { minLength: 1, maxLength: 4 })
      .map((values) => ({ kind: 'set' as const, values })),
    fc
      .array(fc.tuple(extraKey, hostileValue), { minLength: 1, maxLength: 3 })
      .map((values) => ({ kind: 'extra' as const, values })),
    hostileValue.map((value) => ({ kind: 'replace' as const, value })),
    fc
      .oneof(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.constantFrom(
          '{"low": 1e999}',
          '{"low": -0}',
          '{"low": 123456789012345678901234567890}',
          '{',
          '[]',
          'null',
          '"x"',
        ),
      )
      .map((text) => ({ kind: 'raw' as const, text })),
  );
}

function spoiled(template: Json, spoil: Spoil): string {
  const entries = Object.entries(template);
  switch (spoil.kind) {
    case 'drop':
      return jsonObjectText(entries.filter(([k]) => !spoil.keys.includes(k)));
    case 'set': {
      const set = new Map(spoil.values);
      return jsonObjectText(entries.map(([k, v]) => [k, set.has(k) ? set.get(k) : v]));
    }
    case 'extra':
      return jsonObjectText([...entries, ...spoil.values]);
    case 'replace':
      return JSON.stringify(spoil.value) ?? 'null';
    case 'raw':
      return spoil.text;
  }
}

async function send(
  target: Target,
  body: string,
): Promise<{ status: number; type: string | null; body: Json; text: string }> {
  const res = await admin(target.path(), {
    method: target.method,
    token,
    ifMatch: target.method === 'PATCH' ? incidentTag : undefined,
    rawBody: body,
  });
  if (target.method === 'PATCH' && res.ok) incidentTag = res.headers.get('ETag') ?? incidentTag;
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('Content-Type'),
    body: text ? (JSON.parse(text) as Json) : {},
    text,
  };
}

/**
 * Values as escaped JSON text: a failure message that held a lone surrogate
 * could not travel from workerd to the test runner (it must be UTF-8).
 */
const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 400) ?? 'undefined';

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Every table as the last refusal left it, where nothing has written since (the fuzz is one request at a time): the
 * next body's "before" without dumping the database again. Forgotten at an accepted write and at each test's start.
 */
let unchangedSince: string | undefined;

/** The property every admin write must keep, whatever `body` is. */
async function holdsUp(target: Target, body: string): Promise<boolean> {
  const label = shown(body);
  const before = unchangedSince ?? (await snapshotDb());
  unchangedSince = undefined;
  const answer = await send(target, body);
  expect(answer.status, label).toBeLessThan(500);
  if (answer.status >= 400) {
    expect(answer.type, label).toBe('application/problem+json');
    expect(answer.body.status, label).toBe(answer.status);
    expect(internalsIn(answer.text, [body, ...stringsIn(parsedOrNull(body))]), label).toEqual([]);
    const after = await snapshotDb();
    expect(after === before, `${label} changed the database`).toBe(true);
    unchangedSince = after;
    return false;
  }
  const expected = target.schema.parse(JSON.parse(body)) as Json;
  const read = await target.readBack(answer.body);
  for (const [key, value] of Object.entries(expected)) {
    if (NOT_ECHOED.has(key) || value === undefined) continue;
    expect(shown(read[RENAMED[key] ?? key]), `${key} of ${label}`).toBe(shown(value));
  }
  return true;
}

describe('fuzzed admin bodies (fast-check)', () => {
  beforeEach(() => {
    unchangedSince = undefined;
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))(
    '%s: spoiled bodies are never 5xx, and a refusal changes nothing',
    async (_, target) => {
      const keys = Object.keys(target.template());
      await fc.assert(
        fc.asyncProperty(spoilings(keys), async (spoil) => {
          await holdsUp(target, spoiled(target.template(), spoil));
        }),
        { numRuns: 100 },
      );
    },
    60_000,
  );

  it.each(TARGETS.map((t) => [t.name, t] as const))(
    '%s: any text in a text field is stored exactly as the schema reads it, or refused whole',
    async (_, target) => {
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(fc.record(Object.fromEntries(target.texts.map((k) => [k, hostileString]))), async (texts) => {
          if (await holdsUp(target, JSON.stringify({ ...target.template(), ...texts }))) accepted += 1;
        }),
        { numRuns: 50 },
      );
      // The property is about stored text: most generated texts must have been accepted to mean anything.
      expect(accepted).toBeGreaterThan(10);
    },
    60_000,
  );

  it('refuses a lone surrogate (D1 would store U+FFFD) with 400 naming the field, changing nothing', async () => {
    const before = await snapshotDb();
    const res = await adminJson<Json>(`/api/v1/admin/incidents/${incident}/claims`, {
      method: 'POST',
      token,
      rawBody: JSON.stringify(claimBody({ quote: 'half a pair \ud83d' })),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'quote', message: expect.stringMatching(/well-formed/) }]);
    expect((await snapshotDb()) === before).toBe(true);
  });
});

/**
 * The fuzz above compares what is stored with the route's own schema: if the schema normalized wrongly, both sides
 * would agree. Here the normalization of shared/contract/admin.ts is written out by hand, and checked against what
 * a real write then a real read give: a required text is trimmed (by JavaScript's trim: tabs, line breaks and
 * no-break spaces too, nothing inside), then capped; an optional text and an incident's summary are kept exactly as
 * sent; a list of names is trimmed name by name; and nothing is coerced (a number sent as a string is refused).
 */
describe('normalization of accepted bodies, written out by hand', () => {
  const padded = (s: string) => ` \t\n\u00a0${s}\u2003 \r\n`;

  /** The fields the 400 names, and that it wrote nothing. */
  async function refusedNaming(path: string, body: Json): Promise<string[]> {
    const before = await snapshotDb();
    const res = await adminJson<{ errors?: { path: string }[] }>(path, { method: 'POST', token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect((await snapshotDb()) === before).toBe(true);
    return (res.body.errors ?? []).map((e) => e.path);
  }

  it('an incident: title and place trimmed, the summary as sent', async () => {
    const slug = unique('norm');
    const res = await adminJson('/api/v1/admin/incidents', {
      method: 'POST',
      token,
      body: {
        slug,
        title: padded('Strike  on  the  convoy'),
        occurredOn: '2016-09-17',
        placeName: padded('Deir ez-Zor'),
        summary: '  What happened,\n as typed.  ',
      },
    });
    expect(res.status).toBe(201);
    const read = await adminRead(`/api/v1/admin/incidents/${slug}`);
    expect([read.title, read.placeName, read.description]).toEqual([
      'Strike  on  the  convoy',
      'Deir ez-Zor',
      '  What happened,\n as typed.  ',
    ]);
  });

  it('caps a required text after trimming it, and refuses one that trims to nothing', async () => {
    const body = (title: string) => ({ slug: unique('norm'), title, occurredOn: '2016-09-17', placeName: 'P' });
    const longest = body(padded('x'.repeat(300)));
    expect((await adminJson('/api/v1/admin/incidents', { method: 'POST', token, body: longest })).status).toBe(201);
    expect((await adminRead(`/api/v1/admin/incidents/${longest.slug}`)).title).toBe('x'.repeat(300));
    expect(await refusedNaming('/api/v1/admin/incidents', body('x'.repeat(301)))).toEqual(['title']);
    expect(await refusedNaming('/api/v1/admin/incidents', body(padded('')))).toEqual(['title']);
  });

  it('a claim: subject and figure as written trimmed, the quote as sent', async () => {
    const res = await adminJson<Json>(`/api/v1/admin/incidents/${incident}/claims`, {
      method: 'POST',
      token,
      body: claimBody({
        subject: padded('government soldiers'),
        asWritten: padded('more than 60'),
        qualifier: 'more_than',
        low: 60,
        quote: ' "We counted 62."\n',
      }),
    });
    expect(res.status).toBe(201);
    const read = await adminRead(`/api/v1/admin/claims/${res.body.id}`);
    expect([read.subject, read.asWritten, read.quote]).toEqual([
      'government soldiers',
      'more than 60',
      ' "We counted 62."\n',
    ]);
  });

  it('a ceasefire: its name and each broker trimmed, the status note as sent', async () => {
    const slug = unique('norm');
    const res = await adminJson('/api/v1/admin/ceasefires', {
      method: 'POST',
      token,
      body: {
        slug,
        name: padded('The September truce'),
        brokers: [padded('United States'), padded('Russia')],
        startedAt: '2016-09-12T19:00:00+03:00',
        status: 'holding',
        statusNote: '  Mostly quiet. ',
        asOf: '2016-09-13T00:00:00Z',
      },
    });
    expect(res.status).toBe(201);
    const read = await adminRead(`/api/v1/admin/ceasefires/${slug}`);
    expect([read.name, read.brokers, read.statusNote]).toEqual([
      'The September truce',
      ['United States', 'Russia'],
      '  Mostly quiet. ',
    ]);
  });

  it('coerces nothing: a figure or a count sent as a string is refused, naming it', async () => {
    expect(await refusedNaming(`/api/v1/admin/incidents/${incident}/claims`, claimBody({ low: '80' }))).toEqual([
      'low',
    ]);
    const tally = { claimant: null, count: '4', qualifier: 'exact', asWritten: '4', reportedOn: '2016-09-13' };
    expect(await refusedNaming(`/api/v1/admin/ceasefires/${ceasefire}/tallies`, tally)).toEqual(['count']);
  });
});
