/**
 * An incident as its reads return it, put together from the rows of one
 * batch (src/db/queries/incidents.ts builds the statements; the public
 * reads run them precompiled, src/db/compiled/). No Drizzle at run time:
 * the schema is imported for its row types only, so a read that uses these
 * does not build the schema's tables.
 */
import type { ArticleRefShape, ClaimantShape } from '../../../shared/contract/common';
import type { DatedClaim } from '../../../shared/domain/claims';
import { recordedAt, showInstant } from '../../../shared/domain/time';
import type { casualtyClaims, incidents } from '../schema';

export type IncidentReadResults = readonly [
  (typeof incidents.$inferSelect)[],
  ({ incidentId: string } & ArticleRefShape)[],
  {
    claim: typeof casualtyClaims.$inferSelect;
    claimant: ClaimantShape;
    sourceArticle: ArticleRefShape | null;
  }[],
];

export type IncidentRecord = {
  id: string;
  slug: string;
  title: string;
  occurredOn: string;
  startsAt: string | null;
  endsAt: string | null;
  placeName: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  corrections: { note: string; at: string }[];
  externalIds: { acled?: string; ucdp?: string; airwars?: string };
  language: string;
  articles: ArticleRefShape[];
  claims: DatedClaim[];
  /** When anything shown was last recorded: the incident's row or any of its claims. */
  updatedAt: string;
  /** Every instant `updatedAt` is the latest of, for views pinned to an earlier moment. */
  recorded: string[];
};

export function claimShape(row: IncidentReadResults[2][number]): DatedClaim {
  const { claim } = row;
  return {
    id: claim.id,
    claimant: row.claimant,
    metric: claim.metric,
    subject: claim.subject,
    qualifier: claim.qualifier,
    low: claim.low,
    high: claim.high,
    asWritten: claim.asWritten,
    claimedOn: claim.claimedOn,
    status: claim.status,
    supersedes: claim.supersedesId,
    sourceUrl: claim.sourceUrl,
    sourceArticle: row.sourceArticle,
    quote: claim.quote,
    statusChangedAt: claim.statusChangedAt,
  };
}

export function assembleIncidents([rows, links, claims]: IncidentReadResults): IncidentRecord[] {
  return rows.map((row) => {
    const own = claims.filter((c) => c.claim.incidentId === row.id);
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      occurredOn: row.occurredOn,
      startsAt: row.startsAt ? showInstant(row.startsAt, row.startsAtOffset) : null,
      endsAt: row.endsAt ? showInstant(row.endsAt, row.endsAtOffset) : null,
      placeName: row.placeName,
      latitude: row.latitude,
      longitude: row.longitude,
      description: row.summary,
      corrections: row.corrections,
      externalIds: row.externalIds,
      language: row.language,
      articles: links.filter((l) => l.incidentId === row.id).map(({ incidentId: _, ...article }) => article),
      claims: own.map(claimShape),
      ...recordedAt([
        row.updatedAt,
        ...own.flatMap(({ claim }) => [claim.createdAt, claim.updatedAt, claim.statusChangedAt]),
      ]),
    };
  });
}
