/**
 * Data the browser suite needs beyond the seed story: an incident whose
 * figures were revised and retracted (the history disclosure), with markup
 * in its text (which must render as text) and a `javascript:` source URL
 * (which must not become a link). Inserted into the suite's own
 * local D1 before `wrangler dev` starts; the seed story is left untouched.
 */
import { withLocalDb } from '../../scripts/local-db';
import { database } from '../../src/db/client';
import { clockedWrite } from '../../src/db/recorded-time';
import {
  casualtyClaims,
  ceasefireStatusChanges,
  ceasefires,
  claimants,
  incidents,
  milestones,
  violationTallies,
} from '../../src/db/schema';
import {
  seedCeasefire,
  seedClaimants,
  seedClaims,
  seedIncident,
  seedMilestones,
  seedStatusChanges,
  seedTallies,
} from '../../src/db/seed/story';
import { HOSTILE, SAFE_URL, UNSAFE_URLS } from '../hostile-text';

export const REVISED_INCIDENT = 'revised-figures-fixture';
/** A link no widget may render: it would run script in the host page. */
export const UNSAFE_URL = 'javascript:window.__pwned=2';
export const MARKUP = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

export const HOSTILE_INCIDENT = 'hostile-content-fixture';
export const HOSTILE_CEASEFIRE = 'hostile-ceasefire-fixture';

function hostileStatements(db: ReturnType<typeof database>) {
  const incidentId = 'inc_hostile_fixture';
  const ceasefireId = 'cf_hostile_fixture';
  const claimantId = 'clt_hostile_fixture';
  const [base] = seedClaims;
  const [change] = seedStatusChanges;
  const [tally] = seedTallies;
  const [milestone] = seedMilestones;
  if (!base || !change || !tally || !milestone) throw new Error('the seed story changed shape');
  const claim = {
    ...base,
    incidentId,
    claimantId,
    sourceArticleId: null,
    high: null,
    low: 10,
    qualifier: 'exact' as const,
  };
  const metrics = ['killed', 'wounded', 'missing'] as const;
  return [
    db
      .insert(incidents)
      .values({
        ...seedIncident,
        id: incidentId,
        slug: HOSTILE_INCIDENT,
        title: `${HOSTILE.script} ${HOSTILE.rtl}`,
        placeName: HOSTILE.img,
        summary: HOSTILE.css,
        corrections: [{ note: HOSTILE.ldBreak, at: '2016-09-19T09:00:00Z' }],
      })
      .onConflictDoNothing(),
    db
      .insert(claimants)
      .values({
        id: claimantId,
        name: `${HOSTILE.img} ${HOSTILE.rtl}`,
        kind: 'ngo',
        affiliation: HOSTILE.css,
        url: UNSAFE_URLS[0] as string,
        createdAt: base.createdAt,
      })
      .onConflictDoNothing(),
    // One statement a claim: D1 binds at most 100 values per statement.
    ...[...UNSAFE_URLS, SAFE_URL].map((sourceUrl, i) =>
      db
        .insert(casualtyClaims)
        .values({
          ...claim,
          id: `clm_hostile_${i}`,
          metric: metrics[i % metrics.length] as (typeof metrics)[number],
          subject: i === 0 ? HOSTILE.css : HOSTILE.jsText,
          asWritten: i === 0 ? HOSTILE.script : String(10 + i),
          low: 10 + i,
          quote: i === 0 ? HOSTILE.ldBreak : HOSTILE.img,
          sourceUrl,
        })
        .onConflictDoNothing(),
    ),
    db
      .insert(ceasefires)
      .values({
        ...seedCeasefire,
        id: ceasefireId,
        slug: HOSTILE_CEASEFIRE,
        name: `${HOSTILE.script} ${HOSTILE.rtl}`,
        brokers: [HOSTILE.img, HOSTILE.css],
        parties: [HOSTILE.jsText],
        excludes: [HOSTILE.ldBreak],
        statusNote: HOSTILE.ldBreak,
      })
      .onConflictDoNothing(),
    db
      .insert(ceasefireStatusChanges)
      .values({ ...change, id: 'csc_hostile_fixture', ceasefireId, note: HOSTILE.script })
      .onConflictDoNothing(),
    db
      .insert(violationTallies)
      .values({
        ...tally,
        id: 'tly_hostile_fixture',
        ceasefireId,
        asWritten: HOSTILE.img,
        excludes: HOSTILE.css,
        sourceUrl: UNSAFE_URLS[0] as string,
      })
      .onConflictDoNothing(),
    db
      .insert(milestones)
      .values({
        ...milestone,
        id: 'mst_hostile_fixture',
        ceasefireId,
        label: HOSTILE.script,
        note: HOSTILE.img,
      })
      .onConflictDoNothing(),
  ];
}

export async function addFixtures(persistTo: string): Promise<void> {
  await withLocalDb(async (d1) => {
    const db = database(d1);
    // Each fixture is one write, published at one instant (src/db/recorded-time.ts): no card lists a change.
    await db.batch(clockedWrite(db, hostileStatements(db)));
    const incidentId = 'inc_revised_fixture';
    const [russia, sohr] = seedClaimants;
    const [base] = seedClaims;
    if (!russia || !sohr || !base) throw new Error('the seed story changed shape');
    const claim = { ...base, incidentId, sourceArticleId: null, quote: null };
    await db.batch(
      clockedWrite(db, [
        db
          .insert(incidents)
          .values({ ...seedIncident, id: incidentId, slug: REVISED_INCIDENT, title: `Revised figures ${MARKUP}` })
          .onConflictDoNothing(),
        db
          .insert(casualtyClaims)
          .values([
            {
              ...claim,
              id: 'clm_fixture_first',
              claimantId: sohr.id,
              qualifier: 'exact',
              low: 12,
              asWritten: '12',
              claimedOn: '2016-09-17',
              status: 'superseded',
            },
            {
              ...claim,
              id: 'clm_fixture_revised',
              claimantId: sohr.id,
              qualifier: 'about',
              low: 30,
              asWritten: 'about 30',
              claimedOn: '2016-09-18',
              supersedesId: 'clm_fixture_first',
            },
            {
              ...claim,
              id: 'clm_fixture_retracted',
              claimantId: russia.id,
              qualifier: 'exact',
              low: 90,
              asWritten: '90',
              claimedOn: '2016-09-18',
              status: 'retracted',
              quote: MARKUP,
              sourceUrl: UNSAFE_URL,
            },
          ])
          .onConflictDoNothing(),
      ]),
    );
  }, persistTo);
}
