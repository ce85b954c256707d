/**
 * Data the browser suite needs beyond the seed story: an incident whose
 * figures were revised and retracted (the history disclosure), with markup
 * in its text (which must render as text) and a `javascript:` source URL
 * (which must not become a link). Inserted into the suite's own
 * local D1 before `wrangler dev` starts; the seed story is left untouched.
 */
import { withLocalDb } from '../../scripts/local-db';
import { database } from '../../src/db/client';
import { casualtyClaims, incidents } from '../../src/db/schema';
import { seedClaimants, seedClaims, seedIncident } from '../../src/db/seed/story';

export const REVISED_INCIDENT = 'revised-figures-fixture';
/** A link no widget may render: it would run script in the host page. */
export const UNSAFE_URL = 'javascript:window.__pwned=2';
export const MARKUP = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

export async function addFixtures(persistTo: string): Promise<void> {
  await withLocalDb(async (d1) => {
    const db = database(d1);
    const incidentId = 'inc_revised_fixture';
    const [russia, sohr] = seedClaimants;
    const [base] = seedClaims;
    if (!russia || !sohr || !base) throw new Error('the seed story changed shape');
    const claim = { ...base, incidentId, sourceArticleId: null, quote: null };
    await db.batch([
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
    ]);
  }, persistTo);
}
