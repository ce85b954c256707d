/**
 * The data sizes every gallery page is tried with, beside the seed story:
 * short (a new incident with a single UN figure; a ceasefire with no
 * tallies) and long (three metrics, six current claims with revisions and
 * quotes; five tallies). Inserted straight into a local D1 before
 * `wrangler dev` starts, as the browser suite's other fixtures are.
 */
import { withLocalDb } from '../../scripts/local-db';
import { database } from '../../src/db/client';
import { clockedWrite } from '../../src/db/recorded-time';
import { casualtyClaims, ceasefires, claimants, incidents, milestones, violationTallies } from '../../src/db/schema';
import { SEED, seedCeasefire, seedIncident, seedMilestones } from '../../src/db/seed/story';

export const DATA_SIZES = {
  short: { incident: 'gallery-short-incident', ceasefire: 'gallery-short-ceasefire' },
  seed: { incident: SEED.incidentSlug, ceasefire: SEED.ceasefireSlug },
  long: { incident: 'gallery-long-incident', ceasefire: 'gallery-long-ceasefire' },
} as const;
export type DataSize = keyof typeof DATA_SIZES;

const ENTERED = '2024-03-02T10:00:00.000Z';
const stamp = { createdAt: ENTERED };

const people = [
  ['clt_gallery_un', 'UN Office for the Coordination of Humanitarian Affairs', 'un', 'https://www.unocha.org/'],
  ['clt_gallery_ministry', 'Ministry of Health of the local authorities', 'government', null],
  ['clt_gallery_monitor', 'Independent casualty monitoring group', 'ngo', 'https://example.org/monitor'],
  ['clt_gallery_army', 'Armed forces spokesperson', 'military', null],
  ['clt_gallery_agency', 'International news agency', 'media', 'https://example.com/wire'],
] as const;

const claim = (over: Partial<typeof casualtyClaims.$inferInsert> & { id: string; claimantId: string }) => ({
  incidentId: 'inc_gallery_long',
  metric: 'killed' as const,
  subject: 'civilians',
  qualifier: 'exact' as const,
  low: 0,
  high: null,
  asWritten: '',
  claimedOn: '2024-03-02',
  sourceArticleId: null,
  sourceUrl: null,
  quote: null,
  status: 'current' as const,
  statusChangedAt: null,
  supersedesId: null,
  createdAt: ENTERED,
  updatedAt: ENTERED,
  ...over,
});

export async function addGalleryFixtures(persistTo: string): Promise<void> {
  await withLocalDb(async (d1) => {
    const db = database(d1);
    const incident = { ...seedIncident, corrections: [], externalIds: {}, startsAt: null, endsAt: null };
    const ceasefire = {
      ...seedCeasefire,
      startedAt: '2024-01-20T10:00:00.000Z',
      startedAtOffset: '+00:00',
      asOf: ENTERED,
      asOfOffset: '+00:00',
    };
    // One write: the gallery is published at one instant (src/db/recorded-time.ts), so no card lists a change.
    await db.batch(
      clockedWrite(db, [
        db
          .insert(claimants)
          .values(people.map(([id, name, kind, url]) => ({ id, name, kind, url, affiliation: null, ...stamp })))
          .onConflictDoNothing(),
        db
          .insert(incidents)
          .values([
            {
              ...incident,
              id: 'inc_gallery_short',
              slug: DATA_SIZES.short.incident,
              title: 'Shelling of a market town',
              occurredOn: '2024-03-01',
              placeName: 'Market town',
            },
            {
              ...incident,
              id: 'inc_gallery_long',
              slug: DATA_SIZES.long.incident,
              title:
                'Strike on a crowded aid distribution point on the coastal road, and the days of fighting after it',
              occurredOn: '2024-02-29',
              placeName: 'Coastal road, south of the city',
            },
          ])
          .onConflictDoNothing(),
        db
          .insert(casualtyClaims)
          .values(
            claim({
              id: 'clm_gallery_short',
              incidentId: 'inc_gallery_short',
              claimantId: 'clt_gallery_un',
              qualifier: 'at_least',
              low: 20,
              asWritten: 'at least 20',
            }),
          )
          .onConflictDoNothing(),
        // One statement a claim: D1 binds at most 100 values per statement.
        ...[
          claim({
            id: 'clm_gallery_k1_old',
            claimantId: 'clt_gallery_ministry',
            low: 104,
            asWritten: '104',
            status: 'superseded',
            claimedOn: '2024-02-29',
          }),
          claim({
            id: 'clm_gallery_k1',
            claimantId: 'clt_gallery_ministry',
            low: 112,
            asWritten: '112',
            supersedesId: 'clm_gallery_k1_old',
            quote:
              'The ministry said 112 people were killed and that the toll was expected to rise as rescuers searched the area.',
          }),
          claim({
            id: 'clm_gallery_k2',
            claimantId: 'clt_gallery_un',
            qualifier: 'more_than',
            low: 100,
            asWritten: 'more than 100',
            sourceUrl: 'https://www.unocha.org/',
          }),
          claim({
            id: 'clm_gallery_k3',
            claimantId: 'clt_gallery_army',
            qualifier: 'up_to',
            low: 0,
            high: 20,
            asWritten: 'no more than 20',
            quote: 'Most of those killed were trampled in the crowd, the spokesperson said.',
          }),
          claim({
            id: 'clm_gallery_w1',
            claimantId: 'clt_gallery_ministry',
            metric: 'wounded',
            qualifier: 'more_than',
            low: 760,
            asWritten: 'more than 760',
          }),
          claim({
            id: 'clm_gallery_w2',
            claimantId: 'clt_gallery_monitor',
            metric: 'wounded',
            qualifier: 'between',
            low: 700,
            high: 1200,
            asWritten: 'between 700 and 1,200',
            sourceUrl: 'https://example.org/monitor',
          }),
          claim({
            id: 'clm_gallery_m1_old',
            claimantId: 'clt_gallery_agency',
            metric: 'missing',
            qualifier: 'about',
            low: 30,
            asWritten: 'about 30',
            status: 'retracted',
            claimedOn: '2024-03-01',
          }),
          claim({
            id: 'clm_gallery_m1',
            claimantId: 'clt_gallery_agency',
            metric: 'missing',
            qualifier: 'about',
            low: 40,
            asWritten: 'about 40',
            subject: 'people, mostly children',
          }),
        ].map((row) => db.insert(casualtyClaims).values(row).onConflictDoNothing()),
        db
          .insert(ceasefires)
          .values([
            {
              ...ceasefire,
              id: 'cf_gallery_short',
              slug: DATA_SIZES.short.ceasefire,
              name: 'Local truce',
              brokers: ['Elders council'],
              parties: ['Two militias'],
              excludes: [],
              status: 'holding',
              statusNote: null,
            },
            {
              ...ceasefire,
              id: 'cf_gallery_long',
              slug: DATA_SIZES.long.ceasefire,
              name: 'Six-week humanitarian pause brokered after months of talks in three capitals',
              brokers: ['Qatar', 'Egypt', 'United States', 'United Nations'],
              excludes: ['Groups outside the agreement', 'The northern front'],
              status: 'strained',
            },
          ])
          .onConflictDoNothing(),
        ...(
          [
            [null, 210, 'at_least', 'at least 210', 'not counting the strikes of 3 March'],
            ['clt_gallery_un', 187, 'exact', '187', null],
            ['clt_gallery_monitor', 240, 'about', 'about 240', 'including alleged violations not yet verified'],
            ['clt_gallery_army', 35, 'exact', '35', 'violations by the other side only'],
            ['clt_gallery_agency', 150, 'more_than', 'more than 150', null],
          ] as const
        ).map(([claimantId, count, qualifier, asWritten, excludes], i) =>
          db
            .insert(violationTallies)
            .values({
              id: `tly_gallery_${i}`,
              ceasefireId: 'cf_gallery_long',
              claimantId,
              count,
              qualifier,
              asWritten,
              excludes,
              reportedOn: `2024-03-0${i + 1}`,
              sourceUrl: null,
              ...stamp,
            })
            .onConflictDoNothing(),
        ),
        ...seedMilestones.map((m, i) =>
          db
            .insert(milestones)
            .values({ ...m, id: `mst_gallery_${i}`, ceasefireId: 'cf_gallery_long' })
            .onConflictDoNothing(),
        ),
      ]),
    );
  }, persistTo);
}
