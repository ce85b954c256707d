/**
 * The versions behind a change log, put together from the rows of one
 * batch (src/db/queries/changes.ts builds the statements). Like
 * ./incidents.ts: no Drizzle at run time, the schema for its types only.
 */
import type {
  CeasefireVersions,
  ChangeEntry,
  ClaimVersionRow,
  IncidentVersions,
  LinkVersionRow,
  Version,
} from '../../../shared/domain/changes';
import type { casualtyClaims, ceasefires, incidents, milestones, violationTallies } from '../schema';

/** Which kind of resource keeps a change log. */
export type LoggedKind = 'incident' | 'ceasefire';

export type Spanned = { from: number; to: number | null };
export const version = <R>(row: R, s: Spanned): Version<R> => ({
  row,
  from: Number(s.from),
  to: s.to === null ? null : Number(s.to),
});

export type IncidentVersionResults = [
  ({ row: typeof incidents.$inferSelect } & Spanned)[],
  ({ row: typeof casualtyClaims.$inferSelect; claimant: string; sourceHeadline: string | null } & Spanned)[],
  ({ articleId: string; owner: string; headline: string | null } & Spanned)[],
];

/** The versions read of one slug, whatever ids it has named, as one resource. */
export function assembleIncidentVersions(results: IncidentVersionResults): IncidentVersions {
  const [own, claims, links] = results;
  return {
    incident: own.map((r) => version(r.row, r)),
    claims: claims.map((r) =>
      version<ClaimVersionRow>({ ...r.row, claimant: r.claimant, sourceHeadline: r.sourceHeadline }, r),
    ),
    links: links.map((r) => version<LinkVersionRow>({ articleId: r.articleId, headline: r.headline }, r)),
  };
}

export type CeasefireVersionResults = [
  ({ row: typeof ceasefires.$inferSelect } & Spanned)[],
  ({ row: typeof violationTallies.$inferSelect; claimant: string | null } & Spanned)[],
  ({ row: typeof milestones.$inferSelect } & Spanned)[],
  ({ articleId: string; owner: string; headline: string | null } & Spanned)[],
];

/** The versions read of one slug, whatever ids it has named, as one resource. */
export function assembleCeasefireVersions([own, tallies, steps, links]: CeasefireVersionResults): CeasefireVersions {
  return {
    ceasefire: own.map((r) => version(r.row, r)),
    tallies: tallies.map((r) => version({ ...r.row, claimant: r.claimant }, r)),
    milestones: steps.map((r) => version(r.row, r)),
    links: links.map((r) => version<LinkVersionRow>({ articleId: r.articleId, headline: r.headline }, r)),
  };
}

/** A page of a change log, newest first: entries after the `cursor` entry's id. */
export function changePage(entries: ChangeEntry[], limit: number, cursor?: string) {
  const start = cursor === undefined ? 0 : entries.findIndex((e) => e.id === cursor) + 1;
  const data = entries.slice(start, start + limit);
  const last = data.at(-1);
  return { data, nextCursor: start + limit < entries.length && last ? last.id : null, total: entries.length };
}
