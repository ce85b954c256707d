/**
 * The widgets' UI strings. Every language is one object of this type, in one
 * file (`en` here, `es.ts`, `ar.ts`); anything that varies with a number is a
 * function so each language can do its own plurals and word order. Data
 * (titles, names, figures as written) is never translated: it is shown in
 * the language it was written in.
 */
import type { CeasefireStatus, ClaimantKind, Metric, MilestoneState } from '../../../src/contract/enums';

export type Strings = {
  /** Text direction of the language. */
  dir: 'ltr' | 'rtl';
  claimsEyebrow: string;
  gaugeEyebrow: string;
  loading: string;
  loadFailed: string;
  openData: string;
  notFound: (kind: 'incident' | 'ceasefire', slug: string) => string;
  unverified: string;
  metric: Record<Metric, string>;
  kind: Record<ClaimantKind, string>;
  claimedOn: (date: string) => string;
  source: string;
  reportedIn: (headline: string) => string;
  earlier: (count: number) => string;
  revised: string;
  retracted: string;
  noFigures: string;
  /** Sentence under the range bar; `n` sources, figures given as written. */
  spread: (n: number, low: string, high: string, gap: string, metric: string) => string;
  agree: (n: number, figure: string, metric: string) => string;
  single: (figure: string, metric: string, who: string) => string;
  /** Screen-reader summary of one metric: every claimant and their figure. */
  claimsSummary: (n: number, disagree: boolean, parts: string[], metric: string) => string;
  says: (who: string, figure: string) => string;
  status: Record<CeasefireStatus, string>;
  brokeredBy: (names: string) => string;
  inForceFrom: (date: string) => string;
  notCovered: (groups: string) => string;
  meterLabel: string;
  meterValue: (label: string, level: number) => string;
  scaleStart: string;
  scaleEnd: string;
  days: (n: number, formatted: string) => string;
  dataAsOf: (date: string) => string;
  violations: string;
  unnamed: string;
  reportedOn: (date: string) => string;
  nextMilestone: string;
  due: (date: string) => string;
  noDate: string;
  milestone: Record<MilestoneState, string>;
  gaugeSummary: (status: string, days: string, date: string) => string;
  newer: (date: string) => string;
  /** A pinned embed's note when newer data exists, and its link to the latest version. */
  updatedSince: string;
  seeLatest: string;
  /** The button under a card cut short to fit the space its page held for it. */
  showAll: string;
};

const COUNT_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const sources = (n: number) => `${COUNT_WORDS[n] ?? n} source${n === 1 ? '' : 's'}`;

export const en: Strings = {
  dir: 'ltr',
  claimsEyebrow: 'Casualty claims',
  gaugeEyebrow: 'Ceasefire tracker',
  loading: 'Loading…',
  loadFailed: 'These figures could not be loaded just now.',
  openData: 'Open the data at its source',
  notFound: (kind, slug) => `No ${kind} called “${slug}” was found.`,
  unverified: 'Figures as reported, not independently verified.',
  metric: { killed: 'killed', wounded: 'wounded', missing: 'missing' },
  kind: {
    government: 'Government',
    military: 'Military',
    ngo: 'Monitoring group',
    un: 'United Nations',
    media: 'Media',
    armed_group: 'Armed group',
    other: 'Other',
  },
  claimedOn: (date) => `Claimed ${date}`,
  source: 'Source',
  reportedIn: (headline) => `Reported in “${headline}”`,
  earlier: (n) => `Earlier figures (${n})`,
  revised: 'Revised',
  retracted: 'Retracted',
  noFigures: 'No figures have been reported yet.',
  spread: (n, low, high, gap, metric) =>
    `${sources(n)} disagree: their figures run from ${low} to ${high} ${metric}, a gap of ${gap}.`,
  agree: (n, figure, metric) => `${sources(n)} agree: ${figure} ${metric}.`,
  single: (figure, metric, who) => `Only one source has given a figure: ${figure} ${metric}, according to ${who}.`,
  claimsSummary: (n, disagree, parts, metric) =>
    `${sources(n)} ${disagree ? 'disagree' : 'agree'} on the number ${metric}: ${parts.join('; ')}.`,
  says: (who, figure) => `${who} says ${figure}`,
  status: {
    holding: 'Holding',
    strained: 'Strained',
    precarious: 'Precarious',
    collapsed: 'Collapsed',
    ended: 'Ended',
  },
  brokeredBy: (names) => `Brokered by ${names}`,
  inForceFrom: (date) => `in force from ${date}`,
  notCovered: (groups) => `Does not cover ${groups}.`,
  meterLabel: 'Ceasefire status',
  meterValue: (label, level) => `${label}: level ${level} of 4, from holding to collapsed`,
  scaleStart: 'Holding',
  scaleEnd: 'Collapsed',
  days: (n, d) => `${d} day${n === 1 ? '' : 's'} in force`,
  dataAsOf: (date) => `As of ${date}`,
  violations: 'Violations reported',
  unnamed: 'Source not named',
  reportedOn: (date) => `reported ${date}`,
  nextMilestone: 'Next milestone',
  due: (date) => `Due ${date}`,
  noDate: 'No date set',
  milestone: { pending: 'Pending', met: 'Met', missed: 'Missed', in_doubt: 'In doubt' },
  gaugeSummary: (status, days, date) => `The ceasefire is ${status.toLowerCase()} after ${days}, as of ${date}.`,
  newer: (date) => `Shown as it stood on ${date}. Newer figures exist.`,
  updatedSince: 'Updated since:',
  seeLatest: 'see the latest',
  showAll: 'Show all',
};
