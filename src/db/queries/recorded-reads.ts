/**
 * The public reads of an incident or a ceasefire, live or as recorded at a
 * moment (`seenAt`): the resource through the live tables or `seenView`,
 * its change log from the versions recorded by then, and (for a moment)
 * when it was first recorded, all in one `db.batch`: one D1 round trip.
 */
import { type ChangeEntry, ceasefireChanges, incidentChanges } from '../../../shared/domain/changes';
import type { Database } from '../client';
import { assembleCeasefires, type CeasefireRow, ceasefireBySlug, ceasefireReads } from './ceasefires';
import {
  assembleCeasefireVersions,
  assembleIncidentVersions,
  ceasefiresVersions,
  ceasefireVersionReads,
  firstRecordedRead,
  idsOfSlug,
  incidentsVersions,
  incidentVersionReads,
  recentlyChanged,
} from './changes';
import { assembleIncidents, type IncidentRecord, incidentBySlug, incidentReads } from './incidents';
import { seenView } from './recorded-views';

export type RecordedRead<T> = {
  /** The resource as served at the moment (or now), or null if there was none. */
  found: T | null;
  /** Its change log, newest first, as recorded by the moment. */
  changes: ChangeEntry[];
  /** When its slug was first recorded (ms), read only for a moment: what a read from before then is told. */
  firstRecorded: number | null;
};

const readerAt = (db: Database, seenAt?: number) => (seenAt === undefined ? db : seenView(db, seenAt));

export async function readIncident(db: Database, slug: string, seenAt?: number): Promise<RecordedRead<IncidentRecord>> {
  const reads = incidentReads(readerAt(db, seenAt), incidentBySlug(slug));
  const versions = incidentVersionReads(db, idsOfSlug('incident', slug), seenAt);
  const [rows, links, claims, own, claimVersions, linkVersions, first] = await db.batch([
    ...reads,
    ...versions,
    firstRecordedRead(db, 'incident', slug),
  ]);
  return {
    found: assembleIncidents([rows, links, claims])[0] ?? null,
    changes: incidentChanges(assembleIncidentVersions([own, claimVersions, linkVersions]), seenAt),
    firstRecorded: first[0]?.first ?? null,
  };
}

export async function readCeasefire(db: Database, slug: string, seenAt?: number): Promise<RecordedRead<CeasefireRow>> {
  const reads = ceasefireReads(readerAt(db, seenAt), ceasefireBySlug(slug));
  const versions = ceasefireVersionReads(db, idsOfSlug('ceasefire', slug), seenAt);
  const [rows, changes, tallies, steps, own, tallyVersions, stepVersions, linkVersions, first] = await db.batch([
    ...reads,
    ...versions,
    firstRecordedRead(db, 'ceasefire', slug),
  ]);
  return {
    found: assembleCeasefires([rows, changes, tallies, steps])[0] ?? null,
    changes: ceasefireChanges(assembleCeasefireVersions([own, tallyVersions, stepVersions, linkVersions]), seenAt),
    firstRecorded: first[0]?.first ?? null,
  };
}

/** Which kind of resource keeps a change log. */
export type LoggedKind = 'incident' | 'ceasefire';

/** A resource's change log alone (as recorded by `seenAt`), and its name as of then. */
export type ChangeLogRead = {
  /** How readers name it (its latest title by then), or null if it had not been published by then. */
  title: string | null;
  changes: ChangeEntry[];
  firstRecorded: number | null;
};

export async function readChangeLog(
  db: Database,
  kind: LoggedKind,
  slug: string,
  seenAt?: number,
): Promise<ChangeLogRead> {
  const ids = idsOfSlug(kind, slug);
  if (kind === 'incident') {
    const [own, claims, links, first] = await db.batch([
      ...incidentVersionReads(db, ids, seenAt),
      firstRecordedRead(db, kind, slug),
    ]);
    const versions = assembleIncidentVersions([own, claims, links]);
    const shown = versions.incident.filter((v) => seenAt === undefined || v.from <= seenAt);
    return {
      title: shown.at(-1)?.row.title ?? null,
      changes: incidentChanges(versions, seenAt),
      firstRecorded: first[0]?.first ?? null,
    };
  }
  const [own, tallies, steps, links, first] = await db.batch([
    ...ceasefireVersionReads(db, ids, seenAt),
    firstRecordedRead(db, kind, slug),
  ]);
  const versions = assembleCeasefireVersions([own, tallies, steps, links]);
  const shown = versions.ceasefire.filter((v) => seenAt === undefined || v.from <= seenAt);
  return {
    title: shown.at(-1)?.row.name ?? null,
    changes: ceasefireChanges(versions, seenAt),
    firstRecorded: first[0]?.first ?? null,
  };
}

/** One change and the resource it belongs to: an item of the site-wide feeds. */
export type SiteChange = { kind: LoggedKind; slug: string; title: string; entry: ChangeEntry };

/** The newest changes across every incident and ceasefire, newest first (the site-wide feeds). */
export async function readRecentChanges(db: Database, limit: number): Promise<SiteChange[]> {
  const [inc, claims, incLinks, cf, tallies, steps, cfLinks] = await db.batch([
    ...incidentVersionReads(db, recentlyChanged('incident')),
    ...ceasefireVersionReads(db, recentlyChanged('ceasefire')),
  ]);
  const items = [
    ...incidentsVersions([inc, claims, incLinks]).flatMap((r) =>
      incidentChanges(r.versions).map((entry) => ({ kind: 'incident' as const, slug: r.slug, title: r.title, entry })),
    ),
    ...ceasefiresVersions([cf, tallies, steps, cfLinks]).flatMap((r) =>
      ceasefireChanges(r.versions).map((entry) => ({
        kind: 'ceasefire' as const,
        slug: r.slug,
        title: r.title,
        entry,
      })),
    ),
  ];
  return items
    .sort(
      (a, b) => Date.parse(b.entry.recordedAt) - Date.parse(a.entry.recordedAt) || a.entry.id.localeCompare(b.entry.id),
    )
    .slice(0, limit);
}
