/**
 * The Drizzle queries the public reads run precompiled (./public-reads.ts),
 * in one place: `scripts/compile-reads.ts` compiles them with placeholders,
 * and tests/worker/compiled-reads.test.ts runs them with values next to
 * the compiled statements. Not imported by the Worker.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { ceasefireBySlug, ceasefireReads } from '../queries/ceasefires';
import { ceasefireVersionReads, firstRecordedRead, idsOfSlug, incidentVersionReads } from '../queries/changes';
import { incidentBySlug, incidentReads } from '../queries/incidents';
import { seenView } from '../queries/recorded-views';

/** The values a read binds: the slug, and the moment it is seen at (absent for a live read). */
export type ReadValues = { slug: string; at?: number };

const slugOf = (v: ReadValues | 'placeholders') => (v === 'placeholders' ? sql.placeholder('slug') : v.slug) as string;
const atOf = (v: ReadValues | 'placeholders') => (v === 'placeholders' ? sql.placeholder('at') : v.at) as number;

/**
 * Each read's statements, for a live read (`at` absent) or one seen at a
 * moment: built with values, or with placeholders to compile.
 */
export function readSources(db: Database, values: ReadValues | 'placeholders', seen: boolean) {
  const slug = slugOf(values);
  const at = seen ? atOf(values) : undefined;
  const reader = at === undefined ? db : seenView(db, at);
  const incidentVersions = incidentVersionReads(db, idsOfSlug('incident', slug), at);
  const ceasefireVersions = ceasefireVersionReads(db, idsOfSlug('ceasefire', slug), at);
  const first = (kind: 'incident' | 'ceasefire') => firstRecordedRead(db, kind, slug);
  // When a slug was first recorded tells a read seen before then why there is nothing; a live read never asks.
  const firstIfSeen = (kind: 'incident' | 'ceasefire') => (seen ? [first(kind)] : []);
  return {
    /** An incident and its change log; seen at a moment, also when its slug was first recorded. */
    incident: [
      ...incidentReads(reader, incidentBySlug(slug)),
      ...incidentVersions,
      ...firstIfSeen('incident'),
    ] as const,
    ceasefire: [
      ...ceasefireReads(reader, ceasefireBySlug(slug)),
      ...ceasefireVersions,
      ...firstIfSeen('ceasefire'),
    ] as const,
    /** A change log alone, and when its slug was first recorded. */
    incidentLog: [...incidentVersions, first('incident')] as const,
    ceasefireLog: [...ceasefireVersions, first('ceasefire')] as const,
  };
}

export type ReadName = keyof ReturnType<typeof readSources>;
