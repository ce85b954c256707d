/**
 * Recorded time, property-based (fast-check, real D1, the real admin API):
 * random sequences of editors' writes — claims, revisions, retractions,
 * typo fixes, corrections, status changes, note edits, tallies,
 * milestones, reverts — each followed by the public reads of the incident,
 * the ceasefire and the article reporting both (live, and pinned to a date
 * with `asOf`). Afterwards every one of those responses is read again
 * through `?seenAt=` at a random instant between the write it followed and
 * the next, and must be the same field for field, save the echo `seenAt`.
 * A failure prints the seed and the shrunk sequence, so it replays.
 */
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEditor, admin, adminJson, claimBody, freshCeasefire, freshIncident, freshIp } from './admin-helpers';
import { get, seedStory } from './helpers';

let token = '';
beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
});

type Json = Record<string, unknown>;
type Story = { article: string; incident: string; ceasefire: string };

const CLAIMANTS = [
  { name: 'Syrian Observatory for Human Rights', kind: 'ngo' },
  { name: 'Russian delegation in Damascus', kind: 'government' },
  { name: 'UN monitors', kind: 'un' },
] as const;
const DAYS = ['2016-09-10', '2016-09-16', '2016-09-17', '2016-09-18', '2016-09-21', '2016-09-30'] as const;
const STATUSES = ['holding', 'strained', 'precarious', 'collapsed'] as const;
const STATES = ['pending', 'met', 'missed', 'in_doubt'] as const;

/** One editor's write, picking what it acts on by index among what exists when it runs. */
type Write =
  | { kind: 'claim'; claimant: number; metric: 'killed' | 'wounded'; low: number; day: number }
  | { kind: 'revise'; pick: number; low: number; later: number }
  | { kind: 'retract'; pick: number }
  | { kind: 'fix'; pick: number; subject: string }
  | { kind: 'incident'; placeName: string; correction: boolean }
  | { kind: 'status'; status: number; hours: number }
  | { kind: 'note'; note: string }
  | { kind: 'tally'; count: number; day: number }
  | { kind: 'milestone'; label: string; state: number }
  | { kind: 'milestone-state'; pick: number; state: number }
  | { kind: 'revert'; pick: number };

const small = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim() || 'x');
const write: fc.Arbitrary<Write> = fc.oneof(
  fc.record({
    kind: fc.constant('claim' as const),
    claimant: fc.nat(2),
    metric: fc.constantFrom('killed' as const, 'wounded' as const),
    low: fc.nat(200),
    day: fc.nat(DAYS.length - 1),
  }),
  fc.record({ kind: fc.constant('revise' as const), pick: fc.nat(), low: fc.nat(200), later: fc.nat(2) }),
  fc.record({ kind: fc.constant('retract' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('fix' as const), pick: fc.nat(), subject: small }),
  fc.record({ kind: fc.constant('incident' as const), placeName: small, correction: fc.boolean() }),
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.nat(STATUSES.length - 1),
    hours: fc.integer({ min: 1, max: 72 }),
  }),
  fc.record({ kind: fc.constant('note' as const), note: small }),
  fc.record({ kind: fc.constant('tally' as const), count: fc.nat(500), day: fc.nat(DAYS.length - 1) }),
  fc.record({ kind: fc.constant('milestone' as const), label: small, state: fc.nat(STATES.length - 1) }),
  fc.record({ kind: fc.constant('milestone-state' as const), pick: fc.nat(), state: fc.nat(STATES.length - 1) }),
  fc.record({ kind: fc.constant('revert' as const), pick: fc.nat(2) }),
);

/**
 * A sequence with every kind of write, each acting on what the ones before it made: run first (fast-check's
 * `examples`), so every kind lands in every run whatever the random sequences draw.
 */
const EVERY_KIND: Write[] = [
  { kind: 'claim', claimant: 0, metric: 'killed', low: 80, day: 1 },
  { kind: 'claim', claimant: 1, metric: 'killed', low: 60, day: 2 },
  { kind: 'revise', pick: 0, low: 90, later: 1 },
  { kind: 'fix', pick: 0, subject: 'soldiers' },
  { kind: 'retract', pick: 1 },
  { kind: 'incident', placeName: 'Deir ez-Zor airport', correction: true },
  { kind: 'status', status: 1, hours: 5 },
  { kind: 'note', note: 'Shaky' },
  { kind: 'tally', count: 12, day: 2 },
  { kind: 'milestone', label: 'Aid convoy', state: 0 },
  { kind: 'milestone-state', pick: 0, state: 1 },
  { kind: 'revert', pick: 0 },
];

/** An article reporting a fresh incident and a fresh ceasefire, through the admin API. */
async function newStory(): Promise<Story> {
  const { slug: incident, articleSlug: article } = await freshIncident(token);
  const ceasefire = (await freshCeasefire(token, { articleSlugs: [article] })).slug;
  return { article, incident, ceasefire };
}

const tagOf = async (path: string) => (await admin(path, { token })).headers.get('ETag') ?? '';

/** Runs one write through the admin API; a refusal (a 4xx: nothing to act on, a revert others depend on) is fine. */
async function apply(story: Story, w: Write, incidentNow: Json, ceasefireNow: Json): Promise<number> {
  const claims = (
    incidentNow.claims as { id: string; status: string; claimedOn: string; claimant: { name: string } }[]
  ).filter((c) => c.status === 'current');
  const pick = <T>(list: T[], i: number) => list[i % Math.max(1, list.length)];
  const claimsPath = `/api/v1/admin/incidents/${story.incident}/claims`;
  const cfPath = `/api/v1/admin/ceasefires/${story.ceasefire}`;
  switch (w.kind) {
    case 'claim': {
      const claimant = CLAIMANTS[w.claimant];
      const body = claimBody({
        claimant,
        metric: w.metric,
        low: w.low,
        asWritten: String(w.low),
        claimedOn: DAYS[w.day],
      });
      return (await admin(claimsPath, { method: 'POST', token, body })).status;
    }
    case 'revise': {
      const old = pick(claims, w.pick);
      if (!old) return 0;
      const day = DAYS.find(
        (d, i) => d >= old.claimedOn && i >= DAYS.indexOf(old.claimedOn as (typeof DAYS)[number]) + w.later,
      );
      const body = claimBody({
        claimant: CLAIMANTS.find((c) => c.name === old.claimant.name),
        low: w.low,
        asWritten: String(w.low),
        claimedOn: day ?? old.claimedOn,
        supersedes: old.id,
      });
      return (await admin(claimsPath, { method: 'POST', token, body })).status;
    }
    case 'retract': {
      const old = pick(claims, w.pick);
      if (!old) return 0;
      const path = `/api/v1/admin/claims/${old.id}`;
      return (await admin(path, { method: 'DELETE', token, ifMatch: await tagOf(path) })).status;
    }
    case 'fix': {
      const old = pick(claims, w.pick);
      if (!old) return 0;
      const path = `/api/v1/admin/claims/${old.id}`;
      return (await admin(path, { method: 'PATCH', token, ifMatch: await tagOf(path), body: { subject: w.subject } }))
        .status;
    }
    case 'incident': {
      const path = `/api/v1/admin/incidents/${story.incident}`;
      const corrections = w.correction
        ? [
            ...(incidentNow.corrections as Json[]),
            { note: `Corrected the place: ${w.placeName}.`, at: '2016-09-19T10:00:00Z' },
          ]
        : undefined;
      const body = { placeName: w.placeName, ...(corrections ? { corrections } : {}) };
      return (await admin(path, { method: 'PATCH', token, ifMatch: await tagOf(path), body })).status;
    }
    case 'status': {
      const asOf = new Date(Date.parse(String(ceasefireNow.asOf)) + w.hours * 3_600_000).toISOString();
      const body = { status: STATUSES[w.status], asOf };
      return (await admin(cfPath, { method: 'PATCH', token, ifMatch: await tagOf(cfPath), body })).status;
    }
    case 'note':
      return (
        await admin(cfPath, { method: 'PATCH', token, ifMatch: await tagOf(cfPath), body: { statusNote: w.note } })
      ).status;
    case 'tally': {
      const body = {
        claimant: null,
        count: w.count,
        qualifier: 'exact',
        asWritten: String(w.count),
        reportedOn: DAYS[w.day],
      };
      return (await admin(`${cfPath}/tallies`, { method: 'POST', token, body })).status;
    }
    case 'milestone': {
      const body = { label: w.label, dueOn: '2016-09-19', state: STATES[w.state] };
      return (await admin(`${cfPath}/milestones`, { method: 'POST', token, body })).status;
    }
    case 'milestone-state': {
      const m = pick(ceasefireNow.milestones as { id: string }[], w.pick);
      if (!m) return 0;
      const path = `${cfPath}/milestones/${m.id}`;
      return (
        await admin(path, { method: 'PATCH', token, ifMatch: await tagOf(path), body: { state: STATES[w.state] } })
      ).status;
    }
    case 'revert': {
      const entries = await Promise.all(
        [`incident:${story.incident}`, `ceasefire:${story.ceasefire}`].map(
          async (entity) =>
            (
              await adminJson<{ data: { id: number; revertedBy: number | null; action: string }[] }>(
                `/api/v1/admin/audit?entity=${entity}&limit=5`,
                { token },
              )
            ).body.data,
        ),
      );
      // Never the creations of the story itself: a story undone is gone from every read.
      const undoable = entries
        .flat()
        .filter((e) => e.revertedBy === null && !e.action.startsWith('revert'))
        .sort((a, b) => b.id - a.id);
      const entry = pick(undoable.slice(0, -2), w.pick);
      if (!entry) return 0;
      return (await admin(`/api/v1/admin/audit/${entry.id}/revert`, { method: 'POST', token })).status;
    }
  }
}

/** The public reads recorded after each write. */
const reads = (s: Story) => [
  `/api/v1/incidents/${s.incident}`,
  `/api/v1/incidents/${s.incident}?asOf=2016-09-18`,
  `/api/v1/ceasefires/${s.ceasefire}`,
  `/api/v1/ceasefires/${s.ceasefire}?asOf=2016-09-14T12:00:00Z`,
  `/api/v1/articles/${s.article}`,
];

async function readJson(path: string): Promise<{ status: number; body: Json }> {
  // An address of its own each time: hundreds of reads must not spend one reader's miss budget.
  const res = await get(path, { headers: { 'CF-Connecting-IP': freshIp() } });
  return { status: res.status, body: (await res.json()) as Json };
}

const lastRecorded = async () =>
  Number((await env.DB.prepare('SELECT at FROM write_clock WHERE id = 1').first<{ at: number }>())?.at);

describe('seenAt reproduces what was served', () => {
  it('after every write of random sequences, field for field', { timeout: 300_000 }, async () => {
    const landed = new Set<Write['kind']>();
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 8 }), fc.nat(), async (writes, salt) => {
        const story = await newStory();
        const served: { recorded: number; bodies: Map<string, { status: number; body: Json }> }[] = [];
        const record = async () => {
          const bodies = new Map<string, { status: number; body: Json }>();
          for (const path of reads(story)) bodies.set(path, await readJson(path));
          served.push({ recorded: await lastRecorded(), bodies });
        };
        await record();
        for (const w of writes) {
          const now = (path: string) => served.at(-1)?.bodies.get(path)?.body as Json;
          const [incidentNow, , ceasefireNow] = reads(story).map(now);
          const status = await apply(story, w, incidentNow as Json, ceasefireNow as Json);
          expect(status, JSON.stringify(w)).toBeLessThan(500);
          if (status >= 200 && status < 300) landed.add(w.kind);
          await record();
        }
        for (const [i, point] of served.entries()) {
          // Any instant from this write's up to the next one's (exclusive): the API served the same throughout.
          const next = served.slice(i + 1).find((p) => p.recorded > point.recorded)?.recorded ?? point.recorded + 1;
          const t = point.recorded + ((salt + i) % Math.max(1, next - point.recorded));
          const seenAt = new Date(t).toISOString();
          for (const [path, then] of point.bodies) {
            const again = await readJson(`${path}${path.includes('?') ? '&' : '?'}seenAt=${seenAt}`);
            expect(again.status, `${path} at ${seenAt}`).toBe(then.status);
            const { seenAt: echoed, ...body } = again.body;
            expect(echoed, path).toBe(seenAt);
            expect(body, `${path} at ${seenAt} after ${JSON.stringify(writes.slice(0, i))}`).toEqual(then.body);
          }
        }
      }),
      { numRuns: 10, endOnFailure: true, examples: [[EVERY_KIND, 0]] },
    );
    // The sequences did write, every kind of write at least once (the example's, whatever the random ones drew).
    expect([...landed].sort()).toEqual([...new Set(EVERY_KIND.map((w) => w.kind))].sort());
  });
});
