/**
 * The public reads of an incident or a ceasefire, live or as recorded at a
 * moment (`seenAt`): the resource through the live tables or `seenView`,
 * its change log from the versions recorded by then, and (for a moment)
 * when it was first recorded, all in one D1 batch: one round trip. They
 * run precompiled (src/db/compiled/): no Drizzle on a story's first read.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { type ChangeEntry, type ChangeWords, ceasefireChanges, incidentChanges } from '../../../shared/domain/changes';
import { COMPILED } from '../compiled/public-reads';
import { runCompiled } from '../compiled/statement';
import { assembleCeasefires, type CeasefireReadResults, type CeasefireRow } from '../rows/ceasefires';
import { assembleIncidents, type IncidentReadResults, type IncidentRecord } from '../rows/incidents';
import {
  assembleCeasefireVersions,
  assembleIncidentVersions,
  type CeasefireVersionResults,
  type IncidentVersionResults,
  type LoggedKind,
} from '../rows/versions';

export type RecordedRead<T> = {
  /** The resource as served at the moment (or now), or null if there was none. */
  found: T | null;
  /** Its change log, newest first, as recorded by the moment. */
  changes: ChangeEntry[];
  /** When its slug was first recorded (ms), read only for a moment: what a read from before then is told. */
  firstRecorded: number | null;
};

type FirstRecorded = { first: number | null }[];

// The compiled statements return Drizzle's rows for the same queries (tests/worker/compiled-reads.test.ts).
// A resource's live read does not ask when its slug was first recorded (src/db/compiled/sources.ts).
type IncidentRead = [...IncidentReadResults, ...IncidentVersionResults, FirstRecorded?];
type CeasefireRead = [...CeasefireReadResults, ...CeasefireVersionResults, FirstRecorded?];
type IncidentLogRead = [...IncidentVersionResults, FirstRecorded];
type CeasefireLogRead = [...CeasefireVersionResults, FirstRecorded];

type ReadName = 'incident' | 'ceasefire' | 'incidentLog' | 'ceasefireLog';

/** One compiled read of `slug`, live or as recorded at `seenAt`: its statements' rows, shaped as `R`. */
async function run<R>(d1: D1Database, name: ReadName, slug: string, seenAt: number | undefined): Promise<R> {
  const statements = COMPILED[seenAt === undefined ? name : (`${name}At` as const)];
  return (await runCompiled(d1, statements, { slug, at: seenAt })) as unknown as R;
}

export async function readIncident(
  d1: D1Database,
  slug: string,
  seenAt?: number,
): Promise<RecordedRead<IncidentRecord>> {
  const [rows, links, claims, own, claimVersions, linkVersions, first = []] = await run<IncidentRead>(
    d1,
    'incident',
    slug,
    seenAt,
  );
  return {
    found: assembleIncidents([rows, links, claims])[0] ?? null,
    changes: incidentChanges(assembleIncidentVersions([own, claimVersions, linkVersions]), seenAt),
    firstRecorded: first[0]?.first ?? null,
  };
}

export async function readCeasefire(
  d1: D1Database,
  slug: string,
  seenAt?: number,
): Promise<RecordedRead<CeasefireRow>> {
  const [rows, changes, tallies, steps, own, tallyVersions, stepVersions, linkVersions, first = []] =
    await run<CeasefireRead>(d1, 'ceasefire', slug, seenAt);
  return {
    found: assembleCeasefires([rows, changes, tallies, steps])[0] ?? null,
    changes: ceasefireChanges(assembleCeasefireVersions([own, tallyVersions, stepVersions, linkVersions]), seenAt),
    firstRecorded: first[0]?.first ?? null,
  };
}

/** A resource's change log alone (as recorded by `seenAt`), and its name as of then. */
export type ChangeLogRead = {
  /** How readers name it (its latest title by then), or null if it had not been published by then. */
  title: string | null;
  /** The language its data is written in (BCP 47), as its title was: what the readers' page marks the data with. */
  language: string | null;
  changes: ChangeEntry[];
  firstRecorded: number | null;
};

/** `words`: the language the log is written in (the API's English unless given). */
export async function readChangeLog(
  d1: D1Database,
  kind: LoggedKind,
  slug: string,
  seenAt?: number,
  words?: ChangeWords,
): Promise<ChangeLogRead> {
  const seenBy = (from: number) => seenAt === undefined || from <= seenAt;
  if (kind === 'incident') {
    const [own, claims, links, first] = await run<IncidentLogRead>(d1, 'incidentLog', slug, seenAt);
    const versions = assembleIncidentVersions([own, claims, links]);
    const shown = versions.incident.filter((v) => seenBy(v.from)).at(-1)?.row;
    return {
      title: shown?.title ?? null,
      language: shown?.language ?? null,
      changes: incidentChanges(versions, seenAt, words),
      firstRecorded: first[0]?.first ?? null,
    };
  }
  const [own, tallies, steps, links, first] = await run<CeasefireLogRead>(d1, 'ceasefireLog', slug, seenAt);
  const versions = assembleCeasefireVersions([own, tallies, steps, links]);
  const shown = versions.ceasefire.filter((v) => seenBy(v.from)).at(-1)?.row;
  return {
    title: shown?.name ?? null,
    language: shown?.language ?? null,
    changes: ceasefireChanges(versions, seenAt, words),
    firstRecorded: first[0]?.first ?? null,
  };
}
