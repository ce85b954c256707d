/**
 * The public reads run precompiled (src/db/compiled/): the statements
 * `npm run db:compile` wrote, bound and mapped by `runCompiled`, give row for
 * row what Drizzle gives for the same queries, on the real D1: for the
 * seeded story and for resources written through the editors' API (a claim
 * with no source article, a tally with no claimant: the left joins read as
 * null), read live and seen at every moment their history records, before
 * them and for a slug that never was.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../src/db/client';
import { COMPILED } from '../../src/db/compiled/public-reads';
import { type ReadName, readSources } from '../../src/db/compiled/sources';
import { runCompiled } from '../../src/db/compiled/statement';
import { SEED } from '../../src/db/seed/slugs';
import { addEditor, admin, claimBody, freshCeasefire, freshIncident } from './admin-helpers';
import { seedStory } from './helpers';

const incidents: string[] = [SEED.incidentSlug];
const ceasefires: string[] = [SEED.ceasefireSlug];
let moments: number[] = [];

beforeAll(async () => {
  await seedStory();
  const { token } = await addEditor();
  const incident = await freshIncident(token);
  incidents.push(incident.slug);
  const claims = `/api/v1/admin/incidents/${incident.slug}/claims`;
  for (const body of [
    claimBody(),
    claimBody({ claimant: { name: 'A monitor', kind: 'ngo' }, low: 12, asWritten: '12' }),
  ]) {
    const res = await admin(claims, { method: 'POST', token, body });
    expect(res.status, await res.clone().text()).toBe(201);
  }
  const ceasefire = await freshCeasefire(token);
  ceasefires.push(ceasefire.slug);
  const cf = `/api/v1/admin/ceasefires/${ceasefire.slug}`;
  const tally = (claimant: unknown) => ({
    claimant,
    count: 3,
    qualifier: 'at_least',
    asWritten: 'at least 3',
    reportedOn: '2016-09-14',
  });
  for (const [path, body] of [
    [`${cf}/tallies`, tally(null)],
    [`${cf}/tallies`, tally({ name: 'A monitor', kind: 'ngo' })],
    [`${cf}/milestones`, { label: 'Aid reaches Aleppo', dueOn: '2016-09-19', state: 'pending' }],
  ] as const) {
    const res = await admin(path, { method: 'POST', token, body });
    expect(res.status, await res.clone().text()).toBe(201);
  }
  const { results } = await env.DB.prepare(
    `SELECT recorded_from AS at FROM incidents_history UNION SELECT recorded_from FROM casualty_claims_history
     UNION SELECT recorded_from FROM ceasefires_history UNION SELECT recorded_from FROM violation_tallies_history
     UNION SELECT recorded_from FROM milestones_history ORDER BY at`,
  ).all<{ at: number }>();
  moments = [0, ...results.flatMap(({ at }) => [at - 1, at]), Date.now()];
});

async function bothWays(name: ReadName, slug: string, at?: number) {
  const seen = at !== undefined;
  const drizzle = await database(env.DB).batch(readSources(database(env.DB), { slug, at }, seen)[name]);
  const compiled = await runCompiled(env.DB, COMPILED[seen ? (`${name}At` as const) : name], { slug, at });
  return { drizzle, compiled };
}

describe('compiled reads', () => {
  it('hold every read of the compiled module', () => {
    expect(Object.keys(COMPILED).sort()).toEqual(
      (['incident', 'ceasefire', 'incidentLog', 'ceasefireLog'] as const).flatMap((n) => [n, `${n}At`]).sort(),
    );
  });

  for (const [name, slugs] of [
    ['incident', () => incidents],
    ['incidentLog', () => incidents],
    ['ceasefire', () => ceasefires],
    ['ceasefireLog', () => ceasefires],
  ] as const) {
    it(`${name}: the same rows as Drizzle's, live and seen at every recorded moment`, async () => {
      expect(moments.length).toBeGreaterThan(4);
      let rows = 0;
      for (const slug of [...slugs(), 'never-was']) {
        for (const at of [undefined, ...moments]) {
          const { drizzle, compiled } = await bothWays(name, slug, at);
          expect(compiled, `${name} ${slug} at ${at}`).toEqual(drizzle);
          rows += compiled.flat().length;
        }
      }
      expect(rows).toBeGreaterThan(0);
    });
  }

  it('read the left joins of an absent source article and claimant as null', async () => {
    const { compiled: claims } = await bothWays('incident', incidents[1] as string);
    expect((claims[2] as { sourceArticle: unknown }[]).map((c) => c.sourceArticle)).toEqual([null, null]);
    const { compiled: tallies } = await bothWays('ceasefire', ceasefires[1] as string);
    expect((tallies[2] as { claimant: { name: string } | null }[]).map((t) => t.claimant?.name ?? null).sort()).toEqual(
      ['A monitor', null].sort(),
    );
  });
});
