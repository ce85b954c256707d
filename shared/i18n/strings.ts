/**
 * The widgets' UI strings. Every language is one object of type `Strings`,
 * in one file (`en` here, `es.ts`, `ar.ts`); anything that varies with a
 * number is a function so each language can do its own plurals (by
 * `Intl.PluralRules`) and word order. Numbers arrive formatted (`d`) in the
 * widget's full locale, with the count (`n`) beside them to choose the plural
 * form. English is kept in parts (`enClaims`, `enGauge`, `enLive`) so that
 * each widget's module carries only its own, and what is said only once a
 * widget is live comes with the live chunk (the budget in
 * tests/node/widget-size.test.ts); other languages are lazy chunks. Data
 * (titles, names, figures as written) is never translated: it is shown in
 * the language it was written in, as the source's words.
 */
import type { CeasefireStatus, ClaimantKind, Metric, MilestoneState, Qualifier } from '../contract/enums';
import { enLive, type LiveStrings } from './live';

/** What both widgets say: their states, figures, notes and the eyebrow that names them. */
export type CommonStrings = {
  /** Text direction of the language. */
  dir: 'ltr' | 'rtl';
  claimsEyebrow: string;
  gaugeEyebrow: string;
  loading: string;
  loadFailed: string;
  openData: string;
  /** `slug` empty: the element names nothing (its `incident` or `ceasefire` attribute is missing or empty). */
  notFound: (kind: 'incident' | 'ceasefire', slug: string) => string;
  unverified: string;
  source: string;
  /** A qualified figure; `#` is the number: "more than #". Exact figures are the number alone. */
  figure: Partial<Record<Qualifier, string>>;
  /** The source's own wording of a figure that the widget phrases otherwise. */
  asWritten: (text: string) => string;
  newer: (date: string) => string;
  /** The button under a card cut short to fit the space its page held for it. */
  showAll: string;
  /** The link to the resource's public change log: `n` changes, formatted `d`. */
  changed: (n: number, d: string) => string;
  /** A widget pinned to a moment of recording (`seen-at`): the day it shows as published. */
  published: (date: string) => string;
};

/** What the casualty-claims card says. */
export type ClaimsStrings = CommonStrings & {
  metric: Record<Metric, string>;
  kind: Record<ClaimantKind, string>;
  claimedOn: (date: string) => string;
  reportedIn: (headline: string) => string;
  earlier: (d: string) => string;
  revised: string;
  retracted: string;
  noFigures: string;
  /** Figures were given, and none stands now (each retracted, or revised by one retracted since). */
  noCurrent: string;
  /** A phrased figure with the metric's noun in the form the number `n` takes: "80 killed", "1 muerto". */
  counted: (figure: string, metric: Metric, n: number) => string;
  /** Sentence under the range bar: `n` (≥ 2) sources, the lowest figure, the highest counted, the gap. */
  spread: (n: number, d: string, low: string, high: string, gap: string) => string;
  agree: (n: number, d: string, counted: string) => string;
  /** Sources giving one number in different terms ("80", "about 80"). */
  sameNumber: (n: number, d: string, counted: string) => string;
  /** One source's figure, or its `figures` (> 1) figures listed in `counted`. */
  single: (counted: string, who: string, figures: number) => string;
  /**
   * Under figures that count different people (`subjects`, listed): they are not set against each other; `some`:
   * sentences follow comparing those that count the same people.
   */
  differentPeople: (subjects: string, some: boolean) => string;
  /**
   * Screen-reader summary of one metric: every claimant and their figure. `disagree` null: the figures count
   * different people, so they neither agree nor disagree.
   */
  claimsSummary: (n: number, d: string, disagree: boolean | null, parts: string[], metric: string) => string;
  says: (who: string, figure: string) => string;
};

/** What the ceasefire gauge says. */
export type GaugeStrings = CommonStrings & {
  status: Record<CeasefireStatus, string>;
  brokeredBy: (names: string) => string;
  inForceFrom: (date: string) => string;
  notCovered: (groups: string) => string;
  meterLabel: string;
  meterValue: (label: string, level: string, of: string) => string;
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
  /** `label`: the status as the gauge shows it (`status[key]`); `key` picks the grammar, where a language needs it. */
  gaugeSummary: (key: CeasefireStatus, label: string, days: string, date: string) => string;
};

/** What the embed pages say around the widget (never shipped in the widgets). */
export type EmbedPageStrings = {
  /** A pinned embed's note when newer data exists, and its link to the latest version. */
  updatedSince: string;
  seeLatest: string;
  /** The readers' page of changes: its heading, what it says with none, the note's label, its links. */
  changesOf: (title: string) => string;
  noChanges: string;
  correction: string;
  latestVersion: string;
  feeds: string;
};

/** Everything, in one language: what each language file holds. */
export type Strings = ClaimsStrings & GaugeStrings & LiveStrings & EmbedPageStrings;

// Each language file has its own plural rules, so a lazy language chunk imports nothing from the entry.
const plural = new Intl.PluralRules('en');
const one = (n: number) => plural.select(n) === 'one';
const COUNT_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const sources = (n: number, d: string) => `${COUNT_WORDS[n] ?? d} source${one(n) ? '' : 's'}`;

/** Each widget ships only its own English; the Spanish and Arabic files hold both widgets' strings. */
export const enCommon: CommonStrings = {
  dir: 'ltr',
  claimsEyebrow: 'Casualty claims',
  gaugeEyebrow: 'Ceasefire tracker',
  loading: 'Loading…',
  loadFailed: 'These figures could not be loaded just now.',
  openData: 'Open the data at its source',
  notFound: (kind, slug) => (slug ? `No ${kind} called “${slug}” was found.` : `No ${kind} is named here.`),
  unverified: 'Figures as reported, not independently verified.',
  source: 'Source',
  figure: { at_least: 'at least #', more_than: 'more than #', about: 'about #', up_to: 'up to #' },
  asWritten: (text) => `As written: “${text}”`,
  newer: (date) => `Shown as it stood on ${date}. Newer figures exist.`,
  showAll: 'Show all',
  changed: (n, d) => `Changed ${one(n) ? 'once' : `${d} times`}`,
  published: (date) => `As published on ${date}.`,
};

const metric: Record<Metric, string> = { killed: 'killed', wounded: 'wounded', missing: 'missing' };

export const enClaims: ClaimsStrings = {
  ...enCommon,
  metric,
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
  reportedIn: (headline) => `Reported in “${headline}”`,
  earlier: (d) => `Earlier figures (${d})`,
  revised: 'Revised',
  retracted: 'Retracted',
  noFigures: 'No figures have been reported yet.',
  noCurrent: 'No figure stands now: those reported were retracted or revised.',
  counted: (figure, m) => `${figure} ${metric[m]}`,
  spread: (n, d, low, high, gap) =>
    `${sources(n, d)} disagree: their figures run from ${low} to ${high}, a gap of ${gap}.`,
  agree: (n, d, counted) => `${sources(n, d)} agree: ${counted}.`,
  sameNumber: (n, d, counted) => `${sources(n, d)} give the same number in different terms: ${counted}.`,
  single: (counted, who, figures) =>
    `Only one source has given ${figures > 1 ? 'figures' : 'a figure'}: ${counted}, according to ${who}.`,
  differentPeople: (subjects, some) =>
    `These figures count different people (${subjects})${some ? '; only those counting the same people are compared' : ', so they are not compared'}.`,
  claimsSummary: (n, d, disagree, parts, metric) =>
    `${sources(n, d)} ${one(n) ? 'gives' : disagree === null ? 'give' : disagree ? 'disagree on' : 'agree on'} the number ${metric}: ${parts.join('; ')}.`,
  says: (who, figure) => `${who} says ${figure}`,
};

export const enGauge: GaugeStrings = {
  ...enCommon,
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
  meterValue: (label, level, of) => `${label}: level ${level} of ${of}, from holding to collapsed`,
  scaleStart: 'Holding',
  scaleEnd: 'Collapsed',
  days: (n, d) => `${d} day${one(n) ? '' : 's'} in force`,
  dataAsOf: (date) => `As of ${date}`,
  violations: 'Violations reported',
  unnamed: 'Source not named',
  reportedOn: (date) => `reported ${date}`,
  nextMilestone: 'Next milestone',
  due: (date) => `Due ${date}`,
  noDate: 'No date set',
  milestone: { pending: 'Pending', met: 'Met', missed: 'Missed', in_doubt: 'In doubt' },
  // "has collapsed", "has ended": the two statuses that are events, not states ("is collapsed" is not English).
  gaugeSummary: (key, label, days, date) =>
    `The ceasefire ${key === 'collapsed' || key === 'ended' ? 'has' : 'is'} ${label.toLowerCase()} after ${days}, as of ${date}.`,
};

/** English's parts as one object. A call the bundler may drop (`@__PURE__`), unlike a spread (which could run getters). */
const joined = <T>(...parts: object[]): T => Object.assign({}, ...parts);

/**
 * All of English, as the server-rendered pages use it. The widgets never use
 * it, and a widget's module carries neither the other widget's English nor
 * the live chunk's.
 */
export const en: Strings = /* @__PURE__ */ joined(enClaims, enGauge, enLive, {
  updatedSince: 'Updated since:',
  seeLatest: 'see the latest',
  changesOf: (title: string) => `Changes: ${title}`,
  noChanges: 'Nothing has changed since this was first published.',
  correction: 'Correction:',
  latestVersion: 'See it as it stands now',
  feeds: 'Follow these changes:',
} satisfies EmbedPageStrings);
