/**
 * The public change log, from recorded versions: what changed in an
 * incident or a ceasefire, old → new, when it was recorded, and the
 * correction note where the editor gave one. In readers' terms: what a
 * reader sees changed (a figure, a status, a place), never a column, an id
 * or who made the change (versions carry no editor).
 *
 * Pure: the versions come from the history tables (src/db/queries/changes.ts).
 * What the resource's first write recorded is its publication, not a change.
 */
import {
  CEASEFIRE_STATUSES,
  type CeasefireStatus,
  type CHANGE_KINDS,
  CLAIM_STATUSES,
  type ClaimStatus,
  METRICS,
  type Metric,
  MILESTONE_STATES,
  type MilestoneState,
  type Qualifier,
} from '../contract/enums';
import { showInstant } from './time';

/** One version of a row: the row as it was, and the span of recorded time (ms) it was current in. */
export type Version<R> = { row: R; from: number; to: number | null };

/** What kind of change an entry is: the contract's list (`CHANGE_KINDS`). */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type ChangeField = { field: string; old: string | null; new: string | null };

type Fields<R> = Partial<Record<ChangeFieldName, (row: R) => unknown>>;

export type ChangeEntry = {
  /** Stable: the instant it was recorded, and its place among what that write changed. */
  id: string;
  recordedAt: string;
  what: ChangeKind;
  /** What in the resource changed (a claimant's figure, a milestone), or null for the resource itself. */
  subject: string | null;
  fields: ChangeField[];
  /** The correction note the editor gave with this write, if any. */
  note: string | null;
  /** One sentence saying it, in English (the log's language: `ChangeWords`). */
  summary: string;
};

/** Every field an entry can name: the API's names, in English; `ChangeWords.field` names them for readers. */
export const CHANGE_FIELD_NAMES = [
  'figure',
  'figure as counted',
  'metric',
  'subject',
  'date',
  'source',
  'source article',
  'quote',
  'status',
  'title',
  'start',
  'end',
  'place',
  'latitude',
  'longitude',
  'description',
  'external ids',
  'language',
  'name',
  'brokers',
  'parties',
  'not covered',
  'started',
  'ended',
  'note',
  'data as of',
  'count',
  'not counting',
  'label',
  'due',
  'state',
] as const;
export type ChangeFieldName = (typeof CHANGE_FIELD_NAMES)[number];

/**
 * The words a change log is written in: the API's are English
 * (`ENGLISH_CHANGES`); the readers' page of changes writes it in its own
 * language (shared/i18n/change-words.ts). Data (names, figures as written,
 * dates) stays as written.
 */
export type ChangeWords = {
  field: Record<ChangeFieldName, string>;
  metric: Record<Metric, string>;
  /** A figure as counted ("at least 80", "between 80–90"), in the language's order. */
  counted: (qualifier: Qualifier, low: number, high: number | null) => string;
  claimStatus: Record<ClaimStatus, string>;
  ceasefireStatus: Record<CeasefireStatus, string>;
  milestoneState: Record<MilestoneState, string>;
  /** From old to new, pointing the way the language reads. */
  arrow: string;
  /** Data (a name, a value) set inside the language's sentences: isolated where its direction may differ. */
  data: (text: string) => string;
  /** One sentence saying a change: `who` its subject, `f` its first field, `list` each field "name old → new". */
  summary: Record<ChangeKind, (who: string, f: ChangeField | undefined, list: string) => string>;
};

const same = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>;

export const ENGLISH_CHANGES: ChangeWords = {
  field: same(CHANGE_FIELD_NAMES),
  metric: same(METRICS),
  counted: (qualifier, low, high) =>
    `${qualifier === 'exact' ? '' : `${qualifier.replace('_', ' ')} `}${low}${high === null ? '' : `–${high}`}`,
  claimStatus: same(CLAIM_STATUSES),
  ceasefireStatus: same(CEASEFIRE_STATUSES),
  milestoneState: same(MILESTONE_STATES),
  arrow: '→',
  data: (text) => text,
  summary: {
    'claim-added': (who, f) => `New figure: ${who}, ${f?.new}.`,
    'claim-revised': (who, f) => `Figure revised: ${who}, ${f?.old} → ${f?.new}.`,
    'claim-retracted': (who) => `Figure retracted: ${who}.`,
    'claim-restored': (who, f) => `Figure current again: ${who}${f?.new ? `, ${f.new}` : ''}.`,
    'claim-removed': (who, f) => `Figure withdrawn: ${who}, ${f?.old}.`,
    'claim-edited': (who, _f, list) => `Claim corrected: ${who}: ${list}.`,
    'details-edited': (_who, _f, list) => `Corrected: ${list}.`,
    'correction-added': () => 'Correction added.',
    'article-linked': (who) => `Now reported in ${who}.`,
    'article-unlinked': (who) => `No longer linked to ${who}.`,
    'status-changed': (_who, f) => `Status: ${f?.old} → ${f?.new}.`,
    'note-edited': () => 'Status note edited.',
    'tally-added': (who, f) => `New violation count${who ? ` from ${who}` : ''}: ${f?.new}.`,
    'tally-removed': (who) => `Violation count withdrawn${who ? ` (${who})` : ''}.`,
    'milestone-added': (who) => `New milestone: ${who}.`,
    'milestone-updated': (who, _f, list) => `Milestone ${who}: ${list}.`,
    'milestone-removed': (who) => `Milestone withdrawn: ${who}.`,
  },
};

type Correction = { note: string; at: string };

export type IncidentVersionRow = {
  id: string;
  title: string;
  occurredOn: string;
  startsAt: string | null;
  startsAtOffset: string | null;
  endsAt: string | null;
  endsAtOffset: string | null;
  placeName: string;
  latitude: number | null;
  longitude: number | null;
  summary: string;
  corrections: Correction[];
  externalIds: Record<string, string | undefined>;
  language: string;
};

export type ClaimVersionRow = {
  id: string;
  metric: Metric;
  subject: string;
  qualifier: Qualifier;
  low: number;
  high: number | null;
  asWritten: string;
  claimedOn: string;
  sourceUrl: string | null;
  sourceArticleId: string | null;
  /** The source article's headline, while it is published (a draft is named nowhere public). */
  sourceHeadline: string | null;
  quote: string | null;
  status: ClaimStatus;
  supersedesId: string | null;
  claimant: string;
};

export type LinkVersionRow = { articleId: string; headline: string | null };

export type CeasefireVersionRow = {
  id: string;
  name: string;
  brokers: string[];
  parties: string[];
  excludes: string[];
  startedAt: string;
  startedAtOffset: string | null;
  endedAt: string | null;
  endedAtOffset: string | null;
  status: CeasefireStatus;
  statusNote: string | null;
  asOf: string;
  asOfOffset: string | null;
  language: string;
};

export type TallyVersionRow = {
  id: string;
  count: number;
  asWritten: string;
  excludes: string | null;
  reportedOn: string;
  sourceUrl: string | null;
  claimant: string | null;
};

export type MilestoneVersionRow = {
  id: string;
  label: string;
  dueOn: string | null;
  state: MilestoneState;
  note: string | null;
};

/** A thing's change at one instant: created (no `before`), changed, or removed (no `after`). */
type Step<R> = { at: number; before: R | null; after: R | null };

/**
 * Each row's versions as steps. A row removed and later added again (links
 * replaced by a write) reads as a removal and an addition; versions
 * recorded after `upTo` do not exist yet.
 */
function stepsOf<R>(versions: Version<R>[], key: (row: R) => string, upTo?: number): Step<R>[] {
  const byKey = new Map<string, Version<R>[]>();
  for (const v of versions) {
    if (upTo !== undefined && v.from > upTo) continue;
    const k = key(v.row);
    byKey.set(k, [...(byKey.get(k) ?? []), v]);
  }
  const steps: Step<R>[] = [];
  for (const list of byKey.values()) {
    list.sort((a, b) => a.from - b.from);
    let previous: Version<R> | null = null;
    for (const v of list) {
      if (previous && previous.to !== null && previous.to < v.from) {
        steps.push({ at: previous.to, before: previous.row, after: null });
        previous = null;
      }
      steps.push({ at: v.from, before: previous?.row ?? null, after: v.row });
      previous = v;
    }
    if (previous && previous.to !== null && (upTo === undefined || previous.to <= upTo)) {
      steps.push({ at: previous.to, before: previous.row, after: null });
    }
  }
  return steps;
}

/** A value as a reader reads it. */
function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : null;
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).filter(([, v]) => v);
    return parts.length > 0 ? parts.map(([k, v]) => `${k}: ${v}`).join(', ') : null;
  }
  return String(value);
}

/** The fields whose reader's text differs between two versions, named as readers name them. */
function diff<R>(before: R, after: R, fields: Fields<R>): ChangeField[] {
  return Object.entries(fields).flatMap(([field, read]) => {
    if (!read) return [];
    const old = text(read(before));
    const now = text(read(after));
    return old === now ? [] : [{ field, old, new: now }];
  });
}

const instant = (utc: string | null, offset: string | null) => (utc ? showInstant(utc, offset) : null);

/** A claim's figure: as the source wrote it, or its numbers when only those were corrected. */
const figure = (c: ClaimVersionRow) => c.asWritten;
const claimFields = (w: ChangeWords): Fields<ClaimVersionRow> => ({
  figure,
  // The numbers the figure states: an "up to" its top alone (its low, zero, is no one's), a range its two ends.
  'figure as counted': (c) =>
    w.counted(
      c.qualifier,
      c.qualifier === 'up_to' ? (c.high ?? c.low) : c.low,
      c.qualifier === 'between' ? c.high : null,
    ),
  metric: (c) => w.metric[c.metric],
  subject: (c) => c.subject,
  date: (c) => c.claimedOn,
  source: (c) => c.sourceUrl,
  // By its headline: readers know an article by it, never by an id.
  'source article': (c) => c.sourceHeadline,
  quote: (c) => c.quote,
  status: (c) => w.claimStatus[c.status],
});

const INCIDENT_FIELDS: Fields<IncidentVersionRow> = {
  title: (i) => i.title,
  date: (i) => i.occurredOn,
  start: (i) => instant(i.startsAt, i.startsAtOffset),
  end: (i) => instant(i.endsAt, i.endsAtOffset),
  place: (i) => i.placeName,
  latitude: (i) => i.latitude,
  longitude: (i) => i.longitude,
  description: (i) => i.summary,
  'external ids': (i) => i.externalIds,
  language: (i) => i.language,
};

const ceasefireFields = (w: ChangeWords): Fields<CeasefireVersionRow> => ({
  name: (c) => c.name,
  brokers: (c) => c.brokers,
  parties: (c) => c.parties,
  'not covered': (c) => c.excludes,
  started: (c) => instant(c.startedAt, c.startedAtOffset),
  ended: (c) => instant(c.endedAt, c.endedAtOffset),
  status: (c) => w.ceasefireStatus[c.status],
  note: (c) => c.statusNote,
  'data as of': (c) => instant(c.asOf, c.asOfOffset),
  language: (c) => c.language,
});

const TALLY_FIELDS: Fields<TallyVersionRow> = {
  count: (t) => t.asWritten,
  'not counting': (t) => t.excludes,
  date: (t) => t.reportedOn,
  source: (t) => t.sourceUrl,
};

const milestoneFields = (w: ChangeWords): Fields<MilestoneVersionRow> => ({
  label: (m) => m.label,
  due: (m) => m.dueOn,
  state: (m) => w.milestoneState[m.state],
  note: (m) => m.note,
});

/** An entry before it is numbered and noted. */
type Draft = Omit<ChangeEntry, 'id' | 'recordedAt' | 'note' | 'summary'> & { at: number };

function claimDrafts(steps: Step<ClaimVersionRow>[], w: ChangeWords): Draft[] {
  // A revision is one change: the new claim, and the old one superseded by the same write.
  const revisedAt = new Set(
    steps.filter((s) => !s.before && s.after?.supersedesId).map((s) => `${s.at} ${s.after?.supersedesId}`),
  );
  const withdrawnAt = new Set(
    steps.filter((s) => s.before && !s.after && s.before.supersedesId).map((s) => `${s.at} ${s.before?.supersedesId}`),
  );
  const oldFigure = new Map(steps.flatMap((s) => (s.before ? [[`${s.at} ${s.before.id}`, figure(s.before)]] : [])));
  return steps.flatMap((s): Draft[] => {
    const claim = (s.after ?? s.before) as ClaimVersionRow;
    const subject = `${w.data(claim.claimant)} · ${w.metric[claim.metric]}`;
    const base = { at: s.at, subject };
    if (!s.before && s.after) {
      const revised = s.after.supersedesId && oldFigure.get(`${s.at} ${s.after.supersedesId}`);
      return revised
        ? [{ ...base, what: 'claim-revised', fields: [{ field: 'figure', old: revised, new: figure(s.after) }] }]
        : [{ ...base, what: 'claim-added', fields: [{ field: 'figure', old: null, new: figure(s.after) }] }];
    }
    if (s.before && !s.after) {
      // A revision undone: listed once, as the revised figure current again.
      const { supersedesId } = s.before;
      const undone = steps.some((r) => r.at === s.at && r.after?.id === supersedesId && r.after.status === 'current');
      if (supersedesId && undone) return [];
      return [{ ...base, what: 'claim-removed', fields: [{ field: 'figure', old: figure(s.before), new: null }] }];
    }
    const before = s.before as ClaimVersionRow;
    const after = s.after as ClaimVersionRow;
    const fields = diff(before, after, claimFields(w)).filter(
      (f) => f.field !== 'figure as counted' || before.asWritten === after.asWritten,
    );
    if (fields.length === 0) return [];
    if (before.status !== after.status) {
      // Superseded by a revision in the same write (listed with the revision), or put back by undoing one.
      if (after.status === 'superseded' && revisedAt.has(`${s.at} ${claim.id}`)) return [];
      if (before.status === 'superseded' && withdrawnAt.has(`${s.at} ${claim.id}`)) {
        const withdrawn = steps.find((w) => w.at === s.at && w.before?.supersedesId === claim.id)?.before;
        return [
          {
            ...base,
            what: 'claim-restored',
            fields: [{ field: 'figure', old: withdrawn ? figure(withdrawn) : null, new: figure(after) }],
          },
        ];
      }
      return [{ ...base, what: after.status === 'retracted' ? 'claim-retracted' : 'claim-restored', fields }];
    }
    return [{ ...base, what: 'claim-edited', fields }];
  });
}

function rowDrafts<R>(
  steps: Step<R>[],
  fields: Fields<R>,
  kinds: { added: ChangeKind; changed: (before: R, after: R) => ChangeKind; removed: ChangeKind },
  subject: (row: R) => string | null,
  shownWhenAdded: ChangeFieldName[],
): Draft[] {
  return steps.flatMap((s): Draft[] => {
    const row = (s.after ?? s.before) as R;
    const base = { at: s.at, subject: subject(row) };
    if (!s.before && s.after) {
      const after = s.after;
      const shown = shownWhenAdded.flatMap((field) => {
        const value = text(fields[field]?.(after));
        return value === null ? [] : [{ field, old: null, new: value }];
      });
      return [{ ...base, what: kinds.added, fields: shown }];
    }
    if (s.before && !s.after) {
      const before = s.before;
      const shown = shownWhenAdded.flatMap((field) => {
        const value = text(fields[field]?.(before));
        return value === null ? [] : [{ field, old: value, new: null }];
      });
      return [{ ...base, what: kinds.removed, fields: shown }];
    }
    const changed = diff(s.before as R, s.after as R, fields);
    return changed.length > 0 ? [{ ...base, what: kinds.changed(s.before as R, s.after as R), fields: changed }] : [];
  });
}

/** The correction notes each write added to the resource, by instant. */
function notesOf(steps: Step<{ corrections: Correction[] }>[]): Map<number, string> {
  const notes = new Map<number, string>();
  for (const s of steps) {
    if (!s.before || !s.after) continue;
    const known = new Set(s.before.corrections.map((c) => `${c.at} ${c.note}`));
    const added = s.after.corrections.filter((c) => !known.has(`${c.at} ${c.note}`));
    if (added.length > 0) notes.set(s.at, added.map((c) => c.note).join(' '));
  }
  return notes;
}

/** The entry's fields named in the log's words, and the sentence saying it. */
function inWords(d: Draft, w: ChangeWords): Pick<ChangeEntry, 'fields' | 'summary'> {
  const fields = d.fields.map((x) => ({ ...x, field: w.field[x.field as ChangeFieldName] ?? x.field }));
  const value = (v: string | null) => (v === null ? '—' : w.data(v));
  const list = fields.map((x) => `${x.field} ${value(x.old)} ${w.arrow} ${value(x.new)}`).join('; ');
  return { fields, summary: w.summary[d.what](d.subject ?? '', fields[0], list) };
}

/** Newest first, numbered within each write, with the write's correction note. */
function finish(drafts: Draft[], published: number, notes: Map<number, string>, w: ChangeWords): ChangeEntry[] {
  const changes = drafts.filter((d) => d.at > published);
  // Stable order within one write: the order the drafts were made in (the resource, then what hangs off it).
  const ordered = changes.map((d, i) => ({ d, i })).sort((a, b) => b.d.at - a.d.at || a.i - b.i);
  const seen = new Map<number, number>();
  return ordered.map(({ d }) => {
    const n = seen.get(d.at) ?? 0;
    seen.set(d.at, n + 1);
    const { at, ...rest } = d;
    return {
      id: `${at}.${n}`,
      recordedAt: new Date(at).toISOString(),
      ...rest,
      note: notes.get(at) ?? null,
      ...inWords(d, w),
    };
  });
}

/** When the resource was first recorded (its publication), or null if it had not been by then. */
function publishedAt<R>(versions: Version<R>[], upTo?: number): number | null {
  const times = versions.map((v) => v.from).filter((t) => upTo === undefined || t <= upTo);
  return times.length > 0 ? Math.min(...times) : null;
}

export type IncidentVersions = {
  incident: Version<IncidentVersionRow>[];
  claims: Version<ClaimVersionRow>[];
  links: Version<LinkVersionRow>[];
};

/** An incident's change log, newest first, as recorded by `upTo` (ms) if given, in `w`'s words. */
export function incidentChanges(v: IncidentVersions, upTo?: number, w = ENGLISH_CHANGES): ChangeEntry[] {
  const published = publishedAt(v.incident, upTo);
  if (published === null) return [];
  const incidentSteps = stepsOf(v.incident, (r) => r.id, upTo);
  const details = rowDrafts(
    incidentSteps,
    INCIDENT_FIELDS,
    { added: 'details-edited', changed: () => 'details-edited', removed: 'details-edited' },
    () => null,
    [],
  ).filter((d) => d.fields.length > 0);
  const notes = notesOf(incidentSteps);
  // A correction given on its own is a change of its own.
  const noted = [...notes.keys()]
    .filter((at) => !details.some((d) => d.at === at))
    .map((at): Draft => ({ at, what: 'correction-added', subject: null, fields: [] }));
  const links = rowDrafts(
    stepsOf(v.links, (r) => r.articleId, upTo),
    {},
    { added: 'article-linked', changed: () => 'article-linked', removed: 'article-unlinked' },
    (r) => r.headline,
    [],
  );
  const claims = claimDrafts(
    stepsOf(v.claims, (r) => r.id, upTo),
    w,
  );
  return finish([...details, ...noted, ...links, ...claims], published, notes, w);
}

export type CeasefireVersions = {
  ceasefire: Version<CeasefireVersionRow>[];
  tallies: Version<TallyVersionRow>[];
  milestones: Version<MilestoneVersionRow>[];
  links: Version<LinkVersionRow>[];
};

/** A ceasefire's change log, newest first, as recorded by `upTo` (ms) if given, in `w`'s words. */
export function ceasefireChanges(v: CeasefireVersions, upTo?: number, w = ENGLISH_CHANGES): ChangeEntry[] {
  const published = publishedAt(v.ceasefire, upTo);
  if (published === null) return [];
  const fields = ceasefireFields(w);
  const own = rowDrafts(
    stepsOf(v.ceasefire, (r) => r.id, upTo),
    fields,
    {
      added: 'details-edited',
      changed: (b, a) =>
        b.status !== a.status
          ? 'status-changed'
          : diff(b, a, fields).every((f) => f.field === 'note')
            ? 'note-edited'
            : 'details-edited',
      removed: 'details-edited',
    },
    () => null,
    [],
  ).filter((d) => d.fields.length > 0);
  const links = rowDrafts(
    stepsOf(v.links, (r) => r.articleId, upTo),
    {},
    { added: 'article-linked', changed: () => 'article-linked', removed: 'article-unlinked' },
    (r) => r.headline,
    [],
  );
  const tallies = rowDrafts(
    stepsOf(v.tallies, (r) => r.id, upTo),
    TALLY_FIELDS,
    { added: 'tally-added', changed: () => 'tally-added', removed: 'tally-removed' },
    (r) => r.claimant,
    ['count', 'not counting', 'date'],
  );
  const milestones = rowDrafts(
    stepsOf(v.milestones, (r) => r.id, upTo),
    milestoneFields(w),
    { added: 'milestone-added', changed: () => 'milestone-updated', removed: 'milestone-removed' },
    (r) => r.label,
    ['state', 'due'],
  );
  return finish([...own, ...links, ...tallies, ...milestones], published, new Map(), w);
}
