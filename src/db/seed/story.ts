/**
 * The first story: the US-led airstrike near Deir ez-Zor on 17 September
 * 2016 and what it did to the US–Russia brokered cessation of hostilities.
 * Every row has a fixed id, and the seed only inserts what is missing, so
 * running it again changes nothing and never undoes an editor's work.
 */
import { storeInstant } from '../../../shared/domain/time';
import type { Database } from '../client';
import { clockedWrite } from '../recorded-time';
import {
  articleCeasefires,
  articleIncidents,
  articles,
  casualtyClaims,
  ceasefireStatusChanges,
  ceasefires,
  claimants,
  incidents,
  milestones,
  violationTallies,
} from '../schema';
import { articleBody } from './article-body';
import { SEED } from './slugs';

export { SEED } from './slugs';

/** When the data was entered; fixed so the seed is reproducible. */
const ENTERED = '2016-09-19T09:00:00.000Z';

const started = storeInstant('2016-09-12T19:00:00+03:00');
const strikeStart = storeInstant('2016-09-17T15:55:00+03:00');
const strikeEnd = storeInstant('2016-09-17T16:56:00+03:00');
const precarious = storeInstant('2016-09-17T23:00:00+03:00');
// The article's moment: the day after the strike, before the Syrian army
// declared the truce over on the evening of 19 September.
const asOf = storeInstant('2016-09-19T12:00:00+03:00');

/** The article's "Last Saturday 18th" (Saturday was the 17th), as an editor's correction note. */
const DATE_CORRECTION = {
  note: 'The article says "Last Saturday 18th". Saturday was 17 September 2016; 18 September was a Sunday. The strike is dated 17 September, and the article’s text is kept as published.',
  at: '2016-09-19T09:00:00Z',
};

export const seedArticle = {
  id: 'art_deir_ez_zor_2016',
  slug: SEED.articleSlug,
  headline: 'A US airstrike near Deir ez-Zor puts Syria’s fragile ceasefire to the test',
  dek: 'US-led coalition airstrikes meant for ISIS hit Syrian government troops, killing dozens, five days into the truce the US and Russia brokered.',
  body: articleBody,
  section: 'Foreign Affairs',
  language: 'en',
  byline: null,
  // The page gives no date; "Last Saturday" and "still stands as for now"
  // place it on 18 or 19 September 2016.
  publishedAt: '2016-09-18',
  publishedAtApproximate: true,
  status: 'published' as const,
  canonicalUrl: null,
  // Where readers meet "Last Saturday 18th": the article, whose text is kept as published; the incident keeps the same note.
  corrections: [DATE_CORRECTION],
  createdAt: ENTERED,
  updatedAt: ENTERED,
};

export const seedIncident = {
  id: 'inc_deir_ez_zor_2016',
  slug: SEED.incidentSlug,
  title: 'US-led airstrike on Syrian government forces near Deir ez-Zor',
  occurredOn: '2016-09-17',
  startsAt: strikeStart.utc,
  startsAtOffset: strikeStart.offset,
  endsAt: strikeEnd.utc,
  endsAtOffset: strikeEnd.offset,
  placeName: 'Jabal Tharda, near Deir ez-Zor airport, Syria',
  latitude: 35.29,
  longitude: 40.18,
  summary:
    'Coalition airstrikes meant for ISIS positions hit Syrian government forces near Deir ez-Zor airport. The US acknowledged the mistake and sent apologies through the Russian delegation; Russia called an urgent meeting of the UN Security Council.',
  corrections: [DATE_CORRECTION],
  externalIds: {},
  createdAt: ENTERED,
  updatedAt: ENTERED,
};

export const seedClaimants = [
  {
    id: 'clt_russian_delegation_damascus',
    name: 'Russian delegation in Damascus',
    kind: 'government' as const,
    affiliation: 'Russian Federation',
    url: null,
    createdAt: ENTERED,
  },
  {
    id: 'clt_sohr',
    name: 'Syrian Observatory for Human Rights',
    kind: 'ngo' as const,
    affiliation: 'UK-based monitoring group',
    url: 'https://www.syriahr.com/en/',
    createdAt: ENTERED,
  },
];

const claimDefaults = {
  incidentId: seedIncident.id,
  metric: 'killed' as const,
  subject: 'Syrian government soldiers',
  claimedOn: '2016-09-17',
  sourceArticleId: seedArticle.id,
  sourceUrl: null,
  status: 'current' as const,
  statusChangedAt: null,
  supersedesId: null,
  createdAt: ENTERED,
  updatedAt: ENTERED,
};

export const seedClaims = [
  {
    ...claimDefaults,
    id: 'clm_russia_killed',
    claimantId: 'clt_russian_delegation_damascus',
    qualifier: 'more_than' as const,
    low: 60,
    high: null,
    asWritten: 'more than 60',
    quote: 'killing more than 60 soldiers according to the Russian delegation in Damascus',
  },
  {
    ...claimDefaults,
    id: 'clm_sohr_killed',
    claimantId: 'clt_sohr',
    qualifier: 'exact' as const,
    low: 80,
    high: null,
    asWritten: '80',
    quote: 'or 80 according to the Syrian observatory of Human rights',
  },
];

export const seedCeasefire = {
  id: 'cf_syria_2016',
  slug: SEED.ceasefireSlug,
  name: 'US–Russia brokered cessation of hostilities in Syria',
  brokers: ['United States', 'Russian Federation'],
  parties: ['Syrian government', 'Syrian opposition groups'],
  excludes: ['ISIS', 'al-Nusra (Jabhat Fateh al-Sham)'],
  startedAt: started.utc,
  startedAtOffset: started.offset,
  endedAt: null,
  endedAtOffset: null,
  status: 'precarious' as const,
  statusNote:
    'Still standing after the Deir ez-Zor airstrike, but both sides accuse each other and UN aid convoys are still waiting for the government’s permission.',
  asOf: asOf.utc,
  asOfOffset: asOf.offset,
  createdAt: ENTERED,
  updatedAt: ENTERED,
};

export const seedStatusChanges = [
  {
    id: 'csc_syria_2016_holding',
    ceasefireId: seedCeasefire.id,
    status: 'holding' as const,
    at: started.utc,
    atOffset: started.offset,
    note: 'Agreed in Geneva on 9–10 September by John Kerry and Sergey Lavrov; in force from sunset on 12 September.',
  },
  {
    id: 'csc_syria_2016_precarious',
    ceasefireId: seedCeasefire.id,
    status: 'precarious' as const,
    at: precarious.utc,
    atOffset: precarious.offset,
    note: 'US-led airstrike hits Syrian government forces near Deir ez-Zor; Russia calls an urgent UN Security Council meeting.',
  },
];

export const seedTallies = [
  {
    id: 'tly_syria_2016_55',
    ceasefireId: seedCeasefire.id,
    claimantId: null,
    count: 55,
    qualifier: 'at_least' as const,
    asWritten: 'at least 55',
    excludes: 'not counting the US airstrike',
    reportedOn: '2016-09-18',
    sourceUrl: null,
    createdAt: ENTERED,
  },
];

export const seedMilestones = [
  {
    id: 'mst_syria_2016_joint_strikes',
    ceasefireId: seedCeasefire.id,
    label: 'US and Russia begin coordinated strikes against ISIS and al-Nusra',
    dueOn: '2016-09-19',
    state: 'in_doubt' as const,
    note: 'Due one week after the truce took effect, if it still stood. After the airstrike the article calls the idea "a distant one".',
    history: [
      {
        state: 'pending' as const,
        at: started.utc,
        note: 'Due one week after the truce took effect, if it still stood.',
      },
      {
        state: 'in_doubt' as const,
        at: precarious.utc,
        note: 'Due one week after the truce took effect, if it still stood. After the airstrike the article calls the idea "a distant one".',
      },
    ],
    createdAt: ENTERED,
    updatedAt: ENTERED,
  },
  {
    id: 'mst_syria_2016_aid_convoys',
    ceasefireId: seedCeasefire.id,
    label: 'UN humanitarian convoys allowed to distribute aid',
    dueOn: null,
    state: 'pending' as const,
    note: 'Convoys are still waiting for the Syrian government’s permission.',
    history: [
      {
        state: 'pending' as const,
        at: started.utc,
        note: 'Convoys are still waiting for the Syrian government’s permission.',
      },
    ],
    createdAt: ENTERED,
    updatedAt: ENTERED,
  },
];

/** The seed as insert statements that skip rows already present. */
/** The seed as one clocked write: what it inserts is recorded at one instant (src/db/recorded-time.ts). */
export function seedStatements(db: Database) {
  return clockedWrite(db, [
    db.insert(articles).values(seedArticle).onConflictDoNothing(),
    db.insert(incidents).values(seedIncident).onConflictDoNothing(),
    db
      .insert(articleIncidents)
      .values({ articleId: seedArticle.id, incidentId: seedIncident.id })
      .onConflictDoNothing(),
    db.insert(claimants).values(seedClaimants).onConflictDoNothing(),
    db.insert(casualtyClaims).values(seedClaims).onConflictDoNothing(),
    db.insert(ceasefires).values(seedCeasefire).onConflictDoNothing(),
    db
      .insert(articleCeasefires)
      .values({ articleId: seedArticle.id, ceasefireId: seedCeasefire.id })
      .onConflictDoNothing(),
    db.insert(ceasefireStatusChanges).values(seedStatusChanges).onConflictDoNothing(),
    db.insert(violationTallies).values(seedTallies).onConflictDoNothing(),
    db.insert(milestones).values(seedMilestones).onConflictDoNothing(),
  ]);
}
