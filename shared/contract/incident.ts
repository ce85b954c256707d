import { z } from '@hono/zod-openapi';
import { ArticleRef, CalendarDate, ClaimantRef, Correction, HttpUrl, Instant, orNull, Slug } from './common';
import { CLAIM_STATUSES, METRICS, QUALIFIERS } from './enums';
import { ChangeCount, SeenAtEcho } from './recorded';

export const Claim = z
  .object({
    id: z.string().openapi({ example: 'clm_sohr_killed' }),
    claimant: ClaimantRef,
    metric: z.enum(METRICS),
    subject: z.string().openapi({ example: 'Syrian government soldiers' }),
    qualifier: z.enum(QUALIFIERS),
    low: z.number().int(),
    high: z.number().int().nullable(),
    asWritten: z.string().openapi({ example: 'more than 60' }),
    claimedOn: CalendarDate,
    status: z.enum(CLAIM_STATUSES),
    supersedes: z.string().nullable(),
    sourceUrl: HttpUrl.nullable(),
    sourceArticle: orNull(ArticleRef),
    quote: z.string().nullable(),
  })
  .openapi('Claim');

export const MetricSummary = z
  .object({
    low: z.number().int().openapi({ description: 'Lowest `low` among current claims.' }),
    high: z.number().int().openapi({ description: 'Highest `high ?? low` among current claims.' }),
    claimants: z.number().int().openapi({ description: 'Distinct claimants with a current claim.' }),
    disagree: z.boolean().openapi({
      description: 'Whether the claimants’ figures differ. Figures counting different people (`subject`) always do.',
    }),
  })
  .openapi('MetricSummary');

export const ClaimsSummary = z.partialRecord(z.enum(METRICS), MetricSummary).openapi('ClaimsSummary');

/**
 * SPEC §3.1 uses `summary` twice: for the incident's prose and for the
 * per-metric figures. JSON cannot carry both, so `summary` is the per-metric
 * object (what the widgets and consumers compute with) and the prose is
 * `description`.
 */
export const Incident = z
  .object({
    slug: Slug,
    title: z.string(),
    occurredOn: CalendarDate,
    startsAt: Instant.nullable(),
    endsAt: Instant.nullable(),
    placeName: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    description: z.string(),
    corrections: z.array(Correction),
    externalIds: z.object({ acled: z.string(), ucdp: z.string(), airwars: z.string() }).partial(),
    language: z.string().openapi({
      example: 'en',
      description:
        'The language its text (names, places, quotes) is written in, BCP 47: a widget in another language marks the data with it (a cited article’s headline with the article’s own `language`).',
    }),
    articles: z.array(ArticleRef),
    claims: z.array(Claim),
    summary: ClaimsSummary,
    updatedAt: Instant.openapi({
      description:
        'When its own records (the row and its claims) were last recorded; not the articles it cites (also sent as `Last-Modified`).',
    }),
    asOf: Instant.optional().openapi({
      description:
        'Present when `?asOf=` was given: the moment shown, in the offset it was asked in (a date: the end of that day, UTC).',
    }),
    updatedSince: z.boolean().optional().openapi({
      description:
        'Present with `?asOf=`: whether its claims have changed since that moment (a claim dated later, or a claim’s status changed). `asOf` turns back the claims only: the text, corrections and articles are as they are now (`seenAt` shows all of it as published at a moment).',
    }),
    seenAt: SeenAtEcho,
    changeCount: ChangeCount,
  })
  .openapi('Incident');

export type IncidentShape = z.infer<typeof Incident>;
export type ClaimShape = z.infer<typeof Claim>;
export type MetricSummaryShape = z.infer<typeof MetricSummary>;
