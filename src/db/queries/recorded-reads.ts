/**
 * The public reads of an incident or a ceasefire, live or as recorded at a
 * moment (`seenAt`): the resource through the live tables or `seenView`,
 * its change log from the versions recorded by then, and (for a moment)
 * when it was first recorded, all in one `db.batch`: one D1 round trip.
 */
import { type ChangeEntry, ceasefireChanges, incidentChanges } from '../../domain/changes';
import type { Database } from '../client';
import { assembleCeasefires, type CeasefireRow, ceasefireBySlug, ceasefireReads } from './ceasefires';
import {
  assembleCeasefireVersions,
  assembleIncidentVersions,
  ceasefireVersionReads,
  firstRecordedRead,
  incidentVersionReads,
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
  const versions = incidentVersionReads(db, slug, seenAt);
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
  const versions = ceasefireVersionReads(db, slug, seenAt);
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
